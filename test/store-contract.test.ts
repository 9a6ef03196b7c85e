// One contract for the NewsStore, run against every backend: memory, a SQLite file, and Redis /
// PostgreSQL when REDIS_URL / POSTGRES_URL are set. Each test opens stores in its own space (temp
// dir + unique namespace), so runs in parallel never see each other's data.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import Keyv from 'keyv';
import KeyvPostgres from '@keyv/postgres';
import KeyvRedis from '@keyv/redis';
import type { Article } from '../src/articles/article.ts';
import { openStore, StoreUrlError } from '../src/store/open-store.ts';
import { seededRandom } from './helpers/seeded-random.ts';
import type { NewsStore } from '../src/store/store-types.ts';

const DAY = 24 * 60 * 60 * 1000;

interface Space {
  dataDir: string;
  namespace: string;
}

interface Backend {
  name: string;
  /** Why the backend is skipped, when it is. */
  skip?: string;
  /** Data outlives close(). */
  persistent: boolean;
  /** Several processes may share it (each with its own search index). */
  shared: boolean;
  open(space: Space, options?: { indexPath?: string }): Promise<NewsStore>;
  /** Deletes what a run left in a shared server. */
  clear?(namespace: string): Promise<void>;
}

const { REDIS_URL, POSTGRES_URL } = process.env;

const backends: Backend[] = [
  {
    name: 'memory',
    persistent: false,
    shared: false,
    open: (space) => openStore({ storeUrl: 'memory:', dataDir: space.dataDir, namespace: space.namespace }),
  },
  {
    name: 'sqlite',
    persistent: true,
    shared: false,
    open: (space) => openStore({ dataDir: space.dataDir, namespace: space.namespace }),
  },
  {
    name: 'redis',
    skip: REDIS_URL ? undefined : 'REDIS_URL is unset',
    persistent: true,
    shared: true,
    open: (space, options) =>
      openStore({ storeUrl: REDIS_URL, dataDir: space.dataDir, namespace: space.namespace, ...options }),
    async clear(namespace) {
      const keyv = new Keyv({ store: new KeyvRedis(REDIS_URL), namespace, useKeyPrefix: false });
      await keyv.clear();
      await keyv.disconnect();
    },
  },
  {
    name: 'postgres',
    skip: POSTGRES_URL ? undefined : 'POSTGRES_URL is unset',
    persistent: true,
    shared: true,
    open: (space, options) =>
      openStore({ storeUrl: POSTGRES_URL, dataDir: space.dataDir, namespace: space.namespace, ...options }),
    async clear(namespace) {
      const postgres = new KeyvPostgres({ uri: POSTGRES_URL });
      const keyv = new Keyv({ store: postgres, namespace });
      await keyv.clear();
      // The sorted sets live in their own table (see sorted-sets.ts), each name under the namespace.
      await postgres.query(`DELETE FROM newsbot_sets WHERE name LIKE $1`, [`${namespace}:%`]).catch(() => undefined);
      await keyv.disconnect();
    },
  },
];

for (const backend of backends) {
  if (backend.skip) console.warn(`skipping the ${backend.name} store contract: ${backend.skip}`);
  describe.skipIf(Boolean(backend.skip))(`NewsStore contract: ${backend.name}`, () => storeContract(backend));
}

