// The durable outbox: each story once per channel, later outlets edit the first post, bursts are
// paced, refusals pause the channel, DMs are gathered, and nothing is lost across a restart.
import { pino } from 'pino';
import { autopostCommand } from '../commands/autopost.ts';
import type { CommandContext } from '../commands/command.ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../src/articles/article.ts';
import { DeliveryRefused, markNotSent, type ChatTransport, type StoryPost } from '../src/delivery/chat-transport.ts';
import { createDelivery, MAX_ATTEMPTS, type DeliveryOptions } from '../src/delivery/deliver-stories.ts';
import { createBotRecords, type BotRecords } from '../src/store/bot-records.ts';
import { openStore } from '../src/store/open-store.ts';
import type { NewsStore } from '../src/store/store-types.ts';
import { article } from './helpers/articles.ts';

class RecordingTransport implements ChatTransport {
  platform = 'discord' as const;
  posts: { channelId: string; post: StoryPost; key: string; at: number }[] = [];
  /** Every attempt, including failed ones: which story, and whether it was flagged a retry. */
  attempts: { id: string; retry: boolean; minimal: boolean }[] = [];
  edits: { channelId: string; messageId: string; post: StoryPost }[] = [];
  dms: { userId: string; articles: Article[]; key: string; retry: boolean }[] = [];
  fail: ((channelId: string, post: StoryPost) => Error | undefined) | undefined;
  constructor(private readonly clock: () => Date) {}
  async postStory(channelId: string, post: StoryPost, key: string, retry: boolean) {
    this.attempts.push({ id: post.article.id, retry, minimal: post.minimal === true });
    const error = this.fail?.(channelId, post);
    if (error) throw error;
    this.posts.push({ channelId, post, key, at: this.clock().getTime() });
    return { messageId: `m${this.posts.length}` };
  }
  async editStory(channelId: string, messageId: string, post: StoryPost) {
    this.edits.push({ channelId, messageId, post });
  }
  async sendDm(userId: string, articles: Article[], key: string, retry: boolean) {
    if (userId === 'closed') throw new DeliveryRefused('Cannot send messages to this user', 'dm-closed');
    this.dms.push({ userId, articles, key, retry });
  }
}

let store: NewsStore;
let records: BotRecords;
let clock: Date;
let transport: RecordingTransport;
const logger = pino({ level: 'silent' });

beforeEach(async () => {
  store = await openStore({ storeUrl: 'memory:', dataDir: '' });
  records = createBotRecords(store);
  clock = new Date('2026-11-20T12:00:00Z');
  transport = new RecordingTransport(() => clock);
  await records.setChannel({ platform: 'discord', channelId: 'ai-news', serverId: 'g1', topics: ['ai'], setBy: 'admin', setAt: clock.toISOString() });
  await records.setChannel({ platform: 'discord', channelId: 'policy', serverId: 'g1', topics: ['policy'], setBy: 'admin', setAt: clock.toISOString() });
});
afterEach(async () => {
  await store.close();
});

function delivery(overrides: Partial<DeliveryOptions> = {}) {
  return createDelivery({ store, records, transports: [transport], logger, now: () => clock, ...overrides });
}

/**
 * A second process on the same store leases a channel (or a user's DMs) and dies mid-send: its
 * `method` request never ends. Returns when the send has started and the lease has run out.
 */
async function anotherProcessDiesMidSend(method: 'postStory' | 'sendDm'): Promise<void> {
  const dying = new RecordingTransport(() => clock);
  let started = false;
  const hang = () => {
    started = true;
    return new Promise<never>(() => {});
  };
  dying[method] = hang;
  void delivery({ transports: [dying] }).flush();
  await vi.waitFor(() => expect(started).toBe(true));
  clock = new Date(clock.getTime() + 61_000);
}

async function publish(...articles: Article[]) {
  await store.putArticles(articles);
  return articles;
}

