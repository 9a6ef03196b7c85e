// Articles written inline by tests.
import type { Article } from '../../src/articles/article.ts';

export function article(id: string, overrides: Partial<Article> = {}): Article {
  return {
    id,
    feedUrl: 'https://feeds.example/ai.xml',
    url: `https://news.example/${id}`,
    headline: `Story ${id}: OpenAI ships a model`,
    source: 'Example News',
    published: '2026-11-20T12:00:00.000Z',
    firstSeen: '2026-11-20T12:00:00.000Z',
    quote: null,
    summary: `Summary of ${id}.`,
    topics: ['ai', 'openai'],
    story: id,
    text: `Text of ${id}.`,
    ...overrides,
  };
}
