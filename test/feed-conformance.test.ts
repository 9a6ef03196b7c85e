// Conformance cases: small feeds of our own (test/fixtures/feeds/conformance/), one per case, in
// the shapes real feeds send, each read the way a browser-grade feed reader shows it. What a user
// notices is checked: the headline, link, date and text of the article they get.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/articles/article.ts';
import { buildArticle } from '../src/articles/build-article.ts';
import { canonicalUrl } from '../src/articles/canonical-url.ts';
import { loadTopicTable } from '../src/articles/topics.ts';
import { FeedError } from '../src/feeds/feed-types.ts';
import { parseFeed } from '../src/feeds/parse-feed.ts';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/feeds/conformance');
const topics = loadTopicTable();
const SEEN = new Date('2030-01-01T00:00:00Z');

async function articlesOf(body: Buffer, contentType?: string): Promise<Article[]> {
  const url = 'https://feeds.example/feed.xml';
  const feed = await parseFeed(body, { url, contentType });
  return feed.entries.map((entry) => buildArticle(entry, { url, title: feed.title, link: feed.link }, topics, SEEN));
}

async function read(file: string): Promise<Article[]> {
  return articlesOf(readFileSync(path.join(dir, file)));
}

type Expected = Partial<Pick<Article, 'headline' | 'url' | 'published' | 'text' | 'image'>>;

function check(cases: [string, string, Expected[]][]): void {
  it.each(cases)('%s (%s)', async (_name, file, expected) => {
    const articles = await read(file);
    expect(articles.map((article, i) => pick(article, expected[i] ?? {}))).toEqual(expected);
  });
}

function pick(article: Article, expected: Expected): Expected {
  return Object.fromEntries(Object.keys(expected).map((key) => [key, article[key as keyof Expected]]));
}

describe('script and style never reach headlines or text', () => {
  check([
    ['a script element in an RSS title', 'html-script-in-title.xml', [{ headline: 'description' }, { headline: 'Chips ship' }]],
    ['a body with a tracker link, a table and a script', 'html-body-tracker-and-table.xml', [{ text: 'The scores, per the lab:\n\nGPT-5 91%' }]],
  ]);
});

describe('Atom text constructs by type', () => {
  check([
    ['type="text" keeps literal brackets', 'atom-text-literal-brackets.xml', [{ headline: 'History of the <blink> tag', text: 'Write <b> for bold, said the guide.' }]],
    ['type="xhtml" title and content', 'atom-xhtml-title.xml', [{ headline: 'Example Atom title', text: 'First paragraph.\n\nSecond.' }]],
    ['Atom 0.3 application/xhtml+xml, mode="xml"', 'atom-application-xhtml-title.xml', [{ headline: 'An XHTML title', text: 'XHTML body.' }]],
    ['text after an inline child element', 'atom-inline-child-title.xml', [{ headline: 'Example Atom' }]],
    ['escaped markup inside an xhtml div is text', 'atom-xhtml-escaped-markup.xml', [{ headline: 'History of the <blink> tag' }]],
    ['Atom 0.3 mode="base64" content', 'atom03-base64-content.xml', [{ text: 'Decoded base64 body.' }]],
  ]);
});

describe('every date element, published before updated, impossible values refused', () => {
  const seen = SEEN.toISOString();
  check([
    ['Atom 0.3 issued, modified, created', 'atom03-dates.xml', [{ published: '2024-05-01T10:00:00.000Z' }, { published: '2024-05-02T10:00:00.000Z' }, { published: '2024-04-30T10:00:00.000Z' }]],
    ['dcterms issued, modified, created', 'rss1-dcterms-dates.xml', [{ published: '2024-05-01T10:00:00.000Z' }, { published: '2024-05-02T10:00:00.000Z' }, { published: '2024-04-30T10:00:00.000Z' }]],
    ['an unreadable published falls back to updated', 'atom-date-unreadable-published.xml', [{ published: '2024-05-02T10:00:00.000Z' }]],
    ['RFC 822 with a trailing comment', 'rss-date-comment.xml', [{ published: '2022-04-19T10:00:00.000Z' }]],
    ['a JavaScript Date string', 'rss-date-javascript.xml', [{ published: '2022-04-19T10:00:00.000Z' }]],
    ['24:30:00 is refused, not rolled into the next day', 'rss-date-impossible-time.xml', [{ published: seen }]],
  ]);
});