function storeContract(backend: Backend): void {
  const spaces: Space[] = [];
  const open: NewsStore[] = [];

  /** A fresh temp dir and namespace: nothing from other tests or runs. */
  function newSpace(): Space {
    const space = {
      dataDir: mkdtempSync(path.join(tmpdir(), `newsbot-store-${backend.name}-`)),
      namespace: `test-${randomUUID().slice(0, 8)}`,
    };
    spaces.push(space);
    return space;
  }

  async function openIn(space: Space, options?: { indexPath?: string }): Promise<NewsStore> {
    const store = await backend.open(space, options);
    open.push(store);
    return store;
  }

  async function close(store: NewsStore): Promise<void> {
    open.splice(open.indexOf(store), 1);
    await store.close();
  }

  async function fresh(articles: Article[] = []): Promise<NewsStore> {
    const store = await openIn(newSpace());
    await store.putArticles(articles);
    return store;
  }

  afterEach(async () => {
    for (const store of open.splice(0)) await store.close();
  });

  afterAll(async () => {
    for (const space of spaces) {
      await backend.clear?.(space.namespace);
      rmSync(space.dataDir, { recursive: true, force: true });
    }
  });

  it('stores and gets an article, its image included (by id and through search)', async () => {
    const article = makeArticle({ id: 'a1', quote: { text: 'We ship today.', speaker: 'Jane Doe' }, image: 'https://img.example/a1.jpg' });
    const store = await fresh([article]);
    expect(await store.getArticle('a1')).toEqual(article);
    expect((await store.search({ limit: 10 })).articles).toEqual([article]);
    expect(await store.getArticle('missing')).toBeUndefined();
  });

  it('replaces an article stored twice under one id', async () => {
    const store = await fresh([makeArticle({ id: 'a1', headline: 'Old headline about robots' })]);
    await store.putArticles([makeArticle({ id: 'a1', headline: 'New headline about rockets' })]);
    expect((await store.getArticle('a1'))?.headline).toBe('New headline about rockets');
    expect(await ids(store.search({ terms: 'robots', limit: 10 }))).toEqual([]);
    expect(await ids(store.search({ terms: 'rockets', limit: 10 }))).toEqual(['a1']);
    expect(await ids(store.search({ limit: 10 }))).toEqual(['a1']);
  });

  it('keeps long ids (URLs) apart', async () => {
    const long = `https://example.com/${'x'.repeat(400)}`;
    const store = await fresh([makeArticle({ id: `${long}/1` }), makeArticle({ id: `${long}/2`, headline: 'Second' })]);
    expect((await store.getArticle(`${long}/2`))?.headline).toBe('Second');
    await store.markSeen([`${long}/1`]);
    expect(await store.seenIds([`${long}/1`, `${long}/2`])).toEqual(new Set([`${long}/1`]));
  });

  it('finds a topic newest first', async () => {
    const store = await fresh([
      makeArticle({ id: 'old', topics: ['ai', 'policy'], published: daysAgo(3) }),
      makeArticle({ id: 'new', topics: ['ai'], published: daysAgo(1) }),
      makeArticle({ id: 'mid', topics: ['policy'], published: daysAgo(2) }),
      makeArticle({ id: 'other', topics: ['chips'], published: daysAgo(0) }),
    ]);
    expect(await ids(store.search({ topic: 'policy', limit: 10 }))).toEqual(['mid', 'old']);
    expect(await ids(store.search({ topic: 'ai', limit: 10 }))).toEqual(['new', 'old']);
    expect(await ids(store.search({ limit: 10 }))).toEqual(['other', 'new', 'mid', 'old']);
    expect(await ids(store.search({ topic: 'robotics', limit: 10 }))).toEqual([]);
    expect(await store.countByTopic()).toEqual({ ai: 2, policy: 2, chips: 1 });
  });

  it('ranks a headline match above a text match', async () => {
    const store = await fresh([
      makeArticle({ id: 'in-text', headline: 'Markets close higher', text: 'Analysts mentioned llama briefly.', published: daysAgo(0) }),
      makeArticle({ id: 'in-headline', headline: 'Meta releases Llama 4', published: daysAgo(5) }),
      makeArticle({ id: 'unrelated', headline: 'Chip exports tighten', published: daysAgo(1) }),
    ]);
    expect(await ids(store.search({ terms: 'llama', limit: 10 }))).toEqual(['in-headline', 'in-text']);
    // Every word must match; case, punctuation and plural forms do not matter.
    expect(await ids(store.search({ terms: 'META llamas!', limit: 10 }))).toEqual(['in-headline']);
    expect(await ids(store.search({ terms: 'llama exports', limit: 10 }))).toEqual([]);
    expect(await ids(store.search({ topic: 'ai', terms: 'llama', limit: 10 }))).toEqual(['in-headline', 'in-text']);
    expect(await ids(store.search({ topic: 'chips', terms: 'llama', limit: 10 }))).toEqual([]);
  });

  it('matches a hyphenated term as a phrase', async () => {
    const store = await fresh([
      makeArticle({ id: 'gpt5', headline: 'OpenAI launches GPT-5' }),
      makeArticle({ id: 'split', headline: 'GPT wrappers raise 5 million' }),
    ]);
    expect(await ids(store.search({ terms: 'gpt-5', limit: 10 }))).toEqual(['gpt5']);
  });

  it('filters by since', async () => {
    const store = await fresh([
      makeArticle({ id: 'week-old', headline: 'Robot news', published: daysAgo(7) }),
      makeArticle({ id: 'yesterday', headline: 'Robot news again', published: daysAgo(1) }),
    ]);
    const since = new Date(Date.now() - 3 * DAY);
    expect(await ids(store.search({ since, limit: 10 }))).toEqual(['yesterday']);
    expect(await ids(store.search({ topic: 'ai', since, limit: 10 }))).toEqual(['yesterday']);
    expect(await ids(store.search({ terms: 'robot', since, limit: 10 }))).toEqual(['yesterday']);
    expect(await ids(store.search({ since: new Date(), limit: 10 }))).toEqual([]);
  });

  it('filters by source, ignoring case', async () => {
    const store = await fresh([
      makeArticle({ id: 'tc', source: 'TechCrunch', published: daysAgo(1) }),
      makeArticle({ id: 'yf', source: 'Yahoo Finance', published: daysAgo(2) }),
      makeArticle({ id: 'tc-chips', source: 'TechCrunch', topics: ['chips'], headline: 'Nvidia chips', published: daysAgo(3) }),
    ]);
    expect(await ids(store.search({ source: 'techcrunch', limit: 10 }))).toEqual(['tc', 'tc-chips']);
    expect(await ids(store.search({ source: ' yahoo  FINANCE ', limit: 10 }))).toEqual(['yf']);
    expect(await ids(store.search({ source: 'Tech', limit: 10 }))).toEqual([]);
    expect(await ids(store.search({ source: 'TechCrunch', topic: 'chips', limit: 10 }))).toEqual(['tc-chips']);
    expect(await ids(store.search({ source: 'TechCrunch', terms: 'nvidia', limit: 10 }))).toEqual(['tc-chips']);
  });

  it('pages with limit, offset and hasMore', async () => {
    const articles = Array.from({ length: 7 }, (_, i) =>
      makeArticle({ id: `p${i}`, headline: `Agents update ${i}`, published: daysAgo(i) }),
    );
    const store = await fresh(articles);
    const page = (offset: number, terms?: string) => store.search({ topic: 'ai', terms, limit: 3, offset });
    for (const terms of [undefined, 'agents']) {
      const first = await page(0, terms);
      const second = await page(3, terms);
      const last = await page(6, terms);
      expect([first.hasMore, second.hasMore, last.hasMore]).toEqual([true, true, false]);
      expect([first, second, last].map((result) => result.articles.length)).toEqual([3, 3, 1]);
      const seen = [first, second, last].flatMap((result) => result.articles.map((article) => article.id));
      expect(new Set(seen).size).toBe(7);
      if (!terms) expect(seen).toEqual(articles.map((article) => article.id));
      expect(await page(7, terms)).toEqual({ articles: [], hasMore: false });
    }
  });

  it('treats hostile terms as plain words and never throws', async () => {
    const store = await fresh([makeArticle({ id: 'q', headline: 'Quantum chips near breakthrough' })]);
    const hostile = [
      '"', '""', '"quantum', 'quantum"', '*', 'quant*', 'NEAR(', 'NEAR(quantum chips)', 'AND', 'OR', 'NOT',
      'quantum AND', 'AND quantum', '(', ')', '(quantum', 'headline:quantum', '{headline}: x', '^quantum',
      '-', '+', ':', "'; DROP TABLE docs; --", '\u0000', '🙂', 'x'.repeat(10_000), 'a '.repeat(5_000),
      '"'.repeat(10_000),
    ];
    for (const terms of hostile) {
      const result = await store.search({ terms, limit: 5 });
      expect(Array.isArray(result.articles)).toBe(true);
    }
    // The words in them still count, as words.
    expect(await ids(store.search({ terms: '"quantum', limit: 5 }))).toEqual(['q']);
    expect(await ids(store.search({ terms: 'NEAR(quantum chips)', limit: 5 }))).toEqual(['q']);
    expect(await ids(store.search({ terms: 'quantum AND', limit: 5 }))).toEqual([]);
    // Nothing but punctuation is no terms at all: newest first.
    expect(await ids(store.search({ terms: '"*()', limit: 5 }))).toEqual(['q']);
  });

  it('remembers seen ids', async () => {
    const space = newSpace();
    let store = await openIn(space);
    expect(await store.seenIds([])).toEqual(new Set());
    await store.markSeen(['s1', 's2', 's1']);
    expect(await store.seenIds(['s1', 's2', 's3'])).toEqual(new Set(['s1', 's2']));
    if (!backend.persistent) return;
    await close(store);
    store = await openIn(space);
    expect(await store.seenIds(['s1', 's2', 's3'])).toEqual(new Set(['s1', 's2']));
  });

  it('round-trips feed state', async () => {
    const store = await fresh();
    const state = {
      url: 'https://example.com/feed.xml',
      etag: '"abc"',
      lastModified: 'Wed, 21 Oct 2015 07:28:00 GMT',
      failures: 2,
      nextPollAt: new Date().toISOString(),
      lastError: 'HTTP 503',
      itemCount: 20,
    };
    expect(await store.getFeedState(state.url)).toBeUndefined();
    await store.setFeedState(state);
    expect(await store.getFeedState(state.url)).toEqual(state);
    await store.setFeedState({ url: state.url, failures: 0 });
    expect(await store.getFeedState(state.url)).toEqual({ url: state.url, failures: 0 });
  });

  it('round-trips and deletes records', async () => {
    const store = await fresh();
    const value = { channel: 'C1', topics: ['ai', 'policy'], nested: { on: true, at: null } };
    await store.setRecord('sub:C1', value);
    expect(await store.getRecord('sub:C1')).toEqual(value);
    await store.setRecord('sub:C1', { channel: 'C1', topics: [] });
    expect(await store.getRecord('sub:C1')).toEqual({ channel: 'C1', topics: [] });
    await store.deleteRecord('sub:C1');
    expect(await store.getRecord('sub:C1')).toBeUndefined();
    await store.deleteRecord('never-set');
  });

  it('reads and writes several records at once', async () => {
    const store = await fresh();
    await store.setRecords([
      { key: 'r:1', value: { n: 1 } },
      { key: 'r:2', value: { n: 2 } },
    ]);
    expect(await store.getRecords(['r:2', 'missing', 'r:1'])).toEqual([{ n: 2 }, undefined, { n: 1 }]);
  });

  it('replaces a record only if it still holds what was read (compare-and-set), created only if absent', async () => {
    const store = await fresh();
    const read = { state: 'pending', outlets: ['A'], at: null, long: 'x'.repeat(300) };
    await store.setRecord('entry:1', read);
    // Changed meanwhile (another process added an outlet): a swap from the old read fails.
    await store.setRecord('entry:1', { ...read, outlets: ['A', 'B'] });
    expect(await store.swapRecords([{ key: 'entry:1', expected: read, value: { ...read, state: 'sent' } }])).toEqual([false]);
    expect(await store.getRecord('entry:1')).toEqual({ ...read, outlets: ['A', 'B'] });
    // Read again, then swapped: one entry replaced, one created, one not created (there already).
    const again = (await store.getRecord<typeof read>('entry:1'))!;
    const longKey = `entry:${'k'.repeat(200)}`;
    await store.setRecord('entry:3', read);
    expect(
      await store.swapRecords([
        { key: 'entry:1', expected: again, value: { ...again, state: 'sent' } },
        { key: longKey, expected: undefined, value: { ...read, state: 'new' } },
        { key: 'entry:3', expected: undefined, value: { ...read, state: 'clobbered' } },
      ]),
    ).toEqual([true, true, false]);
    expect(await store.getRecord('entry:3')).toEqual(read);
    expect(await store.getRecords(['entry:1', longKey])).toEqual([{ ...again, state: 'sent' }, { ...read, state: 'new' }]);
  });

  it.skipIf(!backend.shared)('of two processes swapping one record from the same read, exactly one wins', async () => {
    const space = newSpace();
    const [one, two] = [await openIn(space, { indexPath: path.join(space.dataDir, 'one.sqlite') }), await openIn(space, { indexPath: path.join(space.dataDir, 'two.sqlite') })];
    await one.setRecord('entry:2', { n: 0 });
    const read = (await two.getRecord<{ n: number }>('entry:2'))!;
    const swaps = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? one : two).swapRecords([{ key: 'entry:2', expected: read, value: { n: i + 1 } }])));
    expect(swaps.flat().filter(Boolean)).toHaveLength(1);
  });

  it('keeps sorted sets member by member: scores, ranges, removals', async () => {
    const store = await fresh();
    const members = shuffled(['c', 'a', 'e', 'b', 'd']).map((member) => ({ set: 'due', member, score: member === 'e' ? 5 : 1 }));
    await store.sets.add([...members, { set: 'other', member: 'x', score: 0 }]);
    expect(await store.sets.range('due', Infinity, 10)).toEqual(['a', 'b', 'c', 'd', 'e'].map((member) => ({ member, score: member === 'e' ? 5 : 1 })));
    await store.sets.add([{ set: 'due', member: 'a', score: 9 }]);
    expect((await store.sets.range('due', 4, 2)).map((row) => row.member)).toEqual(['b', 'c']);
    await store.sets.remove([{ set: 'due', member: 'b' }, { set: 'due', member: 'never' }]);
    expect((await store.sets.range('due', Infinity, 10)).map((row) => row.member)).toEqual(['c', 'd', 'e', 'a']);
    expect(await store.sets.range('other', Infinity, 10)).toEqual([{ member: 'x', score: 0 }]);
    expect(await store.sets.range('empty', Infinity, 10)).toEqual([]);
    expect((await store.sets.range('due', Infinity, 10, 5)).map((row) => row.member)).toEqual(['e', 'a']);
    await store.sets.add([{ set: 'due', member: 'e', score: 0 }, { set: 'due', member: 'f', score: 7 }], { onlyNew: true });
    expect((await store.sets.range('due', Infinity, 10, 5)).map((row) => row.member)).toEqual(['e', 'f', 'a']);
    await store.sets.remove([{ set: 'due', member: 'f' }]);
    // A claim takes a due member once and moves it to the lease's end.
    expect(await store.sets.claim('due', 'c', 1, 100)).toBe(true);
    expect(await store.sets.claim('due', 'c', 1, 200)).toBe(false);
    expect(await store.sets.claim('due', 'missing', 1, 100)).toBe(false);
    expect((await store.sets.range('due', Infinity, 10)).map((row) => [row.member, row.score])).toEqual([['d', 1], ['e', 5], ['a', 9], ['c', 100]]);
  });

  it.skipIf(!backend.shared)('loses no member when two processes add to one set at once; one of them wins a claim', async () => {
    const space = newSpace();
    const [one, two] = [await openIn(space, { indexPath: path.join(space.dataDir, 'one.sqlite') }), await openIn(space, { indexPath: path.join(space.dataDir, 'two.sqlite') })];
    const adds = Array.from({ length: 40 }, (_, i) => (i % 2 ? one : two).sets.add([{ set: 'pending', member: `m${i}`, score: i }]));
    await Promise.all(adds);
    expect((await one.sets.range('pending', Infinity, 100)).length).toBe(40);
    const claims = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? one : two).sets.claim('pending', 'm7', 100, 1000)));
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it('prunes old articles from search and get, but keeps them seen', async () => {
    const store = await fresh([
      makeArticle({ id: 'ancient', headline: 'Old robot story', topics: ['ai', 'robotics'], published: daysAgo(100) }),
      makeArticle({ id: 'recent', headline: 'New robot story', topics: ['ai'], published: daysAgo(1) }),
    ]);
    expect(await store.prune(new Date(Date.now() - 30 * DAY))).toBe(1);
    expect(await store.getArticle('ancient')).toBeUndefined();
    expect(await store.getArticle('recent')).toBeDefined();
    expect(await ids(store.search({ terms: 'robot', limit: 10 }))).toEqual(['recent']);
    expect(await ids(store.search({ topic: 'robotics', limit: 10 }))).toEqual([]);
    expect(await store.countByTopic()).toEqual({ ai: 1 });
    expect(await store.seenIds(['ancient', 'recent'])).toEqual(new Set(['ancient']));
    expect(await store.prune(new Date(Date.now() - 30 * DAY))).toBe(0);
  });

  it.skipIf(backend.name !== 'sqlite')('reopens with everything, the index answering at once', async () => {
    const space = newSpace();
    let store = await openIn(space);
    await store.putArticles([
      makeArticle({ id: 'r1', headline: 'Robots learn to fold laundry', published: daysAgo(2) }),
      makeArticle({ id: 'r2', headline: 'Chip exports', topics: ['chips'], published: daysAgo(1) }),
    ]);
    await store.markSeen(['r1', 'r2']);
    await store.setFeedState({ url: 'https://example.com/a.xml', failures: 1 });
    await store.setRecord('autopost:C1', { topics: ['ai'] });
    await close(store);

    store = await openIn(space);
    expect(await ids(store.search({ terms: 'laundry', limit: 5 }))).toEqual(['r1']);
    expect(await ids(store.search({ limit: 5 }))).toEqual(['r2', 'r1']);
    expect(await store.getArticle('r2')).toMatchObject({ headline: 'Chip exports' });
    expect(await store.seenIds(['r1', 'r2', 'r3'])).toEqual(new Set(['r1', 'r2']));
    expect(await store.getFeedState('https://example.com/a.xml')).toEqual({ url: 'https://example.com/a.xml', failures: 1 });
    expect(await store.getRecord('autopost:C1')).toEqual({ topics: ['ai'] });
    expect(await store.countByTopic()).toEqual({ ai: 1, chips: 1 });
  });

  it.skipIf(backend.name !== 'sqlite')('rebuilds a lost search index from keyv', async () => {
    const space = newSpace();
    let store = await openIn(space);
    await store.putArticles([makeArticle({ id: 'k1', headline: 'Kept in keyv' })]);
    await close(store);
    rmSync(path.join(space.dataDir, 'search-index.sqlite'));
    store = await openIn(space);
    await store.catchUp();
    expect(await ids(store.search({ terms: 'keyv', limit: 5 }))).toEqual(['k1']);
  });

  it.skipIf(!backend.shared)("makes a second process's articles searchable after catch-up", async () => {
    const space = newSpace();
    const writer = await openIn(space, { indexPath: path.join(space.dataDir, 'writer-index.sqlite') });
    await writer.putArticles([
      makeArticle({ id: 'w1', headline: 'Writer stored this about drones', published: daysAgo(2) }),
      makeArticle({ id: 'w2', headline: 'And this about drones too', topics: ['robotics'], published: daysAgo(1) }),
    ]);
    const reader = await openIn(space, { indexPath: path.join(space.dataDir, 'reader-index.sqlite') });
    await reader.catchUp(); // joins the run openStore started in the background
    expect(await ids(reader.search({ terms: 'drones', limit: 5 }))).toEqual(expect.arrayContaining(['w1', 'w2']));
    expect(await ids(reader.search({ topic: 'robotics', limit: 5 }))).toEqual(['w2']);

    // Later writes arrive with the next catch-up; present articles are left alone.
    await writer.putArticles([makeArticle({ id: 'w3', headline: 'Drones again', published: daysAgo(0) })]);
    expect(await ids(reader.search({ terms: 'drones', limit: 5 }))).not.toContain('w3');
    expect(await reader.catchUp()).toBe(1);
    expect(await ids(reader.search({ terms: 'drones', limit: 5 }))).toContain('w3');
    expect(await reader.getArticle('w1')).toMatchObject({ id: 'w1' });
  });
}

