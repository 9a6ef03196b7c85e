// Shapes found by writing invented items the way publishers shape their feeds (newsletters, wires,
// reposts, aggregators, non-English papers) and reading what the bot made of them. Each item is small,
// invented and built through the feed reader, as a poll would build it.
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/articles/article.ts';
import { buildArticle, feedContextOf } from '../src/articles/build-article.ts';
import { loadTopicTable } from '../src/articles/topics.ts';
import { parseFeed } from '../src/feeds/parse-feed.ts';

const topics = loadTopicTable();
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Item {
  title: string;
  html: string;
  feedTitle?: string;
  link?: string;
  channel?: string;
  /** Raw XML inside the item: a <source>, a <dc:creator>. */
  extra?: string;
}

async function articleOf({ title, html, feedTitle = 'Harbor Ledger', link = 'https://harborledger.example/a', channel = 'https://harborledger.example/', extra = '' }: Item): Promise<Article> {
  const xml = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${escape(feedTitle)}</title><link>${escape(channel)}</link><description>News</description>` +
    `<item><title>${escape(title)}</title><link>${escape(link)}</link>${extra}<description>${escape(html)}</description></item></channel></rss>`;
  const url = `${channel}feed.xml`;
  const feed = await parseFeed(Buffer.from(xml), { url });
  return buildArticle(feed.entries[0]!, feedContextOf(url, feed), topics, new Date('2026-12-01T00:00:00Z'));
}

describe('leads that were lost whole', () => {
  it('keeps a story sentence about a company’s paid plan (only the publication’s own paywall plea is furniture)', async () => {
    const plan = 'Anthropic introduced a $200-a-month Max plan for Claude, a premium membership aimed at power users who hit usage limits on the cheaper Pro tier.';
    expect((await articleOf({ title: 'Claude Max plan', html: `<p>${plan}</p>` })).summary).toBe(plan);
    const tier = 'Meta is testing a paid subscription for its Meta AI assistant that would give users more computing power for tasks like image generation.';
    expect((await articleOf({ title: 'Meta tests paid AI tier', html: `<p>${tier}</p><p>Analysts expect a wider launch next year.</p>` })).summary).toMatch(/^Meta is testing a paid subscription/);
    // The publication speaking to its reader still is.
    const paywalled = await articleOf({ title: 'Inside the chip race', html: `<p>Upgrade to a paid subscription to read the rest of this post.</p><p>Corvid shipped its first inference chip on Monday, two months late.</p>` });
    expect(paywalled.summary).toBe('Corvid shipped its first inference chip on Monday, two months late.');
  });

  it('keeps a story that opens with a name like “Related” (a label of links needs its colon or stands alone)', async () => {
    const lead = 'Related Companies, the New York property developer, will build a 1-gigawatt AI data center campus in Michigan, the company said on Tuesday.';
    expect((await articleOf({ title: 'Developer plans AI campus', html: `<p>${lead}</p>` })).summary).toBe(lead);
    const withLinks = await articleOf({ title: 'Developer plans AI campus', html: `<p>${lead}</p><p>Related: <a href="https://harborledger.example/b">Data centers strain the grid</a></p>` });
    expect(withLinks.summary).toBe(lead);
  });

  it('keeps the lead above a repost’s “— Via Outlet” line, and credits that outlet', async () => {
    const lead = 'Corvid has raised $2 billion in new funding, according to a filing.';
    const repost = await articleOf({ title: 'Corvid raises $2B', feedTitle: 'Deal Roundup', link: 'https://dealroundup.example/corvid', channel: 'https://dealroundup.example/', html: `<p>${lead}</p><p>— <em>Via <a href="https://www.capitolwire.example/corvid">Capitol Wire</a></em></p>` });
    expect(repost.summary).toBe(lead);
    expect(repost.source).toBe('Capitol Wire');
  });
});

describe('a press release’s closing SOURCE line', () => {
  const lead = 'DataNova today introduced LLM Gateway, a product that routes requests between AI models to cut costs.';
  it('is not the summary, nor its second sentence', async () => {
    expect((await articleOf({ title: 'DataNova Introduces LLM Gateway', html: `<p>${lead}</p><p>SOURCE: DataNova, Inc.</p>` })).summary).toBe(lead);
    expect((await articleOf({ title: 'DataNova Introduces LLM Gateway', html: `<p>${lead}</p><p>SOURCE DataNova, Inc.</p>` })).summary).toBe(lead);
  });
});
