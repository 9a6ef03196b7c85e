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

export function openQueueConnection(url: string, namespace: string): QueueConnection {
  // BullMQ's workers block on Redis and must not give up a command after a few reconnects.
  const redis = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false });
  redis.on('error', () => undefined); // reconnects by itself; failing commands reject where they are awaited
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

/** BullMQ refuses `:` in custom job ids; outbox keys and feed URLs have them. Reversible, so ids never collide. */
export function jobIdFrom(text: string): string {
  return text.replace(/%/g, '%25').replace(/:/g, '%3A');
}
