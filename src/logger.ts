// Structured logs (pino) on stderr, so stdout stays for stories and --json output.
// In a terminal they are pretty-printed; elsewhere they are JSON lines for a log collector.
import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

export interface LoggerOptions {
  level: string;
  /** Pretty lines for a person at a terminal. */
  pretty: boolean;
  /**
   * Where pretty lines go; default stderr. The console adapter passes its printer so a log line
   * never lands in the middle of what the user is typing at the prompt.
   */
  printLine?: (line: string) => void;
}

export function createLogger(options: LoggerOptions): Logger {
  if (!options.pretty) return pino({ level: options.level }, pino.destination({ fd: 2, sync: true }));
  const printLine = options.printLine;
  const destination = printLine
    ? new Writable({
        write(chunk: Buffer, _encoding, done) {
          printLine(chunk.toString().replace(/\n$/, ''));
          done();
        },
      })
    : process.stderr;
  return pino(
    { level: options.level },
    pretty({ destination, colorize: true, sync: true, singleLine: true, ignore: 'pid,hostname', translateTime: 'HH:MM:ss' }),
  );
}
