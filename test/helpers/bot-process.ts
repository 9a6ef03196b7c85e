// `newsbot run` as a child process (node bin/newsbot.js, from source), as an operator runs it: its own working
// directory and environment, JSON log lines on stderr. Tests kill it (SIGKILL), restart it and stop
// it gracefully (SIGTERM); every child started here is killed by killAll().
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

const BIN = path.resolve('bin/newsbot.js');
const live = new Set<ChildProcess>();

export interface BotProcess {
  child: ChildProcess;
  /** Parsed JSON log lines so far (non-JSON lines as { msg: line }). */
  logs: { level?: number; msg?: string; [key: string]: unknown }[];
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** Resolves when a log line's msg equals `msg`; rejects if the process exits first or on timeout. */
  waitForLog(msg: string, timeoutMs?: number): Promise<void>;
  /** SIGKILL: no shutdown code runs; resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL if it has not exited within timeoutMs; resolves with the exit code. */
  stop(timeoutMs?: number): Promise<number | null>;
}

export function startBotProcess(options: { cwd: string; env: Record<string, string> }): BotProcess {
  const child = spawn(process.execPath, [BIN, 'run'], {
    cwd: options.cwd,
    // The TypeScript sources through tsx: a test never runs a stale dist/.
    env: { PATH: process.env.PATH ?? '', NEWSBOT_FROM_SOURCE: '1', ...options.env },
    // stdin stays open (a pipe), as for a service: EOF is not a reason to stop.
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  live.add(child);
  const logs: BotProcess['logs'] = [];
  const listeners = new Set<() => void>();
  let buffered = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      if (!line.trim()) continue;
      try {
        logs.push(JSON.parse(line));
      } catch {
        logs.push({ msg: line });
      }
    }
    for (const listener of listeners) listener();
  });
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      live.delete(child);
      for (const listener of listeners) listener();
      resolve(code);
    });
  });
  let gone = false;
  void exited.then(() => (gone = true));

  return {
    child,
    logs,
    exited,
    waitForLog(msg, timeoutMs = 30_000) {
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if (logs.some((line) => line.msg === msg)) finish();
          else if (gone) finish(new Error(`newsbot exited before logging "${msg}":\n${tail(logs)}`));
        };
        const timer = setTimeout(() => finish(new Error(`newsbot did not log "${msg}" within ${timeoutMs} ms:\n${tail(logs)}`)), timeoutMs);
        const finish = (error?: Error) => {
          clearTimeout(timer);
          listeners.delete(check);
          if (error) reject(error);
          else resolve();
        };
        listeners.add(check);
        check();
      });
    },
    async kill() {
      if (!gone) child.kill('SIGKILL');
      await exited;
    },
    async stop(timeoutMs = 15_000) {
      if (!gone) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** Kills every child still running (afterAll). */
export async function killAllBotProcesses(): Promise<void> {
  await Promise.all(
    [...live].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
}

/** A TCP port free on 127.0.0.1 right now (for SLACK_PORT). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function tail(logs: BotProcess['logs']): string {
  return logs
    .slice(-15)
    .map((line) => JSON.stringify(line).slice(0, 400))
    .join('\n');
}
