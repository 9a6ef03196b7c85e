// New stories → channel posts and subscriber DMs, through a durable outbox: every delivery is
// recorded before it is sent and marked after the platform accepts it, so a crash or a failed
// request is retried, never lost, and (with the platform's idempotency key) never doubled.
// This is the one place that joins the feed side to the chat side.
//
// Retry policy. Temporary failures (429, 5xx, timeouts) are retried with backoff, at most
// MAX_ATTEMPTS times (about an hour of trying), then given up. Permanent ones are not retried: a
// post refused as invalid is re-rendered once in a minimal form, then given up; a channel that
// refuses us (403, unknown channel) is paused. A story given up is logged with its reason and listed
// in /autopost status. Stories reach a channel in order, except that an entry which has failed
// HOLD_ATTEMPTS times steps aside: later stories go on while it keeps retrying, so one bad message
// cannot stall a channel.
import { createHash } from 'node:crypto';
import type { Article } from '../articles/article.ts';
import type { Logger } from '../logger.ts';
import type { BotRecords, ChannelSettings, Platform } from '../store/bot-records.ts';
import type { NewsStore } from '../store/store-types.ts';
import { clipText } from '../clip-text.ts';
import { DeliveryRefused, wasNotSent, type ChatTransport } from './chat-transport.ts';

/** One story in one channel. */
export interface OutboxEntry {
  key: string;
  platform: Platform;
  channelId: string;
  story: string;
  /** The first is the article posted; the others told the same story. */
  articleIds: string[];
  /** Outlets of those articles, first one first. */
  outlets: string[];
  state: 'pending' | 'sent' | 'failed';
  messageId?: string;
  /** A later outlet must be added to the sent message. */
  needsEdit?: boolean;
  /** The platform refused the full post as invalid: the next attempt sends the minimal form. */
  minimal?: boolean;
  /** A failed attempt may have been carried out (timeout, 5xx): the next one looks for it first. */
  maybeSent?: boolean;
  attempts: number;
  nextAttemptAt?: string;
  lastError?: string;
  createdAt: string;
}

/** Stories waiting to be DMed to one user. */
interface DmQueue {
  articleIds: string[];
  lastSentAt?: string;
  /** Stories already queued for this user (newest last), so a story is DMed once however often it is enqueued. */
  stories?: string[];
  /**
   * The DM being sent: recorded (and taken off articleIds) before it is sent, so a retry after a
   * crash or a failure resends exactly these stories under the same key, which the platform
   * recognises, even if more stories were queued meanwhile.
   */
  sending?: { articleIds: string[]; key: string };
  /** Failed attempts at `sending`, for the backoff; reset when it is sent. */
  failures?: number;
  /** A failed attempt at `sending` may have been carried out: the next one looks for it first. */
  maybeSent?: boolean;
  nextAttemptAt?: string;
}

/** How many recent stories per user are remembered for that check. */
const DM_STORIES_REMEMBERED = 2000;

export interface DeliveryOptions {
  store: NewsStore;
  records: BotRecords;
  transports: ChatTransport[];
  logger: Logger;
  now?: () => Date;
  /** DMs to one user are gathered within this window: at most one DM per window. Default 10 min. */
  dmWindowMs?: number;
  /** At most `max` posts per channel in `perMs`, unless the transport sets its own. Default 5 in 5 s. */
  channelPace?: { max: number; perMs: number };
  /** How often the outbox is worked through. Default 500 ms. */
  tickMs?: number;
}

export interface Delivery {
  /** Records deliveries for new stories (oldest first); sending happens in the background. */
  enqueue(articles: Article[]): Promise<void>;
  /** Works through everything due now; resolves when done (tests and --once call it). */
  flush(): Promise<void>;
  start(): void;
  stop(): Promise<void>;
}

const MAX_BACKOFF_MS = 15 * 60_000;
const DM_STORIES_MAX = 10;
/** Temporary failures before a delivery is given up: 2 s doubling to 15 min, about an hour in all. */
export const MAX_ATTEMPTS = 12;
/** Failed attempts after which an entry stops holding back later stories in its channel. */
export const HOLD_ATTEMPTS = 3;
/** After any failure in a channel, its next request waits at least this long. */
const CHANNEL_COOLDOWN_MS = 2000;
/** Stories given up per channel that /autopost status lists. */
const FAILED_SHOWN = 5;

