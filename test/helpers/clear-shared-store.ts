// Deletes what a test left in a shared Redis / PostgreSQL store under its own namespace: keyv's
// keys and the sorted sets (in Redis under the same prefix; in PostgreSQL their own table).
import Keyv from 'keyv';
import KeyvPostgres from '@keyv/postgres';
import KeyvRedis from '@keyv/redis';

export async function clearSharedStore(url: string, namespace: string): Promise<void> {
  if (url.startsWith('redis')) {
    const keyv = new Keyv({ store: new KeyvRedis(url), namespace, useKeyPrefix: false });
    await keyv.clear();
    await keyv.disconnect();
    return;
  }
  const postgres = new KeyvPostgres({ uri: url });
  await postgres.query(`DELETE FROM newsbot_sets WHERE name LIKE $1`, [`${namespace}:%`]).catch(() => undefined);
  const keyv = new Keyv({ store: postgres, namespace });
  await keyv.clear();
  await keyv.disconnect();
}
