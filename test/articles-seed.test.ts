// The seed article: the aggregator's repost of a Yahoo Finance story must come out exactly as
// ../shared/fixtures/articles/meta-llama-open-source.expected.json says (read there, not copied).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/articles/article.ts';
import { buildArticle } from '../src/articles/build-article.ts';
import { extractQuote } from '../src/articles/extract-quote.ts';
import { loadTopicTable } from '../src/articles/topics.ts';
import { parseFeed } from '../src/feeds/parse-feed.ts';
import { hasSharedFixtures, sharedPath } from './shared-fixtures.ts';

interface Expected {
  headline: string;
  source: string;
  link_without_tracking: string;
  quote: { text_starts_with: string; text_ends_with: string; speaker_any_of: string[] };
  topics_include: string[];
  summary_mentions: string[];
  never_in_any_field: string[];
}

describe.skipIf(!hasSharedFixtures)('the seed article', () => {
  const expected = () => JSON.parse(readFileSync(sharedPath('articles/meta-llama-open-source.expected.json'), 'utf8')) as Expected;
  const build = async (): Promise<Article> => {
    const url = 'https://ainews.example/feed/';
    const feed = await parseFeed(readFileSync(sharedPath('articles/ai-news-aggregator.rss')), { url });
    expect(feed.entries).toHaveLength(1);
    return buildArticle(feed.entries[0]!, { url, title: feed.title, link: feed.link }, loadTopicTable(), new Date());
  };

  it('has the headline, source and link', async () => {
    const article = await build();
    const want = expected();
    expect(article.headline).toBe(want.headline);
    expect(article.source).toBe(want.source);
    expect(article.url).toBe(want.link_without_tracking);
  });

  it('has the key quote, verbatim, and its speaker', async () => {
    const article = await build();
    const want = expected().quote;
    expect(article.quote).not.toBeNull();
    expect(article.quote!.text.startsWith(want.text_starts_with)).toBe(true);
    expect(article.quote!.text.endsWith(want.text_ends_with)).toBe(true);
    expect(want.speaker_any_of).toContain(article.quote!.speaker);
    expect(article.text).toContain(article.quote!.text);
  });

  it('has the topics, ai first, and a short summary that says what happened', async () => {
    const article = await build();
    const want = expected();
    expect(article.topics).toEqual(expect.arrayContaining(want.topics_include));
    expect(article.topics[0]).toBe('ai');
    for (const word of want.summary_mentions) expect(article.summary).toContain(word);
    expect(article.summary.length).toBeLessThanOrEqual(300);
  });

  it('lets no boilerplate into any field', async () => {
    const article = await build();
    const fields = JSON.stringify(article);
    for (const phrase of expected().never_in_any_field) expect(fields).not.toContain(phrase);
  });

  it('finds the same quote in the plain-text copy of the article', () => {
    const paragraphs = readFileSync(sharedPath('articles/meta-llama-open-source.txt'), 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    const quote = extractQuote(paragraphs);
    expect(quote?.text.startsWith(expected().quote.text_starts_with)).toBe(true);
    expect(expected().quote.speaker_any_of).toContain(quote?.speaker);
  });
});
