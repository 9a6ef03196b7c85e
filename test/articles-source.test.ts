// The original source: one inline case per rule (made-up items, real outlet domains).
import { describe, expect, it } from 'vitest';
import type { RawEntry } from '../src/feeds/feed-types.ts';
import { cleanHtml } from '../src/articles/clean-html.ts';
import { findSource } from '../src/articles/find-source.ts';
import { outletByName, outletForUrl, siteNameForUrl } from '../src/articles/known-outlets.ts';

function source(entry: Partial<RawEntry>, feed: { title?: string; link?: string } = {}, link = entry.link) {
  const full: RawEntry = { categories: [], ...entry };
  return findSource({ entry: full, clean: cleanHtml(full.html ?? ''), link, feedTitle: feed.title, feedLink: feed.link });
}

const aggregator = { title: 'AI News', link: 'https://ainews.example/' };

describe('known outlets', () => {
  it.each([
    ['https://finance.yahoo.com/news/x.html', 'Yahoo Finance'],
    ['https://www.reuters.com/world/x', 'Reuters'],
    ['https://uk.reuters.com/x', 'Reuters'],
    ['https://github.com/anthropics/claude-code/releases', 'Anthropic'],
    ['https://github.com/someone/tool', 'GitHub'],
    ['https://www.heise.de/developer/meldung/x.html', 'heise Developer'],
  ])('%s → %s', (url, name) => {
    expect(outletForUrl(url)?.name).toBe(name);
  });
  it('names an unknown site from its domain, and finds outlets by name', () => {
    expect(siteNameForUrl('https://www.twilio.com/blog/x')).toBe('Twilio');
    expect(siteNameForUrl('https://ann.substack.com/p/x')).toBe('Ann');
    expect(siteNameForUrl('https://www.example.co.uk/x')).toBe('Example');
    expect(outletByName('the Washington Post')?.name).toBe('The Washington Post');
  });
});

describe('findSource', () => {
  it('takes the outlet the item names itself (Google News <source>)', () => {
    expect(source({ sourceName: 'The Associated Press', link: 'https://news.google.com/rss/articles/x' }).name).toBe('The Associated Press');
  });

  it.each([
    ['a "Source link" anchor', '<p>Story.</p><p><a href="https://finance.yahoo.com/news/x.html">Source link</a></p>', 'Yahoo Finance'],
    ['an "Originally published at" anchor', '<p>Story.</p><p><a href="https://www.wired.com/story/x">Originally published at</a></p>', 'Wired'],
    ['a "via" anchor', '<p>Story.</p><p><a href="https://www.theverge.com/x">via The Verge</a></p>', 'The Verge'],
    ['a byline e-mail domain', '<p>Story.</p><p>Contact Jane Roe at jroe@reuters.com.</p>', 'Reuters'],
    ['"Originally published at X" in text', '<p>Story.</p><p>This article was originally published at TechCrunch.</p>', 'TechCrunch'],
    ['"quotes a report from X:"', '<p>An anonymous reader quotes a report from Ars Technica: The model shipped.</p>', 'Ars Technica'],
    ['"X reports:"', '<p>A regulator approved it. Reuters reports: The service may begin today.</p>', 'Reuters'],
    ['"…," reports X.', '<p>"A gang snarled prescriptions for millions," reports the Washington Post.</p>', 'The Washington Post'],
  ])('a repost credits the original by %s', (_name, html, expected) => {
    expect(source({ html, link: 'https://ainews.example/2024/07/23/post/' }, aggregator).name).toBe(expected);
  });

  it('keeps a newsroom’s own story its own when it cites another outlet', () => {
    const html = '<p>Germany shut the servers down (via <a href="https://www.bleepingcomputer.com/x">Bleeping Computer</a>). Reuters reports: more soon.</p>';
    expect(source({ html, link: 'https://www.theverge.com/2022/4/5/x' }, { title: 'The Verge', link: 'https://www.theverge.com/' }).name).toBe('The Verge');
  });

  it('reads a credit at the end of the title', () => {
    const reddit = { title: 'r/LocalLLaMA', link: 'https://www.reddit.com/r/LocalLLaMA/' };
    expect(source({ title: 'Beijing weighs curbs on model access (Reuters)', link: 'https://www.reddit.com/r/LocalLLaMA/comments/1/x/' }, reddit).name).toBe('Reuters');
    expect(source({ title: 'Not looking at curbs (Debunking the Reuters report)', link: 'https://www.reddit.com/r/LocalLLaMA/comments/2/x/' }, reddit).name).toBe('Reddit');
    // A link that only redirects (Google News) trusts the title's tail even for an outlet we do not know.
    expect(source({ title: 'Storm closes schools - Springfield Gazette', link: 'https://news.google.com/rss/articles/abc' }).name).toBe('Springfield Gazette');
  });

  it('takes the linked site for a link aggregator, known or not', () => {
    const hn = { title: 'Hacker News', link: 'https://news.ycombinator.com/' };
    expect(source({ link: 'https://www.wired.com/story/x/' }, hn).name).toBe('Wired');
    expect(source({ link: 'https://www.twilio.com/en-us/blog/x' }, hn).name).toBe('Twilio');
    expect(source({ link: 'https://news.ycombinator.com/item?id=1' }, hn).name).toBe('Hacker News');
  });

  it('gives the topics an AI lab’s site implies', () => {
    expect(source({ link: 'https://github.com/anthropics/claude-code/releases/tag/v2' })).toEqual({ name: 'Anthropic', topics: ['ai', 'anthropic'] });
  });

  it('falls back to the feed’s own name', () => {
    expect(source({ link: 'https://blog.example/post' }, { title: 'Example Blog » AI', link: 'https://blog.example/' }).name).toBe('Example Blog');
    expect(source({}, { title: 'Example Blog', link: 'https://blog.example/' }, undefined).name).toBe('Example Blog');
  });
});
