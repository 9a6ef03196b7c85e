// Several processes on one shared store (Redis, PostgreSQL when REDIS_URL / POSTGRES_URL are set),
// each with its own search index: a feed is polled by one of them at a time, and what one stores
// the others' search and story grouping see at their next look (every second in `newsbot run`).
// Each run has its own namespace, cleared after.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTopicTable } from '../src/articles/topics.ts';
import { createPoller } from '../src/feeds/poll-feeds.ts';
import { openStore } from '../src/store/open-store.ts';
import type { NewsStore } from '../src/store/store-types.ts';
import { startFeedServer, type FeedServer } from './fakes/feed-server.ts';
import { article } from './helpers/articles.ts';
import { clearSharedStore } from './helpers/clear-shared-store.ts';
import { aiItems, rss } from './helpers/rss.ts';

const { REDIS_URL, POSTGRES_URL } = process.env;
const backends = [
  { name: 'redis', url: REDIS_URL },
  { name: 'postgres', url: POSTGRES_URL },
];
let server: FeedServer;
const dirs: string[] = [];

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

for (const backend of backends) {
  if (!backend.url) console.warn(`skipping processes on a shared ${backend.name} store: ${backend.name.toUpperCase()}_URL is unset`);
  describe.skipIf(!backend.url)(`processes sharing a ${backend.name} store`, () => {
    /** Stores as separate processes open them: one namespace, an index file each. */
    async function processes(count: number, namespace: string): Promise<NewsStore[]> {
      const dir = mkdtempSync(path.join(tmpdir(), `newsbot-shared-${backend.name}-`));
      dirs.push(dir);
      const stores: NewsStore[] = [];
      for (let i = 0; i < count; i++) {
        stores.push(await openStore({ storeUrl: backend.url, dataDir: dir, namespace, indexPath: path.join(dir, `index-${i}.sqlite`) }));
      }
      return stores;
    }

    it('polls each feed once whichever process is free, not once per process', { timeout: 120_000 }, async () => {
      const namespace = `shared-${randomUUID().slice(0, 8)}`;
      const feeds = Array.from({ length: 6 }, (_, i) => `/${namespace}-${i}.xml`);
      for (const feed of feeds) server.setFeed(feed, rss(feed, aiItems(feed.slice(1, -4), 1)));
      const stores = await processes(3, namespace);
      const pollers = stores.map((store) =>
        createPoller({
          feeds: feeds.map((feed) => ({ url: server.url(feed) })),
          store,
          topics: loadTopicTable(),
          logger: pino({ level: 'silent' }),
          intervalMs: 600_000,
          newFeedAnnounceLimit: 3,
          retentionDays: 3650,
          onNewArticles: async () => {},
          shareFeeds: true,
        }),
      );
      try {
        const polls = () => server.requests.filter((request) => request.path.startsWith(`/${namespace}-`)).length;
        for (const poller of pollers) poller.start();
        for (let waited = 0; polls() < feeds.length && waited < 60_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
        // Time for a second poll to happen, if the leases let one through.
        await new Promise((resolve) => setTimeout(resolve, 2000));
        expect(polls()).toBe(feeds.length);
      } finally {
        for (const poller of pollers) await poller.stop();
        for (const store of stores) await store.close();
        await clearSharedStore(backend.url!, namespace);
      }
    });

    it("finds another process's new stories at its next look, without a full catch-up", async () => {
      const namespace = `shared-${randomUUID().slice(0, 8)}`;
      const [writer, reader] = await processes(2, namespace);
      try {
        await reader!.catchUpRecent();
        await writer!.putArticles([article('fresh1', { headline: 'Tessellate opens a robot lab' }), article('fresh2')]);
        const seen = await reader!.catchUpRecent();
        expect(seen.map((a) => a.id).sort()).toEqual(['fresh1', 'fresh2']);
        expect((await reader!.search({ terms: 'tessellate', limit: 5 })).articles.map((a) => a.id)).toEqual(['fresh1']);
        expect(await reader!.catchUpRecent()).toEqual([]);
      } finally {
        await writer!.close();
        await reader!.close();
        await clearSharedStore(backend.url!, namespace);
      }
    });
  });
}
