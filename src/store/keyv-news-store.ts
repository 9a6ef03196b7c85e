// The NewsStore: keyv holds the truth (articles, seen ids, feed state, records); the local FTS5
// SearchIndex answers queries and is derived from it. Writes go to keyv first, then the index,
// so a crash in between leaves an article findable by id and re-indexed by the next catch-up.
import { createHash } from 'node:crypto';
import type Keyv from 'keyv';
import type { Article } from '../articles/article.ts';
import type { SearchIndex } from './search-index.ts';
import type { SortedSets } from './sorted-sets.ts';
import { rawRecord, type SwapRaw } from './swap-records.ts';
import type { FeedState, NewsStore, SearchQuery, SearchResult } from './store-types.ts';

/** Seen ids outlive any sane retention, so a pruned article is never announced again. */
const SEEN_TTL_MS = 366 * 24 * 60 * 60 * 1000;
/** Keys per keyv round trip. */
const BATCH = 500;

type KeyKind = 'article' | 'seen' | 'feed' | 'record';
/** On a shared store, article ids by the time they were stored (see catchUpRecent). */
const STORED_SET = 'stored-articles';
/** How long an id stays in that set: longer than any process goes without looking. */
const STORED_KEPT_MS = 3_600_000;
/** Most ids read per look. */
const STORED_PER_LOOK = 2000;
/** Scans a catch-up tries before it gives up (see runCatchUp). */
const CATCH_UP_ATTEMPTS = 3;

export class KeyvNewsStore implements NewsStore {
  private catchUpRun: Promise<number> | undefined;
  private closing = false;
  /** Where catchUpRecent looks from (a stored time), and the ids already taken at that time. */
  private recentFrom = Date.now() - 60_000;
  private takenAtFrom = new Set<string>();
  private lastTrim = 0;

  constructor(
    private readonly keyv: Keyv,
    private readonly index: SearchIndex,
    private readonly disconnect: () => Promise<void>,
    readonly sets: SortedSets,
    /** Other processes may share this store (Redis, PostgreSQL). */
    private readonly shared: boolean,
    private readonly swapRaw: SwapRaw,
  ) {}

  async putArticles(articles: Article[]): Promise<void> {
    for (const batch of chunks(articles, BATCH)) {
      await this.keyv.setMany(batch.map((article) => ({ key: keyFor('article', article.id), value: article })));
      await this.index.upsert(batch);
      if (this.shared) await this.sets.add(batch.map((article) => ({ set: STORED_SET, member: article.id, score: Date.now() })));
    }
  }

  async catchUpRecent(): Promise<Article[]> {
    if (!this.shared || this.closing) return [];
    const rows = await this.sets.range(STORED_SET, Infinity, STORED_PER_LOOK, this.recentFrom);
    // From is inclusive (two stores at one millisecond): the ids already taken at it are skipped.
    const fresh = rows.filter((row) => !(row.score === this.recentFrom && this.takenAtFrom.has(row.member)));
    if (rows.length) {
      const last = rows[rows.length - 1]!.score;
      if (last !== this.recentFrom) this.takenAtFrom.clear();
      this.recentFrom = last;
      for (const row of rows) if (row.score === last) this.takenAtFrom.add(row.member);
    }
    const found = await this.keyv.getMany<Article>(fresh.map((row) => keyFor('article', row.member)));
    const articles = found.filter((article): article is Article => isArticle(article));
    await this.index.addMissing(articles);
    if (Date.now() - this.lastTrim > 60_000) {
      this.lastTrim = Date.now();
      const old = await this.sets.range(STORED_SET, Date.now() - STORED_KEPT_MS, 1000);
      await this.sets.remove(old.map((row) => ({ set: STORED_SET, member: row.member })));
    }
    return articles;
  }

  async getArticle(id: string): Promise<Article | undefined> {
    return (await this.keyv.get<Article>(keyFor('article', id))) ?? undefined;
  }

  search(query: SearchQuery): Promise<SearchResult> {
    return this.index.search(query);
  }

  countByTopic(): Promise<Record<string, number>> {
    return this.index.countByTopic();
  }

  async seenIds(ids: string[]): Promise<Set<string>> {
    const seen = new Set<string>();
    for (const batch of chunks([...new Set(ids)], BATCH)) {
      const values = await this.keyv.getMany(batch.map((id) => keyFor('seen', id)));
      batch.forEach((id, i) => {
        if (values[i] !== undefined && values[i] !== null) seen.add(id);
      });
    }
    return seen;
  }

  async markSeen(ids: string[]): Promise<void> {
    for (const batch of chunks([...new Set(ids)], BATCH)) {
      await this.keyv.setMany(batch.map((id) => ({ key: keyFor('seen', id), value: 1, ttl: SEEN_TTL_MS })));
    }
  }

  async getFeedState(url: string): Promise<FeedState | undefined> {
    return (await this.keyv.get<FeedState>(keyFor('feed', url))) ?? undefined;
  }

