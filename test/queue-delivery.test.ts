// Distributed mode (QUEUE_URL): delivery jobs on BullMQ in Redis, shared by several processes (here
// several deliveries, each with its own store connection, search index and queue connection, as
// separate `newsbot run` processes have), against the fake Slack (no idempotency key: a second
// post would show). Needs REDIS_URL; each test has its own namespace, cleared after.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WebClient } from '@slack/web-api';
import { REST } from 'discord.js';
import { pino } from 'pino';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ChatTransport } from '../src/delivery/chat-transport.ts';
import { createDelivery, type Delivery } from '../src/delivery/deliver-stories.ts';
import { createDiscordTransport } from '../src/platforms/discord/discord-transport.ts';
import { createSlackTransport } from '../src/platforms/slack/slack-transport.ts';
import { createDeliveryQueue } from '../src/queue/delivery-queue.ts';
import { openQueueConnection, type QueueConnection } from '../src/queue/queue-connection.ts';
import { openStoryAnnouncements } from '../src/queue/story-announcements.ts';
import { createBotRecords } from '../src/store/bot-records.ts';
import { openStore } from '../src/store/open-store.ts';
import type { NewsStore } from '../src/store/store-types.ts';
import { startFakeDiscord } from './fakes/fake-discord.ts';
import { startFakeSlack, type FakeSlack } from './fakes/fake-slack.ts';
import { article } from './helpers/articles.ts';
import { clearSharedStore } from './helpers/clear-shared-store.ts';

const { REDIS_URL } = process.env;
const logger = pino({ level: 'silent' });
const CHANNELS = ['C0NEWS', 'C0MORE'];
const USER = 'U0ADA';

