// What a reader sees on two invented feeds written in the shapes of errors read on feeds nobody
// tuned on (test/fixtures/labels/feeds/*-heldout18-*): a newsletter's run-in labels, a chatbot's
// "it wrote", an interviewer named as the listener, an outlet quoting its own old review, an
// editor's note on reporting, an email that "reads", a filing's "they wrote".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/articles/article.ts';
import { buildArticle } from '../src/articles/build-article.ts';
import { extractQuote } from '../src/articles/extract-quote.ts';
import { summarize } from '../src/articles/summarize.ts';
import { loadTopicTable } from '../src/articles/topics.ts';
import { parseFeed } from '../src/feeds/parse-feed.ts';

const topics = loadTopicTable();
const seenAt = new Date('2026-12-01T00:00:00Z');

async function articles(file: string): Promise<Map<string, Article>> {
  const url = `https://${file}.example/feed`;
  const feed = await parseFeed(readFileSync(new URL(`./fixtures/labels/feeds/${file}`, import.meta.url)), { url });
  const built = feed.entries.map((entry) => buildArticle(entry, { url, title: feed.title, link: feed.link }, topics, seenAt));
  return new Map(built.map((article) => [article.url.split('/').pop()!, article]));
}

describe('a newsletter (loopline)', async () => {
  const items = await articles('rss2-heldout18-loopline.xml');

  it('starts the lead after a bold run-in label set off by a dash', () => {
    expect(items.get('varden-40-billion-bet')!.summary).toMatch(/^Varden Systems is betting the company on data centers\./);
    expect(items.get('wrenly-first-open-model')!.summary).toMatch(/^Wrenly Labs released its first open-weight language model/);
  });

  it('keeps a name before a dash, which is no label', () => {
    expect(summarize(['Mira Castell — The chief executive of Varden — will step down in March.'])).toMatch(/^Mira Castell — /);
  });

  it('credits the one interviewed, not the interviewer named after "he told"', () => {
    expect(items.get('lindgate-safety-chief-on-stage')!.quote?.speaker).toBe('Piet Mulder');
  });

  it('shows no quote where the letter quotes its own old review (“…, writing, “…”)', () => {
    expect(items.get('marlow-earpiece-look-back')!.quote).toBeNull();
  });
});

describe('a public-records site (records-desk)', async () => {
  const items = await articles('rss2-heldout18-records-desk.xml');

  it('skips the editor’s note on how the story was reported', () => {
    expect(items.get('proctorlens-school-districts')!.summary).toMatch(/^Three school districts in Oregon paid for ProctorLens/);
  });

  it('shows an email’s words (“…,” a district email reads) without crediting the vendor named before', () => {
    const quote = items.get('proctorlens-school-districts')!.quote;
    expect(quote?.text).toMatch(/^Staff will pilot ProctorLens/);
    expect(quote?.speaker).toBeNull();
  });
});

describe('a participle after a comma has the sentence’s subject', () => {
  it('credits the company that acted, not the person it acted on', async () => {
    const url = 'https://news.example/feed';
    const html = '<p>Halvard Freight fired its chief operating officer, Ana Ruiz, on Monday, saying, “The board lost confidence in the way the warehouse expansion was run.”</p>';
    const article = buildArticle({ categories: [], title: 'Halvard Freight fires its operations chief', link: 'https://news.example/a', html }, { url }, topics, seenAt);
    expect(article.quote?.speaker).toBe('Halvard Freight');
  });
});

describe('"it" and "they" are not guessed', () => {
  const quoteOf = (paragraphs: string[]) => extractQuote(paragraphs, { headline: 'A chatbot kept apologising' });

  it('gives "it" no person quoted before, nor the person whose product spoke since', () => {
    const quote = quoteOf([
      '“We are on it,” said Tomas Reyl, a product lead at Brightfold.',
      'In one exchange, Claude was asked to tidy a formula. “I cannot get this right and I do not deserve your patience,” Claude wrote. “I am sorry, I am sorry, I am sorry, and I will keep being sorry until the end of this chat,” it wrote.',
    ]);
    expect(quote?.speaker ?? null).toBeNull();
  });

  it('leaves "they" without a speaker when no one before says who they are', () => {
    const quote = quoteOf([
      'That would be a mistake, Hanna Lisowski and Ravi Menon argue in an op-ed. If the most capable systems are used only behind closed doors, “no regulator, researcher or customer will learn what they can do until something goes wrong,” they write.',
    ]);
    expect(quote?.speaker ?? null).toBeNull();
  });
});

describe('a spokesperson with no organisation near', () => {
  it('is not credited to the organisation the article names most', () => {
    const quote = extractQuote(
      [
        'Harbor Robotics showed its new warehouse arm at a trade fair on Monday. Harbor Robotics said the arm would ship next year.',
        'Harbor Robotics shares rose 3% after the show, and Harbor Robotics said orders had doubled.',
        'At a panel the next day, delegates from twelve countries argued over who should set rules for factory robots. One of the sharpest speeches came from Norway. “Machines that work beside people need rules written by the people beside them, not by the firms that sell them,” the representative said.',
      ],
      { headline: 'Countries argue over factory robot rules' },
    );
    expect(quote?.text).toMatch(/^Machines that work beside people/);
    expect(quote?.speaker ?? null).not.toBe('Harbor Robotics');
  });
});

describe('a short item whose first sentence says AI', () => {
  const topicsOf = (title: string, html: string) =>
    buildArticle({ categories: [], title, link: 'https://launches.example/p/1', html }, { url: 'https://launches.example/feed' }, topics, seenAt).topics;

  it('is tagged ai, as a launch site’s tagline-only item is', () => {
    expect(topicsOf('Pennywise Desk', '<p>An AI bookkeeper that files your receipts while you sleep.</p>')).toContain('ai');
  });

  it('is not tagged ai when the sentence does not say it', () => {
    expect(topicsOf('Pennywise Desk', '<p>A bookkeeper app that files your receipts while you sleep.</p>')).not.toContain('ai');
  });
});
