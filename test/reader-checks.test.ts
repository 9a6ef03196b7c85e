// The label-free checks of what a reader sees (bench/reader-checks.ts) flag the faults they name and pass clean
// output: hand-built articles, so a check that stops working (or starts flagging good output) shows here.
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/articles/article.ts';
import { readerChecks } from '../bench/reader-checks.ts';

const clean: Article = {
  id: 'a1',
  feedUrl: 'https://news.example/feed',
  url: 'https://news.example/a1',
  headline: 'Lumen opens its model weights',
  source: 'News Example',
  published: '2026-01-01T00:00:00.000Z',
  firstSeen: '2026-01-01T00:00:00.000Z',
  quote: { text: 'We want researchers to check our work', speaker: 'Ana Ruiz' },
  summary: 'Lumen released the weights of its largest model on Monday.',
  topics: ['ai'],
  story: 'a1',
  text: 'Lumen released the weights of its largest model on Monday, the company said. "We want researchers to check our work," said Ana Ruiz, its chief scientist.',
};
const checksOf = (changes: Partial<Article>, hasText = true) => readerChecks({ ...clean, ...changes }, { hasText }).map(({ check }) => check);

describe('reader checks', () => {
  it('pass a clean article', () => {
    expect(checksOf({})).toEqual([]);
  });
  it('flag a summary we cut, and not one the feed itself ends with an ellipsis', () => {
    expect(checksOf({ summary: 'Lumen released the weights of its largest model on…' })).toEqual(['summary-cut']);
    expect(checksOf({ summary: 'Lumen released the weights of its lar' })).toEqual(['summary-cut']);
    expect(checksOf({ summary: 'Lumen released the weights of its largest…', text: 'Lumen released the weights of its largest…' })).toEqual([]);
    // The feed cut its text there without a mark, and the summary marks the cut: correct.
    expect(checksOf({ summary: 'Lumen released the weights of its largest…', text: 'Lumen released the weights of its largest,' })).toEqual([]);
  });
  it('flag a summary that ends without a stop, unless the text has no sentence at all', () => {
    expect(checksOf({ summary: 'Lumen released the weights, the company said' })).toEqual(['summary-not-sentence-end']);
    expect(checksOf({ summary: 'a photograph', text: 'a photograph' })).toEqual([]);
  });
  it('flag a summary that stops inside a quotation the text goes on with', () => {
    const text = 'Lumen released its weights. Ruiz said: "We want checks. We want them soon."';
    expect(checksOf({ summary: 'Lumen released its weights. Ruiz said: "We want checks.', text })).toEqual(['summary-unbalanced-quotes']);
    expect(checksOf({ summary: 'Lumen released its weights.', text })).toEqual([]);
  });
  it('flag boilerplate, the headline as summary, and a headline’s score or outlet', () => {
    expect(checksOf({ summary: 'Lumen released the weights of its largest model on Monday. Read more »' })).toContain('summary-boilerplate');
    expect(checksOf({ summary: 'Netflix gained subscribers; readers accept cookies less often.' })).not.toContain('summary-boilerplate');
    expect(checksOf({ summary: 'Lumen opens its model weights.' })).toEqual(['summary-is-headline']);
    expect(checksOf({ headline: '39 – Lumen opens its model weights' })).toEqual(['headline-score-prefix']);
    expect(checksOf({ headline: '2026 – the year Lumen opened its weights' })).toEqual([]);
    expect(checksOf({ headline: 'Lumen opens its model weights - News Example' })).toEqual(['headline-outlet-suffix']);
  });
  it('leave a title-only item’s summary alone', () => {
    expect(checksOf({ summary: '', text: '' }, false)).toEqual([]);
    expect(checksOf({ summary: '' })).toEqual(['summary-empty']);
  });
  it('flag a speaker that is no name or only the headline’s, and a quote of a term', () => {
    expect(checksOf({ quote: { text: 'We want researchers to check our work', speaker: 'the company' } })).toEqual(['speaker-not-name']);
    expect(checksOf({ quote: { text: 'We want researchers to check our work', speaker: 'xAI' } })).toEqual([]);
    expect(checksOf({ headline: 'Lumen opens its weights, Marta Vega cheers', quote: { text: 'We want researchers to check our work', speaker: 'Marta Vega' } })).toEqual(['speaker-in-headline-only']);
    expect(checksOf({ quote: { text: 'open weights', speaker: null } })).toEqual(['quote-too-short']);
  });
});
