// Scheduled digests through a durable outbox of their own. A digest is ONE delivery keyed by
// place + window (`digest:discord:C1:daily:2026-12-02`): the record is written, with the digest
// frozen in it, before anything is sent, and the platform key (Discord's nonce, Slack's message
// metadata) is that same key, and a process holds an atomic lease on the key while it builds and
// sends, so a crash, a restart or a second process never sends a window twice. Only the latest
// due window is ever considered: a bot that was down at 09:00 sends that morning's digest when it
// comes back, marked late, once; windows missed before it are skipped.
import type { ChatTransport } from '../delivery/chat-transport.ts';
import { DeliveryRefused } from '../delivery/chat-transport.ts';
import type { Logger } from '../logger.ts';
import type { BotRecords, Platform } from '../store/bot-records.ts';
import type { NewsStore } from '../store/store-types.ts';
import { buildDigest, type Digest } from './build-digest.ts';
import { latestWindow, type DigestSchedule } from './digest-window.ts';
import type { OutletStanding } from './outlet-standing.ts';

export interface DigestEntry {
  key: string;
  platform: Platform;
  /** A channel digest, or a subscriber's digest DM. */
  to: { channelId: string } | { userId: string };
  digest: Digest;
  state: 'pending' | 'sent' | 'failed';
  messageId?: string;
  attempts: number;
  nextAttemptAt?: string;
  lastError?: string;
  createdAt: string;
}

export interface DigestSchedulerOptions {
  store: NewsStore;
  records: BotRecords;
  transports: ChatTransport[];
  logger: Logger;
  standing: OutletStanding;
  now?: () => Date;
  /** A digest sent this long after it was due is marked late. Default 15 min. */
  lateAfterMs?: number;
  /** How often due windows are looked for. Default 30 s. */
  tickMs?: number;
  updateGrowth?: number;
}

export interface DigestScheduler {
  /** Sends every digest due now that was not sent; resolves when done (tests call it). */
  runDue(): Promise<void>;
  start(): void;
  stop(): Promise<void>;
}

const MAX_BACKOFF_MS = 15 * 60_000;
/** Leases on digests being sent: member the digest's key, score when the lease ends. */
const DIGEST_LEASES = 'digest-leases';
/**
 * How long a process holds a digest it builds and sends; if it dies meanwhile, another process
 * (or the same one restarted) takes the digest over after this and sends it as a possible retry.
 */
const LEASE_MS = 60_000;
/** Stories remembered per place for "shown before". */
const SHOWN_REMEMBERED = 1000;

/** The record key of one place's digest for one window. */
export function digestKey(platform: Platform, to: DigestEntry['to'], windowKey: string): string {
  return 'channelId' in to ? `digest:${platform}:${to.channelId}:${windowKey}` : `digest-dm:${platform}:${to.userId}:${windowKey}`;
}

/** Story id → outlets when last shown, per place: what a later digest does not repeat. */
export function shownKey(platform: Platform, to: DigestEntry['to']): string {
  return 'channelId' in to ? `digest-shown:${platform}:${to.channelId}` : `digest-shown-dm:${platform}:${to.userId}`;
}

