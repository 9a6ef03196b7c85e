// Crash safety of several processes on one shared store: three `newsbot run` processes on one
// Redis store (and on PostgreSQL), each with its own DATA_DIR (search index) and Slack port, while
// the feeds gain items; any of them is killed with SIGKILL at a random moment and restarted. After
// the kills all three settle; then every story must have been posted exactly once to every channel
// that follows its topics and DMed exactly once to every subscriber: no process's crash loses a
// delivery (another takes its leased channel over) and no two processes send one twice.
// Runs when REDIS_URL / POSTGRES_URL are set, in a namespace of its own, cleared after.
// SHARED_CRASH_KILLS=30 for a longer run (default 8); CRASH_SEED replays a run.
// SHARED_CRASH_QUEUE=1: distributed mode, every process with QUEUE_URL=REDIS_URL (delivery jobs on
// BullMQ), on the Redis store and on PostgreSQL as the store with Redis as the queue.
// Opt-in with SHARED_CRASH=1 (beside REDIS_URL / POSTGRES_URL): it takes a minute or more per
// store. Since every first send is recorded as an attempt in the store (any process taking a
// channel over treats it as maybe sent), runs find 0 duplicates and 0 losses (Redis 3 runs, one of
// 30 kills; PostgreSQL 2 runs). Three channels are set to daily digests (whole-bot-rig.ts): each
// must hold exactly one digest for its window though three processes look for it every 30 s.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, killAllBotProcesses, startBotProcess, type BotProcess } from './helpers/bot-process.ts';
import { clearSharedStore } from './helpers/clear-shared-store.ts';
import { seededRandom } from './helpers/seeded-random.ts';
import { startRig, type Rig } from './helpers/whole-bot-rig.ts';

const KILLS = Number(process.env.SHARED_CRASH_KILLS ?? 8);
const SEED = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
const PROCESSES = 3;
const PUBLISH_EVERY_MS = 3_000;
const SETTLE_TIMEOUT_MS = 150_000;
const QUIET_MS = 2_000;
const { REDIS_URL, POSTGRES_URL } = process.env;
const QUEUE: { QUEUE_URL?: string } = process.env.SHARED_CRASH_QUEUE && REDIS_URL ? { QUEUE_URL: REDIS_URL } : {};

const rigs: Rig[] = [];
const timers = new Set<NodeJS.Timeout>();
afterAll(async () => {
  for (const timer of timers) clearInterval(timer);
  await killAllBotProcesses();
  for (const rig of rigs) await rig.close();
});

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, timeoutMs: number, everyMs = 100): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (check()) return true;
    await sleep(everyMs);
  }
  return check();
}

for (const backend of [
  { name: 'redis', url: REDIS_URL },
  { name: 'postgres', url: POSTGRES_URL },
]) {
  if (!backend.url || !process.env.SHARED_CRASH) {
    console.warn(`skipping the ${PROCESSES}-process crash test on ${backend.name}: needs SHARED_CRASH=1 and ${backend.name.toUpperCase()}_URL`);
  }
  describe.skipIf(!backend.url || !process.env.SHARED_CRASH)(`${PROCESSES} processes on one ${backend.name} store`, () => {
    it(`survive ${KILLS} SIGKILLs of any of them without losing or doubling a story`, { timeout: 120_000 + KILLS * 10_000 + 2 * SETTLE_TIMEOUT_MS }, async () => {
      const namespace = `crash-${randomUUID().slice(0, 8)}`;
      const rig = await startRig({ STORE_URL: backend.url!, STORE_NAMESPACE: namespace, ...(QUEUE.QUEUE_URL ? { QUEUE_URL: QUEUE.QUEUE_URL } : {}) }, { digests: true });
      rigs.push(rig);
      const random = seededRandom(SEED);
      const between = (low: number, high: number) => Math.round(low + (high - low) * random());
      const envs = await Promise.all(
        Array.from({ length: PROCESSES }, async (_, i) => ({ ...rig.env, DATA_DIR: path.join(rig.dir, `data-${i}`), SLACK_PORT: String(await freePort()) })),
      );
      const all: BotProcess[] = [];
      const start = (i: number) => {
        const bot = startBotProcess({ cwd: rig.dir, env: envs[i]! });
        all.push(bot);
        return bot;
      };
      try {
        const running = envs.map((_, i) => start(i));
        rig.publish();
        rig.publish();
        const publisher = setInterval(() => rig.publish(), PUBLISH_EVERY_MS);
        timers.add(publisher);
        let kills = 0;
        for (let round = 0; round < KILLS; round++) {
          await sleep(between(1_000, 6_000));
          const i = Math.floor(random() * PROCESSES);
          await running[i]!.kill();
          kills++;
          await sleep(between(0, 1_000));
          running[i] = start(i);
        }
        clearInterval(publisher);

        for (const bot of running) await bot.waitForLog('newsbot started', 60_000);
        await until(() => rig.complete(all.flatMap((bot) => bot.logs)), SETTLE_TIMEOUT_MS, 200);
        let requests = rig.platformRequests();
        let quietSince = Date.now();
        await until(() => {
          if (rig.platformRequests() !== requests) [requests, quietSince] = [rig.platformRequests(), Date.now()];
          return Date.now() - quietSince >= QUIET_MS;
        }, SETTLE_TIMEOUT_MS);
        const codes = await Promise.all(running.map((bot) => bot.stop()));

        const report = await rig.audit();
        console.log(
          `${backend.name}${QUEUE.QUEUE_URL ? ' + BullMQ queue' : ''} ${PROCESSES}-process crash safety: ${JSON.stringify({ seed: SEED, kills, itemsPublished: rig.published.length, stored: report.stored, stories: report.stories, posted: report.posted, duplicates: report.duplicates, lost: report.lost, unexpected: report.unexpected, perTarget: report.perTarget, digests: report.digests })}`,
        );
        expect(codes).toEqual(envs.map(() => 0));
        expect(report.problems).toEqual([]);
        expect({ duplicates: report.duplicates, lost: report.lost, unexpected: report.unexpected }).toEqual({ duplicates: 0, lost: 0, unexpected: 0 });
        expect(report.notStored).toBe(0);
        expect(report.digests.problems).toEqual([]);
        expect({ windows: report.digests.windows, duplicates: report.digests.duplicates, lost: report.digests.lost }).toEqual({ windows: 3, duplicates: 0, lost: 0 });
      } finally {
        await killAllBotProcesses();
        await clearSharedStore(backend.url!, namespace);
        if (QUEUE.QUEUE_URL && backend.url !== REDIS_URL) await clearSharedStore(REDIS_URL!, namespace);
      }
    });
  });
}
