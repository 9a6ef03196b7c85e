// Polling on BullMQ (distributed mode, QUEUE_URL): one scheduled job per feed, for its next due
// time. Whichever process is free takes it; the feed's lease in the store (poll-feeds.ts) makes sure
// one process at a time polls it; the job then schedules the feed's next poll (interval, jitter,
// backoff after failures and Retry-After, as the poller computes them). A job's id is the feed and
// its due time, so every process scheduling the same poll (at start, or two jobs of one feed
// meeting) makes one job. Each process also schedules feeds new to it once a minute (a feed added
// in chat; a feed whose job was lost), read from the stored feed state.
import { Queue, Worker } from 'bullmq';
import type { Poller } from '../feeds/poll-feeds.ts';
import type { Logger } from '../logger.ts';
import { jobIdFrom, type QueueConnection } from './queue-connection.ts';

/** Feeds polled at once per process. */
const CONCURRENCY = 8;
const RELIST_MS = 60_000;
/** A poll that failed outside the feed (the store unreachable) is tried again after this. */
const AFTER_ERROR_MS = 60_000;
/** A poll job's lock: a killed process's poll is taken over after about this plus the stalled check. */
const LOCK_MS = 60_000;

export interface PollQueue {
  start(): void;
  stop(): Promise<void>;
}

export function createPollQueue(options: { connection: QueueConnection; poller: Poller; logger: Logger }): PollQueue {
  const { connection, poller, logger } = options;
  const queue = new Queue<{ url: string }>('poll', {
    connection: connection.redis,
    prefix: connection.prefix,
    defaultJobOptions: { removeOnComplete: true, removeOnFail: { age: 86_400 } },
  });
  let worker: Worker<{ url: string }> | undefined;
  let timer: NodeJS.Timeout | undefined;
  const scheduled = new Set<string>();

  const schedule = (url: string, at: number) =>
    queue.add('poll', { url }, { jobId: jobIdFrom(`${url}@${at}`), delay: Math.max(0, at - Date.now()) });

  async function scheduleNew(): Promise<void> {
    for (const { url, dueAt } of await poller.listFeeds()) {
      if (scheduled.has(url)) continue;
      await schedule(url, dueAt);
      scheduled.add(url);
    }
  }

  return {
    start() {
      worker = new Worker<{ url: string }>(
        'poll',
        async (job) => {
          const url = job.data.url;
          const next = await poller.pollIfDue(url).catch((error: unknown) => {
            logger.error({ feed: url, err: error }, 'feed poll job failed');
            return Date.now() + AFTER_ERROR_MS;
          });
          if (next !== undefined) await schedule(url, next);
        },
        { connection: connection.redis, prefix: connection.prefix, concurrency: CONCURRENCY, lockDuration: LOCK_MS, maxStalledCount: 20 },
      );
      worker.on('error', (error) => logger.warn({ err: error }, 'poll worker error'));
      const relist = () => void scheduleNew().catch((error: unknown) => logger.warn({ err: error }, 'scheduling feeds failed'));
      relist();
      timer = setInterval(relist, RELIST_MS);
    },
    async stop() {
      clearInterval(timer);
      await worker?.close();
      await queue.close();
    },
  };
}
