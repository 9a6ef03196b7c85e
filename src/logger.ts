// Structured logs (pino) on stderr, so stdout stays for stories and --json output.
// In a terminal they are pretty-printed; elsewhere they are JSON lines for a log collector.
import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

export function createLogger(level: string, destination: NodeJS.WritableStream & { isTTY?: boolean } = process.stderr): Logger {
  if (destination.isTTY) {
    return pino({ level }, pretty({ destination: 2, colorize: true, sync: true, ignore: 'pid,hostname', translateTime: 'HH:MM:ss' }));
  }
  return pino({ level }, pino.destination({ fd: 2, sync: true }));
}
