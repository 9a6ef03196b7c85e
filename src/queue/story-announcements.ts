// New stories announced to every process (distributed mode): the process that stores articles
// publishes their ids on a Redis channel; every process, on hearing it, reads what was stored
// since it last looked (store.catchUpRecent) into its search index, so /news on any process sees
// a story any other stored within a second. The store's once-a-second look stays as the fallback
// for a message missed while a process was reconnecting.
import type { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';
import { reachable, type QueueConnection } from './queue-connection.ts';

export interface StoryAnnouncements {
  /** Tells every process (this one too) that these articles were stored. */
  announce(articleIds: string[]): Promise<void>;
  close(): Promise<void>;
}

export async function openStoryAnnouncements(options: {
  connection: QueueConnection;
  logger: Logger;
  /** Called when any process stored articles (calls are not run side by side: one at a time, the last coalesced). */
  onStored: () => Promise<void>;
}): Promise<StoryAnnouncements> {
  const channel = `${options.connection.prefix}:stories`;
  // A connection in subscriber mode can do nothing else.
  const subscriber: Redis = options.connection.redis.duplicate();
  subscriber.on('error', () => undefined);
  let running: Promise<void> | undefined;
  let again = false;
  const react = () => {
    if (running) {
      again = true;
      return;
    }
    running = options
      .onStored()
      .catch((error: unknown) => options.logger.warn({ err: error }, 'reading announced stories failed'))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          react();
        }
      });
  };
  subscriber.on('message', react);
  await reachable(subscriber, 10_000, options.connection.url);
  await subscriber.subscribe(channel);
  return {
    async announce(articleIds) {
      if (articleIds.length) await options.connection.redis.publish(channel, JSON.stringify(articleIds));
    },
    async close() {
      await running;
      await subscriber.quit().catch(() => subscriber.disconnect());
    },
  };
}
