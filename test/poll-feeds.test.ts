// The poll loop against a local feed server and a real (in-memory keyv + SQLite index) store.
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../src/articles/article.ts';
import { loadTopicTable } from '../src/articles/topics.ts';
import { createPoller, type PollerOptions } from '../src/feeds/poll-feeds.ts';
import { openStore } from '../src/store/open-store.ts';
import type { NewsStore } from '../src/store/store-types.ts';
import { startFeedServer, type FeedServer } from './fakes/feed-server.ts';
import { aiItems, rss } from './helpers/rss.ts';

const topics = loadTopicTable();
const logger = pino({ level: 'silent' });
const now = new Date('2026-11-20T13:00:00Z');
let server: FeedServer;
let store: NewsStore;
let announced: Article[];

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  store = await openStore({ storeUrl: 'memory:', dataDir: '' });
  announced = [];
  server.requests.length = 0;
});
afterEach(async () => {
  await store.close();
});

function poller(urls: string[], overrides: Partial<PollerOptions> = {}) {
  return createPoller({
    feeds: urls.map((url) => ({ url })),
    store,
    topics,
    logger,
    intervalMs: 600_000,
    newFeedAnnounceLimit: 3,
    retentionDays: 90,
    onNewArticles: async (articles) => void announced.push(...articles),
    now: () => now,
    random: () => 0.5,
    ...overrides,
  });
}

describe('polling', () => {
  it('announces a new feed’s 3 newest items, stores all, and nothing on the next poll (304)', async () => {
    server.setFeed('/a.xml', rss('Feed A', aiItems('a', 10)));
    const first = await poller([server.url('/a.xml')]).pollAll();
    expect(first).toMatchObject({ announced: 3, stored: 10 });
    // Oldest first, so a channel reads top to bottom.
    expect(announced.map((article) => article.headline)).toEqual([
      'a 2: OpenAI ships a new AI model',
      'a 1: OpenAI ships a new AI model',
      'a 0: OpenAI ships a new AI model',
    ]);
    announced = [];
    const second = await poller([server.url('/a.xml')]).pollAll();
    expect(second.outcomes['not-modified']).toBe(1);
    expect(announced).toEqual([]);
    expect(server.requests.at(-1)?.headers['if-none-match']).toBeTruthy();
  });

  it('announces every new item of a known feed, and a changed document only for its new items', async () => {
    server.setFeed('/b.xml', rss('Feed B', aiItems('b', 2)));
    await poller([server.url('/b.xml')]).pollAll();
    announced = [];
    const items = [...aiItems('new', 4, new Date('2026-11-20T12:30:00Z')), ...aiItems('b', 2)];
    server.setFeed('/b.xml', rss('Feed B', items));
    const report = await poller([server.url('/b.xml')]).pollAll();
    expect(report.announced).toBe(4);
    expect(announced.map((article) => article.headline.split(':')[0])).toEqual(['new 3', 'new 2', 'new 1', 'new 0']);
  });

  it('records a failing feed on that feed, backs off, and polls the others', async () => {
    server.setFeed('/good.xml', rss('Good', aiItems('g', 1)));
    server.setBehaviour('/broken.xml', { kind: 'status', status: 500 });
    server.setBehaviour('/limited.xml', { kind: 'status', status: 429, retryAfter: '7200' });
    server.setFeed('/html.xml', '<!doctype html><html><body>Moved</body></html>', { contentType: 'text/html' });
    const urls = ['/broken.xml', '/limited.xml', '/html.xml', '/good.xml'].map((path) => server.url(path));
    const report = await poller(urls).pollAll();
    expect(report.outcomes).toMatchObject({ failed: 3, new: 1 });
    expect(announced).toHaveLength(1);

    const broken = await store.getFeedState(server.url('/broken.xml'));
    expect(broken).toMatchObject({ failures: 1, lastError: 'HTTP 500 Internal Server Error' });
    expect(Date.parse(broken!.nextPollAt!) - now.getTime()).toBe(600_000);
    // Retry-After (2 h) beats the first backoff step (10 min).
    const limited = await store.getFeedState(server.url('/limited.xml'));
    expect(Date.parse(limited!.nextPollAt!) - now.getTime()).toBe(7_200_000);
    expect((await store.getFeedState(server.url('/html.xml')))!.lastError).toMatch(/not a feed/);

    // Backoff doubles with each failure, capped at 6 hours, and never gives up.
    const polling = poller([server.url('/broken.xml')]);
    for (let attempt = 2; attempt <= 12; attempt++) await polling.pollAll();
    const later = await store.getFeedState(server.url('/broken.xml'));
    expect(later!.failures).toBe(12);
    expect(Date.parse(later!.nextPollAt!) - now.getTime()).toBe(6 * 3_600_000);

    // Recovery resets the count.
    server.setBehaviour('/broken.xml', null);
    server.setFeed('/broken.xml', rss('Fixed', aiItems('f', 1)));
    await poller([server.url('/broken.xml')]).pollAll();
    const fixed = await store.getFeedState(server.url('/broken.xml'));
    expect(fixed!.failures).toBe(0);
    expect(fixed!.lastError).toBeUndefined();
  });

  it('stores what it announces so /news finds it', async () => {
    server.setFeed('/c.xml', rss('Feed C', aiItems('c', 2)));
    await poller([server.url('/c.xml')]).pollAll();
    const result = await store.search({ topic: 'openai', limit: 5 });
    expect(result.articles.map((article) => article.headline)).toEqual([
      'c 0: OpenAI ships a new AI model',
      'c 1: OpenAI ships a new AI model',
    ]);
  });
});
