// Platform faults, whole process: `newsbot run` as a child process while the fake Discord and fake
// Slack answer 30% of requests with a 429 (retry-after), a 500 or nothing at all (the bot's
// PLATFORM_TIMEOUT_SECONDS=2 runs out) — a 500 or a silence sometimes after the post was made,
// as when an answer is lost. Stories arrive in bursts. Then: no story lost or doubled in any
// channel or DM; after each failure the bot waited before trying that channel again; and no
// channel ever got more requests than the platform allows (Discord: 5 messages per 5 s per
// channel; Slack: about 1 message per second per channel), counted by the fakes. A request the
// platform refused with 429 is not counted against the limit (the platform did not take it), but
// must have been preceded by no other limit breach.
//
// The fake Discord's enforce_nonce window is cut to 1 s here, shorter than the outbox's first
// backoff (2 s): every retry after a lost answer comes after the window, so it is the bot's own
// lookup of its earlier post, not the nonce, that keeps it from posting twice.
//
// FAULT_ITEMS=<n> for a longer run (default 24); FAULT_SEED=<n> replays a run's faults.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { maxInWindow, type FaultCounts } from './fakes/fault-mode.ts';
import { killAllBotProcesses, startBotProcess } from './helpers/bot-process.ts';
import { startRig, type Rig } from './helpers/whole-bot-rig.ts';

const ITEMS = Number(process.env.FAULT_ITEMS ?? 24);
const SEED = Number(process.env.FAULT_SEED ?? Math.floor(Math.random() * 2 ** 31));
const FAULT_RATE = 0.3;
const BURST = 4;
const BURST_EVERY_MS = 2_500;
const SETTLE_TIMEOUT_MS = 180_000;
/** The outbox's first backoff is 2 s; a little less allows for clock granularity. */
const MIN_BACKOFF_MS = 1_900;
/** Shorter than any retry's wait: a retry never relies on the nonce. */
const NONCE_WINDOW_MS = 1_000;

let rig: Rig;
const timers = new Set<NodeJS.Timeout>();

beforeAll(async () => {
  rig = await startRig({}, { nonceWindowMs: NONCE_WINDOW_MS });
});
afterAll(async () => {
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

async function until(check: () => boolean, timeoutMs: number, everyMs = 200): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (check()) return true;
    await sleep(everyMs);
  }
  return check();
}

/** One request about one channel: when it arrived and how it was answered (0: never). */
interface ChannelRequest {
  channel: string;
  at: number;
  status: number;
  /** Counts against the platform's posting limit. */
  post: boolean;
}

function byChannel(requests: ChannelRequest[]): Map<string, ChannelRequest[]> {
  const map = new Map<string, ChannelRequest[]>();
  for (const request of requests) map.set(request.channel, [...(map.get(request.channel) ?? []), request]);
  return map;
}

/** Requests that arrived less than `minMs` after a failed one in the same channel (429: after its retry-after). */
function tooSoonAfterFailure(requests: ChannelRequest[], minAfter: (status: number) => number): string[] {
  const problems: string[] = [];
  for (const [channel, list] of byChannel(requests)) {
    for (let i = 0; i + 1 < list.length; i++) {
      const { status, at } = list[i]!;
      if (status >= 200 && status < 300) continue;
      const gap = list[i + 1]!.at - at;
      if (gap < minAfter(status)) problems.push(`${channel}: ${gap} ms after a ${status || 'timeout'}`);
    }
  }
  return problems;
}

function maxPerChannel(requests: ChannelRequest[], windowMs: number): { channel: string; count: number } {
  let best = { channel: '', count: 0 };
  for (const [channel, list] of byChannel(requests.filter((request) => request.post && request.status !== 429))) {
    const count = maxInWindow(list.map((request) => request.at), windowMs);
    if (count > best.count) best = { channel, count };
  }
  return best;
}

