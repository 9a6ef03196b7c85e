// Polling figures, the feed host in a child process so CPU counts only the bot's work:
// - a cycle of N feeds all answering 304 (10,000; quick 1,000): wall and CPU;
// - a cycle of N feeds each with 3 new items (1,000 and 5,000; quick 100 and 500): wall, CPU and
//   CPU per feed, which should stay flat as feeds grow (story grouping reads no stored articles
//   per feed);
// - the scheduler's idle cost at 10,000 feeds none of which is due (quick 2,000): CPU per minute;
// - with REDIS_URL set, the 304 cycle again across three pollers in three processes sharing one
//   Redis store (each feed leased by one of them): wall, and CPU summed over the three.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { clearSharedStore } from '../test/helpers/clear-shared-store.ts';
import { loadTopicTable } from '../src/articles/topics.ts';
import { createPoller, type Poller, type PollerOptions, type PollReport } from '../src/feeds/poll-feeds.ts';
import { openStore } from '../src/store/open-store.ts';
import type { NewsStore } from '../src/store/store-types.ts';

type Log = (figure: object) => void;

export async function runPollBench(options: { quick: boolean; log: Log }): Promise<void> {
  const { quick, log } = options;
  await notModifiedCycle(quick ? 1000 : 10_000, log);
  for (const feeds of quick ? [100, 500] : [1000, 5000]) await newItemsCycle(feeds, log);
  await idleScheduler(quick ? 2000 : 10_000, quick ? 10_000 : 60_000, log);
  if (process.env.REDIS_URL) await sharedNotModifiedCycle(quick ? 1000 : 10_000, 3, process.env.REDIS_URL, log);
}

