// The pure article helpers: one case per rule, written inline.
import { describe, expect, it } from 'vitest';
import { articleId } from '../src/articles/article-id.ts';
import { canonicalUrl } from '../src/articles/canonical-url.ts';
import { cleanHeadline } from '../src/articles/clean-headline.ts';
import { cleanHtml } from '../src/articles/clean-html.ts';
import { summarize } from '../src/articles/summarize.ts';
import { splitSentences } from '../src/articles/split-sentences.ts';
import { loadTopicTable } from '../src/articles/topics.ts';

describe('canonicalUrl', () => {
  it.each([
    ['https://x.com/a?utm_source=rss&utm_medium=rss', 'https://x.com/a'],
    ['https://x.com/a?id=3&fbclid=abc&gclid=1', 'https://x.com/a?id=3'],
    ['https://x.com/a#comments', 'https://x.com/a'],
    ['/news/1', 'https://site.example/news/1'],
  ])('%s → %s', (raw, expected) => {
    expect(canonicalUrl(raw, 'https://site.example/feed')).toBe(expected);
  });
  it('refuses non-web schemes', () => {
    expect(canonicalUrl('javascript:alert(1)')).toBeUndefined();
    expect(canonicalUrl('file:///etc/passwd')).toBeUndefined();
  });
  it('reads a relative link against each feed’s address, and a full one the same for every feed', () => {
    expect(canonicalUrl('/news/1', 'https://first.example/feed')).toBe('https://first.example/news/1');
    expect(canonicalUrl('/news/1', 'https://second.example/feed')).toBe('https://second.example/news/1');
    expect(canonicalUrl('news/1', 'https://first.example/feeds/')).toBe('https://first.example/feeds/news/1');
    expect(canonicalUrl('https:/news/1', 'https://first.example/feed')).toBe('https://first.example/news/1');
    expect(canonicalUrl('https:/news/1')).toBe('https://news/1');
    expect(canonicalUrl(' https://x.com/b?utm_source=rss', 'https://first.example/feed')).toBe('https://x.com/b');
    expect(canonicalUrl(' https://x.com/b?utm_source=rss')).toBe('https://x.com/b');
  });
});

describe('articleId', () => {
  it('is stable across polls and ignores tracking parameters when it comes from the link', () => {
    const a = articleId({ link: 'https://x.com/a?utm_source=rss', categories: [] }, 'https://feed');
    const b = articleId({ link: 'https://x.com/a', categories: [] }, 'https://feed');
    expect(a).toBe(b);
  });
  it('scopes a bare guid to its feed, but not a URL guid', () => {
    expect(articleId({ guid: '42', categories: [] }, 'https://one')).not.toBe(articleId({ guid: '42', categories: [] }, 'https://two'));
    expect(articleId({ guid: 'https://x.com/p/1', categories: [] }, 'https://one')).toBe(
      articleId({ guid: 'https://x.com/p/1', categories: [] }, 'https://two'),
    );
  });
  it('falls back to title and date', () => {
    const entry = { title: 'Hello', published: '2026-01-01T00:00:00.000Z', categories: [] };
    expect(articleId(entry, 'https://f')).toBe(articleId({ ...entry }, 'https://f'));
    expect(articleId(entry, 'https://f')).not.toBe(articleId({ ...entry, title: 'Other' }, 'https://f'));
  });
});

describe('cleanHeadline', () => {
  it('decodes entities (even double-escaped), collapses whitespace and drops the outlet tail', () => {
    expect(cleanHeadline('  OpenAI &amp;#8211; new   model - Reuters ', ['Reuters'])).toBe('OpenAI – new model');
    expect(cleanHeadline('Chips | The Verge', ['The Verge'])).toBe('Chips');
    // A bridge opens each post with its account, the source: it leaves; another account stays.
    expect(cleanHeadline('@quillmark: Reliable internet on every ocean', ['@quillmark'])).toBe('Reliable internet on every ocean');
    expect(cleanHeadline('@ana: Reliable internet on every ocean', ['@quillmark'])).toBe('@ana: Reliable internet on every ocean');
    // An aggregator appends the Japanese title of the feed it took the item from: the outlet's feed of a topic, its latest articles.
    expect(cleanHeadline('LLMの費用はなぜ増える？ | Quellmarkの「frontend」のフィード', ['Quellmark'])).toBe('LLMの費用はなぜ増える？');
    expect(cleanHeadline('購買体験はどう変わる？ | Quellmark:新着一覧', ['Quellmark'])).toBe('購買体験はどう変わる？');
    // A separator left dangling after the outlet a page's title names.
    expect(cleanHeadline('Your notetaker would like a word | Harbor Ledger |', ['Harbor Ledger'])).toBe('Your notetaker would like a word');
  });
  it('drops, after a pipe, the outlet’s publication as an aggregator appends it', () => {
    expect(cleanHeadline('Faster quays with one model | Quillmark Technical Blog', ['Quillmark'])).toBe('Faster quays with one model');
    expect(cleanHeadline('Ferry notes, week 3 | Ada Brook’s Weblog', ['Ada Brook'])).toBe('Ferry notes, week 3');
    expect(cleanHeadline('Home Depot speeds up delivery | Harbor Dive - Latest News', ['Harbor Dive'])).toBe('Home Depot speeds up delivery');
    expect(cleanHeadline('Tracking parcels at sea | The Quarnby Blog', ['Quarnby'])).toBe('Tracking parcels at sea');
    // A part that goes on with words of its own is the headline's: kept.
    expect(cleanHeadline('New chips explained | Quillmark Silicon in depth', ['Quillmark'])).toBe('New chips explained | Quillmark Silicon in depth');
  });
  it('keeps a dash that is part of the title', () => {
    expect(cleanHeadline('GPT-5 - what changed', ['Reuters'])).toBe('GPT-5 - what changed');
  });
});

