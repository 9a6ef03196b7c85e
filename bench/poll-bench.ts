// One poll cycle of 1,000 feeds on a local server that answers 304 to all of them: what a quiet
// cycle costs the bot in wall time and CPU. The server runs in a child process.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { loadTopicTable } from '../src/articles/topics.ts';
import { createPoller } from '../src/feeds/poll-feeds.ts';
import { openStore } from '../src/store/open-store.ts';

export async function runPollBench(options: { quick: boolean; log: (figure: object) => void }): Promise<void> {
  const feedCount = 1000;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const server = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'serve-feeds.ts'), String(feedCount)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'newsbot-poll-bench-'));
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      server.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
      server.once('exit', (code) => reject(new Error(`feed server exited with ${code}`)));
    });
    const store = await openStore({ dataDir });
    const poller = createPoller({
      feeds: Array.from({ length: feedCount }, (_, index) => ({ url: `${origin}/feed/${index}` })),
      store,
      topics: loadTopicTable(),
      logger: pino({ level: 'silent' }),
      intervalMs: 600_000,
      newFeedAnnounceLimit: 3,
      retentionDays: 3650,
      onNewArticles: async () => {},
    });
    // The first cycle fetches every feed (200) and stores its ETag; the measured one is all 304.
    const first = await poller.pollAll();
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const report = await poller.pollAll();
    const wallMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    await poller.stop();
    await store.close();
    if (first.outcomes.new !== feedCount || report.outcomes['not-modified'] !== feedCount) {
      throw new Error(`poll bench: expected ${feedCount} new then ${feedCount} not-modified, got ${JSON.stringify([first.outcomes, report.outcomes])}`);
    }
    options.log({ name: 'poll_cycle_304_wall', value: round(wallMs), unit: 'ms', feeds: feedCount });
    options.log({ name: 'poll_cycle_304_cpu', value: round((cpu.user + cpu.system) / 1e6, 3), unit: 's', feeds: feedCount });
  } finally {
    server.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