export function createDelivery(options: DeliveryOptions): Delivery {
  const { store, records, logger } = options;
  const now = options.now ?? (() => new Date());
  const dmWindowMs = options.dmWindowMs ?? 10 * 60_000;
  const defaultPace = options.channelPace ?? { max: 5, perMs: 5000 };
  const recentPosts = new Map<string, number[]>();
  /** Failed sends in a row per platform (any channel or DM); a success resets it. */
  const platformFailures = new Map<Platform, number>();
  /** Deliveries recorded by this process: a first attempt of one of these cannot have been sent. */
  const recordedHere = new Set<string>();
  /** Channel → no request before this time (ms), after a failure there. */
  const cooldownUntil = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  /** Record changes and sends run one at a time in this process, so read-modify-write is safe. */
  function serial<T>(work: () => Promise<T>): Promise<T> {
    const result = running.then(work);
    running = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  const pendingKey = (platform: Platform) => `outbox-pending:${platform}`;
  const dmPendingKey = (platform: Platform) => `dm-pending:${platform}`;
  const dmQueueKey = (platform: Platform, userId: string) => `dm-queue:${platform}:${userId}`;

  async function addToList(key: string, member: string): Promise<void> {
    const list = (await store.getRecord<string[]>(key)) ?? [];
    if (!list.includes(member)) await store.setRecord(key, [...list, member]);
  }
  async function removeFromList(key: string, member: string): Promise<void> {
    const list = (await store.getRecord<string[]>(key)) ?? [];
    if (list.includes(member)) await store.setRecord(key, list.filter((entry) => entry !== member));
  }

  async function enqueueOne(article: Article, transport: ChatTransport): Promise<void> {
    const platform = transport.platform;
    for (const channel of await records.listChannels(platform)) {
      if (!wants(channel, article)) continue;
      const key = `outbox:${platform}:${channel.channelId}:${article.story}`;
      const entry = await store.getRecord<OutboxEntry>(key);
      // Each change joins the pending list BEFORE its record is written: a crash in between leaves
      // a list member without work (dropped by the next send) rather than work nobody will send
      // (the re-poll after a crash finds the record and would not add it again).
      if (!entry) {
        await addToList(pendingKey(platform), key);
        await store.setRecord<OutboxEntry>(key, {
          key,
          platform,
          channelId: channel.channelId,
          story: article.story,
          articleIds: [article.id],
          outlets: [article.source],
          state: 'pending',
          attempts: 0,
          createdAt: now().toISOString(),
        });
        recordedHere.add(key);
      } else if (!entry.articleIds.includes(article.id)) {
        // The same story from another outlet: never a second post, at most an edit of the first.
        entry.articleIds.push(article.id);
        if (entry.outlets.includes(article.source)) {
          await store.setRecord(key, entry);
          continue;
        }
        entry.outlets.push(article.source);
        if (entry.state === 'sent') entry.needsEdit = true;
        if (entry.state !== 'failed') await addToList(pendingKey(platform), key);
        await store.setRecord(key, entry);
      }
    }
    for (const subscription of await records.listSubscriptions(platform)) {
      // Digest subscribers get one digest DM a day instead (schedule-digests.ts).
      if (subscription.digest || subscription.dmClosedAt || !subscription.topics.some((topic) => article.topics.includes(topic))) continue;
      const key = dmQueueKey(platform, subscription.userId);
      const queue = (await store.getRecord<DmQueue>(key)) ?? { articleIds: [] };
      // One DM line per story, whichever outlet told it first, and never again after a crash.
      const stories = queue.stories ?? [];
      if (stories.includes(article.story)) continue;
      queue.articleIds.push(article.id);
      queue.stories = [...stories, article.story].slice(-DM_STORIES_REMEMBERED);
      // Listed first, as for channel posts: the story is remembered only once someone will send it.
      await addToList(dmPendingKey(platform), subscription.userId);
      await store.setRecord(key, queue);
    }
  }

  async function sendDueOutbox(transport: ChatTransport): Promise<void> {
    const platform = transport.platform;
    // A channel whose earlier story is waiting (retry or pace) gets nothing later before it, so
    // stories arrive in the order they were published; except an entry that has failed
    // HOLD_ATTEMPTS times: it is set aside and tried after the channel's other due stories.
    const waiting = new Set<string>();
    const keys = (await store.getRecord<string[]>(pendingKey(platform))) ?? [];
    const asideKeys: string[] = [];
    for (const key of keys) await sendEntry(transport, key, waiting, asideKeys);
    for (const key of asideKeys) await sendEntry(transport, key, waiting);
  }

  /** One outbox entry, if it is due; `aside` collects the entries to try after the others. */
  async function sendEntry(transport: ChatTransport, key: string, waiting: Set<string>, aside?: string[]): Promise<void> {
    const platform = transport.platform;
    const entry = await store.getRecord<OutboxEntry>(key);
    if (!entry || entry.state === 'failed' || (entry.state === 'sent' && !entry.needsEdit)) {
      await removeFromList(pendingKey(platform), key);
      return;
    }
    if (aside && entry.attempts >= HOLD_ATTEMPTS) {
      aside.push(key);
      return;
    }
    if (waiting.has(entry.channelId)) return;
    const paceKey = `${platform}:${entry.channelId}`;
    if ((cooldownUntil.get(paceKey) ?? 0) > now().getTime()) {
      waiting.add(entry.channelId);
      return;
    }
    const due = !entry.nextAttemptAt || Date.parse(entry.nextAttemptAt) <= now().getTime();
    if (!due) {
      // Waiting for its retry: it holds later stories back only for its first few failures.
      if (entry.attempts < HOLD_ATTEMPTS) waiting.add(entry.channelId);
      return;
    }
    if (!paceAllows(paceKey, transport.pace ?? defaultPace)) {
      waiting.add(entry.channelId);
      return;
    }
    const article = await store.getArticle(entry.articleIds[0]!);
    if (!article) {
      entry.state = 'failed';
      entry.lastError = 'article no longer stored';
      await store.setRecord(key, entry);
      return;
    }
    const post = { article, alsoCoveredBy: entry.outlets.slice(1), ...(entry.minimal ? { minimal: true } : {}) };
    try {
      if (entry.state === 'pending') {
        const retry = entry.maybeSent === true || !recordedHere.has(key);
        const { messageId } = await transport.postStory(entry.channelId, post, key, retry);
        entry.state = 'sent';
        entry.messageId = messageId;
        entry.needsEdit = false;
        entry.attempts = 0;
      } else {
        await transport.editStory(entry.channelId, entry.messageId!, post);
        entry.needsEdit = false;
        entry.attempts = 0;
      }
      succeeded(platform);
      entry.lastError = undefined;
      await store.setRecord(key, entry);
      await removeFromList(pendingKey(platform), key);
    } catch (error) {
      cooldownUntil.set(paceKey, now().getTime() + CHANNEL_COOLDOWN_MS);
      await handleChannelError(entry, error, article.headline);
      waiting.add(entry.channelId);
    } finally {
      paced(paceKey);
    }
  }

  async function handleChannelError(entry: OutboxEntry, error: unknown, headline: string): Promise<void> {
    const message = oneLine(error);
    entry.lastError = message;
    if (error instanceof DeliveryRefused && error.reason === 'invalid') {
      if (entry.state === 'pending' && !entry.minimal) {
        // Once more in the minimal form (headline, outlet, short link), at once.
        entry.minimal = true;
        await store.setRecord(entry.key, entry);
        logger.warn({ platform: entry.platform, channel: entry.channelId, error: message }, 'post refused as invalid, sending a minimal form');
        return;
      }
      return giveUp(entry, headline, `refused as invalid: ${message}`);
    }
    if (error instanceof DeliveryRefused) {
      // The platform refused for good: stop this channel's autopost and say why in /autopost status.
      await giveUp(entry, headline, message, false);
      if (error.reason === 'channel-forbidden' || error.reason === 'gone') {
        const channel = await records.getChannel(entry.platform, entry.channelId);
        if (channel && !channel.pausedReason) {
          await records.setChannel({ ...channel, pausedReason: `${message} (at ${now().toISOString().slice(0, 16)}Z)` });
          logger.warn({ platform: entry.platform, channel: entry.channelId, reason: message }, 'autopost paused');
        }
      }
      return;
    }
    entry.attempts += 1;
    if (!wasNotSent(error)) entry.maybeSent = true;
    if (entry.attempts >= MAX_ATTEMPTS) return giveUp(entry, headline, `gave up after ${entry.attempts} attempts: ${message}`);
    entry.nextAttemptAt = new Date(now().getTime() + backoffAfterFailure(entry.platform, entry.attempts)).toISOString();
    await store.setRecord(entry.key, entry);
    logger.warn({ platform: entry.platform, channel: entry.channelId, attempts: entry.attempts, error: message }, 'post failed, will retry');
  }

  /**
   * No more attempts: a post becomes failed, an edit is dropped (the post stays as it is). Logged
   * and, when `list`, shown in /autopost status; the channel's later stories go on.
   */
  async function giveUp(entry: OutboxEntry, headline: string, reason: string, list = true): Promise<void> {
    const what = entry.state === 'pending' ? 'post' : 'edit';
    if (entry.state === 'pending') entry.state = 'failed';
    entry.needsEdit = false;
    entry.lastError = reason;
    await store.setRecord(entry.key, entry);
    await removeFromList(pendingKey(entry.platform), entry.key);
    logger.warn({ platform: entry.platform, channel: entry.channelId, story: entry.story, reason }, `${what} given up`);
    if (!list || what === 'edit') return;
    const channel = await records.getChannel(entry.platform, entry.channelId);
    if (!channel) return;
    const failed = [...(channel.failedStories ?? []), { headline: clipText(headline || entry.story, 200), reason: clipText(reason, 300), at: now().toISOString() }];
    await records.setChannel({ ...channel, failedStories: failed.slice(-FAILED_SHOWN) });
  }

  async function sendDueDms(transport: ChatTransport): Promise<void> {
    const platform = transport.platform;
    for (const userId of (await store.getRecord<string[]>(dmPendingKey(platform))) ?? []) {
      const key = dmQueueKey(platform, userId);
      const queue = await store.getRecord<DmQueue>(key);
      if (!queue || (queue.articleIds.length === 0 && !queue.sending)) {
        await removeFromList(dmPendingKey(platform), userId);
        continue;
      }
      if (queue.nextAttemptAt && Date.parse(queue.nextAttemptAt) > now().getTime()) continue;
      if (!queue.sending) {
        if (queue.lastSentAt && Date.parse(queue.lastSentAt) + dmWindowMs > now().getTime()) continue;
        // The key names exactly these stories, so a resend after a crash is recognised as the same DM.
        const batch = queue.articleIds.slice(0, DM_STORIES_MAX);
        queue.sending = { articleIds: batch, key: `dm:${platform}:${userId}:${hash(batch.join(','))}` };
        queue.articleIds = queue.articleIds.slice(batch.length);
        queue.maybeSent = undefined;
        recordedHere.add(queue.sending.key);
        await store.setRecord<DmQueue>(key, queue);
      }
      const sending = queue.sending;
      const articles = (await Promise.all(sending.articleIds.map((id) => store.getArticle(id)))).filter(
        (article): article is Article => article !== undefined,
      );
      try {
        const retry = queue.maybeSent === true || !recordedHere.has(sending.key);
        if (articles.length) await transport.sendDm(userId, articles, sending.key, retry);
        succeeded(platform);
        await store.setRecord<DmQueue>(key, { ...queue, sending: undefined, failures: undefined, maybeSent: undefined, nextAttemptAt: undefined, lastSentAt: now().toISOString() });
        if (queue.articleIds.length === 0) await removeFromList(dmPendingKey(platform), userId);
      } catch (error) {
        if (error instanceof DeliveryRefused && error.reason === 'dm-closed') {
          const subscription = await records.getSubscription(platform, userId);
          if (subscription) await records.setSubscription({ ...subscription, dmClosedAt: now().toISOString() });
          await store.setRecord<DmQueue>(key, { ...queue, articleIds: [], sending: undefined, failures: undefined, nextAttemptAt: undefined });
          await removeFromList(dmPendingKey(platform), userId);
          logger.info({ platform, user: userId }, 'DMs closed: subscription kept, DMs skipped until the user subscribes again');
        } else if (error instanceof DeliveryRefused || (queue.failures ?? 0) + 1 >= MAX_ATTEMPTS) {
          // Refused as invalid, or out of attempts: this DM is dropped; the user's next ones go on.
          await store.setRecord<DmQueue>(key, { ...queue, sending: undefined, failures: undefined, maybeSent: undefined, nextAttemptAt: undefined });
          logger.warn({ platform, user: userId, stories: sending.articleIds.length, error: oneLine(error) }, 'DM given up');
        } else {
          // Back off as channel posts do; the same DM (same key) is tried again.
          const failures = (queue.failures ?? 0) + 1;
          const retryAt = new Date(now().getTime() + backoffAfterFailure(platform, failures)).toISOString();
          const maybeSent = queue.maybeSent === true || !wasNotSent(error);
          await store.setRecord<DmQueue>(key, { ...queue, failures, maybeSent, nextAttemptAt: retryAt });
          logger.warn({ platform, user: userId, attempts: failures, error: oneLine(error) }, 'DM failed, will retry');
        }
      }
    }
  }

  /**
   * Records a failed send and says how long to wait after a delivery's `attempts`-th failure: 2 s,
   * doubling per failure up to 15 min, but only as far as the platform has failed in a row. When
   * the platform is down, everything backs off exponentially; when it fails now and then while
   * other sends succeed, one unlucky delivery is not parked for minutes by its own bad luck.
   */
  function backoffAfterFailure(platform: Platform, attempts: number): number {
    const failures = (platformFailures.get(platform) ?? 0) + 1;
    platformFailures.set(platform, failures);
    return Math.min(MAX_BACKOFF_MS, 2000 * 2 ** (Math.min(attempts, failures) - 1));
  }
  function succeeded(platform: Platform): void {
    platformFailures.set(platform, 0);
  }

  /**
   * At most pace.max attempts per channel in pace.perMs; the caller skips a channel that is full.
   * An attempt counts from when it ENDS (paced()): sends run one at a time, so however long one
   * took (a 429 waited out, a timeout), no window of perMs holds more than max of its requests.
   */
  function paceAllows(channelId: string, pace: { max: number; perMs: number }): boolean {
    const since = now().getTime() - pace.perMs;
    const times = (recentPosts.get(channelId) ?? []).filter((time) => time > since);
    recentPosts.set(channelId, times);
    return times.length < pace.max;
  }
  function paced(channelId: string): void {
    const times = recentPosts.get(channelId) ?? [];
    times.push(now().getTime());
    recentPosts.set(channelId, times);
  }

  function flush(): Promise<void> {
    return serial(async () => {
      for (const transport of options.transports) {
        await sendDueOutbox(transport);
        await sendDueDms(transport);
      }
    });
  }

  return {
    enqueue: (articles) =>
      serial(async () => {
        for (const article of articles) {
          for (const transport of options.transports) await enqueueOne(article, transport);
        }
      }),
    flush,
    start() {
      const tick = () => {
        timer = setTimeout(() => {
          flush()
            .catch((error: unknown) => logger.error({ err: error }, 'delivery tick failed'))
            .finally(() => timer && tick());
        }, options.tickMs ?? 500);
      };
      tick();
    },
    async stop() {
      clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}

function wants(channel: ChannelSettings, article: Article): boolean {
  // Digest channels get one ranked digest per window instead (schedule-digests.ts).
  if (channel.pausedReason || channel.digest) return false;
  if (channel.feeds?.length && !channel.feeds.includes(article.feedUrl)) return false;
  return channel.topics.some((topic) => article.topics.includes(topic));
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function oneLine(error: unknown): string {
  return clipText((error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' '), 200);
}
