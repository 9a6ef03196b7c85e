// What a reader sees on two invented feeds written in the shapes of source misses read on real feeds
// nobody tuned on (test/fixtures/labels/feeds/*-real19-*): a project's profiles "inspired by an essay
// originally published on" another site beside true reposts, and a link blog crediting outlets
// named "The X" at thex.example.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/articles/article.ts';
import { buildArticle, feedContextOf } from '../src/articles/build-article.ts';
import { loadTopicTable } from '../src/articles/topics.ts';
import { parseFeed } from '../src/feeds/parse-feed.ts';

const topics = loadTopicTable();
const seenAt = new Date('2026-12-01T00:00:00Z');

async function articles(file: string, url: string): Promise<Map<string, Article>> {
  const feed = await parseFeed(readFileSync(new URL(`./fixtures/labels/feeds/${file}`, import.meta.url)), { url });
  // The feed as the poller reads it: what the whole feed says (an aggregator's) included.
  const context = feedContextOf(url, feed);
  const built = feed.entries.map((entry) => buildArticle(entry, context, topics, seenAt));
  return new Map(built.map((article) => [article.headline, article]));
}

describe('a project’s news with profiles and reposts (fernwick-commons)', async () => {
  const items = await articles('rss2-real19-fernwick-commons.xml', 'https://fernwick.example/news/feed');

  it('credits the project for a profile inspired by, or based on, a piece another site published first', () => {
    expect(items.get('Faces of Fernwick: Ada Okafor')!.source).toBe('Fernwick Commons');
    expect(items.get('Faces of Fernwick: Tomás Reyes')!.source).toBe('Fernwick Commons');
  });

  it('still credits the original site of a repost, named as the credit writes it, not by its address', () => {
    expect(items.get('Why we are moving the support forum')!.source).toBe('Hearthside');
    expect(items.get('The story behind the new block editor')!.source).toBe('Stackhollow');
  });
});

describe('a link blog crediting the outlets it links to (pinewood-notes)', async () => {
  const items = await articles('jsonfeed-real19-pinewood-notes.json', 'https://pinewood-notes.example/feeds/json');

  it('keeps “The” of an outlet at thex.example that the text calls “The X”', () => {
    expect(items.get('The Lantern: ‘Inside a Phone Maker’s Supply Chain’')!.source).toBe('The Lantern');
    expect(items.get('Small Developers and the App Store’s New Fees')!.source).toBe('The Hollow');
  });

  it('adds no “The” the text does not write', () => {
    expect(items.get('Skein’s Typefaces of the Year')!.source).toBe('Skein');
    expect(items.get('Bramble: Sync Without Servers')!.source).toBe('Bramble');
  });
});

describe('a known newsroom’s page signed by a news agency', () => {
  // Euronews stands for any newsroom the outlet table knows; the items are invented.
  const item = (slug: string, author: string) => `<item><title>Story ${slug}</title><link>https://www.euronews.com/2026/11/30/${slug}</link>
<dc:creator>${author}</dc:creator><description>Ministers met in Brussels on Monday to agree a new budget for the port.</description></item>`;
  const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Euronews</title>
<link>https://www.euronews.com</link>${item('agency', 'Reuters')}${item('agency-named-in-full', 'Agence France-Presse')}${item('syndicated', 'The Conversation')}${item('own', 'Ana Costa')}</channel></rss>`;

  it('credits the agency whose name is the byline, and the newsroom for everything else it runs', async () => {
    const url = 'https://www.euronews.com/rss';
    const feed = await parseFeed(Buffer.from(rss), { url });
    const sources = feed.entries.map((entry) => buildArticle(entry, { url, title: feed.title, link: feed.link }, topics, seenAt).source);
    expect(sources).toEqual(['Reuters', 'AFP', 'Euronews', 'Euronews']);
  });
});

describe('a maritime news site (quayside-chronicle)', async () => {
  const items = await articles('rss2-real19-quayside.xml', 'https://quayside.example/feed');

  it('starts a profile series’ lead after its standing sentence “In this series, we …”', () => {
    expect(items.get('Keepers of the Coast: Ines Maes')!.summary).toMatch(/^This month we meet a lock keeper from Ghent/);
    expect(items.get('Keepers of the Coast: Daan Rook')!.summary).toMatch(/^This month we feature a harbour pilot from Texel/);
  });

  it('credits the person named after a long role before “said”, however long the role and the name', () => {
    expect(items.get('Harbour board delays dredging vote')!.quote).toMatchObject({ speaker: 'Ana de la Cruz' });
    expect(items.get('Ferry operators ask for a share of shore power money')!.quote).toMatchObject({ speaker: 'Joost van der Berg' });
    expect(items.get('Ferry line adds night crossings after record summer')!.quote).toMatchObject({ speaker: 'Henrik Aas' });
  });

  it('keeps a story’s own first sentence that opens “In this series of …, we”', () => {
    expect(items.get('New hull coating cuts fuel use in sea trials')!.summary).toMatch(/^In this series of sea trials, we found/);
  });
});

describe('a Google-News-like aggregator (newsdeck)', async () => {
  const items = await articles('rss2-real19-newsdeck.xml', 'https://newsdeck.example/rss');

  it('shows no quote from a cluster’s other headlines, in single or double marks', () => {
    expect(items.get('Harbour pilot rescued after storm')!.quote).toBeNull();
    expect(items.get('Port to raise cruise fees by 40 percent')!.quote).toBeNull();
  });

  it('keeps a real quotation of an excerpt the aggregator carries', () => {
    expect(items.get('Ferry strike ends after new rota deal')!.quote).toMatchObject({ speaker: 'Kai Lind' });
  });

  it('credits the excerpt to the outlet its title ends with, as the feed’s cluster items are', () => {
    expect(items.get('Ferry strike ends after new rota deal')!.source).toBe('Vessholm Post');
    expect(items.get('Canal lock closes for winter repairs')!.source).toBe('Vessholm Post');
  });
});
