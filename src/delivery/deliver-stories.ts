// New stories → channel posts and subscriber DMs, through a durable outbox: every delivery is
// recorded before it is sent and marked after the platform accepts it, so a crash or a failed
// request is retried, never lost, and (with the platform's idempotency key) never doubled.
// This is the one place that joins the feed side to the chat side.
//
// Retry policy. Temporary failures (429, 5xx, timeouts) are retried with backoff until they have
// failed MAX_ATTEMPTS times over at least GIVE_UP_AFTER_MS (about an hour of trying), then given
// up. Permanent ones are not retried: a post refused as invalid is re-rendered once in a minimal
// form, then given up; a channel that refuses us (403, unknown channel) is paused. A story given
// up is logged with its reason and listed in /autopost status. Stories reach a channel in order,
// except that an entry which has failed HOLD_ATTEMPTS times steps aside: later stories go on while
// it keeps retrying, so one bad message cannot stall a channel.
import { createHash } from 'node:crypto';
import type { Article } from '../articles/article.ts';
import type { Logger } from '../logger.ts';
import type { BotRecords, ChannelSettings, Platform, Subscription } from '../store/bot-records.ts';
import type { SetMember } from '../store/sorted-sets.ts';
import type { NewsStore } from '../store/store-types.ts';
import { clipText } from '../clip-text.ts';
import { DeliveryRefused, maybeSentAfter, type ChatTransport } from './chat-transport.ts';

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
  /**
   * An attempt may have been carried out: recorded before every first attempt (a process killed
   * mid-send leaves it set for whichever process takes the channel over) and after a failure that
   * may have arrived (timeout, 5xx). The next attempt looks for the earlier post first.
   */
  maybeSent?: boolean;
  attempts: number;
  /** When its temporary failures in a row began (see GIVE_UP_AFTER_MS); cleared when it is sent. */
  failingSince?: string;
  nextAttemptAt?: string;
  lastError?: string;
  /** Its place in the channel's queue (stories go out in the order they were enqueued). */
  seq?: number;
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
  /** When those failures began (see GIVE_UP_AFTER_MS). */
  failingSince?: string;
  /** A failed attempt at `sending` may have been carried out: the next one looks for it first. */
  maybeSent?: boolean;
  nextAttemptAt?: string;
}

/** A channel's recent attempts (ms, when each ended) and when its last one failed. */
interface ChannelPace {
  at: number[];
  failedAt?: number;
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
  /**
   * Distributed mode (QUEUE_URL): jobs on a shared BullMQ queue (src/queue/delivery-queue.ts)
   * replace the store's due sets and this process's tick; the outbox records stay the same.
   */
  queue?: DeliveryQueue;
}

/** A subscriber's DM job: one per user and story. */
export interface DmJob {
  userId: string;
  story: string;
  articleId: string;
}

/** A post job: one per outbox entry (its key), and one per owed edit. */
export interface PostJob {
  key: string;
  channelId: string;
  /** The job's id: the outbox key for the post, the key and outlet count for an edit. */
  id: string;
}

/** What the queue's workers call back into (createDelivery provides it). */
export interface QueueWork {
  transports: ChatTransport[];
  /**
   * Sends (or edits) one outbox entry. Throws when it is to be tried again (BullMQ's backoff);
   * resolves false when there was nothing to send (sent already, given up), true after a request.
   */
  sendPost(transport: ChatTransport, key: string): Promise<boolean>;
  /** Works on a subscriber's DMs; resolves to when to look again while the job's story waits. */
  sendDm(transport: ChatTransport, dm: DmJob): Promise<number | undefined>;
}