describe('openStore', () => {
  it('names STORE_URL and the accepted forms for an unsupported scheme', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'newsbot-store-url-'));
    try {
      const failure = openStore({ storeUrl: 'mysql://user:secret@localhost/db', dataDir });
      await expect(failure).rejects.toBeInstanceOf(StoreUrlError);
      await expect(failure).rejects.toThrow(/STORE_URL .*sqlite:\/\/.*memory:.*redis:\/\/.*postgres:\/\//);
      await expect(failure).rejects.not.toThrow(/secret/);
      await expect(openStore({ storeUrl: 'not a url', dataDir })).rejects.toBeInstanceOf(StoreUrlError);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('opens sqlite://path and creates its directory', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'newsbot-store-url-'));
    try {
      const file = path.join(dataDir, 'nested', 'dir', 'custom.sqlite');
      const store = await openStore({ storeUrl: `sqlite://${file}`, dataDir: path.join(dataDir, 'data') });
      await store.setRecord('x', 1);
      await store.close();
      const reopened = await openStore({ storeUrl: `sqlite://${file}`, dataDir: path.join(dataDir, 'data') });
      expect(await reopened.getRecord('x')).toBe(1);
      await reopened.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

function shuffled<T>(items: T[]): T[] {
  const random = seededRandom(items.length);
  return items
    .map((item) => ({ item, order: random() }))
    .sort((a, b) => a.order - b.order)
    .map(({ item }) => item);
}

async function ids(result: Promise<{ articles: Article[] }>): Promise<string[]> {
  return (await result).articles.map((article) => article.id);
}

function daysAgo(days: number): string {
  return new Date(Date.now() - days * DAY).toISOString();
}

function makeArticle(fields: Partial<Article> & { id: string }): Article {
  const published = fields.published ?? daysAgo(0);
  return {
    feedUrl: 'https://example.com/feed.xml',
    url: `https://example.com/${encodeURIComponent(fields.id)}`,
    headline: 'A headline',
    source: 'Example News',
    published,
    firstSeen: published,
    quote: null,
    summary: 'What happened, in a sentence.',
    topics: ['ai'],
    story: fields.id,
    text: 'Body text of the article.',
    ...fields,
  };
}
