// Fan-out: 20 new stories to G autopost channels (one per server), delivered by the real outbox
// and the real discord.js REST client to the fake Discord on 127.0.0.1, with the default (SQLite)
// store. Figures per G: time from the hand-over to delivery (the end of a poll) to the first post
// and to the last, CPU seconds per 1,000 posts (this process: the bot's work plus the fake's, the
// same share per post at every G) and peak RSS. Targets: first post within 2 s at every G, CPU
// per post flat in G. One process; the platform's global limit raised (FANOUT_RATE, default
// 1,000 requests/s) so the bot's own cost shows, and once at Discord's 50/s.
// quick: G = 100. Full: G = 100 and 1,000, and 10,000 with FANOUT_MAX=10000 (200,000 posts).
// Full with REDIS_URL set: distributed mode too (QUEUE_URL, BullMQ), 5 stories to
// FANOUT_QUEUE_CHANNELS (default 1,000) channels by 1 and by 3 (FANOUT_QUEUE_PROCESSES) delivery
// processes with the limit raised (FANOUT_QUEUE_RATE, default 10,000/s: at 1,000 one process
// already met it in its busiest second), and by 3 at Discord's budget (the shared limiter's 45/s,
// the fake refusing past 50 in any second): posts/s, the most posts the fake took in any second,
// and CPU per 1,000 posts of the workers, the fake (a process of its own) and Redis.
// FANOUT_WORKER_ARGS: node flags for the workers (e.g. --cpu-prof --cpu-prof-dir=/tmp/prof).
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REST } from 'discord.js';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import type { Article } from '../src/articles/article.ts';
import { createDelivery } from '../src/delivery/deliver-stories.ts';
import { createDiscordTransport } from '../src/platforms/discord/discord-transport.ts';
import { createDeliveryQueue, PLATFORM_RATE } from '../src/queue/delivery-queue.ts';
import { openQueueConnection } from '../src/queue/queue-connection.ts';
import { createBotRecords } from '../src/store/bot-records.ts';
import { openStore } from '../src/store/open-store.ts';
import { startFakeDiscord } from '../test/fakes/fake-discord.ts';
import { clearSharedStore } from '../test/helpers/clear-shared-store.ts';

const STORIES = 20;
/** Discord's global limit for one bot: requests in any second. */
const DISCORD_GLOBAL_LIMIT = 50;
type Log = (figure: object) => void;

export async function runFanoutBench(options: { quick: boolean; log: Log }): Promise<void> {
  const raised = Number(process.env.FANOUT_RATE ?? 1000);
  const max = Number(process.env.FANOUT_MAX ?? 1000);
  const sizes = options.quick ? [100] : [100, 1000, 10_000].filter((g) => g <= max);
  for (const channels of sizes) await fanout(channels, raised, options.log);
  if (!options.quick) await fanout(100, 50, options.log);
  if (!options.quick) await runFanoutQueueBench(options.log);
}

/** Distributed mode (QUEUE_URL), when REDIS_URL names a Redis: 1 and 3 processes, raised limit and Discord's. */
export async function runFanoutQueueBench(log: Log): Promise<void> {
  const redisUrl = process.env.REDIS_URL;
  if (!redisUrl) return;
  const raised = Number(process.env.FANOUT_QUEUE_RATE ?? 10_000);
  const channels = Number(process.env.FANOUT_QUEUE_CHANNELS ?? 1000);
  const counts = (process.env.FANOUT_QUEUE_PROCESSES ?? '1,3').split(',').map(Number).filter((count) => count > 0);
  for (const processes of counts) await fanoutQueue({ redisUrl, channels, processes, perSecond: raised, fakeLimit: raised, log });
  // Discord's own budget: the limiter in Redis must hold three processes together under it, and
  // the fake refuses (429, global) past Discord's 50 in any second.
  if (process.env.FANOUT_QUEUE_AT_LIMIT !== '0') await fanoutQueue({ redisUrl, channels, processes: 3, perSecond: PLATFORM_RATE.discord, fakeLimit: DISCORD_GLOBAL_LIMIT, log });
}