describe('channel posts', () => {
  it('posts a story once to each matching channel, never to others', async () => {
    const outbox = delivery();
    await outbox.enqueue(await publish(article('a')));
    await outbox.flush();
    await outbox.enqueue(await publish(article('a')));
    await outbox.flush();
    expect(transport.posts.map((post) => post.channelId)).toEqual(['ai-news']);
  });

  it('edits the first post when another outlet tells the same story, instead of posting again', async () => {
    const outbox = delivery();
    await outbox.enqueue(await publish(article('a', { source: 'TechCrunch', story: 's1' })));
    await outbox.flush();
    await outbox.enqueue(await publish(article('b', { source: 'The Verge', story: 's1' })));
    await outbox.flush();
    expect(transport.posts).toHaveLength(1);
    expect(transport.edits).toEqual([{ channelId: 'ai-news', messageId: 'm1', post: expect.objectContaining({ alsoCoveredBy: ['The Verge'] }) }]);
  });

  it('never posts more than 5 messages in 5 seconds to a channel; the rest follow', async () => {
    const outbox = delivery();
    await outbox.enqueue(await publish(...Array.from({ length: 12 }, (_, index) => article(`burst${index}`))));
    for (let second = 0; second < 15; second++) {
      await outbox.flush();
      clock = new Date(clock.getTime() + 1000);
    }
    expect(transport.posts).toHaveLength(12);
    const times = transport.posts.map((post) => post.at);
    for (let index = 5; index < times.length; index++) expect(times[index]! - times[index - 5]!).toBeGreaterThanOrEqual(5000);
    // Oldest first, as enqueued.
    expect(transport.posts.map((post) => post.post.article.id)).toEqual(Array.from({ length: 12 }, (_, index) => `burst${index}`));
  });

  it('keeps to the pace across a restart: the new process knows what the old one posted', async () => {
    const first = delivery();
    await first.enqueue(await publish(...Array.from({ length: 8 }, (_, index) => article(`pace${index}`))));
    await first.flush();
    expect(transport.posts).toHaveLength(5);
    await first.stop();
    const second = delivery();
    await second.flush();
    expect(transport.posts).toHaveLength(5);
    clock = new Date(clock.getTime() + 5000);
    await second.flush();
    expect(transport.posts.map((post) => post.post.article.id)).toEqual(Array.from({ length: 8 }, (_, index) => `pace${index}`));
  });

  it('sends what an earlier version left in its outbox list', async () => {
    const entry = { key: 'outbox:discord:ai-news:old', platform: 'discord', channelId: 'ai-news', story: 'old', articleIds: ['old'], outlets: ['TechCrunch'], state: 'pending', attempts: 0, createdAt: clock.toISOString() };
    await publish(article('old'));
    await store.setRecord(entry.key, entry);
    await store.setRecord('outbox-pending:discord', [entry.key]);
    await delivery().flush();
    expect(transport.posts.map((post) => post.key)).toEqual(['outbox:discord:ai-news:old']);
    expect(await store.getRecord('outbox-pending:discord')).toBeUndefined();
  });

  it('posts each story once to each of many channels, in order per channel', async () => {
    const channels = Array.from({ length: 150 }, (_, index) => `c${index}`);
    for (const channelId of channels) await records.setChannel({ platform: 'discord', channelId, topics: ['ai'], setBy: 'admin', setAt: clock.toISOString() });
    const outbox = delivery();
    await outbox.enqueue(await publish(article('m1'), article('m2')));
    await outbox.flush();
    for (const channelId of [...channels, 'ai-news']) {
      expect(transport.posts.filter((post) => post.channelId === channelId).map((post) => post.post.article.id)).toEqual(['m1', 'm2']);
    }
    expect(transport.posts).toHaveLength(2 * 151);
  });

  it('retries a failed post later and loses nothing', async () => {
    const outbox = delivery();
    let failures = 2;
    transport.fail = () => (failures-- > 0 ? new Error('HTTP 500') : undefined);
    await outbox.enqueue(await publish(article('a')));
    for (let step = 0; step < 10 && transport.posts.length === 0; step++) {
      await outbox.flush();
      clock = new Date(clock.getTime() + 60_000);
    }
    expect(transport.posts).toHaveLength(1);
  });

  it('pauses a channel that refuses (403) and says why in its settings', async () => {
    const outbox = delivery();
    transport.fail = (channelId) => (channelId === 'ai-news' ? new DeliveryRefused('Missing Permissions', 'channel-forbidden') : undefined);
    await outbox.enqueue(await publish(article('a')));
    await outbox.flush();
    expect((await records.getChannel('discord', 'ai-news'))?.pausedReason).toMatch(/^Missing Permissions/);
    transport.fail = undefined;
    await outbox.enqueue(await publish(article('b')));
    await outbox.flush();
    expect(transport.posts).toEqual([]);
  });

  it('sends after a restart what was recorded but not sent, with the same key', async () => {
    const first = delivery();
    await first.enqueue(await publish(article('a')));
    await first.stop(); // "crash" before any flush
    const second = delivery();
    await second.flush();
    expect(transport.posts).toHaveLength(1);
    expect(transport.posts[0]!.key).toBe('outbox:discord:ai-news:a');
  });

  it('a post another process was killed while sending is looked for first by whichever process takes over, even the one that recorded it', async () => {
    const recorder = delivery();
    await recorder.enqueue(await publish(article('a')));
    await anotherProcessDiesMidSend('postStory');
    await recorder.flush();
    expect(transport.attempts).toEqual([{ id: 'a', retry: true, minimal: false }]);
    expect(transport.posts.map((post) => post.key)).toEqual(['outbox:discord:ai-news:a']);
  });
});

