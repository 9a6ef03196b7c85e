// Sorted sets of members (a member is in a set once, with a score): the indexes delivery and the
// bot's records keep (pending deliveries per channel, channels due, who subscribed). Each change
// touches only the members it names, so two processes changing one set never undo each other and
// no change costs more as a set grows, unlike a JSON list read and rewritten whole. keyv's get/set
// cannot express this, so each backend gets its own: a table in SQLite and PostgreSQL (one
// statement per change), sorted sets in Redis (one MULTI per change), a Map in memory.
import type KeyvPostgres from '@keyv/postgres';
import type KeyvRedis from '@keyv/redis';
import type { SqliteKeyvStore } from './sqlite-keyv-store.ts';

export interface SetMember {
  set: string;
  member: string;
  score: number;
}

export interface SortedSets {
  /** Adds members, or moves them to the new score when they are there already (unless `onlyNew`:
   * then members already there keep their score). Atomic. */
  add(members: SetMember[], options?: { onlyNew?: boolean }): Promise<void>;
  /** Removes members (absent ones are ignored). Atomic. */
  remove(members: Omit<SetMember, 'score'>[]): Promise<void>;
  /** Members with a score from `minScore` (default none) to `maxScore`, lowest score first (ties by
   * member), at most `limit`. */
  range(set: string, maxScore: number, limit: number, minScore?: number): Promise<{ member: string; score: number }[]>;
  /**
   * Moves a member to score `until` only if its score is at or below `dueBy`, atomically; says
   * whether it did. A lease: of several processes taking the same due member, one gets it, and
   * if that one dies the member is due again at `until` for another to take.
   */
  claim(set: string, member: string, dueBy: number, until: number): Promise<boolean>;
}

/** SQLite and PostgreSQL: one table beside keyv's, the set name carrying the store's namespace. */
const TABLE = 'newsbot_sets';

/** A score SQL can bind: Infinity becomes the largest double. */
const finite = (score: number) => (Number.isFinite(score) ? score : score > 0 ? Number.MAX_VALUE : -Number.MAX_VALUE);

export function memorySortedSets(): SortedSets {
  const sets = new Map<string, Map<string, number>>();
  return {
    async add(members, options) {
      for (const { set, member, score } of members) {
        let scores = sets.get(set);
        if (!scores) sets.set(set, (scores = new Map()));
        if (!options?.onlyNew || !scores.has(member)) scores.set(member, score);
      }
    },
    async remove(members) {
      for (const { set, member } of members) sets.get(set)?.delete(member);
    },
    async range(set, maxScore, limit, minScore = -Infinity) {
      return [...(sets.get(set) ?? [])]
        .filter(([, score]) => score <= maxScore && score >= minScore)
        .map(([member, score]) => ({ member, score }))
        .sort((a, b) => a.score - b.score || (a.member < b.member ? -1 : a.member > b.member ? 1 : 0))
        .slice(0, limit);
    },
    async claim(set, member, dueBy, until) {
      const scores = sets.get(set);
      const score = scores?.get(member);
      if (score === undefined || score > dueBy) return false;
      scores!.set(member, until);
      return true;
    },
  };
}

export async function sqliteSortedSets(store: SqliteKeyvStore, namespace: string): Promise<SortedSets> {
  await store.query(
    `CREATE TABLE IF NOT EXISTS ${TABLE} (name TEXT NOT NULL, member TEXT NOT NULL, score REAL NOT NULL, PRIMARY KEY (name, member)) WITHOUT ROWID`,
  );
  await store.query(`CREATE INDEX IF NOT EXISTS ${TABLE}_by_score ON ${TABLE} (name, score, member)`);
  const name = (set: string) => `${namespace}:${set}`;
  return {
    async add(members, options) {
      if (members.length === 0) return;
      await store.query(
        `INSERT INTO ${TABLE} (name, member, score)
         SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?) WHERE true
         ON CONFLICT (name, member) DO ${options?.onlyNew ? 'NOTHING' : 'UPDATE SET score = excluded.score'}`,
        JSON.stringify(members.map((m) => [name(m.set), m.member, finite(m.score)])),
      );
    },
    async remove(members) {
      if (members.length === 0) return;
      await store.query(
        `DELETE FROM ${TABLE} WHERE (name, member) IN (SELECT value ->> 0, value ->> 1 FROM json_each(?))`,
        JSON.stringify(members.map((m) => [name(m.set), m.member])),
      );
    },
    async range(set, maxScore, limit, minScore = -Infinity) {
      return store.query(
        `SELECT member, score FROM ${TABLE} WHERE name = ? AND score <= ? AND score >= ? ORDER BY score, member LIMIT ?`,
        name(set),
        finite(maxScore),
        finite(minScore),
        limit,
      );
    },
    async claim(set, member, dueBy, until) {
      const rows = await store.query(
        `UPDATE ${TABLE} SET score = ? WHERE name = ? AND member = ? AND score <= ? RETURNING member`,
        finite(until),
        name(set),
        member,
        finite(dueBy),
      );
      return rows.length === 1;
    },
  };
}

