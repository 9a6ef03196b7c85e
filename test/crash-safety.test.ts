// Crash safety of the whole process: `newsbot run` as a child process against the local feed
// server (which gains items as it runs) and the fake Discord and Slack, killed with SIGKILL at
// random moments — some during start-up, some at a random time, some right as a post or a feed
// answer reaches it, so kills land between "sent" and "recorded" — and restarted each time. After
// the last restart it settles; then every story must have been posted exactly once to every
// channel that follows its topics, and DMed exactly once to every subscriber, and the SQLite files
// must be intact (WAL). Three channels are set to daily digests instead: one whose window was due
// an hour before the first start (sent late), two due while the kills go on (Discord and Slack);
// each must hold exactly one digest for its window, of that window's stories.
//
// CRASH_KILLS=100 for a longer run (default 30, sized for CI: about 2-3 minutes on 2 cores);
// CRASH_SEED=<n> replays a run's choices of kill moments.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seededRandom } from './helpers/seeded-random.ts';
import { killAllBotProcesses, startBotProcess, type BotProcess } from './helpers/bot-process.ts';
import { startRig, type DigestChannel, type Rig } from './helpers/whole-bot-rig.ts';

const KILLS = Number(process.env.CRASH_KILLS ?? 30);
const SEED = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
/** One new item every this many ms while the kills go on. */
const PUBLISH_EVERY_MS = 3_000;
const SETTLE_TIMEOUT_MS = 120_000;
/** After everything arrived, how long to keep watching for a late duplicate. */
const QUIET_MS = 2_000;

let rig: Rig;
let publisher: NodeJS.Timeout | undefined;
const timers = new Set<NodeJS.Timeout>();

beforeAll(async () => {
  rig = await startRig({}, { digests: true });
});
afterAll(async () => {
  clearInterval(publisher);
  for (const timer of timers) clearTimeout(timer);
  await killAllBotProcesses();
  await rig?.close();
});

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      resolve();
    }, ms);
    timers.add(timer);
  });

/** Resolves when check() holds (polled every few ms), or after timeoutMs. */
async function until(check: () => boolean, timeoutMs: number, everyMs = 3): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (check()) return true;
    await sleep(everyMs);
  }
  return check();
}

type Moment = 'start-up' | 'random' | 'discord post' | 'slack post' | 'feed answer' | 'digest post';
const MOMENTS: Moment[] = ['start-up', 'random', 'discord post', 'slack post', 'feed answer'];