async function sharedNotModifiedCycle(feedCount: number, processes: number, storeUrl: string, log: Log): Promise<void> {
  const host = await startFeedHost(feedCount);
  const namespace = `poll-bench-${process.pid}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'newsbot-poll-bench-'));
  const workers = Array.from({ length: processes }, (_, index) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(benchDir, 'poll-bench-worker.ts'), host.origin, String(feedCount), storeUrl, namespace, path.join(dataDir, String(index))],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    return { child, lines: createInterface({ input: child.stdout })[Symbol.asyncIterator]() };
  });
  try {
    for (const worker of workers) if ((await worker.lines.next()).value !== 'ready') throw new Error('poll bench worker did not start');
    const cycle = async (offsetMs: number) => {
      const started = performance.now();
      for (const worker of workers) worker.child.stdin.write(`cycle ${offsetMs}\n`);
      const answers = await Promise.all(workers.map(async (worker) => JSON.parse((await worker.lines.next()).value as string) as { outcomes: PollReport['outcomes']; cpuS: number }));
      const sum = (pick: (answer: (typeof answers)[number]) => number) => answers.reduce((total, answer) => total + pick(answer), 0);
      return { wallMs: performance.now() - started, cpuS: sum((a) => a.cpuS), isNew: sum((a) => a.outcomes.new), notModified: sum((a) => a.outcomes['not-modified']), polls: answers.map((a) => Object.values(a.outcomes).reduce((x, y) => x + y, 0)) };
    };
    // The first cycle fetches every feed (200) once among the three; the measured one is an hour
    // later on their clocks, every feed due again, and all 304.
    const first = await cycle(0);
    const measured = await cycle(3_600_000);
    if (first.isNew !== feedCount || measured.notModified !== feedCount) {
      throw new Error(`poll bench (${processes} processes): expected ${feedCount} new then ${feedCount} not-modified, got ${JSON.stringify([first, measured])}`);
    }
    const figure = { feeds: feedCount, processes, store: 'redis', feedsPerProcess: measured.polls };
    log({ name: 'poll_cycle_304_wall', value: round(measured.wallMs), unit: 'ms', ...figure });
    log({ name: 'poll_cycle_304_cpu', value: round(measured.cpuS, 3), unit: 's', ...figure });
  } finally {
    for (const worker of workers) worker.child.stdin.end();
    await Promise.all(workers.map((worker) => new Promise((resolve) => (worker.child.exitCode !== null ? resolve(undefined) : worker.child.once('exit', resolve)))));
    host.close();
    await clearSharedStore(storeUrl, namespace);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function notModifiedCycle(feedCount: number, log: Log): Promise<void> {
  await withRig(feedCount, async ({ poller }) => {
    // The first cycle fetches every feed (200) and stores its ETag; the measured one is all 304.
    const first = await poller.pollAll();
    const { report, wallMs, cpuS } = await measured(() => poller.pollAll());
    if (first.outcomes.new !== feedCount || report.outcomes['not-modified'] !== feedCount) {
      throw new Error(`poll bench: expected ${feedCount} new then ${feedCount} not-modified, got ${JSON.stringify([first.outcomes, report.outcomes])}`);
    }
    log({ name: 'poll_cycle_304_wall', value: round(wallMs), unit: 'ms', feeds: feedCount });
    log({ name: 'poll_cycle_304_cpu', value: round(cpuS, 3), unit: 's', feeds: feedCount });
  });
}

async function newItemsCycle(feedCount: number, log: Log): Promise<void> {
  await withRig(feedCount, async ({ poller, next }) => {
    await poller.pollAll();
    await next();
    const { report, wallMs, cpuS } = await measured(() => poller.pollAll());
    if (report.outcomes.new !== feedCount || report.stored !== 3 * feedCount) {
      throw new Error(`poll bench: expected ${feedCount} feeds with 3 new items each, got ${JSON.stringify(report)}`);
    }
    const figure = { feeds: feedCount, newItems: report.stored };
    log({ name: 'poll_cycle_new_wall', value: round(wallMs), unit: 'ms', ...figure });
    log({ name: 'poll_cycle_new_cpu', value: round(cpuS, 3), unit: 's', ...figure });
    log({ name: 'poll_cycle_new_cpu_per_feed', value: round((cpuS * 1000) / feedCount, 2), unit: 'ms', ...figure });
  });
}

async function idleScheduler(feedCount: number, windowMs: number, log: Log): Promise<void> {
  await withRig(feedCount, async ({ store, poller, feeds }) => {
    // Every feed polled recently and due in an hour: the scheduler has nothing to do but wait.
    const nextPollAt = new Date(Date.now() + 3_600_000).toISOString();
    for (const feed of feeds) await store.setFeedState({ url: feed.url, failures: 0, nextPollAt, lastSuccessAt: new Date().toISOString() });
    poller.start();
    await sleep(3000); // the first wake-up reads the feed list and each feed's state once
    const cpuBefore = process.cpuUsage();
    await sleep(windowMs);
    const cpu = process.cpuUsage(cpuBefore);
    await poller.stop();
    const perMinute = ((cpu.user + cpu.system) / 1e6) * (60_000 / windowMs);
    log({ name: 'poll_scheduler_idle_cpu_per_minute', value: round(perMinute, 3), unit: 's', feeds: feedCount, measuredMs: windowMs });
  });
}

interface PollRig {
  store: NewsStore;
  poller: ReturnType<typeof createPoller>;
  feeds: { url: string }[];
  /** Gives every feed 3 new items. */
  next(): Promise<void>;
}

const benchDir = path.dirname(fileURLToPath(import.meta.url));

/** The bench's poller: a 10-minute interval, announcing up to 3 new items per feed, keeping all. */
export function benchPoller(options: Pick<PollerOptions, 'feeds' | 'store'> & Partial<PollerOptions>): Poller {
  return createPoller({
    topics: loadTopicTable(),
    logger: pino({ level: 'silent' }),
    intervalMs: 600_000,
    newFeedAnnounceLimit: 3,
    retentionDays: 3650,
    onNewArticles: async () => {},
    ...options,
  });
}

/** The fake feed host (serve-feeds.ts) in a child process: its origin, `next` for 3 new items per feed. */
async function startFeedHost(feedCount: number): Promise<{ origin: string; next(): Promise<void>; close(): void }> {
  const server = spawn(process.execPath, ['--import', 'tsx', path.join(benchDir, 'serve-feeds.ts'), String(feedCount)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: server.stdout })[Symbol.asyncIterator]();
  const origin = (await lines.next()).value as string | undefined;
  if (!origin) {
    server.kill('SIGTERM');
    throw new Error('feed server exited before it started');
  }
  return {
    origin,
    async next() {
      server.stdin.write('next\n');
      await lines.next();
    },
    close: () => server.kill('SIGTERM'),
  };
}

async function withRig(feedCount: number, run: (rig: PollRig) => Promise<void>): Promise<void> {
  const host = await startFeedHost(feedCount);
  const origin = host.origin;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'newsbot-poll-bench-'));
  let store: NewsStore | undefined;
  try {
    store = await openStore({ dataDir });
    const feeds = Array.from({ length: feedCount }, (_, index) => ({ url: `${origin}/feed/${index}` }));
    const poller = benchPoller({ feeds, store });
    await run({ store, poller, feeds, next: host.next });
    await poller.stop();
  } finally {
    await store?.close();
    host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function measured(work: () => Promise<PollReport>): Promise<{ report: PollReport; wallMs: number; cpuS: number }> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const report = await work();
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { report, wallMs, cpuS: (cpu.user + cpu.system) / 1e6 };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