/** Stories per channel in the distributed run: few enough that the per-channel pace (5 in 5 s)
 * never binds, so posts/s shows what the processes can send. */
const QUEUE_STORIES = 5;

/**
 * Distributed mode: `processes` delivery processes (bench/fanout-queue-worker.ts) on one Redis
 * store and queue, and the fake Discord in a process of its own (bench/fake-discord-process.ts,
 * refusing past `fakeLimit` requests in any 1 s, so neither its CPU nor a burst it would refuse
 * counts for the workers); this process enqueues QUEUE_STORIES stories to `channels` channels.
 * Figures: posts/s from first to last post, the most posts the fake took in any 1 s (which the
 * limiter must keep at or under the platform's limit), its global refusals, and CPU seconds per
 * 1,000 posts of the workers (from when each was ready) and of the fake.
 */
async function fanoutQueue(options: { redisUrl: string; channels: number; processes: number; perSecond: number; fakeLimit: number; log: Log }): Promise<void> {
  const { redisUrl, processes, perSecond } = options;
  const namespace = `fanout-${randomUUID().slice(0, 8)}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'newsbot-fanout-queue-'));
  const here = path.dirname(fileURLToPath(import.meta.url));
  const fake = await startFakeProcess(path.join(here, 'fake-discord-process.ts'), options.channels, options.fakeLimit);
  const store = await openStore({ storeUrl: redisUrl, dataDir, namespace });
  const records = createBotRecords(store);
  const connection = await openQueueConnection(redisUrl, namespace);
  const logger = pino({ level: 'silent' });
  const queue = createDeliveryQueue({ connection, logger });
  // This process only enqueues (its delivery is never started), as a poller process would.
  const delivery = createDelivery({ store, records, transports: [createDiscordTransport(new REST({ api: fake.apiUrl }))], logger, queue });
  const workers: ChildProcess[] = [];
  try {
    for (const [index, channelId] of fake.channelIds.entries()) {
      await records.setChannel({ platform: 'discord', channelId, serverId: `s${index}`, topics: ['ai'], setBy: 'bench', setAt: new Date().toISOString() });
    }
    const articles = benchArticles(QUEUE_STORIES, `fanout-queue-${namespace}`);
    await store.putArticles(articles);
    const cpuSeconds: number[] = [];
    for (let i = 0; i < processes; i++) {
      const child = spawn(process.execPath, [...(process.env.FANOUT_WORKER_ARGS?.split(' ').filter(Boolean) ?? []), '--import', 'tsx', path.join(here, 'fanout-queue-worker.ts'), redisUrl, namespace, fake.apiUrl, String(perSecond), path.join(dataDir, `w${i}`)], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      workers.push(child);
      let out = '';
      child.stdout!.setEncoding('utf8');
      await new Promise<void>((resolve, reject) => {
        child.stdout!.on('data', (chunk: string) => {
          out += chunk;
          if (out.includes('ready')) resolve();
          for (const line of out.split('\n')) if (line.startsWith('{"cpuSeconds"')) cpuSeconds.push((JSON.parse(line) as { cpuSeconds: number }).cpuSeconds);
        });
        child.once('exit', () => reject(new Error('fanout worker exited before it was ready')));
      });
    }
    const total = fake.channelIds.length * QUEUE_STORIES;
    const fakeCpuBefore = (await fake.ask<{ cpuSeconds: number }>({ type: 'report', expected: 0 })).cpuSeconds;
    const redisCpuBefore = await redisCpuSeconds(connection.redis);
    const handedOver = Date.now();
    await delivery.enqueue(articles);
    for (const started = Date.now(); (await fake.ask<{ posts: number }>({ type: 'count' })).posts < total; ) {
      if (Date.now() - started > 3_600_000) throw new Error(`fanout queue bench: ${total} posts not made within an hour`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const redisCpu = (await redisCpuSeconds(connection.redis)) - redisCpuBefore;
    const report = await fake.ask<{ times: number[]; wrong: number; globalRefusals: number; cpuSeconds: number }>({ type: 'report', expected: QUEUE_STORIES });
    const times = report.times.sort((a, b) => a - b);
    let peak = 0;
    for (let i = 0, j = 0; i < times.length; i++) {
      while (times[i]! - times[j]! >= 1000) j++;
      peak = Math.max(peak, i - j + 1);
    }
    for (const child of workers) child.kill('SIGTERM');
    await Promise.all(workers.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)))));
    const figure = { channels: fake.channelIds.length, posts: total, processes, globalLimitPerSecond: perSecond, fakeGlobalLimit: options.fakeLimit, queue: 'bullmq' };
    const seconds = (times[times.length - 1]! - times[0]!) / 1000;
    options.log({ name: 'fanout_queue_first_post', value: round((times[0]! - handedOver) / 1000, 2), unit: 's', ...figure });
    options.log({ name: 'fanout_queue_posts_per_second', value: round(total / Math.max(seconds, 0.001), 1), unit: 'posts/s', ...figure });
    options.log({ name: 'fanout_queue_peak_posts_in_1s', value: peak, unit: 'posts', ...figure });
    options.log({ name: 'fanout_queue_global_429s', value: report.globalRefusals, unit: 'requests', ...figure });
    options.log({ name: 'fanout_queue_worker_cpu_per_1000_posts', value: round((cpuSeconds.reduce((a, b) => a + b, 0) / total) * 1000, 2), unit: 's', ...figure });
    options.log({ name: 'fanout_queue_fake_cpu_per_1000_posts', value: round(((report.cpuSeconds - fakeCpuBefore) / total) * 1000, 2), unit: 's', ...figure });
    // Redis's CPU (the server's, whoever else uses it): the shared work every process waits on.
    options.log({ name: 'fanout_queue_redis_cpu_per_1000_posts', value: round((redisCpu / total) * 1000, 2), unit: 's', ...figure });
    if (report.wrong) throw new Error(`fanout queue bench: ${report.wrong} channels without exactly ${QUEUE_STORIES} messages`);
  } finally {
    for (const child of workers) if (child.exitCode === null) child.kill('SIGKILL');
    await queue.stop();
    await connection.close();
    await store.close();
    await clearSharedStore(redisUrl, namespace);
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function redisCpuSeconds(redis: Redis): Promise<number> {
  const info = await redis.info('cpu');
  const field = (name: string) => Number(new RegExp(`${name}:([0-9.]+)`).exec(info)?.[1] ?? 0);
  return field('used_cpu_user') + field('used_cpu_sys');
}

/** The fake Discord in its own process (fake-discord-process.ts), asked over IPC. */
async function startFakeProcess(script: string, channels: number, limit: number) {
  const child = fork(script, [String(channels), Number.isFinite(limit) ? String(limit) : ''], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const replies: { resolve: (message: unknown) => void; reject: (error: Error) => void }[] = [];
  child.on('message', (message: unknown) => replies.shift()?.resolve(message));
  child.on('exit', () => {
    for (const reply of replies.splice(0)) reply.reject(new Error('the fake Discord process exited'));
  });
  const next = <T>() => new Promise<T>((resolve, reject) => replies.push({ resolve: (message) => resolve(message as T), reject }));
  const ready = await next<{ apiUrl: string; channelIds: string[] }>();
  return {
    apiUrl: ready.apiUrl,
    channelIds: ready.channelIds,
    // One question at a time: replies come in the order asked.
    ask<T>(message: object): Promise<T> {
      const reply = next<T>();
      child.send(message);
      return reply;
    },
    close: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve(null);
      child.once('exit', resolve);
      child.send({ type: 'close' });
    }),
  };
}

function benchArticles(count: number, prefix: string): Article[] {
  const now = Date.now();
  return Array.from({ length: count }, (_, index) => ({
    id: `${prefix}-${index}`,
    story: `${prefix}-${index}`,
    url: `https://news.example/fanout/${prefix}/${index}`,
    feedUrl: 'https://news.example/feed.xml',
    source: 'Example News',
    headline: `Lab ${index} ships a model`,
    summary: `Story ${index} of the fan-out bench.`,
    topics: ['ai'],
    published: new Date(now - (count - index) * 1000).toISOString(),
    firstSeen: new Date(now).toISOString(),
    quote: null,
    text: `Story ${index} of the fan-out bench: a lab shipped a model.`,
  }));
}

