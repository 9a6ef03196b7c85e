// The search index: a SQLite FTS5 database local to this process, derived from keyv (which holds
// the truth). It keeps what a query needs (article JSON, publication time, source, topics), so a
// query is answered by one or two SQL statements here, without keyv round trips.
//
// Layout and why (measured at 100,000 articles on 2 cores; bench/query-bench.ts):
// - docs.rowid = published ms * 1000 + a slot (for equal times). Rowid order IS publication order,
//   so "newest first" is a rowid walk, `since` is a rowid range FTS5 applies itself, and "the newest
//   N matches" is exact whatever order articles arrived in (catch-up, late feed items).
// - fts (contentless, contentless_delete=1: the text is stored once, in docs.json) has the columns
//   headline, text and filters. `filters` holds one opaque token per topic and one for the source,
//   so a filter can be ANDed inside FTS5 with the terms: a rare topic plus a common word costs
//   what the rare side costs (checking a rare topic on joined rows walked every match: 15 ms).
// - Ranked queries score only the newest RANK_WINDOW (1,000) matches with bm25, headline weighted
//   5x text. A common word matches much of the corpus, and bm25-sorting all of it is what made naive
//   FTS5 take 51 ms at p99; bm25 costs ~3 us a row, so 1,000 rows cost ~3 ms. Within the window
//   ranking is exact; older matches only lose to newer ones.
// - bm25 also reads every row of every phrase in the query once to weigh it, filters included: a
//   token on 75% of the corpus (topic `ai`, the /news default) costs 6-7 ms a query. So a filter
//   that >= 30% of recent articles carry is checked on each window row instead (most pass, so the
//   walk stays short); rarer ones stay in the expression. `ai` + "model": 6.3 -> 4.5 ms, while
//   `xai` + "model" keeps 3.5 ms (the row check would take 15 ms).
// - Terms are not restricted to {headline text}: column filters made that per-phrase read ~25%
//   slower, and the filter tokens (hex) never equal a word anyone types.
// - doc_topics (topic, doc) answers topic-only pages, share probes and countByTopic.
import sqlite3 from 'sqlite3';
import type { Article } from '../articles/article.ts';
import { toFtsPhrases } from './fts-query.ts';
import type { SearchQuery, SearchResult } from './store-types.ts';

/** Bump when the layout changes: an index with another version is dropped and rebuilt from keyv. */
const SCHEMA_VERSION = 1;
/** Ranked queries score at most this many of the newest matches (see the header). */
export const RANK_WINDOW = 1000;
/** A filter held by this share of the newest PROBE_DOCS articles is checked per row (header). */
const BROAD_SHARE = 0.3;
const PROBE_DOCS = 1000;
const SLOTS_PER_MS = 1000;
/** Past this (year 2255) rowids would leave the exact integer range of a JS number. */
const MAX_PUBLISHED_MS = Math.floor(Number.MAX_SAFE_INTEGER / SLOTS_PER_MS) - 1;


interface DocRow {
  doc: number;
  id: string;
  publishedMs: number;
  source: string;
  topics: string[];
  headline: string;
  text: string;
  filters: string;
  json: string;
}

export class SearchIndex {
  /** Index writes run one at a time: each is a transaction on the single connection. */
  private writes: Promise<unknown> = Promise.resolve();

  private constructor(private readonly db: sqlite3.Database) {}

  /**
   * Opens (creating if needed) the index at `file`, or an in-memory one for ':memory:'. `origin`
   * names the keyv store it mirrors: an index built from another store (STORE_URL or namespace
   * changed) is emptied rather than mixed in, and so is one with an older layout.
   */
  static async open(file: string, origin: string): Promise<SearchIndex> {
    const db = await new Promise<sqlite3.Database>((resolve, reject) => {
      const opened: sqlite3.Database = new sqlite3.Database(file, (error) =>
        error ? reject(error) : resolve(opened),
      );
    });
    const index = new SearchIndex(db);
    try {
      await index.setUp(file === ':memory:', origin);
    } catch (error) {
      await index.close();
      throw error;
    }
    return index;
  }

