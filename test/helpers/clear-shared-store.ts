// Deletes what a test left in a shared Redis / PostgreSQL store under its own namespace: keyv's
// keys and the sorted sets (in Redis under the same prefix; in PostgreSQL their own table).
import Keyv from 'keyv';
import KeyvPostgres from '@keyv/postgres';
import KeyvRedis from '@keyv/redis';

export async function clearSharedStore(url: string, namespace: string): Promise<void> {
  if (url.startsWith('redis')) {
    const keyv = new Keyv({ store: new KeyvRedis(url), namespace, useKeyPrefix: false });
    await keyv.clear();
    // Distributed mode's queues (src/queue/queue-connection.ts) sit beside keyv's keys.
    const client = (await (keyv.store as KeyvRedis<unknown>).getClient()) as unknown as {
      keys(pattern: string): Promise<string[]>;
      del(keys: string[]): Promise<number>;
    };
    const queueKeys = await client.keys(`${namespace}:queue*`);
    if (queueKeys.length) await client.del(queueKeys);
    await keyv.disconnect();
    return;
  }
  const postgres = new KeyvPostgres({ uri: url });
  await postgres.query(`DELETE FROM newsbot_sets WHERE name LIKE $1`, [`${namespace}:%`]).catch(() => undefined);
  const keyv = new Keyv({ store: postgres, namespace });
  await keyv.clear();
  await keyv.disconnect();
}