describe('giving up, without stalling the channel', () => {
  /** Flushes once a minute of fake time, `minutes` times. */
  async function run(outbox: ReturnType<typeof delivery>, minutes: number) {
    for (let step = 0; step < minutes; step++) {
      await outbox.flush();
      clock = new Date(clock.getTime() + 60_000);
    }
  }

  it('a post refused as invalid is sent once in the minimal form, then given up with its reason; later stories arrive', async () => {
    const outbox = delivery();
    transport.fail = (_channel, post) => (post.article.id === 'bad' ? new DeliveryRefused('Invalid Form Body (50035)', 'invalid') : undefined);
    await outbox.enqueue(await publish(article('bad', { headline: 'The bad one' }), article('next')));
    await run(outbox, 3);
    expect(transport.attempts.filter((attempt) => attempt.id === 'bad').map((attempt) => attempt.minimal)).toEqual([false, true]);
    expect(transport.posts.map((post) => post.post.article.id)).toEqual(['next']);
    const channel = await records.getChannel('discord', 'ai-news');
    expect(channel?.pausedReason).toBeUndefined();
    expect(channel?.failedStories).toEqual([expect.objectContaining({ headline: 'The bad one', reason: expect.stringMatching(/invalid: Invalid Form Body/) })]);
    // What a channel admin sees.
    const status = await autopostCommand.run({ subcommand: 'status' }, { records, user: { id: 'admin', platform: 'discord' }, channel: { id: 'ai-news' } } as unknown as CommandContext);
    expect(status.type === 'text' && status.text).toMatch(/^This channel receives new ai stories.*\nNot posted:\n• The bad one — refused as invalid: Invalid Form Body/s);
  });

  it('a post that keeps failing steps aside after a few attempts and is given up after MAX_ATTEMPTS, over at least half an hour', async () => {
    const outbox = delivery();
    transport.fail = (_channel, post) => (post.article.id === 'stuck' ? new Error('HTTP 500') : undefined);
    await outbox.enqueue(await publish(article('stuck', { headline: 'Stuck' })));
    await outbox.enqueue(await publish(article('later')));
    await run(outbox, 5);
    // It held the channel for its first failures, then the later story went ahead.
    expect(transport.posts.map((post) => post.post.article.id)).toEqual(['later']);
    await run(outbox, 25);
    expect((await records.getChannel('discord', 'ai-news'))?.failedStories).toBeUndefined();
    await run(outbox, 150);
    const attempts = transport.attempts.filter((attempt) => attempt.id === 'stuck').length;
    expect(attempts).toBeGreaterThanOrEqual(MAX_ATTEMPTS);
    expect((await records.getChannel('discord', 'ai-news'))?.failedStories?.[0]?.reason).toMatch(`gave up after ${attempts} attempts: HTTP 500`);
    await run(outbox, 60);
    expect(transport.attempts.filter((attempt) => attempt.id === 'stuck')).toHaveLength(attempts);
  });

  it('a post that keeps failing while the platform takes other posts is retried soon, and not given up within minutes', async () => {
    // Other channels' posts succeed between its attempts, so its waits stay short (the platform is
    // not down) and MAX_ATTEMPTS attempts come within about a minute: too soon to give up a story.
    const outbox = delivery();
    let unlucky = true;
    transport.fail = (_channel, post) => (unlucky && post.article.id === 'unlucky' ? new Error('HTTP 500') : undefined);
    await outbox.enqueue(await publish(article('unlucky', { headline: 'Unlucky' })));
    for (let step = 0; step < 2 * MAX_ATTEMPTS; step++) {
      await outbox.enqueue(await publish(article(`policy${step}`, { topics: ['policy'] })));
      await outbox.flush();
      clock = new Date(clock.getTime() + 5000);
    }
    expect(transport.attempts.filter((attempt) => attempt.id === 'unlucky').length).toBeGreaterThan(MAX_ATTEMPTS);
    unlucky = false;
    clock = new Date(clock.getTime() + 5000);
    await outbox.flush();
    expect(transport.posts.filter((post) => post.post.article.id === 'unlucky').map((post) => post.channelId)).toEqual(['ai-news']);
    expect((await records.getChannel('discord', 'ai-news'))?.failedStories).toBeUndefined();
  });

  it('after a failure the channel waits its cooldown, even when a new story for it arrives meanwhile', async () => {
    const outbox = delivery();
    transport.fail = (_channel, post) => (post.article.id === 'bad' && !post.minimal ? new DeliveryRefused('Invalid Form Body (50035)', 'invalid') : undefined);
    await outbox.enqueue(await publish(article('bad')));
    await outbox.flush();
    clock = new Date(clock.getTime() + 500);
    await outbox.enqueue(await publish(article('next')));
    await outbox.flush();
    // Only the refused attempt so far: the minimal form waits out the channel's 2 s.
    expect(transport.attempts.map((attempt) => attempt.id)).toEqual(['bad']);
    clock = new Date(clock.getTime() + 2000);
    await outbox.flush();
    expect(transport.posts.map((post) => post.post.article.id)).toEqual(['bad', 'next']);
  });

  it('looks for an earlier post only when an attempt may have been carried out', async () => {
    const outbox = delivery();
    let failures = [markNotSent(new Error('429')), new Error('timeout')];
    transport.fail = () => failures.shift();
    await outbox.enqueue(await publish(article('a')));
    await run(outbox, 5);
    // First attempt: no earlier attempt recorded, so no earlier post can exist; after a 429 still none;
    // after a timeout the post may have arrived.
    expect(transport.attempts.map((attempt) => attempt.retry)).toEqual([false, false, true]);
    failures = [];
  });
});