describe('tolerant roots', () => {
  check([
    ['an <rss> without <channel>', 'rss-without-channel.xml', [{ headline: 'Item without a channel', text: 'Read anyway.' }]],
    ['RSS 1.0 with prefixed elements', 'rss1-prefixed-elements.xml', [{ headline: 'Prefixed item', url: 'https://prefixed.example/1' }]],
    ['a prefixed <r:rss> root', 'rss-prefixed-root.xml', [{ headline: 'Under a prefixed root', url: 'https://root.example/1' }]],
    ['a prefixed <atom:feed> root', 'atom-prefixed-root.xml', [{ headline: 'Prefixed entry', url: 'https://patom.example/1' }]],
    ['RSS 1.0 without a <channel>', 'rss1-without-channel.xml', [{ headline: 'RDF item without a channel' }]],
  ]);

  it.each([
    ['an empty <rss/>', '<rss version="2.0"/>'],
    ['an empty <rdf:RDF/>', '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>'],
  ])('refuses %s with one line in words, no internal message', async (_name, xml) => {
    const error = await parseFeed(Buffer.from(xml), { url: 'https://feeds.example/x' }).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(FeedError);
    const message = (error as Error).message;
    expect(message).toMatch(/^not a feed: [^\n]+$/);
    expect(message).not.toMatch(/undefined|Cannot read|TypeError|properties|not recognized/i);
  });
});

describe('Media RSS, Dublin Core and iTunes descriptions; guids as links only when permalinks', () => {
  check([
    ['a YouTube channel feed: media:group description', 'youtube-channel.xml', [{
      headline: 'Introducing our new open-weight language model',
      url: 'https://www.youtube.com/watch?v=abcDEF12345',
      published: '2026-11-30T16:00:05.000Z',
    }]],
    ['media:description on an RSS item', 'rss-media-description.xml', [{ text: 'The AI lab said the model is open.' }]],
    ['media:description beside pictures only is their caption, not the summary', 'rss-media-photo-caption.xml', [{ text: '' }]],
    ['itunes:summary', 'rss-itunes-summary.xml', [{ text: 'We talk about robotics startups.' }]],
    ['dc:description', 'rss-dc-description.xml', [{ text: 'Described by Dublin Core.' }]],
    ['xhtml:body is the full body', 'rss-xhtml-body.xml', [{ text: 'The full XHTML body.\n\nSecond paragraph.' }]],
    ['fullitem is the full body', 'rss-fullitem.xml', [{ text: 'The whole story from fullitem.' }]],
    ['a guid isPermaLink="false" is not the link', 'rss-guid-not-permalink.xml', [{ url: 'https://news.example/' }]],
  ]);

  it('shows the YouTube video description as the summary', async () => {
    const [video] = await read('youtube-channel.xml');
    expect(video!.summary).toMatch(/^Our new open-weight language model runs on a single GPU/);
  });
});

describe("the story's image: media:thumbnail, media:content picture, image enclosure, JSON Feed image", () => {
  const long = (letter: string, length: number) => `https://pictures.example/${letter.repeat(length - 'https://pictures.example/'.length - 4)}.jpg`;
  check([
    ['media:thumbnail comes first, the first of several', 'image-media-thumbnail.xml', [
      { image: 'https://pictures.example/thumb-small.jpg' },
      { image: 'https://pictures.example/talk-poster.jpg' },
    ]],
    ['a YouTube video: the media:group thumbnail', 'youtube-channel.xml', [{ image: 'https://i2.ytimg.com/vi/abcDEF12345/hqdefault.jpg' }]],
    ['media:content: medium="image" before an enclosure, an image type, never a video', 'image-media-content.xml', [
      { image: 'https://pictures.example/c1.jpg' },
      { image: 'https://pictures.example/c2.png' },
      { image: undefined },
    ]],
    ['an enclosure of an image type, not of audio', 'image-enclosure.xml', [{ image: 'https://pictures.example/e1.webp' }, { image: undefined }]],
    ['an Atom link rel="enclosure" of an image type', 'atom-image-enclosure.xml', [{ image: 'https://atom-pictures.example/1.png' }]],
    ['javascript: and data: refused (the next usable one taken), over 2,048 characters dropped', 'image-refused-urls.xml', [
      { image: undefined },
      { image: undefined },
      { image: 'https://pictures.example/r3.jpg' },
      { image: undefined },
      { image: long('b', 2048) },
    ]],
    ['relative URLs against the item page, or xml:base when set', 'image-relative-url.xml', [
      { image: 'https://pictures.example/2026/11/post/img/lead.jpg' },
      { image: 'https://pictures.example/media/other.jpg' },
      { image: 'https://cdn.pictures.example/assets/third.jpg' },
    ]],
    ['JSON Feed image, else banner_image; relative against the item url; javascript: refused', 'image-json-feed.json', [
      { image: 'https://json-pictures.example/1.jpg' },
      { image: 'https://json-pictures.example/2-banner.jpg' },
      { image: 'https://json-pictures.example/posts/3/cover.png' },
      { image: 'https://json-pictures.example/4-banner.jpg' },
      { image: undefined },
    ]],
  ]);

  it('keeps the image out of the article id: the same item with another picture or none is the same article', async () => {
    const xml = readFileSync(path.join(dir, 'image-media-thumbnail.xml'), 'utf8');
    const ids = async (text: string) => (await articlesOf(Buffer.from(text))).map((article) => article.id);
    const withoutPictures = xml.replace(/<media:thumbnail[^>]*\/>|<enclosure[^>]*\/>|<media:content[^>]*\/>/g, '');
    const otherPicture = xml.replaceAll('thumb-small.jpg', 'another.jpg');
    expect((await articlesOf(Buffer.from(withoutPictures)))[0]!.image).toBeUndefined();
    expect(await ids(withoutPictures)).toEqual(await ids(xml));
    expect(await ids(otherPicture)).toEqual(await ids(xml));
  });
});

