// A newcomer's first minutes, as they happen: `npm run demo` in a real pseudo-terminal (util-linux
// `script`), the sample feeds served offline, stories printed, questions answered at the prompt,
// and Ctrl-D / Ctrl-C leaving with exit 0 and no prompt drawn after "shutting down".
import { spawn, spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';

const hasScript = spawnSync('script', ['--version']).status === 0;
if (!hasScript) console.log('first-ten-minutes: skipped, util-linux `script` (a pseudo-terminal) is not installed');
const live = new Set<ReturnType<typeof spawn>>();
afterAll(() => {
  for (const child of live) child.kill('SIGKILL');
});

/** `newsbot demo` at a terminal: type lines, read the screen, wait for the exit code. */
function demoAtTerminal() {
  const child = spawn('script', ['-qfec', `"${process.execPath}" bin/newsbot.js demo`, '/dev/null'], {
    env: { PATH: process.env.PATH ?? '', NEWSBOT_FROM_SOURCE: '1', TERM: 'dumb', COLUMNS: '200', LINES: '50' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  live.add(child);
  let screen = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (screen += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => (live.delete(child), resolve(code))));
  const plain = () => screen.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');
  return {
    plain,
    type: (keys: string) => child.stdin!.write(keys),
    exited,
    /** Waits until the screen (from `from` on) matches. */
    async waitFor(pattern: RegExp, from = 0, timeoutMs = 30_000): Promise<string> {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(plain().slice(from))) {
        if (Date.now() > deadline) throw new Error(`the screen never showed ${pattern}:\n${plain().slice(-3000)}`);
        if (child.exitCode !== null) throw new Error(`newsbot exited (${child.exitCode}) before showing ${pattern}:\n${plain().slice(-3000)}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return plain().slice(from);
    },
  };
}

describe.skipIf(!hasScript)('npm run demo at a terminal', () => {
  it('prints stories, answers at the prompt, and Ctrl-D leaves with exit 0', async () => {
    const demo = demoAtTerminal();
    await demo.waitFor(/polled 4 feeds: \d+ new stories/);
    expect(demo.plain()).toMatch(/■ .+\n {2}(The Gradient Post|Model Weekly|Inference Daily|Policy Wire) · /);
    await demo.waitFor(/news> $/);

    const ask = async (line: string, answer: RegExp) => {
      const from = demo.plain().length;
      demo.type(`${line}\r`);
      return demo.waitFor(answer, from);
    };
    expect(await ask('/news ai', /more: \/news ai page:2/)).toMatch(/■ /);
    await ask('/news halp', /Did you mean \/news help\?/);
    await ask('/nwes ai since:7d', /Did you mean \/news ai since:7d\?/);
    await ask('/news subscribe policy', /The terminal has no DMs/);
    await ask('/news feeds', /4 feeds: 4 healthy or not yet polled, 0 failing\./);
    const fromGradient = await ask('/news ai source:The Gradient Post limit:10', /news> $/);
    expect(fromGradient.match(/^ {2}\S.* · \d+ (min|h|d) ago/gm)?.every((line) => line.includes('The Gradient Post'))).toBe(true);

    const beforeExit = demo.plain().length;
    demo.type('\u0004');
    expect(await demo.exited).toBe(0);
    const after = demo.plain().slice(beforeExit);
    expect(after).toMatch(/shutting down/);
    expect(after.slice(after.indexOf('shutting down'))).not.toMatch(/news>/);
  }, 180_000);

  it('Ctrl-C leaves with exit 0, even with a half-typed line', async () => {
    const demo = demoAtTerminal();
    await demo.waitFor(/news> $/);
    demo.type('/news open');
    await demo.waitFor(/news> \/news open$/);
    const beforeExit = demo.plain().length;
    demo.type('\u0003');
    expect(await demo.exited).toBe(0);
    const after = demo.plain().slice(beforeExit);
    expect(after.slice(after.indexOf('shutting down'))).not.toMatch(/news>/);
  }, 90_000);
});
