// The Redis connection BullMQ (and the story announcements) use in distributed mode (QUEUE_URL),
// and where their keys live: `<namespace>:queue…`, beside the store's namespace (one Redis can
// hold several bots) but outside keyv's `<namespace>::` keys, which a search-index catch-up reads
// as articles.
import { Redis } from 'ioredis';

export interface QueueConnection {
  redis: Redis;
  /** BullMQ's key prefix: `<namespace>:queue`. */
  prefix: string;
  namespace: string;
  url: string;
  close(): Promise<void>;
}

/** Start-up gives up on an unreachable QUEUE_URL after this, with the reason, rather than waiting forever. */
const CONNECT_TIMEOUT_MS = 10_000;

export async function openQueueConnection(url: string, namespace: string): Promise<QueueConnection> {
  // BullMQ's workers block on Redis and must not give up a command after a few reconnects.
  const redis = new Redis(url, { maxRetriesPerRequest: null });
  let lastError: Error | undefined;
  redis.on('error', (error: Error) => (lastError = error)); // reconnects by itself
  await reachable(redis, CONNECT_TIMEOUT_MS, url, () => lastError);
  return {
    redis,
    prefix: `${namespace}:queue`,
    namespace,
    url,
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** Resolves once Redis answers a PING; rejects with the reason after `timeoutMs`. */
export async function reachable(redis: Redis, timeoutMs: number, url: string, lastError: () => Error | undefined = () => undefined): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      redis.disconnect();
      const where = url.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
      reject(new Error(`cannot reach the queue at QUEUE_URL (${where}) within ${timeoutMs / 1000} s${lastError() ? `: ${lastError()!.message}` : ''}`));
    }, timeoutMs);
  });
  try {
    await Promise.race([redis.ping(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** BullMQ refuses `:` in custom job ids; outbox keys and feed URLs have them. Reversible, so ids never collide. */
export function jobIdFrom(text: string): string {
  return text.replace(/%/g, '%25').replace(/:/g, '%3A');
}
