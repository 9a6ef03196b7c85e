// Bad input: fields come out null or short, never a throw, never a hang (each item under 50 ms).
import { describe, expect, it } from 'vitest';
import type { RawEntry } from '../src/feeds/feed-types.ts';
import { buildArticle } from '../src/articles/build-article.ts';
import { loadTopicTable } from '../src/articles/topics.ts';

const topics = loadTopicTable();
const prose = 'Lorem ipsum “dolor sit amet, consectetur adipiscing elit,” said John Smith. The AI model shipped. ';

const cases: [string, Partial<RawEntry>][] = [
  ['an empty item', {}],
  ['only a title', { title: 'Only a title' }],
  ['1 MB of title', { title: 'A very long title '.repeat(60_000) }],
  ['HTML soup', { html: `<div><p>Open <b>tags <i>everywhere <a href="x">link <div><span>${'<div>'.repeat(50_000)}text` }],
  ['deep nesting', { html: `${'<div>'.repeat(200_000)}deep${'</div>'.repeat(200_000)}` }],
  ['non-English text', { title: '人工智能新闻', html: '<p>这是一篇关于人工智能的文章。“我们将发布新的模型，”他说。</p><p>«Мы выпустим новую модель», — сказал он.</p>' }],
  ['1 MB of text in one item', { html: `<p>${prose.repeat(11_000)}</p>` }],
  ['1 MB of plain text', { html: prose.repeat(11_000) }],
  ['1 MB without a space', { html: 'x'.repeat(1_000_000) }],
  ['1 MB of quote marks', { html: `<p>${'“'.repeat(1_000_000)}</p>` }],
  ['1 MB of short quotes', { html: `<p>${'“one two three four five six seven,” he said. '.repeat(22_000)}</p>` }],
  ['1 MB of "<" that opens nothing', { html: `<p>${'a < b <c d="e '.repeat(80_000)}</p>` }],
  ['1 MB of entities', { html: '&amp;'.repeat(200_000) }],
  ['unbalanced quote marks', { html: '<p>He said “this is a quote that never ends and goes on and on</p><p>“Another one” she said ” ” “ “</p>' }],
];

describe('buildArticle on bad input', () => {
  it.each(cases)('%s: no throw, short fields, under 50 ms', (_name, entry) => {
    const build = () => buildArticle({ categories: [], ...entry }, { url: 'https://feed.example/rss' }, topics, new Date());
    build(); // warm up, so the timing is the item's and not the compiler's
    // CPU time, not wall time: a busy CI machine must not fail the test, only a slow pipeline.
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const started = process.cpuUsage();
      const article = build();
      const used = process.cpuUsage(started);
      best = Math.min(best, (used.user + used.system) / 1000);
      expect(article.summary.length).toBeLessThanOrEqual(300);
      expect(article.headline.length).toBeLessThanOrEqual(300);
      if (article.quote) expect(article.text).toContain(article.quote.text);
    }
    expect(best).toBeLessThan(50);
  });
});