export interface DeliveryQueue {
  /** Adds jobs; a job whose id is already queued (by any process) is not added twice. */
  addPosts(platform: Platform, jobs: PostJob[]): Promise<void>;
  addDms(platform: Platform, jobs: DmJob[]): Promise<void>;
  start(work: QueueWork): void;
  /** Works through every job ready now (this process helping); resolves when none is waiting or running. */
  drain(work: QueueWork): Promise<void>;
  stop(): Promise<void>;
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
/**
 * And how long it must have been failing. The waits are capped by the platform's failures in a
 * row (backoffAfterFailure): while other sends succeed, an unlucky delivery is retried every few
 * seconds, and MAX_ATTEMPTS of those come within a minute, the platform working; a story is not
 * given up for that. Where every wait is the full one (the platform down; queue mode's BullMQ
 * backoff), MAX_ATTEMPTS take about 47 minutes, longer than this: the count alone decides.
 */
const GIVE_UP_AFTER_MS = 30 * 60_000;
/** Failed attempts after which an entry stops holding back later stories in its channel. */
export const HOLD_ATTEMPTS = 3;
/** After any failure in a channel, its next request waits at least this long. */
const CHANNEL_COOLDOWN_MS = 2000;
/** How long, and how many, articles read for posting are kept in memory (see articleOf). */
const ARTICLE_KEPT_MS = 10_000;
const ARTICLES_KEPT = 200;
/** Stories given up per channel that /autopost status lists. */
const FAILED_SHOWN = 5;

/** Channels (or DM users) taken per round of a flush; enqueueing runs between rounds. */
const ROUND = 64;
/**
 * Channels one story is enqueued for per unit of work: sends run between units, so with thousands
 * of channels the first posts leave before the last channels are enqueued.
 */
const ENQUEUE_CHUNK = 1000;
/** Channels sent to at once within a round (each channel still gets one post at a time). */
const CONCURRENCY = 8;
/**
 * A channel (or DM user) being worked on is leased for this long: another process sharing the
 * store leaves it alone meanwhile, and takes it over after this if the holder died mid-send.
 * Longer than a send can take (the request timeout, a 429 waited out); shorter than Discord's
 * nonce window (a few minutes), so a takeover's resend is still recognised.
 */
const LEASE_MS = 60_000;

export function createDelivery(options: DeliveryOptions): Delivery {
  const { store, records, logger } = options;
  const now = options.now ?? (() => new Date());
  const dmWindowMs = options.dmWindowMs ?? 10 * 60_000;
  const defaultPace = options.channelPace ?? { max: 5, perMs: 5000 };
  /** Failed sends in a row per platform (any channel or DM); a success resets it. */
  const platformFailures = new Map<Platform, number>();
  /** Platforms whose outbox from before the sorted sets has been moved over, this run. */
  const migrated = new Set<Platform>();
  let lastSeq = 0;
  /** Articles recently posted, by id (articleOf). */
  const articles = new Map<string, { article: Article; at: number }>();
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  /**
   * Record changes run one unit at a time in this process (an article's enqueue, a round of sends),
   * so a read-modify-write of one entry is safe; units are small, so neither side waits long.
   */
  function serial<T>(work: () => Promise<T>): Promise<T> {
    const result = running.then(work);
    running = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  // The outbox: one record per channel and story; per channel, a sorted set of its pending entries
  // in the order they were enqueued; per platform, a sorted set of the channels with something to
  // send, scored by when they may next send (pace, backoff). Nothing grows per change but the
  // entries themselves, so a post costs the same with 10 channels or 10,000.
  const entryKey = (platform: Platform, channelId: string, story: string) => `outbox:${platform}:${channelId}:${story}`;
  const queueSet = (platform: Platform, channelId: string) => `outbox-queue:${platform}:${channelId}`;
  /** A channel's entries that failed HOLD_ATTEMPTS times and stepped aside, scored by their next attempt. */
  const asideSet = (platform: Platform, channelId: string) => `outbox-aside:${platform}:${channelId}`;
  const dueSet = (platform: Platform) => `outbox-due:${platform}`;
  const paceKey = (platform: Platform, channelId: string) => `pace:${platform}:${channelId}`;
  const dmDueSet = (platform: Platform) => `dm-due:${platform}`;
  const dmQueueKey = (platform: Platform, userId: string) => `dm-queue:${platform}:${userId}`;
  /** Stories enqueued for a user and not yet in their queue record. */
  const dmNewSet = (platform: Platform, userId: string) => `dm-new:${platform}:${userId}`;

  /** Increasing scores for a channel's queue, so stories go out in the order they were enqueued. */
  function nextSeq(): number {
    lastSeq = Math.max(now().getTime(), lastSeq + 1 / 64);
    return lastSeq;
  }
  /** The members that put an entry in its channel's queue and the channel among those due. */
  function listing(entry: OutboxEntry): SetMember[] {
    return [
      { set: queueSet(entry.platform, entry.channelId), member: entry.key, score: entry.seq ?? Date.parse(entry.createdAt) },
      { set: dueSet(entry.platform), member: entry.channelId, score: now().getTime() },
    ];
  }

  async function enqueueChannels(article: Article, platform: Platform, channels: ChannelSettings[]): Promise<void> {
    // A story that took in stories posted before (see Article.mergedStories) is the same story in
    // the channels that had one of them: their entry takes this article, no second post.
    const stories = [article.story, ...(article.mergedStories ?? [])];
    // Entries are written by compare-and-set over what was read: one another process wrote
    // meanwhile (the same story enqueued, an attempt recorded, a post marked sent) is read again
    // and decided again, never overwritten.
    for (let todo = channels.filter((channel) => wants(channel, article)); todo.length; ) {
      const found = await store.getRecords<OutboxEntry>(todo.flatMap((channel) => stories.map((story) => entryKey(platform, channel.channelId, story))));
      const listed: SetMember[] = [];
      const written: { key: string; expected: OutboxEntry | undefined; value: OutboxEntry }[] = [];
      /** Per write, its channel and the jobs it makes; jobs for entries left as they are. */
      const writers: { channel: ChannelSettings; jobs: PostJob[] }[] = [];
      const jobs: PostJob[] = [];
      todo.forEach((channel, i) => {
        const own = found.slice(i * stories.length, (i + 1) * stories.length);
        const read = own.find((item) => item !== undefined);
        const key = read?.key ?? entryKey(platform, channel.channelId, article.story);
        if (!read) {
          const entry: OutboxEntry = {
            key,
            platform,
            channelId: channel.channelId,
            story: article.story,
            articleIds: [article.id],
            outlets: [article.source],
            state: 'pending',
            attempts: 0,
            seq: nextSeq(),
            createdAt: now().toISOString(),
          };
          listed.push(...listing(entry));
          written.push({ key, expected: undefined, value: entry });
          writers.push({ channel, jobs: [{ key, channelId: channel.channelId, id: key }] });
        } else if (!read.articleIds.includes(article.id)) {
          // The same story from another outlet: never a second post, at most an edit of the first.
          const entry = structuredClone(read);
          const made: PostJob[] = [];
          entry.articleIds.push(article.id);
          if (!entry.outlets.includes(article.source)) {
            entry.outlets.push(article.source);
            if (entry.state === 'sent') entry.needsEdit = true;
            if (entry.state !== 'failed') listed.push(...listing(entry));
            if (entry.state === 'sent') made.push(editJob(entry));
          }
          written.push({ key, expected: read, value: entry });
          writers.push({ channel, jobs: made });
        } else if (read.state === 'pending' || read.needsEdit) {
          // Enqueued again after a crash: listing again is harmless (same score) and makes sure a
          // crash between listing and recording left nothing unlisted.
          listed.push(...listing(read));
          jobs.push(read.needsEdit ? editJob(read) : { key, channelId: read.channelId, id: key });
        }
      });
      // Tick mode: listed BEFORE the records are written: a crash in between leaves a listing
      // without work (dropped when reached) rather than work nobody will send (the re-poll after a
      // crash finds the record and would not list it again).
      if (!options.queue) await store.sets.add(listed);
      const done = await store.swapRecords(written);
      todo = writers.filter((_, i) => !done[i]).map(({ channel }) => channel);
      // Queue mode: recorded before the jobs exist, so every job finds its entry; a crash in
      // between leaves a pending entry the re-poll finds and queues again (jobs are idempotent by id).
      await options.queue?.addPosts(platform, [...jobs, ...writers.flatMap(({ jobs: made }, i) => (done[i] ? made : []))]);
    }
  }

  async function enqueueDms(article: Article, platform: Platform, subscriptions: Subscription[]): Promise<void> {
    // Digest subscribers get one digest DM a day instead (schedule-digests.ts).
    const wanted = subscriptions.filter((s) => !s.digest && !s.dmClosedAt && s.topics.some((topic) => article.topics.includes(topic)));
    // Only set members are added here, never the user's queue record rewritten: another process
    // may be changing that record (sending), and a rewrite from here would undo its change or its
    // change this story. The sender moves these into the record under its lease (takeNewDms).
    const at = now().getTime();
    await store.sets.add(
      wanted.flatMap((subscription) => [
        // The story's former ids ride along, so a DM already sent under one of them is not sent again.
        { set: dmNewSet(platform, subscription.userId), member: JSON.stringify([article.story, article.id, ...(article.mergedStories ?? [])]), score: nextSeq() },
        { set: dmDueSet(platform), member: subscription.userId, score: at },
      ]),
    );
    await options.queue?.addDms(
      platform,
      wanted.map((subscription) => ({ userId: subscription.userId, story: article.story, articleId: article.id })),
    );
  }

  /** Moves the stories enqueued for a user into their queue record (the caller holds the user's
   * lease): one DM line per story, whichever outlet told it first, and never again after a crash. */
  async function takeNewDms(platform: Platform, userId: string, queue: DmQueue | undefined): Promise<DmQueue | undefined> {
    const set = dmNewSet(platform, userId);
    const added = await store.sets.range(set, Infinity, 1000);
    if (added.length === 0) return queue;
    const next: DmQueue = queue ?? { articleIds: [] };
    for (const { member } of added) {
      const [story, articleId, ...merged] = JSON.parse(member) as string[];
      const stories = next.stories ?? [];
      if (stories.includes(story!) || merged.some((former) => stories.includes(former))) continue;
      next.articleIds.push(articleId!);
      next.stories = [...stories, story!].slice(-DM_STORIES_REMEMBERED);
    }
    // Recorded before they leave the set: a crash in between finds them again, and the story check skips them.
    await store.setRecord(dmQueueKey(platform, userId), next);
    await store.sets.remove(added.map(({ member }) => ({ set, member })));
    return next;
  }

  /** Moves an outbox kept by an earlier version (one JSON list per platform) into the sorted sets. */
  async function migrate(platform: Platform): Promise<void> {
    if (migrated.has(platform)) return;
    const oldOutbox = `outbox-pending:${platform}`;
    const keys = (await store.getRecord<string[]>(oldOutbox)) ?? [];
    const entries = (await store.getRecords<OutboxEntry>(keys)).filter((entry): entry is OutboxEntry => entry !== undefined);
    await store.sets.add(entries.flatMap(listing));
    if (keys.length) await store.deleteRecord(oldOutbox);
    const oldDms = `dm-pending:${platform}`;
    const users = (await store.getRecord<string[]>(oldDms)) ?? [];
    await store.sets.add(users.map((userId) => ({ set: dmDueSet(platform), member: userId, score: 0 })));
    if (users.length) await store.deleteRecord(oldDms);
    migrated.add(platform);
  }

  /** Sends what is due, a round of channels at a time, until nothing is due now. */
  async function sendDue(transport: ChatTransport, set: string, step: (transport: ChatTransport, member: string) => Promise<void>): Promise<void> {
    for (;;) {
      const more = await serial(async () => {
        const due = await store.sets.range(set, now().getTime(), ROUND);
        await inParallel(
          due.map(({ member }) => member),
          CONCURRENCY,
          // Every step ends by setting the member's next due time (or taking it off), which ends the lease.
          async (member) => {
            if (await store.sets.claim(set, member, now().getTime(), now().getTime() + LEASE_MS)) await step(transport, member);
          },
        );
        // Each step sends, or moves its member later or off the set: looping until none is due ends.
        return due.length > 0;
      });
      if (!more || stopping) return;
    }
  }

  /** Takes the due channel off the due set when its queue is empty, or moves it to `at`. */
  async function reschedule(platform: Platform, channelId: string, at: number | 'empty'): Promise<void> {
    const set = dueSet(platform);
    if (at !== 'empty') return store.sets.add([{ set, member: channelId, score: at }]);
    // Off first, then look again: whatever was enqueued meanwhile listed the channel after this
    // removal or is seen by this second look, so the channel is never left off with work queued.
    await store.sets.remove([{ set, member: channelId }]);
    const [queued] = await store.sets.range(queueSet(platform, channelId), Infinity, 1);
    if (queued) await store.sets.add([{ set, member: channelId, score: now().getTime() }]);
  }

  /**
   * One channel: sends its oldest pending story (a channel gets nothing later before it, so
   * stories arrive in the order they were published), then says when the channel is next due.
   * An entry that has failed HOLD_ATTEMPTS times steps aside into the channel's aside set: the
   * queue's later stories go first, and it is tried when the queue holds nothing that is waiting.
   */
  async function stepChannel(transport: ChatTransport, channelId: string): Promise<void> {
    const platform = transport.platform;
    const queue = queueSet(platform, channelId);
    const aside = asideSet(platform, channelId);
    let entry: OutboxEntry | undefined;
    for (;;) {
      const [head] = await store.sets.range(queue, Infinity, 1);
      if (!head) break;
      const found = await store.getRecord<OutboxEntry>(head.member);
      if (found && isOpen(found)) {
        if (found.attempts < HOLD_ATTEMPTS) {
          entry = found;
          break;
        }
        // Into the aside set before out of the queue: a crash in between leaves it in both, and
        // the next step moves it again.
        await store.sets.add([{ set: aside, member: found.key, score: dueTime(found) }]);
      }
      await store.sets.remove([{ set: queue, member: head.member }]);
    }
    if (entry) {
      // Waiting for its retry, it holds back the channel's later stories (and those set aside).
      if (dueTime(entry) > now().getTime()) return reschedule(platform, channelId, dueTime(entry));
    } else {
      const [next] = await store.sets.range(aside, Infinity, 1);
      if (!next) return reschedule(platform, channelId, 'empty');
      if (next.score > now().getTime()) return reschedule(platform, channelId, next.score);
      entry = await store.getRecord<OutboxEntry>(next.member);
      if (!entry || !isOpen(entry)) {
        await store.sets.remove([{ set: aside, member: next.member }]);
        return reschedule(platform, channelId, now().getTime());
      }
    }
    const key = entry.key;
    const pace = transport.pace ?? defaultPace;
    const { at: recent, failedAt } = await channelPace(platform, channelId, pace);
    if (recent.length >= pace.max) return reschedule(platform, channelId, recent[recent.length - pace.max]! + pace.perMs);
    // The cooldown is kept with the pace, not only in the channel's due score: a story enqueued
    // meanwhile makes the channel due at once, and its step must still wait.
    const cooled = (failedAt ?? 0) + CHANNEL_COOLDOWN_MS;
    if (cooled > now().getTime()) return reschedule(platform, channelId, cooled);

    const article = await articleOf(entry);
    if (!article) {
      await saveEntry(entry, { ...entry, state: 'failed', lastError: 'article no longer stored' });
      await unlist(entry);
      return reschedule(platform, channelId, now().getTime());
    }
    // Failed unless the attempt returns: a store failure while recording a failed attempt still
    // starts the channel's cooldown.
    let failed = true;
    // Sent or given up by another process meanwhile: nothing was sent; the next step looks again.
    let gone = false;
    try {
      const outcome = await attempt(transport, entry, article);
      gone = outcome === 'gone';
      failed = outcome !== undefined && !gone;
      // Sent, and no later outlet owed an edit: done in this channel.
      if (outcome === undefined && !entry.needsEdit) await unlist(entry);
      if (failed && isOpen(entry) && entry.attempts >= HOLD_ATTEMPTS) {
        // Steps aside (or, already aside, moves to its next attempt); later stories go on.
        await store.sets.add([{ set: aside, member: key, score: dueTime(entry) }]);
        await store.sets.remove([{ set: queue, member: key }]);
      }
    } finally {
      if (!gone) {
        recent.push(now().getTime());
        await store.setRecord<ChannelPace>(paceKey(platform, channelId), { at: recent.slice(-pace.max), ...(failed ? { failedAt: now().getTime() } : {}) });
      }
    }
    if (gone) return reschedule(platform, channelId, now().getTime());
    // A held entry that failed keeps the channel until its retry; after any failure the channel
    // waits at least CHANNEL_COOLDOWN_MS before its next request.
    const held = isOpen(entry) && entry.attempts < HOLD_ATTEMPTS ? dueTime(entry) : 0;
    const next = Math.max(held, now().getTime() + (failed ? CHANNEL_COOLDOWN_MS : 0));
    const paceFree = recent.length >= pace.max ? recent[recent.length - pace.max]! + pace.perMs : 0;
    await reschedule(platform, channelId, Math.max(next, paceFree));
  }

  /**
   * One attempt at an outbox entry (its post, or its owed edit): the rule the tick (stepChannel)
   * and a queue job (sendPost) share. A post's first attempt is recorded in the store (maybeSent)
   * before the request, so a process that takes the channel or job over after a kill mid-send,
   * whichever process recorded the entry, passes retry and the transport looks for the earlier
   * post (Discord's nonce and the channel's recent messages, Slack's message metadata) instead of
   * posting again. The success is stored too (the message's id; an edit's is the entry's), inside
   * the attempt, so a failure to store it counts as the attempt's. A failure is recorded on the
   * entry (handleChannelError) and returned. `entry` is the entry as read, and afterwards as
   * stored: every write is a compare-and-set over the last (saveEntry), so an outlet another
   * process added meanwhile is kept (and, when the post went out without it, owed as an edit).
   * 'gone': another process sent or gave up the entry meanwhile; nothing was sent.
   */
  async function attempt(transport: ChatTransport, entry: OutboxEntry, article: Article): Promise<{ error: unknown } | 'gone' | undefined> {
    // Maybe sent: an earlier attempt was started and not known to have failed unsent. An edit is
    // never a retry: editing a message twice shows the same thing.
    let retry = entry.state === 'pending' && entry.maybeSent === true;
    try {
      if (entry.state === 'pending' && !retry) {
        // The attempt recorded over the entry as read; changed meanwhile, read again: an outlet
        // added is posted with it, an entry sent or given up is left alone.
        for (let read = entry; ; ) {
          const marked = { ...read, maybeSent: true };
          const [done] = await store.swapRecords([{ key: entry.key, expected: read, value: marked }]);
          if (done) {
            becomes(entry, marked);
            break;
          }
          const latest = await store.getRecord<OutboxEntry>(entry.key);
          if (!latest || latest.state !== 'pending') return 'gone';
          if (latest.maybeSent) {
            // Another process started an attempt (it took over a lapsed lease): this is a retry.
            becomes(entry, latest);
            retry = true;
            break;
          }
          read = latest;
        }
      }
      const post = { article, alsoCoveredBy: entry.outlets.slice(1), ...(entry.minimal ? { minimal: true } : {}) };
      let messageId = entry.messageId!;
      if (entry.state === 'pending') ({ messageId } = await transport.postStory(entry.channelId, post, entry.key, retry));
      else await transport.editStory(entry.channelId, messageId, post);
      succeeded(transport.platform);
      await saveEntry(entry, { ...entry, state: 'sent', messageId, needsEdit: false, maybeSent: undefined, attempts: 0, failingSince: undefined, lastError: undefined });
      return undefined;
    } catch (error) {
      // This process saw how the attempt ended: maybe sent only if it was before, or may be now.
      const read = structuredClone(entry);
      entry.maybeSent = maybeSentAfter(retry, error) || undefined;
      await handleChannelError(read, entry, error, article.headline);
      return { error };
    }
  }

  /**
   * Stores `next`, this process's view of an entry, over `read` (the entry as it last read or
   * stored it), by compare-and-set; `read` becomes what was stored. Another process may have
   * added an outlet meanwhile (the only change made to an entry outside the attempt holding its
   * channel): then this view's own fields go onto that version, and a post or edit that went out
   * without the outlet owes an edit.
   */
  async function saveEntry(read: OutboxEntry, next: OutboxEntry): Promise<void> {
    let expected: OutboxEntry | undefined = read;
    let value = next;
    while (!(await store.swapRecords([{ key: next.key, expected, value }]))[0]) {
      expected = await store.getRecord<OutboxEntry>(next.key);
      if (!expected) {
        value = next;
        continue;
      }
      const { state, messageId, minimal, maybeSent, attempts, failingSince, nextAttemptAt, lastError } = next;
      const owesEdit = state === 'sent' && expected.outlets.length > next.outlets.length;
      value = { ...expected, state, messageId, minimal, maybeSent, attempts, failingSince, nextAttemptAt, lastError, needsEdit: next.needsEdit || owesEdit };
    }
    becomes(read, value);
  }

  /** Takes an entry off its channel's queue and aside sets: it is sent, given up or failed. */
  async function unlist(entry: OutboxEntry): Promise<void> {
    await store.sets.remove([
      { set: queueSet(entry.platform, entry.channelId), member: entry.key },
      { set: asideSet(entry.platform, entry.channelId), member: entry.key },
    ]);
  }

  /**
   * The channel's last attempts within pace.perMs and its last failure, kept in the store so a
   * restart or another process keeps to the same pace and cooldown. An attempt counts from when it
   * ENDS: a channel gets one post at a time, so however long one took (a 429 waited out, a
   * timeout), no window of perMs holds more than max of its requests.
   */
  async function channelPace(platform: Platform, channelId: string, pace: { max: number; perMs: number }): Promise<ChannelPace> {
    const since = now().getTime() - pace.perMs;
    // An earlier version kept only the list of times.
    const stored = await store.getRecord<number[] | ChannelPace>(paceKey(platform, channelId));
    const record = Array.isArray(stored) ? { at: stored } : (stored ?? { at: [] });
    return { at: record.at.filter((time) => time > since), failedAt: record.failedAt };
  }

  /** Records a failed attempt at `entry` (this process's view; `read` as stored, updated to it). */
  async function handleChannelError(read: OutboxEntry, entry: OutboxEntry, error: unknown, headline: string): Promise<void> {
    const message = oneLine(error);
    entry.lastError = message;
    if (error instanceof DeliveryRefused && error.reason === 'invalid') {
      if (entry.state === 'pending' && !entry.minimal) {
        // Once more in the minimal form (headline, outlet, short link), after the channel's cooldown.
        entry.minimal = true;
        await saveEntry(read, entry);
        becomes(entry, read);
        logger.warn({ platform: entry.platform, channel: entry.channelId, error: message }, 'post refused as invalid, sending a minimal form');
        return;
      }
      return giveUp(read, entry, headline, `refused as invalid: ${message}`);
    }
    if (error instanceof DeliveryRefused) {
      // The platform refused for good: stop this channel's autopost and say why in /autopost status.
      await giveUp(read, entry, headline, message, false);
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
    entry.failingSince ??= now().toISOString();
    if (outOfAttempts(entry.attempts, entry.failingSince)) return giveUp(read, entry, headline, `gave up after ${entry.attempts} attempts: ${message}`);
    entry.nextAttemptAt = new Date(now().getTime() + backoffAfterFailure(entry.platform, entry.attempts)).toISOString();
    await saveEntry(read, entry);
    becomes(entry, read);
    logger.warn({ platform: entry.platform, channel: entry.channelId, attempts: entry.attempts, error: message }, 'post failed, will retry');
  }

  /**
   * No more attempts: a post becomes failed, an edit is dropped (the post stays as it is). Logged
   * and, when `list`, shown in /autopost status; the channel's later stories go on.
   */
  async function giveUp(read: OutboxEntry, entry: OutboxEntry, headline: string, reason: string, list = true): Promise<void> {
    const what = entry.state === 'pending' ? 'post' : 'edit';
    if (entry.state === 'pending') entry.state = 'failed';
    entry.needsEdit = false;
    entry.lastError = reason;
    await saveEntry(read, entry);
    becomes(entry, read);
    await unlist(entry);
    logger.warn({ platform: entry.platform, channel: entry.channelId, story: entry.story, reason }, `${what} given up`);
    if (!list || what === 'edit') return;
    const channel = await records.getChannel(entry.platform, entry.channelId);
    if (!channel) return;
    const failed = [...(channel.failedStories ?? []), { headline: clipText(headline || entry.story, 200), reason: clipText(reason, 300), at: now().toISOString() }];
    await records.setChannel({ ...channel, failedStories: failed.slice(-FAILED_SHOWN) });
  }

  /** One subscriber: sends the DM due (at most one per window), then says when they are next due. */
  async function stepDm(transport: ChatTransport, userId: string): Promise<void> {
    const platform = transport.platform;
    const key = dmQueueKey(platform, userId);
    const due = (at: number) => store.sets.add([{ set: dmDueSet(platform), member: userId, score: at }]);
    const queue = await takeNewDms(platform, userId, await store.getRecord<DmQueue>(key));
    if (!queue || (queue.articleIds.length === 0 && !queue.sending)) {
      // Off the due set, then look again (as for a channel): a story enqueued meanwhile keeps it on.
      await store.sets.remove([{ set: dmDueSet(platform), member: userId }]);
      const [again] = await store.sets.range(dmNewSet(platform, userId), Infinity, 1);
      if (again) await due(now().getTime());
      return;
    }
    if (queue.nextAttemptAt && Date.parse(queue.nextAttemptAt) > now().getTime()) return due(Date.parse(queue.nextAttemptAt));
    // As for a channel post: the attempt is recorded before the send (with the DM it names when
    // that is new), so whichever process takes over after a crash here looks for the DM first.
    const retry = queue.sending !== undefined && queue.maybeSent === true;
    if (!queue.sending) {
      if (queue.lastSentAt && Date.parse(queue.lastSentAt) + dmWindowMs > now().getTime()) return due(Date.parse(queue.lastSentAt) + dmWindowMs);
      // The key names exactly these stories, so a resend after a crash is recognised as the same DM.
      const batch = queue.articleIds.slice(0, DM_STORIES_MAX);
      queue.sending = { articleIds: batch, key: `dm:${platform}:${userId}:${hash(batch.join(','))}` };
      queue.articleIds = queue.articleIds.slice(batch.length);
    }
    if (!retry) {
      queue.maybeSent = true;
      await store.setRecord<DmQueue>(key, queue);
    }
    const sending = queue.sending;
    const articles = (await Promise.all(sending.articleIds.map((id) => store.getArticle(id)))).filter(
      (article): article is Article => article !== undefined,
    );
    try {
      if (articles.length) await transport.sendDm(userId, articles, sending.key, retry);
      succeeded(platform);
      await store.setRecord<DmQueue>(key, {
        ...queue,
        sending: undefined,
        failures: undefined,
        failingSince: undefined,
        maybeSent: undefined,
        nextAttemptAt: undefined,
        lastSentAt: now().toISOString(),
      });
      // More waiting: due when the window ends; nothing: the next step takes the user off.
      await due(queue.articleIds.length ? now().getTime() + dmWindowMs : now().getTime());
    } catch (error) {
      const failures = (queue.failures ?? 0) + 1;
      const failingSince = queue.failingSince ?? now().toISOString();
      if (error instanceof DeliveryRefused && error.reason === 'dm-closed') {
        const subscription = await records.getSubscription(platform, userId);
        if (subscription) await records.setSubscription({ ...subscription, dmClosedAt: now().toISOString() });
        await store.setRecord<DmQueue>(key, { ...queue, articleIds: [], sending: undefined, failures: undefined, failingSince: undefined, nextAttemptAt: undefined });
        await store.sets.remove([{ set: dmDueSet(platform), member: userId }]);
        logger.info({ platform, user: userId }, 'DMs closed: subscription kept, DMs skipped until the user subscribes again');
      } else if (error instanceof DeliveryRefused || outOfAttempts(failures, failingSince)) {
        // Refused as invalid, or out of attempts: this DM is dropped; the user's next ones go on.
        await store.setRecord<DmQueue>(key, { ...queue, sending: undefined, failures: undefined, failingSince: undefined, maybeSent: undefined, nextAttemptAt: undefined });
        await due(now().getTime());
        logger.warn({ platform, user: userId, stories: sending.articleIds.length, error: oneLine(error) }, 'DM given up');
      } else {
        // Back off as channel posts do; the same DM (same key) is tried again.
        const retryAt = now().getTime() + backoffAfterFailure(platform, failures);
        const maybeSent = maybeSentAfter(retry, error);
        await store.setRecord<DmQueue>(key, { ...queue, failures, failingSince, maybeSent, nextAttemptAt: new Date(retryAt).toISOString() });
        await due(retryAt);
        logger.warn({ platform, user: userId, attempts: failures, error: oneLine(error) }, 'DM failed, will retry');
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
  /** A delivery that has failed `failures` times, the first at `failingSince`, is given up. */
  function outOfAttempts(failures: number, failingSince: string): boolean {
    return failures >= MAX_ATTEMPTS && now().getTime() - Date.parse(failingSince) >= GIVE_UP_AFTER_MS;
  }

  /** Queue mode: one outbox entry, as its job asks (see QueueWork.sendPost). */
  async function sendPost(transport: ChatTransport, key: string): Promise<boolean> {
    const entry = await store.getRecord<OutboxEntry>(key);
    if (!entry || !isOpen(entry)) return false;
    const article = await articleOf(entry);
    if (!article) {
      await saveEntry(entry, { ...entry, state: 'failed', lastError: 'article no longer stored' });
      return false;
    }
    const outcome = await attempt(transport, entry, article);
    if (outcome === 'gone') return false;
    // Another process added an outlet while this one posted: its edit, as a job of its own.
    if (outcome === undefined && entry.needsEdit) await options.queue?.addPosts(transport.platform, [editJob(entry)]);
    // Still open: thrown, so BullMQ tries the job again after its backoff.
    if (outcome && isOpen(entry)) throw outcome.error;
    return true;
  }

  /**
   * The article an entry posts. A post of the same story to thousands of channels reads it once
   * per ARTICLE_KEPT_MS here, not once per channel (an article is only ever re-stored with the
   * same story; a copy seconds old posts the same).
   */
  async function articleOf(entry: OutboxEntry): Promise<Article | undefined> {
    const id = entry.articleIds[0]!;
    const kept = articles.get(id);
    if (kept && kept.at > now().getTime() - ARTICLE_KEPT_MS) return kept.article;
    const article = await store.getArticle(id);
    if (!article) return undefined;
    articles.delete(id);
    articles.set(id, { article, at: now().getTime() });
    // Oldest out first (a Map keeps insertion order).
    if (articles.size > ARTICLES_KEPT) articles.delete(articles.keys().next().value!);
    return article;
  }

  /** Queue mode: a subscriber's DMs, under the user's lease (the same as the tick's), as stepDm sends them. */
  async function sendDm(transport: ChatTransport, dm: DmJob): Promise<number | undefined> {
    const platform = transport.platform;
    const at = now().getTime();
    if (await store.sets.claim(dmDueSet(platform), dm.userId, at, at + LEASE_MS)) await stepDm(transport, dm.userId);
    const queued = await store.sets.range(dmNewSet(platform, dm.userId), Infinity, 1000);
    const queue = await store.getRecord<DmQueue>(dmQueueKey(platform, dm.userId));
    const waiting =
      queued.some(({ member }) => (JSON.parse(member) as [string, string])[0] === dm.story) ||
      queue?.articleIds.includes(dm.articleId) ||
      queue?.sending?.articleIds.includes(dm.articleId);
    if (!waiting) return undefined;
    // The story waits for the user's window, a retry, or another process holding the user.
    const windowEnd = queue?.lastSentAt ? Date.parse(queue.lastSentAt) + dmWindowMs : 0;
    return Math.max(at + 1000, windowEnd, queue?.nextAttemptAt ? Date.parse(queue.nextAttemptAt) : 0);
  }

  const work: QueueWork = { transports: options.transports, sendPost, sendDm };

  async function flush(): Promise<void> {
    if (options.queue) return options.queue.drain(work);
    for (const transport of options.transports) {
      await serial(() => migrate(transport.platform));
      await sendDue(transport, dueSet(transport.platform), stepChannel);
      await sendDue(transport, dmDueSet(transport.platform), stepDm);
    }
  }

  return {
    async enqueue(articles) {
      // The lists are read once per call; each article (and each ENQUEUE_CHUNK of its channels) is
      // its own unit, so sends go on between them. A channel's stories still go out in this order.
      for (const transport of options.transports) {
        const channels = await records.listChannels(transport.platform);
        const subscriptions = await records.listSubscriptions(transport.platform);
        for (const article of articles) {
          for (let start = 0; start < channels.length; start += ENQUEUE_CHUNK) {
            await serial(() => enqueueChannels(article, transport.platform, channels.slice(start, start + ENQUEUE_CHUNK)));
          }
          await serial(() => enqueueDms(article, transport.platform, subscriptions));
        }
      }
    },
    flush,
    start() {
      if (options.queue) return options.queue.start(work);
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
      stopping = true;
      clearTimeout(timer);
      timer = undefined;
      await running;
      await options.queue?.stop();
    },
  };
}

/** The job for an entry's owed edit: one per outlet count, so a later outlet gets an edit of its own. */
function editJob(entry: OutboxEntry): PostJob {
  return { key: entry.key, channelId: entry.channelId, id: `${entry.key}#${entry.outlets.length}` };
}

/** `entry` (an object callers hold) made `value`, its keys in value's order: the next
 * compare-and-set compares it, serialized, with what is stored. */
function becomes(entry: OutboxEntry, value: OutboxEntry): void {
  for (const field of Object.keys(entry) as (keyof OutboxEntry)[]) delete entry[field];
  Object.assign(entry, value);
}

/** Still to be sent: a pending post, or a sent one whose edit is owed. */
function isOpen(entry: OutboxEntry): boolean {
  return entry.state === 'pending' || (entry.state === 'sent' && entry.needsEdit === true);
}

/** When an entry may next be tried (ms); now-or-earlier when it has not failed. */
function dueTime(entry: OutboxEntry): number {
  return entry.nextAttemptAt ? Date.parse(entry.nextAttemptAt) : 0;
}

function wants(channel: ChannelSettings, article: Article): boolean {
  // Digest channels get one ranked digest per window instead (schedule-digests.ts).
  if (channel.pausedReason || channel.digest) return false;
  if (channel.feeds?.length && !channel.feeds.includes(article.feedUrl)) return false;
  return channel.topics.some((topic) => article.topics.includes(topic));
}

/** Runs work over items, at most `limit` at a time. */
async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function oneLine(error: unknown): string {
  return clipText((error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' '), 200);
}
