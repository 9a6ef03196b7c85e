// Delivery on BullMQ (distributed mode, QUEUE_URL): one queue per platform, one job per channel and
// story (its id the outbox key, so the same delivery enqueued by two processes exists once) and
// one per subscriber and story. Any process's worker takes any job:
// - retries: a failed post is retried by BullMQ with backoff (2 s doubling to 15 min); the outbox
//   entry counts its failures and gives up after MAX_ATTEMPTS, as the single-process outbox does.
// - a global limit per platform kept in Redis holds every process together under the platform's
//   budget (Discord's 50 requests/s for one bot, less a margin for commands): each request takes
//   its place right before it leaves (a hook in the transport) and counts until a second after the
//   platform answered it (channel-pace.ts). A job waiting for the budget waits in its process, one
//   job per process asking Redis again.
// - per-channel pacing in Redis (channel-pace.ts); a job whose channel is busy waits as a delayed
//   job, which costs no attempt.
// - a job held by a killed process: its lock (LOCK_MS, renewed every half of it while the process
//   lives) lapses, the stalled check (every STALLED_CHECK_MS, in every process) moves it back to
//   waiting and another process takes it. The outbox entry says an attempt was started, so that
//   process's transport looks for the earlier post before sending (Discord nonce, Slack metadata).
import { randomUUID } from 'node:crypto';
import { DelayedError, Queue, Worker, type Job } from 'bullmq';
import type { Logger } from '../logger.ts';
import { MAX_ATTEMPTS, type DeliveryQueue, type DmJob, type PostJob, type QueueWork } from '../delivery/deliver-stories.ts';
import { markNotSent, type ChatTransport } from '../delivery/chat-transport.ts';
import type { Platform } from '../store/bot-records.ts';
import { createChannelPacer } from './channel-pace.ts';
import { jobIdFrom, type QueueConnection } from './queue-connection.ts';

/** A killed process's job is taken over within about LOCK_MS + STALLED_CHECK_MS. */
export const LOCK_MS = 20_000;
export const STALLED_CHECK_MS = 10_000;
/** Kills are counted per job; this many stalls (kills while holding it) before BullMQ fails it. */
const MAX_STALLS = 20;
const MAX_BACKOFF_MS = 15 * 60_000;
/** After a failed request a channel waits this long before its next one. */
const CHANNEL_COOLDOWN_MS = 2000;
const DEFAULT_PACE = { max: 5, perMs: 5000 };
/** A subscriber's DMs are held one step at a time but not paced (the DM window paces them). */
const NO_PACE = { max: Number.MAX_SAFE_INTEGER, perMs: 1 };
/** Jobs a process works on at once, per platform. */
const CONCURRENCY = 16;
/** Requests per second for all processes together. Discord allows 50 for one bot: 45 leaves room
 * for the lookups a retry makes and for command answers. Slack limits per method and channel
 * (pacing covers chat.postMessage's 1 a second per channel); 20/s stays within its workspace tiers. */
export const PLATFORM_RATE: Record<Platform, number> = { discord: 45, slack: 20, console: 1000 };

type JobData = ({ kind: 'post' } & PostJob) | ({ kind: 'dm' } & DmJob);

export interface DeliveryQueueOptions {
  connection: QueueConnection;
  logger: Logger;
  /** Requests per second per platform (all processes together); default PLATFORM_RATE. */
  rate?: Partial<Record<Platform, number>>;
  concurrency?: number;
  /** Default LOCK_MS and STALLED_CHECK_MS; tests shorten them to see a takeover quickly. */
  lockMs?: number;
  stalledCheckMs?: number;
}