export async function postgresSortedSets(store: KeyvPostgres, namespace: string): Promise<SortedSets> {
  const create = async () => {
    await store.query(
      `CREATE TABLE IF NOT EXISTS ${TABLE} (name TEXT NOT NULL, member TEXT NOT NULL, score DOUBLE PRECISION NOT NULL, PRIMARY KEY (name, member))`,
    );
    await store.query(`CREATE INDEX IF NOT EXISTS ${TABLE}_by_score ON ${TABLE} (name, score, member)`);
  };
  // Two processes starting together can race on CREATE ... IF NOT EXISTS (a unique violation in
  // PostgreSQL's catalog); the second try finds the table.
  await create().catch(create);
  const name = (set: string) => `${namespace}:${set}`;
  return {
    async add(members, options) {
      if (members.length === 0) return;
      // One row per (name, member): a batch naming a member twice keeps its last score.
      const last = new Map(members.map((m) => [`${name(m.set)}\u0000${m.member}`, m]));
      const rows = [...last.values()];
      await store.query(
        `INSERT INTO ${TABLE} (name, member, score) SELECT * FROM unnest($1::text[], $2::text[], $3::float8[])
         ON CONFLICT (name, member) DO ${options?.onlyNew ? 'NOTHING' : 'UPDATE SET score = excluded.score'}`,
        [rows.map((m) => name(m.set)), rows.map((m) => m.member), rows.map((m) => finite(m.score))],
      );
    },
    async remove(members) {
      if (members.length === 0) return;
      await store.query(`DELETE FROM ${TABLE} WHERE (name, member) IN (SELECT * FROM unnest($1::text[], $2::text[]))`, [
        members.map((m) => name(m.set)),
        members.map((m) => m.member),
      ]);
    },
    async range(set, maxScore, limit, minScore = -Infinity) {
      const rows: { member: string; score: number }[] = await store.query(
        `SELECT member, score FROM ${TABLE} WHERE name = $1 AND score <= $2 AND score >= $3 ORDER BY score, member LIMIT $4`,
        [name(set), finite(maxScore), finite(minScore), limit],
      );
      return rows.map((row) => ({ member: row.member, score: Number(row.score) }));
    },
    async claim(set, member, dueBy, until) {
      const rows = await store.query(`UPDATE ${TABLE} SET score = $1 WHERE name = $2 AND member = $3 AND score <= $4 RETURNING member`, [
        finite(until),
        name(set),
        member,
        finite(dueBy),
      ]);
      return rows.length === 1;
    },
  };
}

/** The few node-redis calls used here (the client type KeyvRedis exposes is a union). */
interface RedisCalls {
  multi(): RedisMulti;
  zRangeWithScores(key: string, min: string, max: string, options: object): Promise<{ value: string; score: number }[]>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

/** ZSCORE and ZADD in one step (Redis runs a script atomically). */
const CLAIM_SCRIPT = `local score = redis.call('ZSCORE', KEYS[1], ARGV[1])
if score and tonumber(score) <= tonumber(ARGV[2]) then redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1]) return 1 end
return 0`;
interface RedisMulti {
  zAdd(key: string, members: { score: number; value: string }[], options?: { condition: 'NX' }): RedisMulti;
  zRem(key: string, members: string[]): RedisMulti;
  exec(): Promise<unknown>;
}

export function redisSortedSets(store: KeyvRedis<unknown>, namespace: string): SortedSets {
  // Under the namespace keyv's own keys use (`ns::...`), so clearing a namespace clears these too.
  const key = (set: string) => `${namespace}::set:${set}`;
  const client = async () => (await store.getClient()) as unknown as RedisCalls;
  const grouped = <T extends { set: string }>(members: T[]) => {
    const groups = new Map<string, T[]>();
    for (const m of members) {
      const group = groups.get(m.set);
      if (group) group.push(m);
      else groups.set(m.set, [m]);
    }
    return groups;
  };
  return {
    async add(members, options) {
      if (members.length === 0) return;
      const multi = (await client()).multi();
      const condition = options?.onlyNew ? { condition: 'NX' as const } : undefined;
      for (const [set, group] of grouped(members)) multi.zAdd(key(set), group.map((m) => ({ score: m.score, value: m.member })), condition);
      await multi.exec();
    },
    async remove(members) {
      if (members.length === 0) return;
      const multi = (await client()).multi();
      for (const [set, group] of grouped(members)) multi.zRem(key(set), group.map((m) => m.member));
      await multi.exec();
    },
    async range(set, maxScore, limit, minScore = -Infinity) {
      const max = Number.isFinite(maxScore) ? String(maxScore) : '+inf';
      const min = Number.isFinite(minScore) ? String(minScore) : '-inf';
      const rows = await (await client()).zRangeWithScores(key(set), min, max, { BY: 'SCORE', LIMIT: { offset: 0, count: limit } });
      return rows.map((row) => ({ member: String(row.value), score: Number(row.score) }));
    },
    async claim(set, member, dueBy, until) {
      const claimed = await (await client()).eval(CLAIM_SCRIPT, { keys: [key(set)], arguments: [member, String(dueBy), String(until)] });
      return Number(claimed) === 1;
    },
  };
}
