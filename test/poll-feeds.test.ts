// The poll loop against a local feed server and a real (in-memory keyv + SQLite index) store.
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../src/articles/article.ts';
import { loadTopicTable } from '../src/articles/topics.ts';
import { createPoller, describePollReport, type PollerOptions } from '../src/feeds/poll-feeds.ts';
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

  it('skips items older than RETENTION_DAYS without marking them seen: a longer retention stores them later', async () => {
    const old = aiItems('old', 3, new Date('2025-01-10T12:00:00Z'));
    server.setFeed('/old.xml', rss('Old', [...aiItems('recent', 1), ...old].sort(() => Math.random() - 0.5)));
    const first = await poller([server.url('/old.xml')]).pollAll();
    expect(first).toMatchObject({ stored: 1, tooOld: 3 });
    expect(describePollReport(first)).toBe('polled 1 feed: 1 new story, 0 unchanged, 3 too old (RETENTION_DAYS), 0 failed');

    // The same document again (a changed ETag), now with a retention that covers the old items.
    server.setFeed('/old.xml', rss('Old ', [...aiItems('recent', 1), ...old]));
    const longer = await poller([server.url('/old.xml')], { retentionDays: 3650 }).pollAll();
    expect(longer).toMatchObject({ stored: 3, tooOld: 0 });
    expect((await store.search({ topic: 'openai', limit: 10 })).articles).toHaveLength(4);
  });

  it('logs one line per cycle, and one line instead of many when every feed failed', async () => {
    const lines: { level: number; msg: string }[] = [];
    const capture = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    server.setBehaviour('/x1.xml', { kind: 'status', status: 503 });
    server.setBehaviour('/x2.xml', { kind: 'status', status: 503 });
    const report = await poller(['/x1.xml', '/x2.xml'].map((path) => server.url(path)), { logger: capture }).pollAll();
    expect(report.outcomes.failed).toBe(2);
    expect(lines.map((line) => line.msg)).toEqual([
      `polled 2 feeds: 0 new stories, 0 unchanged, 2 failed. No feed could be read; offline? See the README's "Offline" section (npm run demo works without a network).`,
    ]);
    expect(lines[0]).toMatchObject({ level: 40, reasons: ['HTTP 503 Service Unavailable (2×)'] });

    lines.length = 0;
    server.setFeed('/ok.xml', rss('Ok', aiItems('ok', 1)));
    server.setBehaviour('/x3.xml', { kind: 'status', status: 503 });
    await poller([server.url('/ok.xml'), server.url('/x3.xml')], { logger: capture }).pollAll();
    expect(lines.map((line) => line.msg)).toEqual([
      expect.stringMatching(/^feed failed: HTTP 503/),
      'polled 2 feeds: 1 new story, 0 unchanged, 1 failed',
    ]);
  });
});