describe('DMs', () => {
  beforeEach(async () => {
    await records.setSubscription({ platform: 'discord', userId: 'u1', topics: ['openai'] });
    await records.setSubscription({ platform: 'discord', userId: 'closed', topics: ['openai'] });
  });

  it('sends the first story at once and gathers the next ones into one DM after 10 minutes', async () => {
    const outbox = delivery();
    await outbox.enqueue(await publish(article('a')));
    await outbox.flush();
    await outbox.enqueue(await publish(article('b'), article('c')));
    clock = new Date(clock.getTime() + 5 * 60_000);
    await outbox.flush();
    expect(transport.dms.map((dm) => dm.articles.map((entry) => entry.id))).toEqual([['a']]);
    clock = new Date(clock.getTime() + 5 * 60_000);
    await outbox.flush();
    expect(transport.dms.map((dm) => dm.articles.map((entry) => entry.id))).toEqual([['a'], ['b', 'c']]);
  });

  it('a DM another process was killed while sending is looked for first by whichever process takes over; a first DM is not', async () => {
    const recorder = delivery();
    await recorder.enqueue(await publish(article('a')));
    await anotherProcessDiesMidSend('sendDm');
    await recorder.flush();
    await recorder.enqueue(await publish(article('b')));
    clock = new Date(clock.getTime() + 10 * 60_000);
    await recorder.flush();
    expect(transport.dms.filter((dm) => dm.userId === 'u1').map((dm) => [dm.articles.map((entry) => entry.id), dm.retry])).toEqual([
      [['a'], true],
      [['b'], false],
    ]);
  });

  it('a DM that keeps failing while the platform takes other sends is not given up within minutes', async () => {
    const outbox = delivery();
    let tries = 0;
    const send = transport.sendDm.bind(transport);
    transport.sendDm = async (userId, articles, key, retry) => {
      if (userId === 'u1' && ++tries <= 2 * MAX_ATTEMPTS) throw new Error('HTTP 500');
      return send(userId, articles, key, retry);
    };
    await outbox.enqueue(await publish(article('a')));
    for (let step = 0; tries <= 2 * MAX_ATTEMPTS && step < 10 * MAX_ATTEMPTS; step++) {
      // Channel posts succeed meanwhile: the platform works.
      await outbox.enqueue(await publish(article(`p${step}`, { topics: ['policy'] })));
      await outbox.flush();
      clock = new Date(clock.getTime() + 5000);
    }
    await outbox.flush();
    expect(transport.dms.filter((dm) => dm.userId === 'u1').map((dm) => dm.articles.map((entry) => entry.id))).toEqual([['a']]);
  });

  it('records a user whose DMs are closed and skips them afterwards', async () => {
    const outbox = delivery();
    await outbox.enqueue(await publish(article('a')));
    await outbox.flush();
    expect((await records.getSubscription('discord', 'closed'))?.dmClosedAt).toBeTruthy();
    await outbox.enqueue(await publish(article('b')));
    clock = new Date(clock.getTime() + 60 * 60_000);
    await outbox.flush();
    expect(transport.dms.every((dm) => dm.userId === 'u1')).toBe(true);
  });
});

describe('idempotence after a crash', () => {
  it('a story enqueued again (the poll repeated after a crash) is neither posted nor DMed twice', async () => {
    await records.setSubscription({ platform: 'discord', userId: 'u1', topics: ['openai'] });
    const outbox = delivery();
    const story = (await publish(article('again')))[0]!;
    await outbox.enqueue([story]);
    await outbox.flush();
    await outbox.enqueue([story]);
    clock = new Date(clock.getTime() + 60 * 60_000);
    await outbox.flush();
    expect(transport.posts).toHaveLength(1);
    expect(transport.dms.flatMap((dm) => dm.articles.map((entry) => entry.id))).toEqual(['again']);
  });
});