describe('encodings', () => {
  const rss = (title: string, declaration = '<?xml version="1.0"?>') =>
    `${declaration}<rss version="2.0"><channel><title>Enc</title><link>https://enc.example/</link><item><title>${title}</title><link>https://enc.example/1</link><description>${title} ${title} ${title}</description></item></channel></rss>`;
  const utf8Title = 'café “x” — naïve';

  it('reads UTF-8 bytes labelled ISO-8859-1 in HTTP as UTF-8', async () => {
    const [article] = await articlesOf(Buffer.from(rss(utf8Title)), 'application/rss+xml; charset=ISO-8859-1');
    expect(article!.headline).toBe(utf8Title);
  });

  it('reads UTF-8 bytes labelled ISO-8859-1 in the XML declaration as UTF-8', async () => {
    const [article] = await articlesOf(Buffer.from(rss(utf8Title, '<?xml version="1.0" encoding="ISO-8859-1"?>')));
    expect(article!.headline).toBe(utf8Title);
  });

  it('reads a UTF-8 document with a few stray Latin-1 bytes under a Latin-1 label character by character', async () => {
    // The channel's description was written in Latin-1 ("K\xf8benhavn"), the items in UTF-8.
    const body = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Enc</title><link>https://enc.example/</link><description>Nyheder fra K', 'latin1'),
      Buffer.from([0xf8]),
      Buffer.from(`benhavn</description><item><title>Brøndby vinder søndag</title><link>https://enc.example/1</link><description>${utf8Title}</description></item></channel></rss>`, 'utf8'),
    ]);
    const [article] = await articlesOf(body);
    expect(article!.headline).toBe('Brøndby vinder søndag');
  });

  it('still reads real Latin-1 bytes under a Latin-1 label as windows-1252', async () => {
    const [article] = await articlesOf(iconv.encode(rss('café “x”'), 'windows-1252'), 'text/xml; charset=iso-8859-1');
    expect(article!.headline).toBe('café “x”');
  });

  it.each([
    ['Shift_JIS', '新しいAIモデルを発表しました。東京の研究所は人工知能の安全性について説明した'],
    ['GB2312', '人工智能公司今天发布了新的大型语言模型，研究人员表示这是一个重要的进步'],
    ['KOI8-R', 'Компания объявила о выпуске новой модели искусственного интеллекта'],
    ['windows-1251', 'Компания объявила о выпуске новой модели искусственного интеллекта'],
  ])('detects undeclared %s', async (encoding, title) => {
    const [article] = await articlesOf(iconv.encode(rss(title), encoding));
    expect(article!.headline).toBe(title);
  });
});

describe('canonical URLs change only what they remove', () => {
  it.each([
    ['https://x.example/a?next=/a/b:c~d&utm_source=rss', 'https://x.example/a?next=/a/b:c~d'],
    ['https://x.example/a?q=a%20b&fbclid=1', 'https://x.example/a?q=a%20b'],
    ['https://x.example/a?utm_medium=x&id=1&b=%2F', 'https://x.example/a?id=1&b=%2F'],
    ['https://x.example/a?q=a+b&x=1#top', 'https://x.example/a?q=a+b&x=1'],
    ['https://x.example/a?utm_source=rss', 'https://x.example/a'],
  ])('%s → %s', (raw, expected) => {
    expect(canonicalUrl(raw)).toBe(expected);
  });
});
