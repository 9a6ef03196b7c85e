// Compare-and-set of keyv records, per backend: a record is replaced only if it still holds what
// the caller read, so two processes changing one record (a sender marking an outbox entry sent
// while a poller adds an outlet to it) never undo each other: one wins, the other reads again.
// keyv's get/set cannot express it, so each backend gets its own, on keyv's raw stored strings
// (keyv stores `{"value":…}` serialized with JSON.stringify; a record has no expiry): one
// statement per batch in SQLite and PostgreSQL, one script per batch in Redis, a Map in memory.
import { createHash } from 'node:crypto';
import type KeyvPostgres from '@keyv/postgres';
import type KeyvRedis from '@keyv/redis';
import type { SqliteKeyvStore } from './sqlite-keyv-store.ts';

/** Keyv's raw records: `expected` undefined means "absent"; says per entry whether it was replaced. */
export type SwapRaw = (entries: { key: string; expected: string | undefined; next: string }[]) => Promise<boolean[]>;

/** keyv's stored form of a record's value (what compare-and-set compares). */
export const rawRecord = (value: unknown) => JSON.stringify({ value });

export function memorySwap(map: Map<string, unknown>, namespace: string): SwapRaw {
  return async (entries) =>
    entries.map(({ key, expected, next }) => {
      const at = `${namespace}:${key}`;
      if (map.get(at) !== expected) return false;
      map.set(at, next);
      return true;
    });
}

export function sqliteSwap(store: SqliteKeyvStore, namespace: string): SwapRaw {
  const table = (store.opts as { table: string }).table;
  return async (entries) => {
    if (entries.length === 0) return [];
    if (entries.length === 1) {
      // One record (a post's attempt, its success): plain parameters, no JSON list to build and parse.
      const { key, expected, next } = entries[0]!;
      const done: unknown[] =
        expected === undefined
          ? await store.query(`INSERT INTO ${table} (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING RETURNING key`, `${namespace}:${key}`, next)
          : await store.query(`UPDATE ${table} SET value = ? WHERE key = ? AND value = ? RETURNING key`, next, `${namespace}:${key}`, expected);
      return [done.length === 1];
    }
    const rows = JSON.stringify(entries.map(({ key, expected, next }) => [`${namespace}:${key}`, expected ?? null, next]));
    // The replaced, then the created: a statement each (each atomic), run only when some need it.
    const replaced: { key: string }[] = entries.some((entry) => entry.expected !== undefined)
      ? await store.query(
          `UPDATE ${table} SET value = j.value ->> 2 FROM json_each(?) AS j
           WHERE ${table}.key = j.value ->> 0 AND j.value ->> 1 IS NOT NULL AND ${table}.value = j.value ->> 1 RETURNING ${table}.key AS key`,
          rows,
        )
      : [];
    const created: { key: string }[] = entries.some((entry) => entry.expected === undefined)
      ? await store.query(
          `INSERT INTO ${table} (key, value) SELECT value ->> 0, value ->> 2 FROM json_each(?) WHERE value ->> 1 IS NULL
           ON CONFLICT (key) DO NOTHING RETURNING key`,
          rows,
        )
      : [];
    const done = new Set([...replaced, ...created].map((row) => row.key));
    return entries.map(({ key }) => done.has(`${namespace}:${key}`));
  };
}

export function postgresSwap(store: KeyvPostgres, namespace: string): SwapRaw {
  const opts = store.opts as { schema: string; table: string };
  const table = `${opts.schema}.${opts.table}`;
  return async (entries) => {
    if (entries.length === 0) return [];
    const keys = entries.map(({ key }) => `${namespace}:${key}`);
    const expected = entries.map((entry) => entry.expected ?? null);
    const next = entries.map((entry) => entry.next);
    const rows: { key: string }[] = await store.query(
      `WITH wanted AS (SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) AS w(key, expected, next)),
       replaced AS (UPDATE ${table} AS t SET value = w.next FROM wanted w WHERE t.key = w.key AND w.expected IS NOT NULL AND t.value = w.expected RETURNING t.key),
       created AS (INSERT INTO ${table} (key, value) SELECT key, next FROM wanted WHERE expected IS NULL ON CONFLICT (key) DO NOTHING RETURNING key)
       SELECT key FROM replaced UNION ALL SELECT key FROM created`,
      [keys, expected, next],
    );
    const done = new Set(rows.map((row) => row.key));
    return keys.map((key) => done.has(key));
  };
}

/** KEYS: the records; ARGV: per key its expected value ('' for absent) and its next. */
const SWAP_SCRIPT = `local done = {}
for i, key in ipairs(KEYS) do
  local current = redis.call('GET', key)
  local expected = ARGV[2 * i - 1]
  if (expected == '' and not current) or current == expected then
    redis.call('SET', key, ARGV[2 * i])
    done[i] = 1
  else
    done[i] = 0
  end
end
return done`;
const SWAP_SHA = createHash('sha1').update(SWAP_SCRIPT).digest('hex');

interface RedisScripts {
  evalSha(sha: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

export function redisSwap(store: KeyvRedis<unknown>, namespace: string): SwapRaw {
  return async (entries) => {
    if (entries.length === 0) return [];
    const client = (await store.getClient()) as unknown as RedisScripts;
    // Like @keyv/redis's own keys (`ns::key`).
    const options = { keys: entries.map(({ key }) => `${namespace}::${key}`), arguments: entries.flatMap(({ expected, next }) => [expected ?? '', next]) };
    // By its hash (the script is not resent with every call); sent once when Redis lacks it.
    const done = (await client.evalSha(SWAP_SHA, options).catch((error: Error) => {
      if (!/NOSCRIPT/.test(error.message)) throw error;
      return client.eval(SWAP_SCRIPT, options);
    })) as number[];
    return done.map((flag) => Number(flag) === 1);
  };
}
