// Digests from several processes on one shared store (Redis, PostgreSQL when REDIS_URL /
// POSTGRES_URL are set): a digest is one delivery keyed by channel + window, leased atomically,
// so two processes due the same window at the same instant post it once on Slack (which, unlike
// Discord's nonce, has no platform-side dedupe), and a process that dies after posting leaves the
// window to another, which finds the post and does not repeat it. Each run has its own namespace.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { webApi } from '@slack/bolt';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DigestSchedule } from '../src/digest/digest-window.ts';
import { outletStanding } from '../src/digest/outlet-standing.ts';
import { createDigestScheduler, digestKey, type DigestEntry } from '../src/digest/schedule-digests.ts';
import { createSlackTransport } from '../src/platforms/slack/slack-transport.ts';
import { createBotRecords } from '../src/store/bot-records.ts';
import { openStore } from '../src/store/open-store.ts';
import type { NewsStore } from '../src/store/store-types.ts';
import { startFakeSlack, type FakeSlack } from './fakes/fake-slack.ts';
import { article } from './helpers/articles.ts';
import { clearSharedStore } from './helpers/clear-shared-store.ts';

const { REDIS_URL, POSTGRES_URL } = process.env;
const SCHEDULE: DigestSchedule = { every: 'daily', at: '09:00', tz: 'UTC', size: 5, since: '2026-12-01T00:00:00Z' };
/** A minute after the 2 December window was due. */
const DUE = new Date('2026-12-02T09:01:00Z');

let fake: FakeSlack;
const dirs: string[] = [];
beforeAll(async () => {
  // Any channel id exists; each test posts to its own (Slack allows about one post a second per channel).
  fake = await startFakeSlack();
});
afterAll(async () => {
  await fake?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

for (const backend of [
  { name: 'redis', url: REDIS_URL },
  { name: 'postgres', url: POSTGRES_URL },
]) {
  if (!backend.url) console.warn(`skipping digests on a shared ${backend.name} store: ${backend.name.toUpperCase()}_URL is unset`);
  describe.skipIf(!backend.url)(`digests from processes sharing a ${backend.name} store`, () => {
    let namespace: string;
    let channel: string;
    let key: string;
    let stores: NewsStore[] = [];
    afterEach(async () => {
      for (const store of stores) await store.close();
      stores = [];
      await clearSharedStore(backend.url!, namespace);
    });

    /** Two "processes": their own store connection and search index, their own Slack client. */
    async function processes(): Promise<NewsStore[]> {
      namespace = `digest-${randomUUID().slice(0, 8)}`;
      channel = `C0${namespace.slice(-8).toUpperCase()}`;
      key = digestKey('slack', { channelId: channel }, 'daily:2026-12-02');
      const dir = mkdtempSync(path.join(tmpdir(), `newsbot-digest-${backend.name}-`));
      dirs.push(dir);
      for (let i = 0; i < 2; i++) stores.push(await openStore({ storeUrl: backend.url, dataDir: dir, namespace, indexPath: path.join(dir, `index-${i}.sqlite`) }));
      // The catch-ups each store starts when it opens finish first: a call while one runs joins it, and
      // one that began before the articles below were stored may have scanned past them.
      for (const store of stores) await store.catchUp();
      await createBotRecords(stores[0]!).setChannel({ platform: 'slack', channelId: channel, serverId: 'T1', topics: ['ai'], setBy: 'test', setAt: SCHEDULE.since!, digest: SCHEDULE });
      await stores[0]!.putArticles([
        article(`${namespace}-a`, { headline: 'Told by two outlets', story: `${namespace}-s1`, source: 'Reuters', published: '2026-12-02T07:00:00Z' }),
        article(`${namespace}-b`, { headline: 'Told by two outlets, again', story: `${namespace}-s1`, source: 'Wired', published: '2026-12-02T07:30:00Z' }),
        article(`${namespace}-c`, { headline: 'Told by one outlet', story: `${namespace}-s2`, source: 'Example News', published: '2026-12-02T08:00:00Z' }),
      ]);
      await stores[1]!.catchUp();
      return stores;
    }

    function scheduler(store: NewsStore, now: () => Date) {
      const client = new webApi.WebClient('xoxb-test', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
      return createDigestScheduler({
        store,
        records: createBotRecords(store),
        transports: [createSlackTransport(client)],
        logger: pino({ level: 'silent' }),
        standing: outletStanding(),
        now,
      });
    }

    const digestsIn = (id: string) => fake.messages(id).filter((message) => JSON.stringify(message.blocks).includes('AI news — Wednesday 2 December'));

    it('two processes due the same window at the same instant post one digest', { timeout: 30_000 }, async () => {
      const [a, b] = await processes();
      // Slack answering slowly widens the window in which both could have posted.
      fake.delay('chat.postMessage', 300);
      await Promise.all([scheduler(a!, () => DUE).runDue(), scheduler(b!, () => DUE).runDue()]);
      fake.delay('chat.postMessage', 0);
      const posted = digestsIn(channel);
      expect(posted).toHaveLength(1);
      expect(JSON.stringify(posted[0]!.blocks)).toContain('1. <https://news.example/');
      expect((await a!.getRecord<DigestEntry>(key))?.state).toBe('sent');
      // Later looks by either process change nothing.
      await Promise.all([scheduler(a!, () => DUE).runDue(), scheduler(b!, () => DUE).runDue()]);
      expect(digestsIn(channel)).toHaveLength(1);
    });

    it('a process killed after posting leaves the window to another, which finds the post after the lease and does not repeat it', { timeout: 30_000 }, async () => {
      const [a, b] = await processes();
      // Process a posts, then dies before it records "sent" (every write of "sent" fails).
      const dying: NewsStore = Object.create(a!, {
        setRecord: {
          value: async (key: string, value: unknown) => {
            if (key === key && (value as DigestEntry).state === 'sent') throw new Error('killed');
            return a!.setRecord(key, value);
          },
        },
      });
      await expect(scheduler(dying, () => DUE).runDue()).rejects.toThrow('killed');
      expect(digestsIn(channel)).toHaveLength(1);
      // Within a's lease, b leaves the window alone; after it, b takes it over.
      await scheduler(b!, () => new Date(DUE.getTime() + 30_000)).runDue();
      expect((await b!.getRecord<DigestEntry>(key))?.state).toBe('pending');
      await scheduler(b!, () => new Date(DUE.getTime() + 61_000)).runDue();
      expect((await b!.getRecord<DigestEntry>(key))?.state).toBe('sent');
      expect(digestsIn(channel)).toHaveLength(1);
    });
  });
}
