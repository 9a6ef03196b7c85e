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
    const poller = (path: string) =>
      createPoller({
        feeds: [{ url: server.url(path) }],
        store,
        topics: loadTopicTable(),
        logger,
        intervalMs: 600_000,
        newFeedAnnounceLimit: 3,
        retentionDays: 3650,
        onNewArticles: (articles: Article[]) => delivery.enqueue(articles),
      });

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