interface Proc {
  store: NewsStore;
  connection: QueueConnection;
  delivery: Delivery;
  queue: ReturnType<typeof createDeliveryQueue>;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

if (!REDIS_URL) console.warn('skipping distributed delivery: REDIS_URL is unset');
describe.skipIf(!REDIS_URL)('distributed delivery on BullMQ (QUEUE_URL)', () => {
  /** `count` processes on one Redis store; `queued` false: each works the outbox on its own tick (no QUEUE_URL). */
  async function setUp(count: number, wrap: (transport: ChatTransport, index: number) => ChatTransport = (t) => t, queued = true) {
    const namespace = `queue-${randomUUID().slice(0, 8)}`;
    const dir = mkdtempSync(path.join(tmpdir(), 'newsbot-queue-'));
    dirs.push(dir);
    const slack = await startFakeSlack({ users: [{ id: USER, name: 'ada' }], channels: CHANNELS.map((id) => ({ id, name: id.toLowerCase(), is_member: true })) });
    cleanups.push(() => slack.close());
    cleanups.push(() => clearSharedStore(REDIS_URL!, namespace));
    const procs: Proc[] = [];
    for (let i = 0; i < count; i++) {
      const store = await openStore({ storeUrl: REDIS_URL, dataDir: dir, namespace, indexPath: path.join(dir, `index-${i}.sqlite`) });
      const connection = await openQueueConnection(REDIS_URL!, namespace);
      const queue = createDeliveryQueue({ connection, logger, lockMs: 2000, stalledCheckMs: 1000 });
      const client = new WebClient('xoxb-test', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, timeout: 5000 });
      const delivery = createDelivery({ store, records: createBotRecords(store), transports: [wrap(createSlackTransport(client), i)], logger, dmWindowMs: 0, ...(queued ? { queue } : { tickMs: 50 }) });
      procs.push({ store, connection, delivery, queue });
      cleanups.push(async () => {
        await delivery.stop();
        await connection.close();
        await store.close();
      });
    }
    const records = createBotRecords(procs[0]!.store);
    for (const channelId of CHANNELS) {
      await records.setChannel({ platform: 'slack', channelId, serverId: 'T1', topics: ['ai'], setBy: 'test', setAt: new Date().toISOString() });
    }
    await records.setSubscription({ platform: 'slack', userId: USER, topics: ['ai'] });
    return { slack, procs };
  }

  const storyIds = (slack: FakeSlack, channel: string) =>
    slack.messages(channel).map((message) => (message.metadata?.event_payload as { key?: string } | undefined)?.key ?? '?');

  it('posts each story once per channel and DMs it once, however many processes enqueue it, one post a second per channel', { timeout: 60_000 }, async () => {
    const { slack, procs } = await setUp(3);
    const articles = Array.from({ length: 5 }, (_, i) => article(`q${i}`, { published: new Date(Date.now() - (5 - i) * 1000).toISOString() }));
    await procs[0]!.store.putArticles(articles);
    // Every process enqueues every story (as after grouping the same feed items), in its own order.
    await Promise.all(procs.map((proc, i) => proc.delivery.enqueue(i % 2 ? [...articles].reverse() : articles)));
    for (const proc of procs) proc.delivery.start();
    for (const channel of CHANNELS) await slack.waitFor(() => slack.messages(channel).length >= articles.length, 30_000, `${channel}'s posts`);
    await slack.waitFor(() => slack.messages(slack.dmChannelId(USER)).length >= 1, 30_000, 'a DM');
    await procs[0]!.delivery.flush();

    for (const channel of CHANNELS) {
      const keys = storyIds(slack, channel);
      expect(keys).toHaveLength(articles.length);
      expect(new Set(keys).size).toBe(articles.length);
      expect(slack.maxPostsPerSecond(channel)).toBeLessThanOrEqual(1);
    }
    const dmText = slack.messages(slack.dmChannelId(USER)).map((message) => JSON.stringify(message.blocks ?? message.text)).join('\n');
    for (const a of articles) expect(dmText.split(a.headline).length - 1).toBe(1);
  });

  it('a job whose process died after posting is taken over by another, which finds the post instead of posting again', { timeout: 60_000 }, async () => {
    let hung = 0;
    const { slack, procs } = await setUp(2, (transport, index) =>
      index === 0
        ? {
            ...transport,
            // Posts, then never answers: the process "dies" holding the job.
            async postStory(channelId, post, key, retry) {
              await transport.postStory(channelId, post, key, retry);
              hung++;
              return new Promise(() => undefined);
            },
          }
        : transport,
    );
    await procs[0]!.store.putArticles([article('k1')]);
    await procs[0]!.delivery.enqueue([article('k1')]);
    procs[0]!.delivery.start();
    await slack.waitFor(() => hung === CHANNELS.length, 20_000, 'both posts made by the first process');
    await procs[0]!.queue.abandon();
    procs[1]!.delivery.start();
    // The second process takes the stalled jobs over and marks them sent without a second post.
    const sent = async () => {
      const entries = await procs[1]!.store.getRecords<{ state: string }>(CHANNELS.map((channel) => `outbox:slack:${channel}:k1`));
      return entries.every((entry) => entry?.state === 'sent');
    };
    const end = Date.now() + 30_000;
    while (!(await sent()) && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await sent()).toBe(true);
    for (const channel of CHANNELS) expect(storyIds(slack, channel)).toEqual([`outbox:slack:${channel}:k1`]);
  });

  it.each([
    ['on the queue', true],
    ['on each process’s tick', false],
  ])('an outlet another process adds while a post is on its way is kept, and the post is edited to name it (%s)', { timeout: 60_000 }, async (_, queued) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let posting = 0;
    const { slack, procs } = await setUp(2, (transport, index) =>
      index === 0
        ? {
            ...transport,
            // The first post of each channel waits until the other process has enqueued the
            // same story from a second outlet.
            async postStory(channelId, post, key, retry) {
              posting++;
              await held;
              return transport.postStory(channelId, post, key, retry);
            },
          }
        : transport,
      queued,
    );
    const first = article('o1', { source: 'First Outlet' });
    const second = article('o2', { story: 'o1', source: 'Second Outlet', url: 'https://other.example/o2' });
    await procs[0]!.store.putArticles([first, second]);
    await procs[0]!.delivery.enqueue([first]);
    procs[0]!.delivery.start();
    await slack.waitFor(() => posting === CHANNELS.length, 20_000, 'both posts on their way');
    await procs[1]!.delivery.enqueue([second]);
    release();
    procs[1]!.delivery.start();
    for (const channel of CHANNELS) {
      await slack.waitFor(() => JSON.stringify(slack.messages(channel)).includes('Second Outlet'), 30_000, `${channel}'s post naming the second outlet`);
      expect(slack.messages(channel)).toHaveLength(1);
    }
  });

