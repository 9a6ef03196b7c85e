// What the rest of the bot needs from storage. One implementation (keyv + a SQLite FTS5 search
// index) serves memory, SQLite, Redis and PostgreSQL; tests run one contract suite against each.
import type { Article } from '../articles/article.ts';
import type { SortedSets } from './sorted-sets.ts';

/** What we remember about a feed between polls. */
export interface FeedState {
  url: string;
  etag?: string;
  lastModified?: string;
  /** Consecutive failures; 0 after a success. */
  failures: number;
  /** ISO time of the next poll due. */
  nextPollAt?: string;
  lastPolledAt?: string;
  lastSuccessAt?: string;
  /** One line, when the last poll failed. */
  lastError?: string;
  /** Items in the last successful parse. */
  itemCount?: number;
}

export interface SearchQuery {
  /** A topic name; undefined means any topic. */
  topic?: string;
  /** Free-text terms, ranked by relevance when present (user text: never raw FTS syntax). */
  terms?: string;
  /** Only articles published at or after this time. */
  since?: Date;
  /** Case-insensitive outlet name, e.g. "techcrunch". */
  source?: string;
  limit: number;
  offset?: number;
}

export interface SearchResult {
  articles: Article[];
  /** True when another page exists after this one. */
  hasMore: boolean;
}

export interface NewsStore {
  /** Stores (or replaces) articles and indexes them for search. */
  putArticles(articles: Article[]): Promise<void>;
  getArticle(id: string): Promise<Article | undefined>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** Article counts per topic, for the topic board. */
  countByTopic(): Promise<Record<string, number>>;

  /** Of the given article ids, those ever seen before (survives restarts and pruning). */
  seenIds(ids: string[]): Promise<Set<string>>;
  markSeen(ids: string[]): Promise<void>;

  getFeedState(url: string): Promise<FeedState | undefined>;
  setFeedState(state: FeedState): Promise<void>;

  /** A small keyed record for the platform layers (subscriptions, channel settings, outbox). */
  getRecord<T>(key: string): Promise<T | undefined>;
  setRecord<T>(key: string, value: T): Promise<void>;
  deleteRecord(key: string): Promise<void>;
  /** Several records in one round trip (undefined where absent), in the order of `keys`. */
  getRecords<T>(keys: string[]): Promise<(T | undefined)[]>;
  /** Several records in one round trip. */
  setRecords<T>(entries: { key: string; value: T }[]): Promise<void>;
  /**
   * Compare-and-set, several records in one round trip: each is replaced by `value` only if it
   * still holds `expected` (the value as read, unchanged; undefined: only if absent). Says per
   * entry whether it was (the keys of one call are distinct). One that was not changed meanwhile
   * (another process or job wrote it): read it again and decide again.
   */
  swapRecords<T>(entries: { key: string; expected: T | undefined; value: T }[]): Promise<boolean[]>;
  /** Indexes changed a member at a time (see sorted-sets.ts): pending deliveries, channel lists. */
  sets: SortedSets;

  /** Deletes articles published before `before`; returns how many. */
  prune(before: Date): Promise<number>;
  /**
   * Brings this process's search index up to date with articles other processes stored in a
   * shared (Redis/PostgreSQL) store: a scan of every stored article, in the background at open.
   * Call it again (e.g. hourly) to pick up later ones; a call while one runs joins it.
   * Resolves to the number of articles it added to the index.
   */
  catchUp(): Promise<number>;
  /**
   * On a shared store: indexes the articles any process stored since the last call (a few, read
   * by the time they were stored, not a scan) and returns them, so every process's /news and story
   * grouping see each other's stories within a second of being called each second. Elsewhere [].
   */
  catchUpRecent(): Promise<Article[]>;
  close(): Promise<void>;
}