  private async setUp(inMemory: boolean, origin: string): Promise<void> {
    this.db.configure('busyTimeout', 5000);
    if (!inMemory) {
      // WAL: readers never wait for the poller's writes; NORMAL sync is safe in WAL mode, and
      // losing the last commit on power loss costs nothing: the index is rebuilt from keyv.
      await this.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
    }
    // 32 MB page cache: the hot FTS doclists and the topic index stay in memory.
    await this.exec('PRAGMA cache_size = -32000;');
    const [{ user_version: version }] = await this.all<{ user_version: number }>('PRAGMA user_version');
    const builtFrom =
      version === SCHEMA_VERSION
        ? (await this.all<{ value: string }>("SELECT value FROM meta WHERE key = 'origin'"))[0]?.value
        : undefined;
    if (builtFrom !== origin) {
      await this.exec(`
        DROP TABLE IF EXISTS fts; DROP TABLE IF EXISTS doc_topics; DROP TABLE IF EXISTS docs;
        DROP TABLE IF EXISTS meta;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE docs (
          rowid INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          source TEXT NOT NULL,      -- normalized outlet name
          topics TEXT NOT NULL,      -- JSON array, to delete doc_topics rows
          json TEXT NOT NULL         -- the article; last so scans never read it
        );
        CREATE INDEX docs_source ON docs (source);
        CREATE TABLE doc_topics (
          topic TEXT NOT NULL,
          doc INTEGER NOT NULL,
          PRIMARY KEY (topic, doc)
        ) WITHOUT ROWID;
        CREATE VIRTUAL TABLE fts USING fts5(
          headline, text, filters,
          content = '', contentless_delete = 1,
          tokenize = 'porter unicode61 remove_diacritics 2'
        );
        PRAGMA user_version = ${SCHEMA_VERSION};
      `);
      await this.run("INSERT INTO meta (key, value) VALUES ('origin', ?)", [origin]);
    }
  }

  /** Adds or replaces articles (by id). */
  async upsert(articles: Article[]): Promise<void> {
    if (articles.length === 0) return;
    await this.write(async () => {
      const latest = new Map(articles.map((article) => [article.id, article]));
      const existing = await this.all<{ doc: number }>(
        'SELECT rowid AS doc FROM docs WHERE id IN (SELECT value FROM json_each(?))',
        [JSON.stringify([...latest.keys()])],
      );
      await this.deleteDocs(existing.map((row) => row.doc));
      await this.insertDocs([...latest.values()]);
    });
  }

  /** Adds the articles this index lacks, leaving present ones alone; returns how many it added. */
  async addMissing(articles: Article[]): Promise<number> {
    if (articles.length === 0) return 0;
    return this.write(async () => {
      const present = await this.all<{ id: string }>(
        'SELECT id FROM docs WHERE id IN (SELECT value FROM json_each(?))',
        [JSON.stringify(articles.map((article) => article.id))],
      );
      const known = new Set(present.map((row) => row.id));
      const missing = new Map<string, Article>();
      for (const article of articles) if (!known.has(article.id)) missing.set(article.id, article);
      await this.insertDocs([...missing.values()]);
      return missing.size;
    });
  }