  it("three processes together stay within Discord's global limit: every post goes out once, none refused as over it", { timeout: 60_000 }, async () => {
    // The fake refuses (429, global) a request arriving when the last second already saw the
    // limit; the processes' shared budget is that same limit, with no margin to hide behind.
    const limit = 8;
    const channelIds = Array.from({ length: 12 }, (_, i) => String(330_000_000_000_000_000n + BigInt(i)));
    const discord = await startFakeDiscord({
      token: 'test-token',
      guilds: channelIds.map((id, i) => ({ id: String(230_000_000_000_000_000n + BigInt(i)), name: `server ${i}`, channels: [{ id, name: 'news' }] })),
      globalLimitPerSecond: limit,
    });
    cleanups.push(() => discord.close());
    const namespace = `queue-${randomUUID().slice(0, 8)}`;
    const dir = mkdtempSync(path.join(tmpdir(), 'newsbot-queue-'));
    dirs.push(dir);
    cleanups.push(() => clearSharedStore(REDIS_URL!, namespace));
    const deliveries: Delivery[] = [];
    for (let i = 0; i < 3; i++) {
      const store = await openStore({ storeUrl: REDIS_URL, dataDir: dir, namespace, indexPath: path.join(dir, `index-${i}.sqlite`) });
      const connection = await openQueueConnection(REDIS_URL!, namespace);
      const queue = createDeliveryQueue({ connection, logger, rate: { discord: limit } });
      const rest = new REST({ api: discord.apiUrl, retries: 0, timeout: 5000 }).setToken('test-token');
      const delivery = createDelivery({ store, records: createBotRecords(store), transports: [createDiscordTransport(rest)], logger, queue });
      deliveries.push(delivery);
      cleanups.push(async () => {
        await delivery.stop();
        await connection.close();
        await store.close();
      });
      if (i === 0) {
        const records = createBotRecords(store);
        for (const channelId of channelIds) {
          await records.setChannel({ platform: 'discord', channelId, serverId: 's', topics: ['ai'], setBy: 'test', setAt: new Date().toISOString() });
        }
        const articles = Array.from({ length: 3 }, (_, n) => article(`g${n}`, { published: new Date(Date.now() - (3 - n) * 1000).toISOString() }));
        await store.putArticles(articles);
        await delivery.enqueue(articles);
      }
    }
    for (const delivery of deliveries) delivery.start();
    await discord.waitFor(() => channelIds.every((id) => discord.messages(id).length >= 3), 45_000, 'every channel’s 3 posts');
    for (const id of channelIds) expect(discord.messages(id)).toHaveLength(3);
    expect(discord.requests.filter((request) => request.status === 429)).toEqual([]);
  });

  it('a story one process stores is found by /news on another within 2 s', { timeout: 30_000 }, async () => {
    const namespace = `queue-${randomUUID().slice(0, 8)}`;
    const dir = mkdtempSync(path.join(tmpdir(), 'newsbot-queue-'));
    dirs.push(dir);
    cleanups.push(() => clearSharedStore(REDIS_URL!, namespace));
    const open = async (i: number) => {
      const store = await openStore({ storeUrl: REDIS_URL, dataDir: dir, namespace, indexPath: path.join(dir, `index-${i}.sqlite`) });
      const connection = await openQueueConnection(REDIS_URL!, namespace);
      // Only the announcement: no once-a-second look runs here.
      const announcements = await openStoryAnnouncements({ connection, logger, onStored: async () => void (await store.catchUpRecent()) });
      cleanups.push(async () => {
        await announcements.close();
        await connection.close();
        await store.close();
      });
      return { store, announcements };
    };
    const a = await open(0);
    const b = await open(1);
    const stored = article('announced-1', { headline: 'Zyxwv Labs releases an open model', published: new Date().toISOString() });
    await a.store.putArticles([stored]);
    const at = Date.now();
    await a.announcements.announce([stored.id]);
    let found = false;
    while (!found && Date.now() - at < 2000) {
      found = (await b.store.search({ terms: 'Zyxwv', limit: 5 })).articles.some((x) => x.id === stored.id);
      if (!found) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(found).toBe(true);
  });
});