  async setFeedState(state: FeedState): Promise<void> {
    await this.keyv.set(keyFor('feed', state.url), state);
  }

  async getRecord<T>(key: string): Promise<T | undefined> {
    return (await this.keyv.get<T>(keyFor('record', key))) ?? undefined;
  }

  async setRecord<T>(key: string, value: T): Promise<void> {
    await this.keyv.set(keyFor('record', key), value);
  }

  async deleteRecord(key: string): Promise<void> {
    await this.keyv.delete(keyFor('record', key));
  }

  async getRecords<T>(keys: string[]): Promise<(T | undefined)[]> {
    const values: (T | undefined)[] = [];
    for (const batch of chunks(keys, BATCH)) {
      const found = await this.keyv.getMany<T>(batch.map((key) => keyFor('record', key)));
      for (const value of found) values.push(value ?? undefined);
    }
    return values;
  }

  async setRecords<T>(entries: { key: string; value: T }[]): Promise<void> {
    for (const batch of chunks(entries, BATCH)) {
      await this.keyv.setMany(batch.map(({ key, value }) => ({ key: keyFor('record', key), value })));
    }
  }

  async swapRecords<T>(entries: { key: string; expected: T | undefined; value: T }[]): Promise<boolean[]> {
    const done: boolean[] = [];
    for (const batch of chunks(entries, BATCH)) {
      done.push(
        ...(await this.swapRaw(
          batch.map(({ key, expected, value }) => ({ key: keyFor('record', key), expected: expected === undefined ? undefined : rawRecord(expected), next: rawRecord(value) })),
        )),
      );
    }
    return done;
  }

  /** Old articles are found through this process's index; on a shared store, ones it has not
   * caught up with yet are pruned by a later run. Pruned ids are (re)marked seen first. */
  async prune(before: Date): Promise<number> {
    // A catch-up under way may have read an article before this deletes it and index it after:
    // let it finish first, so what is pruned stays pruned.
    await this.catchUpRun?.catch(() => undefined);
    const ids = await this.index.idsPublishedBefore(before);
    for (const batch of chunks(ids, BATCH)) {
      await this.markSeen(batch);
      await this.keyv.deleteMany(batch.map((id) => keyFor('article', id)));
      await this.index.remove(batch);
    }
    return ids.length;
  }

  /**
   * Indexes the articles in keyv that this index lacks (written by another process sharing a
   * Redis/PostgreSQL store, or before the index file was lost). It scans every `article:*` key,
   * so its cost grows with the store; it adds and never overwrites, so it cannot undo a newer
   * putArticles. openStore starts one in the background; a call while one runs joins it (so it may
   * miss what was stored after that run began). A key that vanishes mid-scan restarts the scan.
   * Returns how many articles it indexed.
   */
  catchUp(): Promise<number> {
    this.catchUpRun ??= this.runCatchUp().finally(() => {
      this.catchUpRun = undefined;
    });
    return this.catchUpRun;
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.catchUpRun?.catch(() => undefined);
    try {
      await this.disconnect();
    } finally {
      await this.index.close();
    }
  }

  private async runCatchUp(): Promise<number> {
    // A key that goes between the store's scan and its read (a record expiring, another process
    // deleting one) makes keyv's iterator throw a TypeError (it reads `expires` of nothing): the scan
    // starts again, and adds only what is still missing.
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.scanArticles();
      } catch (error) {
        if (this.closing || attempt >= CATCH_UP_ATTEMPTS || !(error instanceof TypeError)) throw error;
      }
    }
  }

  private async scanArticles(): Promise<number> {
    const iterate = this.keyv.iterator;
    if (!iterate) throw new Error('this keyv store cannot list its keys, so the search index cannot catch up');
    let added = 0;
    let batch: Article[] = [];
    const flush = async (): Promise<void> => {
      added += await this.index.addMissing(batch);
      batch = [];
      // Let queries and polls run between batches: catch-up is background work.
      await new Promise((resolve) => setImmediate(resolve));
    };
    for await (const [key, value] of iterate(undefined) as AsyncGenerator<[string, unknown]>) {
      if (this.closing) break;
      if (!key.startsWith('article:') || !isArticle(value)) continue;
      batch.push(value);
      if (batch.length >= BATCH) await flush();
    }
    if (!this.closing) await flush();
    return added;
  }
}

/** Keys are `<kind>:<id>`. PostgreSQL keys are VARCHAR(255), so long ids (URLs) are hashed. */
function keyFor(kind: KeyKind, id: string): string {
  if (id.length <= 160) return `${kind}:${id}`;
  return `${kind}:#${createHash('sha256').update(id).digest('hex')}`;
}

function isArticle(value: unknown): value is Article {
  const article = value as Article | null;
  return typeof article?.id === 'string' && typeof article.published === 'string' && Array.isArray(article.topics);
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