describe('cleanHtml', () => {
  it('keeps the prose and drops captions, pleas, share and comment furniture', () => {
    const html = `
      <figure><img src="a.jpg"><figcaption>A robot. Photo by Jane</figcaption></figure>
      <p>OpenAI released a model on Tuesday.</p>
      <p>Subscribe to our newsletter.</p>
      <p>Caption text. REUTERS/Jane DoeCaption text. REUTERS/Jane Doe</p>
      <p>It is faster &amp; cheaper.</p>
      <p>It is faster &amp; cheaper.</p>
      <p><a href="https://finance.yahoo.com/x">Source link</a></p>
      <p>Leave a Reply</p>
      <p>The post Big news appeared first on Some Blog.</p>
      <script>alert(1)</script>`;
    const clean = cleanHtml(html);
    expect(clean.paragraphs).toEqual(['OpenAI released a model on Tuesday.', 'It is faster & cheaper.']);
    expect(clean.links).toContainEqual({ text: 'Source link', href: 'https://finance.yahoo.com/x' });
  });
});

describe('summarize', () => {
  it('takes one or two lead sentences (three when the first two are very short) and never splits "U.S." or "3.1"', () => {
    expect(splitSentences('The U.S. government met Mr. Altman. Llama 3.1 shipped! Why?')).toEqual([
      'The U.S. government met Mr. Altman.',
      'Llama 3.1 shipped!',
      'Why?',
    ]);
    // A rank's "(ret.)", its bracket closed after the stop, ends no sentence.
    expect(splitSentences('“We can serve twice the customers,” said Lt. Gen. (ret.) Ana María Ruiz, a board member. She joined in May.')).toEqual([
      '“We can serve twice the customers,” said Lt. Gen. (ret.) Ana María Ruiz, a board member.',
      'She joined in May.',
    ]);
    expect(summarize(['The first sentence of the story is here, with some words.', 'The second one follows it in the next paragraph. The third one is left out.'])).toBe(
      'The first sentence of the story is here, with some words. The second one follows it in the next paragraph.',
    );
    expect(summarize(['First sentence here.', 'Second one. Third one. Fourth one.'])).toBe('First sentence here. Second one. Third one.');
  });
  it('cuts a long lead at a word boundary with an ellipsis', () => {
    const summary = summarize(['word '.repeat(200).trim()]);
    expect(summary.length).toBeLessThanOrEqual(300);
    expect(summary.endsWith('word…')).toBe(true);
  });
});

describe('the default topic table', () => {
  const table = loadTopicTable();
  it('tags AI stories with ai first, and companies by name', () => {
    expect(table.match('OpenAI launches GPT-5 for ChatGPT users', 'The new large language model is faster.')).toEqual(
      expect.arrayContaining(['ai', 'models', 'openai']),
    );
    expect(table.match('OpenAI launches GPT-5', '')[0]).toBe('ai');
  });
  it('does not tag general tech or homonyms', () => {
    expect(table.match('Apple pie recipes for autumn', 'Bake apples with cinnamon.')).toEqual([]);
    expect(table.match('iPhone 17 review: great battery', 'Apple made the camera better.')).toEqual([]);
    expect(table.match('Mai Tai cocktails', 'A classic drink.')).toEqual([]);
  });
  it('lets a feed give topics that satisfy requires', () => {
    expect(table.match('Introducing Claude', '', ['ai'])).toEqual(['ai', 'models', 'anthropic']);
  });
});