export function createDeliveryQueue(options: DeliveryQueueOptions): DeliveryQueue & {
  queues: Map<Platform, Queue<JobData>>;
  /** Stops taking jobs at once, leaving running ones to be taken over as after a SIGKILL (tests). */
  abandon(): Promise<void>;
} {
  const { connection, logger } = options;
  const queues = new Map<Platform, Queue<JobData>>();
  const workers: Worker<JobData>[] = [];
  /** Set by abandon(): no lock is renewed any more, as after a SIGKILL. */
  let abandoned = false;
  const lockMs = options.lockMs ?? LOCK_MS;
  const rateOf = (platform: Platform) => options.rate?.[platform] ?? PLATFORM_RATE[platform];
  // The pacing scripts on a connection of their own that sends the commands of one tick together
  // (auto-pipelining): a write to a socket costs more than the script it carries, and two posts
  // a tick are common at a few hundred a second. (BullMQ keeps its connection as it expects it.)
  const paceRedis = connection.redis.duplicate({ enableAutoPipelining: true });
  const pacer = createChannelPacer(paceRedis, connection.prefix, lockMs);
  const queueFor = (platform: Platform) => {
    let queue = queues.get(platform);
    if (!queue) {
      queue = new Queue<JobData>(`deliver-${platform}`, {
        connection: connection.redis,
        prefix: connection.prefix,
        defaultJobOptions: {
          // The entry gives up after MAX_ATTEMPTS temporary failures; the minimal re-render adds one.
          attempts: MAX_ATTEMPTS + 2,
          backoff: { type: 'capped' },
          removeOnComplete: true,
          // Kept a week for `failed` counts and a look at why (see the README's monitoring).
          removeOnFail: { age: 7 * 86_400 },
        },
      });
      queues.set(platform, queue);
    }
    return queue;
  };

  async function run(transport: ChatTransport, work: QueueWork, job: Job<JobData>, token?: string): Promise<void> {
    const data = job.data;
    if (data.kind === 'dm') {
      // One step at a time per subscriber (the user's DM record is read and rewritten): held as a
      // channel with no pace. The store's lease alone was not enough: an enqueue makes the user due
      // again at once, and a second job took the user while the first was sending.
      const again = await holding(job, token, transport, `dm:${transport.platform}:${data.userId}`, NO_PACE, (timed) => work.sendDm(timed, data));
      if (again === undefined) return;
      await job.moveToDelayed(again, token);
      throw new DelayedError();
    }
    await holding(job, token, transport, `${transport.platform}:${data.channelId}`, transport.pace ?? DEFAULT_PACE, (timed) => work.sendPost(timed, data.key));
  }

  /** Per platform: the jobs of this process waiting for the platform's budget, in turn. */
  const budgetTurns = new Map<Platform, Promise<unknown>>();
  const budgetWaiting = new Map<Platform, number>();

  /**
   * Resolves when a request under `token` may leave within the platform's budget (channel-pace.ts).
   * A job that must wait waits here, in its process (moving it to delayed and back would cost more
   * than the post, and BullMQ's limiter would count it again): one job per process asks Redis again,
   * at the moment the oldest request stops counting; the others wait their turn.
   */
  async function budget(platform: Platform, token: string): Promise<void> {
    const take = () => pacer.take(platform, rateOf(platform), token);
    let wait = await take();
    if (wait === 0) return;
    const behind = (budgetWaiting.get(platform) ?? 0) > 0;
    budgetWaiting.set(platform, (budgetWaiting.get(platform) ?? 0) + 1);
    const turn = (budgetTurns.get(platform) ?? Promise.resolve()).then(async () => {
      // Behind another job: its answer is stale by now.
      if (behind) wait = await take();
      while (wait > 0 && !abandoned) {
        await new Promise((resolve) => setTimeout(resolve, wait));
        wait = await take();
      }
    });
    budgetTurns.set(platform, turn.catch(() => undefined));
    await turn.finally(() => budgetWaiting.set(platform, budgetWaiting.get(platform)! - 1));
    if (abandoned) throw new Error('delivery stopped');
  }

  /**
   * Runs `send` holding `channel` (one request at a time, within its pace, extended while this
   * process lives); a busy channel moves the job to delayed for when it frees up. A failure starts
   * the channel's cooldown; a result of false (nothing sent) does not count toward the pace.
   * `send` gets the transport to use: the same one, taking a place in the platform's budget right
   * before its request and noting when the platform answered, so the request counts toward the
   * budget until a second after that.
   */
  async function holding<T>(
    job: Job<JobData>,
    token: string | undefined,
    transport: ChatTransport,
    channel: string,
    pace: { max: number; perMs: number },
    send: (transport: ChatTransport) => Promise<T>,
  ): Promise<T> {
    const platform = transport.platform;
    const hold = `${job.id}:${randomUUID()}`;
    const wait = await pacer.acquire(channel, pace, hold);
    if (wait > 0) {
      await job.moveToDelayed(Date.now() + wait, token);
      throw new DelayedError();
    }
    let result: T | undefined;
    let failed = false;
    let asked = false;
    let answeredAt = 0;
    const before = async () => {
      // Not sent: the next attempt need not look for an earlier post.
      await budget(platform, hold).catch((error: unknown) => {
        throw markNotSent(error);
      });
      asked = true;
    };
    const timed = answerTimed(transport, before, () => (answeredAt = performance.now()));
    const keep = setInterval(() => abandoned || void pacer.extend(platform, channel, hold).catch(() => undefined), lockMs / 2);
    try {
      result = await send(timed);
      return result;
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      clearInterval(keep);
      const sent = pace !== NO_PACE && result !== false;
      // Asked but not answered (a call threw before its request settled): counted from now.
      const answeredMsAgo = asked ? (answeredAt ? performance.now() - answeredAt : 0) : undefined;
      await pacer.release(platform, channel, pace, hold, { sent, cooldownMs: failed && pace !== NO_PACE ? CHANNEL_COOLDOWN_MS : 0, answeredMsAgo }).catch((error: unknown) => {
        logger.warn({ err: error, channel }, 'releasing a channel failed (its lock lapses by itself)');
      });
    }
  }

  function startWorkers(work: QueueWork): void {
    if (workers.length) return;
    for (const transport of work.transports) {
      const platform = transport.platform;
      queueFor(platform);
      const worker = new Worker<JobData>(`deliver-${platform}`, (job, token) => run(transport, work, job, token), {
        connection: connection.redis,
        prefix: connection.prefix,
        concurrency: options.concurrency ?? CONCURRENCY,
        // BullMQ's limiter (fixed windows) keeps workers from taking far more jobs than can go out;
        // the exact budget is channel-pace.ts's. Twice the budget: at the budget itself, a window
        // whose jobs started before the last second's requests stopped counting left the next
        // window's jobs waiting although the budget had room.
        limiter: { max: 2 * rateOf(platform), duration: 1000 },
        lockDuration: lockMs,
        stalledInterval: options.stalledCheckMs ?? STALLED_CHECK_MS,
        maxStalledCount: MAX_STALLS,
        settings: { backoffStrategy: (attemptsMade: number) => Math.min(MAX_BACKOFF_MS, 2000 * 2 ** Math.max(0, attemptsMade - 1)) },
      });
      worker.on('failed', (job, error) => {
        if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) logger.warn({ platform, job: job.id, err: error }, 'delivery job failed for good');
      });
      worker.on('error', (error) => logger.warn({ platform, err: error }, 'delivery worker error'));
      workers.push(worker);
    }
  }

  /** Jobs that are waiting, running, or delayed but due within a few seconds. */
  async function busy(): Promise<boolean> {
    for (const queue of queues.values()) {
      const counts = await queue.getJobCounts('waiting', 'active', 'prioritized', 'paused');
      if (Object.values(counts).some((count) => count > 0)) return true;
      // Delayed jobs are scored by due time * 4096 (BullMQ's layout).
      const soon = await connection.redis.zcount(`${connection.prefix}:${queue.name}:delayed`, 0, (Date.now() + 5000) * 0x1000);
      if (soon > 0) return true;
    }
    return false;
  }

  return {
    queues,
    async addPosts(platform, jobs) {
      if (!jobs.length) return;
      await queueFor(platform).addBulk(jobs.map((job) => ({ name: 'post', data: { kind: 'post' as const, ...job }, opts: { jobId: jobIdFrom(job.id) } })));
    },
    async addDms(platform, jobs) {
      if (!jobs.length) return;
      await queueFor(platform).addBulk(
        jobs.map((job) => ({
          name: 'dm',
          data: { kind: 'dm' as const, ...job },
          opts: { jobId: jobIdFrom(`dm:${platform}:${job.userId}:${job.story}`) },
        })),
      );
    },
    start: startWorkers,
    async drain(work) {
      startWorkers(work);
      // Twice in a row idle: a job finishing can add the next (an owed edit) just after a look.
      for (let idle = 0; idle < 2; ) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        idle = (await busy()) ? 0 : idle + 1;
      }
    },
    async abandon() {
      abandoned = true;
      await Promise.all(workers.map((worker) => worker.close(true)));
      workers.length = 0;
    },
    async stop() {
      await Promise.all(workers.map((worker) => worker.close()));
      workers.length = 0;
      await Promise.all([...queues.values()].map((queue) => queue.close()));
      queues.clear();
      await paceRedis.quit().catch(() => paceRedis.disconnect());
    },
  };
}

/**
 * The transport with a hook around each call to the platform: `before` runs right before it (the
 * place in the platform's budget taken), `answered` when it settles (its last request answered,
 * or failed), so a request counts toward the budget from its start until a second after its
 * answer, not around the job's outbox reads and writes.
 */
function answerTimed(transport: ChatTransport, before: () => Promise<void>, answered: () => void): ChatTransport {
  const timed = <A extends unknown[], R>(call: ((...args: A) => Promise<R>) | undefined) =>
    call &&
    (async (...args: A): Promise<R> => {
      await before();
      try {
        return await call.apply(transport, args);
      } finally {
        answered();
      }
    });
  return {
    ...transport,
    postStory: timed(transport.postStory)!,
    editStory: timed(transport.editStory)!,
    sendDm: timed(transport.sendDm)!,
    postDigest: timed(transport.postDigest),
    sendDigestDm: timed(transport.sendDigestDm),
  };
}