it(`survives ${KILLS} SIGKILLs without losing or doubling a story`, { timeout: 60_000 + KILLS * 12_000 + SETTLE_TIMEOUT_MS }, async () => {
  const random = seededRandom(SEED);
  const between = (low: number, high: number) => Math.round(low + (high - low) * random());
  const moments: Record<Moment, number> = { 'start-up': 0, random: 0, 'discord post': 0, 'slack post': 0, 'feed answer': 0, 'digest post': 0 };
  // The first round that starts when a digest channel's window is (about to be) due kills the bot
  // right as that digest reaches the platform: between "sent" and "recorded".
  const aimAt = rig.digestChannels.filter((channel) => !channel.late);
  const failedStarts: string[] = [];
  rig.publish();
  rig.publish();
  publisher = setInterval(() => rig.publish(), PUBLISH_EVERY_MS);
  const started = Date.now();

  let kills = 0;
  const bots: BotProcess[] = [];
  for (let round = 0; round < KILLS; round++) {
    const bot: BotProcess = startBotProcess({ cwd: rig.dir, env: rig.env });
    bots.push(bot);
    const aimed = aimAt.find((channel) => Date.now() >= channel.window.end.getTime() - 5_000);
    if (aimed) aimAt.splice(aimAt.indexOf(aimed), 1);
    const moment = aimed ? 'digest post' : MOMENTS[Math.floor(random() * MOMENTS.length)]!;
    moments[moment]++;
    if (moment === 'start-up') {
      await sleep(between(200, 2_500));
    } else {
      const up = await bot.waitForLog('newsbot started', 30_000).then(
        () => true,
        (error: Error) => (failedStarts.push(error.message.split('\n')[0]!), false),
      );
      if (up) {
        if (moment === 'random') await sleep(between(0, 2_000));
        else {
          // Right as a platform or the feed server answers the bot: between "sent" and "recorded".
          const seen = aimed ? () => postsTo(aimed) : moment === 'discord post' ? postsToDiscord : moment === 'slack post' ? postsToSlack : feedAnswers;
          const before = seen();
          // The bot looks for due digests every 30 s.
          await until(() => seen() > before, aimed ? 45_000 : 3_000);
          await sleep(between(0, 25));
        }
      }
    }
    const exitedByItself = bot.child.exitCode !== null;
    await bot.kill();
    if (exitedByItself) failedStarts.push(`round ${round}: exited with ${bot.child.exitCode}`);
    else kills++;
  }
  clearInterval(publisher);
  const killPhaseMs = Date.now() - started;

  // Settle: one last run until everything is out and the bot has gone quiet, then a clean stop.
  const last = startBotProcess({ cwd: rig.dir, env: rig.env });
  bots.push(last);
  await last.waitForLog('newsbot started', 30_000);
  await until(() => rig.complete(bots.flatMap((bot) => bot.logs)), SETTLE_TIMEOUT_MS, 200);
  let requests = rig.platformRequests();
  let quietSince = Date.now();
  await until(() => {
    if (rig.platformRequests() !== requests) [requests, quietSince] = [rig.platformRequests(), Date.now()];
    return Date.now() - quietSince >= QUIET_MS;
  }, SETTLE_TIMEOUT_MS, 100);
  expect(await last.stop()).toBe(0);

  const report = await rig.audit();
  const summary = {
    seed: SEED,
    killsSurvived: kills,
    moments,
    itemsPublished: rig.published.length,
    stored: report.stored,
    stories: report.stories,
    posted: report.posted,
    duplicates: report.duplicates,
    lost: report.lost,
    unexpected: report.unexpected,
    killPhaseSeconds: Math.round(killPhaseMs / 1000),
    totalSeconds: Math.round((Date.now() - started) / 1000),
    sqlite: report.sqlite,
    perTarget: report.perTarget,
    digests: report.digests,
    // Discord: a request beyond one per digest is a retry after a kill, answered by its nonce with the first post.
    digestPostRequests: rig.digestChannels.map((channel) => `${channel.platform} #${channel.name}: ${postsTo(channel)}`),
  };
  console.log(`crash safety: ${JSON.stringify(summary)}`);
  expect(failedStarts).toEqual([]);
  expect(kills).toBe(KILLS);
  expect(report.problems).toEqual([]);
  expect({ duplicates: report.duplicates, lost: report.lost, unexpected: report.unexpected }).toEqual({ duplicates: 0, lost: 0, unexpected: 0 });
  expect(report.notStored).toBe(0);
  expect(report.digests.problems).toEqual([]);
  expect({ digestWindows: report.digests.windows, duplicates: report.digests.duplicates, lost: report.digests.lost }).toEqual({
    digestWindows: 3,
    duplicates: 0,
    lost: 0,
  });
  expect(report.sqlite).toEqual([
    'newsbot.sqlite: journal_mode=wal, integrity ok',
    'search-index.sqlite: journal_mode=wal, integrity ok',
  ]);
});

const postsToDiscord = () => rig.discord.requests.filter((r) => r.method === 'POST' && /\/channels\/\d+\/messages$/.test(r.path) && r.status).length;
const postsToSlack = () => rig.slack.calls.filter((c) => c.method === 'chat.postMessage' && c.status).length;
const postsTo = (channel: DigestChannel) =>
  channel.platform === 'discord'
    ? rig.discord.requests.filter((r) => r.method === 'POST' && r.path.endsWith(`/channels/${channel.id}/messages`) && r.status).length
    : rig.slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel.id && c.status).length;
const feedAnswers = () => rig.feeds.requests.filter((r) => r.status === 200).length;