export function createDigestScheduler(options: DigestSchedulerOptions): DigestScheduler {
  const { store, records, logger } = options;
  const now = options.now ?? (() => new Date());
  const lateAfterMs = options.lateAfterMs ?? 15 * 60_000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  async function due(transport: ChatTransport, to: DigestEntry['to'], schedule: DigestSchedule, topics: string[], feeds?: string[]): Promise<void> {
    const platform = transport.platform;
    const window = latestWindow(schedule, now());
    // Set after this window was due: its first digest is the next window's.
    if (schedule.since && window.end.getTime() < Date.parse(schedule.since)) return;
    const key = digestKey(platform, to, window.key);
    let entry = await store.getRecord<DigestEntry>(key);
    if (entry && (entry.state !== 'pending' || Date.parse(entry.nextAttemptAt ?? '') > now().getTime())) return;
    // One process at a time per place and window: an atomic lease (a sorted-set claim) taken
    // before anything is built or sent, and the record read again under it, so two processes on
    // one shared store due at the same instant do not both post (a Slack post has no dedupe).
    await store.sets.add([{ set: DIGEST_LEASES, member: key, score: 0 }], { onlyNew: true });
    if (!(await store.sets.claim(DIGEST_LEASES, key, now().getTime(), now().getTime() + LEASE_MS))) return;
    entry = await store.getRecord<DigestEntry>(key);
    if (entry && entry.state !== 'pending') return release(key);
    // A pending entry was left by an earlier attempt (a crash, a lease run out): it may have posted.
    const retry = entry !== undefined;
    if (!entry) {
      const shown = (await store.getRecord<Record<string, number>>(shownKey(platform, to))) ?? {};
      const digest = await buildDigest(store, {
        window,
        topics,
        feeds,
        size: schedule.size,
        standing: options.standing,
        shownBefore: shown,
        updateGrowth: options.updateGrowth,
      });
      digest.late = now().getTime() - window.end.getTime() > lateAfterMs;
      entry = { key, platform, to, digest, state: 'pending', attempts: 0, createdAt: now().toISOString() };
      // The entry first, then what it shows: a crash in between shows a story again at worst.
      await store.setRecord(key, entry);
      for (const story of digest.stories) {
        delete shown[story.story];
        shown[story.story] = story.outlets.length;
      }
      await store.setRecord(shownKey(platform, to), Object.fromEntries(Object.entries(shown).slice(-SHOWN_REMEMBERED)));
    }
    try {
      if ('channelId' in entry.to) {
        if (!transport.postDigest) return;
        entry.messageId = (await transport.postDigest(entry.to.channelId, entry.digest, key, retry)).messageId;
      } else {
        if (!transport.sendDigestDm) return;
        await transport.sendDigestDm(entry.to.userId, entry.digest, key);
      }
      entry.state = 'sent';
      entry.lastError = undefined;
      await store.setRecord(key, entry);
      await release(key);
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 200);
      entry.lastError = message;
      if (error instanceof DeliveryRefused) {
        entry.state = 'failed';
        logger.warn({ platform, key, reason: message }, 'digest refused');
      } else {
        entry.attempts += 1;
        entry.nextAttemptAt = new Date(now().getTime() + Math.min(MAX_BACKOFF_MS, 2000 * 2 ** (entry.attempts - 1))).toISOString();
        logger.warn({ platform, key, attempts: entry.attempts, error: message }, 'digest failed, will retry');
      }
      await store.setRecord(key, entry);
      // Refused: done. Failed: the lease runs until the retry is due, when any process may take it.
      if (entry.state === 'failed') await release(key);
      else await store.sets.add([{ set: DIGEST_LEASES, member: key, score: Date.parse(entry.nextAttemptAt!) }]);
    }
  }

  /** A window sent or refused: its record says so from now on, the lease is no longer needed. */
  async function release(key: string): Promise<void> {
    await store.sets.remove([{ set: DIGEST_LEASES, member: key }]);
  }

  async function runAll(): Promise<void> {
    for (const transport of options.transports) {
      for (const channel of await records.listChannels(transport.platform)) {
        if (!channel.digest || channel.pausedReason) continue;
        await due(transport, { channelId: channel.channelId }, channel.digest, channel.topics, channel.feeds);
      }
      for (const subscription of await records.listSubscriptions(transport.platform)) {
        if (!subscription.digest || subscription.dmClosedAt) continue;
        await due(transport, { userId: subscription.userId }, subscription.digest, subscription.topics);
      }
    }
  }

  function runDue(): Promise<void> {
    const result = running.then(runAll);
    running = result.catch(() => undefined);
    return result;
  }

  return {
    runDue,
    start() {
      // The first look is immediate: a window missed while the bot was down goes out now (late).
      const tick = (delay: number) => {
        timer = setTimeout(() => {
          runDue()
            .catch((error: unknown) => logger.error({ err: error }, 'digest tick failed'))
            .finally(() => timer && tick(options.tickMs ?? 30_000));
        }, delay);
      };
      tick(0);
    },
    async stop() {
      clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