  /** Removes articles by id. */
  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.write(async () => {
      const rows = await this.all<{ doc: number }>(
        'SELECT rowid AS doc FROM docs WHERE id IN (SELECT value FROM json_each(?))',
        [JSON.stringify(ids)],
      );
      await this.deleteDocs(rows.map((row) => row.doc));
    });
  }

  /** Ids of the articles published before `before`. */
  async idsPublishedBefore(before: Date): Promise<string[]> {
    const rows = await this.all<{ id: string }>('SELECT id FROM docs WHERE rowid < ?', [docFloor(before)]);
    return rows.map((row) => row.id);
  }

  async isEmpty(): Promise<boolean> {
    const [row] = await this.all<{ any: number }>('SELECT EXISTS (SELECT 1 FROM docs) AS any');
    return row.any === 0;
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const limit = Math.max(0, Math.floor(query.limit));
    const offset = Math.max(0, Math.floor(query.offset ?? 0));
    const fetch = limit + 1; // one more than asked tells whether another page exists
    const since = query.since && !Number.isNaN(query.since.getTime()) ? docFloor(query.since) : -1;
    const topic = query.topic?.trim().toLowerCase() || undefined;
    const source = query.source ? normalizeSource(query.source) || undefined : undefined;
    const terms = query.terms ? toFtsPhrases(query.terms) : undefined;

    let rows: { json: string }[];
    if (terms) {
      // The broadest filter, if broad enough, is checked per row; the others go into the match.
      const broad = await this.broadFilter(topic, source);
      const tokens = [
        ...(topic && broad !== 'topic' ? [topicToken(topic)] : []),
        ...(source && broad !== 'source' ? [sourceToken(source)] : []),
      ];
      const match = [terms, ...tokens.map((token) => `"${token}"`)].join(' AND ');
      const check =
        broad === 'topic'
          ? 'AND EXISTS (SELECT 1 FROM doc_topics WHERE topic = $value AND doc = fts.rowid)'
          : broad === 'source'
            ? 'AND (SELECT source FROM docs WHERE docs.rowid = fts.rowid) = $value'
            : '';
      const params: Record<string, unknown> = { $match: match, $since: since, $window: RANK_WINDOW, $fetch: fetch, $offset: offset };
      if (broad) params.$value = broad === 'topic' ? topic : source;
      rows = await this.all(rankedSql(check), params);
    } else if (topic && !source) {
      rows = await this.all(TOPIC_NEWEST, [topic, since, fetch, offset]);
    } else if (topic || source) {
      const tokens = [...(topic ? [topicToken(topic)] : []), ...(source ? [sourceToken(source)] : [])];
      rows = await this.all(MATCH_NEWEST, [tokens.map((token) => `"${token}"`).join(' AND '), since, fetch, offset]);
    } else {
      rows = await this.all(ALL_NEWEST, [since, fetch, offset]);
    }
    const articles = rows.slice(0, limit).map((row) => JSON.parse(row.json) as Article);
    return { articles, hasMore: rows.length > limit };
  }

  /** Which filter, if any, most of the newest articles carry (see the header). */
  private async broadFilter(topic?: string, source?: string): Promise<'topic' | 'source' | undefined> {
    if (!topic && !source) return undefined;
    // No row when the index holds fewer than PROBE_DOCS articles: everything is cheap then.
    const [shares] = await this.all<{ topic: number; source: number }>(
      `SELECT
         (SELECT count(*) FROM doc_topics WHERE topic = ?1 AND doc >= newest.floor) AS topic,
         (SELECT count(*) FROM docs WHERE source = ?2 AND rowid >= newest.floor) AS source
       FROM (SELECT rowid AS floor FROM docs ORDER BY rowid DESC LIMIT 1 OFFSET ${PROBE_DOCS - 1}) AS newest`,
      [topic ?? null, source ?? null],
    );
    if (!shares || Math.max(shares.topic, shares.source) < BROAD_SHARE * PROBE_DOCS) return undefined;
    return shares.topic >= shares.source ? 'topic' : 'source';
  }

  async countByTopic(): Promise<Record<string, number>> {
    const rows = await this.all<{ topic: string; n: number }>(
      'SELECT topic, count(*) AS n FROM doc_topics GROUP BY topic',
    );
    return Object.fromEntries(rows.map((row) => [row.topic, row.n]));
  }

  async close(): Promise<void> {
    await this.writes.catch(() => undefined);
    await new Promise<void>((resolve, reject) => this.db.close((error) => (error ? reject(error) : resolve())));
  }

  /** Runs `work` inside a transaction, after every earlier write. */
  private write<T>(work: () => Promise<T>): Promise<T> {
    const run = this.writes.then(async () => {
      await this.exec('BEGIN IMMEDIATE');
      try {
        const result = await work();
        await this.exec('COMMIT');
        return result;
      } catch (error) {
        await this.exec('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
    this.writes = run.catch(() => undefined);
    return run;
  }

  /** Inserts articles not in the index; call inside write(). */
  private async insertDocs(articles: Article[]): Promise<void> {
    if (articles.length === 0) return;
    const rows = articles.map(toDocRow).sort((a, b) => a.publishedMs - b.publishedMs);
    // Free slots: the highest rowid already used in each millisecond, in one statement.
    const bases = [...new Set(rows.map((row) => row.publishedMs * SLOTS_PER_MS))];
    const used = await this.all<{ base: number; top: number | null }>(
      `SELECT e.value AS base,
         (SELECT max(rowid) FROM docs WHERE rowid BETWEEN e.value AND e.value + ${SLOTS_PER_MS - 1}) AS top
       FROM json_each(?) AS e`,
      [JSON.stringify(bases)],
    );
    const next = new Map(used.map((row) => [row.base, row.top === null ? row.base : row.top + 1]));
    const parked: DocRow[] = [];
    for (const row of rows) {
      const base = row.publishedMs * SLOTS_PER_MS;
      const doc = next.get(base) ?? base;
      if (doc < base + SLOTS_PER_MS) {
        row.doc = doc;
        next.set(base, doc + 1);
      } else {
        parked.push(row);
      }
    }
    if (parked.length > 0) {
      // Over a thousand articles stamped with one millisecond: park the rest above everything.
      const [{ top }] = await this.all<{ top: number | null }>('SELECT max(rowid) AS top FROM docs');
      let doc = Math.max(top ?? 0, ...rows.map((row) => row.doc));
      for (const row of parked) row.doc = ++doc;
    }
    const batch = JSON.stringify(rows);
    await this.run(
      `INSERT INTO docs (rowid, id, source, topics, json)
       SELECT value ->> '$.doc', value ->> '$.id', value ->> '$.source', value -> '$.topics', value ->> '$.json'
       FROM json_each(?)`,
      [batch],
    );
    await this.run(
      `INSERT INTO fts (rowid, headline, text, filters)
       SELECT value ->> '$.doc', value ->> '$.headline', value ->> '$.text', value ->> '$.filters'
       FROM json_each(?)`,
      [batch],
    );
    await this.run(
      `INSERT OR IGNORE INTO doc_topics (topic, doc)
       SELECT t.value, r.value ->> '$.doc' FROM json_each(?) AS r, json_each(r.value, '$.topics') AS t`,
      [batch],
    );
  }

  /** Deletes documents by rowid from every table; call inside write(). */
  private async deleteDocs(docs: number[]): Promise<void> {
    if (docs.length === 0) return;
    const list = JSON.stringify(docs);
    await this.run(
      `DELETE FROM doc_topics WHERE (topic, doc) IN (
         SELECT t.value, d.rowid FROM docs AS d, json_each(d.topics) AS t
         WHERE d.rowid IN (SELECT value FROM json_each(?1)))`,
      [list],
    );
    await this.run('DELETE FROM fts WHERE rowid IN (SELECT value FROM json_each(?))', [list]);
    await this.run('DELETE FROM docs WHERE rowid IN (SELECT value FROM json_each(?))', [list]);
  }

  private all<T>(sql: string, params: unknown[] | Record<string, unknown> = []): Promise<T[]> {
    return new Promise((resolve, reject) =>
      this.db.all<T>(sql, params, (error, rows) => (error ? reject(error) : resolve(rows))),
    );
  }

  private run(sql: string, params: unknown[] = []): Promise<void> {
    return new Promise((resolve, reject) => this.db.run(sql, params, (error) => (error ? reject(error) : resolve())));
  }

  private exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.db.exec(sql, (error) => (error ? reject(error) : resolve())));
  }
}

// Ranked: bm25 over the newest RANK_WINDOW matches only, then the page's JSON for ~10 rows (joining
// docs before sorting would drag a thousand article bodies through the sorter).
function rankedSql(check: string): string {
  return `
    SELECT d.json FROM (
      SELECT doc, score FROM (
        SELECT fts.rowid AS doc, bm25(fts, 5.0, 1.0, 0.0) AS score
        FROM fts WHERE fts MATCH $match AND fts.rowid >= $since ${check}
        ORDER BY fts.rowid DESC LIMIT $window
      ) ORDER BY score, doc DESC LIMIT $fetch OFFSET $offset
    ) AS page CROSS JOIN docs AS d ON d.rowid = page.doc
    ORDER BY page.score, page.doc DESC`;
}

const TOPIC_NEWEST = `
  SELECT d.json FROM (
    SELECT doc FROM doc_topics WHERE topic = ?1 AND doc >= ?2 ORDER BY doc DESC LIMIT ?3 OFFSET ?4
  ) AS page CROSS JOIN docs AS d ON d.rowid = page.doc
  ORDER BY page.doc DESC`;

const MATCH_NEWEST = `
  SELECT d.json FROM (
    SELECT rowid AS doc FROM fts WHERE fts MATCH ?1 AND rowid >= ?2 ORDER BY rowid DESC LIMIT ?3 OFFSET ?4
  ) AS page CROSS JOIN docs AS d ON d.rowid = page.doc
  ORDER BY page.doc DESC`;

const ALL_NEWEST = `SELECT json FROM docs WHERE rowid >= ?1 ORDER BY rowid DESC LIMIT ?2 OFFSET ?3`;

/** The first rowid published at or after `date`. */
function docFloor(date: Date): number {
  return clampMs(date.getTime()) * SLOTS_PER_MS;
}

function clampMs(ms: number): number {
  return Math.min(Math.max(Math.floor(ms), 0), MAX_PUBLISHED_MS);
}

function toDocRow(article: Article): DocRow {
  const published = [article.published, article.firstSeen].map((value) => Date.parse(value)).find(Number.isFinite);
  const topics = [...new Set(article.topics.map((topic) => topic.trim().toLowerCase()).filter(Boolean))];
  const source = normalizeSource(article.source);
  return {
    doc: 0,
    id: article.id,
    publishedMs: clampMs(published ?? Date.now()),
    source,
    topics,
    headline: article.headline,
    text: article.text,
    filters: [...topics.map(topicToken), ...(source ? [sourceToken(source)] : [])].join(' '),
    json: JSON.stringify(article),
  };
}

/** Sources compare case-insensitively, ignoring outer and repeated whitespace. */
function normalizeSource(source: string): string {
  return source.trim().replace(/\s+/g, ' ').toLowerCase();
}

// One opaque FTS token per topic/source: hex of the name, so any name is one token; it ends in a
// digit so the porter stemmer (which only strips letter suffixes) leaves it intact.
function topicToken(topic: string): string {
  return `t${Buffer.from(topic).toString('hex')}0`;
}

function sourceToken(source: string): string {
  return `s${Buffer.from(source).toString('hex')}0`;
}
