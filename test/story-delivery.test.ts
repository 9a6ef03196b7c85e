// One story across outlets, end to end: two feeds tell the same event in their own words; the
// second article joins the first one's story, and the channel gets one post, edited to name both.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../src/articles/article.ts';
import { loadTopicTable } from '../src/articles/topics.ts';
import type { ChatTransport, StoryPost } from '../src/delivery/chat-transport.ts';
import { createDelivery } from '../src/delivery/deliver-stories.ts';
import { createPoller } from '../src/feeds/poll-feeds.ts';
import { createBotRecords } from '../src/store/bot-records.ts';
import { openStore } from '../src/store/open-store.ts';
import type { NewsStore } from '../src/store/store-types.ts';
import { startFeedServer, type FeedServer } from './fakes/feed-server.ts';

let server: FeedServer;
let store: NewsStore;
const logger = pino({ level: 'silent' });

beforeAll(async () => {
  server = await startFeedServer();
  store = await openStore({ storeUrl: 'memory:', dataDir: '' });
});
afterAll(async () => {
  await store.close();
  await server.close();
});

function feed(site: string, title: string, link: string, description: string): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${site}</title><link>https://${site}/</link>
<item><title>${title}</title><link>${link}</link><guid>${link}</guid><pubDate>Tue, 17 Nov 2026 15:00:00 GMT</pubDate>
<description>${description}</description></item></channel></rss>`;
}

/** A poller of one fixture feed that hands what it stores to `delivery`. */
function pollerOf(into: NewsStore, path: string, delivery: ReturnType<typeof createDelivery>) {
  return createPoller({
    feeds: [{ url: server.url(path) }],
    store: into,
    topics: loadTopicTable(),
    logger,
    intervalMs: 600_000,
    newFeedAnnounceLimit: 3,
    retentionDays: 3650,
    onNewArticles: (articles: Article[]) => delivery.enqueue(articles),
  });
}

describe('the same story from two outlets', () => {
  it('shares one story id, is posted once and the post is edited to list the second outlet', async () => {
    server.setFeed(
      '/techcrunch.xml',
      feed(
        'techcrunch.com',
        'Anthropic raises $13 billion at a $183 billion valuation',
        'https://techcrunch.com/2026/11/17/anthropic-raises-13-billion/',
        'Anthropic closed a $13 billion funding round led by Iconiq, valuing the Claude maker at $183 billion, the company said on Tuesday.',
      ),
    );
    server.setFeed(
      '/verge.xml',
      feed(
        'theverge.com',
        'Claude maker Anthropic is now worth $183 billion after new $13 billion round',
        'https://www.theverge.com/2026/11/17/anthropic-funding-183-billion',
        'Iconiq led the $13 billion investment in Anthropic, which more than doubles the valuation of the company behind Claude to $183 billion.',
      ),
    );
    const records = createBotRecords(store);
    await records.setChannel({ platform: 'discord', channelId: 'news', topics: ['ai'], setBy: 'admin', setAt: '2026-11-17T00:00:00Z' });
    const posts: StoryPost[] = [];
    const edits: StoryPost[] = [];
    const transport: ChatTransport = {
      platform: 'discord',
      async postStory(_channel, post) {
        posts.push(post);
        return { messageId: `m${posts.length}` };
      },
      async editStory(_channel, _message, post) {
        edits.push(post);
      },
      async sendDm() {},
    };
    const delivery = createDelivery({ store, records, transports: [transport], logger });
    const poller = (path: string) => pollerOf(store, path, delivery);

    await poller('/techcrunch.xml').pollAll();
    await delivery.flush();
    await poller('/verge.xml').pollAll();
    await delivery.flush();

    const { articles } = await store.search({ limit: 10 });
    expect(articles.map((article) => article.source).sort()).toEqual(['TechCrunch', 'The Verge']);
    expect(new Set(articles.map((article) => article.story)).size).toBe(1);
    expect(posts.map((post) => post.article.source)).toEqual(['TechCrunch']);
    expect(edits.map((post) => post.alsoCoveredBy)).toEqual([['The Verge']]);
  });
});

describe('a later article that links two stories already posted', () => {
  // The first and last reports are more than 3 days apart (two stories then); a report between them
  // tells the same event as both, so the two become one story, named after the earliest article.
  const item = (site: string, title: string, link: string, date: string, description: string) =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>${site}</title><link>https://${site}/</link>
<item><title>${title}</title><link>${link}</link><guid>${link}</guid><pubDate>${date}</pubDate>
<description>${description}</description></item></channel></rss>`;

  it('merges them without posting either again, in a channel that had both or only the later one', async () => {
    const own = await openStore({ storeUrl: 'memory:', dataDir: '' });
    try {
      server.setFeed(
        '/merge-first.xml',
        item('techcrunch.com', 'Nimbus Labs raises $400 million to build AI inference chips', 'https://techcrunch.com/nimbus-400m', 'Mon, 16 Nov 2026 08:00:00 GMT',
          'Nimbus Labs closed a $400 million funding round led by Accel to build inference chips, the startup said.'),
      );
      server.setFeed(
        '/merge-last.xml',
        item('theverge.com', 'Accel-led $400 million bet on Nimbus Labs inference chips', 'https://www.theverge.com/nimbus-accel', 'Thu, 19 Nov 2026 20:00:00 GMT',
          'Nimbus Labs raised $400 million in a round led by Accel to build inference chips.'),
      );
      server.setFeed(
        '/merge-between.xml',
        item('reuters.com', 'Nimbus Labs lands $400 million from Accel for inference chips', 'https://www.reuters.com/nimbus-labs-accel', 'Tue, 17 Nov 2026 20:00:00 GMT',
          'Accel led the $400 million round in Nimbus Labs, which designs chips for AI inference.'),
      );
      const records = createBotRecords(own);
      const posts: Array<{ channel: string; source: string }> = [];
      const edits: Array<{ channel: string; also: string[] }> = [];
      const transport: ChatTransport = {
        platform: 'discord',
        async postStory(channel, post) {
          posts.push({ channel, source: post.article.source });
          return { messageId: `m${posts.length}` };
        },
        async editStory(channel, _message, post) {
          edits.push({ channel, also: post.alsoCoveredBy });
        },
        async sendDm() {},
      };
      const delivery = createDelivery({ store: own, records, transports: [transport], logger });
      const poll = async (path: string) => {
        await pollerOf(own, path, delivery).pollAll();
        await delivery.flush();
      };
      const channel = (channelId: string) => records.setChannel({ platform: 'discord', channelId, topics: ['ai'], setBy: 'admin', setAt: '2026-11-16T00:00:00Z' });

      await channel('both');
      await poll('/merge-first.xml');
      // A channel set up after the first report: it only ever got the later one.
      await channel('later');
      await poll('/merge-last.xml');
      expect(posts.map((post) => `${post.channel}: ${post.source}`).sort()).toEqual(['both: TechCrunch', 'both: The Verge', 'later: The Verge']);
      const before = (await own.search({ limit: 10 })).articles;
      expect(new Set(before.map((article) => article.story)).size).toBe(2);

      await poll('/merge-between.xml');
      const after = (await own.search({ limit: 10 })).articles;
      expect(after.map((article) => article.source).sort()).toEqual(['Reuters', 'TechCrunch', 'The Verge']);
      // One story now, with the earliest article's id, stored for every article.
      const first = after.find((article) => article.source === 'TechCrunch')!;
      expect(after.map((article) => article.story)).toEqual([first.id, first.id, first.id]);
      // No post of the story again: the posts it had are edited to name the new outlet.
      expect(posts).toHaveLength(3);
      expect(edits.map((edit) => edit.channel).sort()).toEqual(['both', 'later']);
      expect(edits.every((edit) => edit.also.includes('Reuters'))).toBe(true);
    } finally {
      await own.close();
    }
  });
});
