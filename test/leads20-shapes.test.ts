// Leads and quotes of long-form AI publishers as their CMSes write them: engineering blogs, Substack
// analysis letters and their weekly roundups. Small invented items, not copies of real ones.
import { describe, expect, it } from 'vitest';
import type { RawEntry } from '../src/feeds/feed-types.ts';
import { buildArticle } from '../src/articles/build-article.ts';
import { loadTopicTable } from '../src/articles/topics.ts';

const topics = loadTopicTable();
const articleOf = (html: string, title = 'A post') =>
  buildArticle({ categories: [], link: 'https://blog.example/a', title, html }, { url: 'https://blog.example/feed' }, topics, new Date('2026-01-01T00:00:00Z'));

describe('the writers’ own “In this post we …”', () => {
  it('is the lead when the post opens with it', () => {
    const html =
      '<p>In this post we explain how we find GPUs that return wrong results without raising an error.</p><p>At our scale, hardware faults happen most days.</p>';
    expect(articleOf(html).summary).toMatch(/^In this post we explain how we find GPUs/);
  });

  it('still gives way to the story after an editor’s introduction of a guest', () => {
    const html = '<p>In this post, Ana Ruiz of Acme explains how her team tests its chips.</p><p>Acme tests every chip it ships for twelve hours before it leaves the plant.</p>';
    expect(articleOf(html).summary).toMatch(/^Acme tests every chip/);
  });
});