async function fanout(channelCount: number, perSecond: number, log: Log): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'newsbot-fanout-bench-'));
  const channelIds = Array.from({ length: channelCount }, (_, index) => String(310_000_000_000_000_000n + BigInt(index)));
  const fake = await startFakeDiscord({
    token: 'bench-token',
    guilds: channelIds.map((id, index) => ({ id: String(210_000_000_000_000_000n + BigInt(index)), name: `server ${index}`, channels: [{ id, name: 'news' }] })),
  });
  const store = await openStore({ dataDir });
  const records = createBotRecords(store);
  const rest = new REST({ api: fake.apiUrl, retries: 0, timeout: 15_000, globalRequestsPerSecond: perSecond }).setToken('bench-token');
  const delivery = createDelivery({ store, records, transports: [createDiscordTransport(rest)], logger: pino({ level: 'silent' }), tickMs: 100 });
  try {
    for (const [index, channelId] of channelIds.entries()) {
      await records.setChannel({ platform: 'discord', channelId, serverId: `s${index}`, topics: ['ai'], setBy: 'bench', setAt: new Date().toISOString() });
    }
    const articles = benchArticles(STORIES, 'fanout');
    await store.putArticles(articles);

    // Posts counted as requests arrive (a rescan of every request per check would cost the bench
    // more than the bot as G grows); a repeat of a nonce (a retry the fake recognised) is not a post.
    const postTimes: number[] = [];
    const nonces = new Set<string>();
    let scanned = 0;
    const posted = () => {
      for (; scanned < fake.requests.length; scanned++) {
        const request = fake.requests[scanned]!;
        if (request.method !== 'POST' || !request.status) {
          if (!request.status) break; // unanswered yet: looked at again next time
          continue;
        }
        const key = `${request.path} ${(request.body as { nonce?: string }).nonce}`;
        if (request.status === 200 && !nonces.has(key)) {
          nonces.add(key);
          postTimes.push(request.at);
        }
      }
      return postTimes.length;
    };
    const total = channelCount * STORIES;
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
    const cpuBefore = process.cpuUsage();
    const handedOver = Date.now();
    delivery.start();
    await delivery.enqueue(articles);
    await fake.waitFor(() => posted() >= total, 3_600_000, `${total} posts`);
    const cpu = process.cpuUsage(cpuBefore);
    clearInterval(sampler);
    const sent = postTimes;
    const figure = { channels: channelCount, posts: total, processes: 1, globalLimitPerSecond: perSecond };
    log({ name: 'fanout_first_post', value: round((sent[0]! - handedOver) / 1000, 2), unit: 's', ...figure });
    log({ name: 'fanout_all_posts', value: round((sent[total - 1]! - handedOver) / 1000, 1), unit: 's', ...figure });
    log({ name: 'fanout_cpu_per_1000_posts', value: round(((cpu.user + cpu.system) / 1e6 / total) * 1000, 2), unit: 's', ...figure });
    log({ name: 'fanout_peak_rss', value: Math.round(peakRss / 2 ** 20), unit: 'MiB', ...figure });
    const wrong = channelIds.filter((id) => fake.messages(id).length !== STORIES);
    if (wrong.length) throw new Error(`fanout bench: ${wrong.length} channels without exactly ${STORIES} messages`);
  } finally {
    await delivery.stop();
    await store.close();
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