it(`loses and doubles nothing when ${FAULT_RATE * 100}% of platform requests fail, and keeps to the rate limits`, { timeout: SETTLE_TIMEOUT_MS + 90_000 }, async () => {
  const started = Date.now();
  const bot = startBotProcess({ cwd: rig.dir, env: rig.env });
  await bot.waitForLog('newsbot started', 30_000);
  // From here on (after log-in: a start-up fault is another test's business), 30% of requests fail.
  const discordFaults = rig.discord.setFaults({ rate: FAULT_RATE, seed: SEED })!;
  const slackFaults = rig.slack.setFaults({ rate: FAULT_RATE, seed: SEED + 1 })!;

  for (let published = 0; published < ITEMS; ) {
    for (let i = 0; i < BURST && published < ITEMS; i++, published++) rig.publish();
    await sleep(BURST_EVERY_MS);
  }
  const complete = await until(() => rig.complete(bot.logs), SETTLE_TIMEOUT_MS);
  await sleep(2_000); // a late duplicate would show up now
  expect(await bot.stop()).toBe(0);

  const report = await rig.audit();
  const discordRequests: ChannelRequest[] = rig.discord.requests.flatMap((request) => {
    const match = /\/channels\/(\d+)\/messages$/.exec(request.path);
    return match && request.method === 'POST' ? [{ channel: match[1]!, at: request.at, status: request.status, post: true }] : [];
  });
  const slackRequests: ChannelRequest[] = rig.slack.calls.flatMap((call) =>
    (call.method === 'chat.postMessage' || call.method === 'conversations.history') && typeof call.body.channel === 'string'
      ? [{ channel: call.body.channel, at: call.at, status: call.status, post: call.method === 'chat.postMessage' }]
      : [],
  );
  const discordMax = { perSecond: maxPerChannel(discordRequests, 1_000), per5Seconds: maxPerChannel(discordRequests, 5_000) };
  const slackMax = { perSecond: maxPerChannel(slackRequests, 1_000) };
  const backoff = {
    // discord.js waits out a 429 itself (retry-after ≥ 0.2 s here); other failures go back to the outbox.
    discord: tooSoonAfterFailure(discordRequests, (status) => (status === 429 ? 150 : MIN_BACKOFF_MS)),
    // The Slack transport waits out a 429's Retry-After (≥ 1 s) and calls again; others go back to the outbox.
    slack: tooSoonAfterFailure(slackRequests, (status) => (status === 429 ? 950 : MIN_BACKOFF_MS)),
  };
  const faults = (counts: FaultCounts, total: number) => ({ requests: total, ...counts });
  const summary = {
    seed: SEED,
    items: rig.published.length,
    stories: report.stories,
    posted: report.posted,
    duplicates: report.duplicates,
    lost: report.lost,
    unexpected: report.unexpected,
    discordFaults: faults(discordFaults, rig.discord.requests.length),
    slackFaults: faults(slackFaults, rig.slack.calls.length),
    maxDiscordPostsPerChannel: discordMax,
    maxSlackPostsPerChannel: slackMax,
    tooSoonAfterFailure: backoff.discord.length + backoff.slack.length,
    // Retries that looked for their earlier post (Discord: recent messages; Slack: history).
    lookups: {
      discord: rig.discord.requests.filter((r) => r.method === 'GET' && /\/channels\/\d+\/messages$/.test(r.path)).length,
      slack: rig.slack.calls.filter((c) => c.method === 'conversations.history').length,
    },
    seconds: Math.round((Date.now() - started) / 1000),
    maxAttempts: Math.max(0, ...bot.logs.map((line) => Number((line as { attempts?: number }).attempts ?? 0))),
    perTarget: report.perTarget,
  };
  console.log(`platform faults: ${JSON.stringify(summary)}`);
  if (!complete || report.problems.length) {
    const warnings = bot.logs.filter((line) => (line.level ?? 0) >= 40).slice(-40);
    console.log(`the bot's last warnings:\n${warnings.map((line) => JSON.stringify(line).slice(0, 300)).join('\n')}`);
  }

  expect(complete).toBe(true);
  expect(report.problems).toEqual([]);
  expect({ duplicates: report.duplicates, lost: report.lost, unexpected: report.unexpected }).toEqual({ duplicates: 0, lost: 0, unexpected: 0 });
  // The faults really happened, of every kind, on both platforms.
  for (const counts of [discordFaults, slackFaults]) {
    expect(counts['429']).toBeGreaterThan(0);
    expect(counts['500']).toBeGreaterThan(0);
    expect(counts.timeout).toBeGreaterThan(0);
    expect(counts.applied).toBeGreaterThan(0);
  }
  // Discord: 5 messages per 5 s per channel. Slack: 1 message per second per channel.
  expect(discordMax.per5Seconds.count).toBeLessThanOrEqual(5);
  expect(slackMax.perSecond.count).toBeLessThanOrEqual(1);
  expect(backoff).toEqual({ discord: [], slack: [] });
});
