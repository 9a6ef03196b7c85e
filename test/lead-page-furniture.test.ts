// Lead shapes of pages in general (invented items, example.com names): a standfirst above the byline,
// a review's boxes, a book's imprint, a column's standing intro, a login wall, short sentences, and a
// post that is nothing but a quotation.
import { describe, expect, it } from 'vitest';
import type { RawEntry } from '../src/feeds/feed-types.ts';
import { buildArticle } from '../src/articles/build-article.ts';
import { loadTopicTable } from '../src/articles/topics.ts';

const topics = loadTopicTable();
const summaryOf = (html: string, title = 'Quillmark news') =>
  buildArticle({ categories: [], link: 'https://news.example.com/a', title, html } as RawEntry, { url: 'https://news.example.com/feed' }, topics, new Date('2026-01-01T00:00:00Z')).summary;

describe('the lead’s length and what is left when nothing else is', () => {
  it('takes a third sentence when the first two are very short', () => {
    expect(summaryOf('<p>I love fountain pens. They’re quiet. The nib tells you how fast you write, and the ink tells you when you stopped. Nothing else does.</p>')).toBe(
      'I love fountain pens. They’re quiet. The nib tells you how fast you write, and the ink tells you when you stopped.',
    );
  });
});
