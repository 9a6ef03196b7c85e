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

  it('is the lead when it is all the item says (a blog’s teaser)', () => {
    const teaser = 'In this blog post, Acme’s director of test engineering discusses how automated checks catch faulty chips before they leave the plant.';
    expect(articleOf(`<p>${teaser}</p>`, 'Catching faulty chips early').summary).toBe(teaser);
  });
});

describe('a weekly roundup whose contents list repeats its section headings', () => {
  const html =
    '<p>Happy Friday! Here’s what caught my eye this week.</p><p><strong>In this issue:</strong></p>' +
    '<ul><li><p>Quick hits</p></li><li><p>Acme’s new chip slips a quarter</p></li><li><p>What I’m reading</p></li></ul>' +
    '<h3>Quick hits</h3><ul><li><p>Borealis raised its spending plan by $2 billion. “Demand for memory still exceeds what we can supply,” its chief executive, Ana Ruiz, said.</p></li></ul>' +
    '<h3>Acme’s new chip slips a quarter</h3><p>Acme has told two cloud customers that its next chip will ship in the third quarter, not the second.</p>' +
    '<p>“Demand for the chip is extraordinary and we remain on track,” an Acme spokesperson said in a statement.</p>' +
    '<h3>What I’m reading</h3><ul><li><p><a href="https://example.org/a">A long read on chip packaging</a></p></li></ul>';
  const article = articleOf(html, 'This Week in Chips #12: Acme’s new chip slips a quarter');

  it('leads with the section the headline names, not the first bullet', () => {
    expect(article.summary).toMatch(/^Acme has told two cloud customers/);
  });

  it('quotes that section, not another story’s', () => {
    expect(article.quote?.text).toMatch(/^Demand for the chip is extraordinary/);
  });
});

describe('boxes and embedded posts set above the story by their class', () => {
  it('skips a callout card pointing elsewhere', () => {
    const html =
      '<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">👉</div><div class="kg-callout-text">Looking for the details? Read the draft specification <a href="https://example.org/spec">on GitHub</a>.</div></div>' +
      '<p>Acme has joined an industry group working on a common format for serving models.</p><p>Members will publish their serving settings.</p>';
    expect(articleOf(html).summary).toMatch(/^Acme has joined an industry group/);
  });

  it('skips an embedded post with its name, handle and date, and still quotes the story', () => {
    const html =
      '<div class="twitter-embed" data-component-name="Twitter2ToDOM"><a class="tweet-link-top" href="https://x.example/ana/status/1"><div class="tweet-header"><span class="tweet-author-name">Ana Ruiz </span><span class="tweet-author-handle">@anaruiz</span></div>' +
      '<div class="tweet-text">we trained a small model on nothing but generated text and it beat the one trained on the web. paper tomorrow</div></a>' +
      '<a class="tweet-link-bottom" href="https://x.example/ana/status/1"><div class="tweet-footer"><p class="tweet-date">10:41 PM ∙ Nov 8, 2026</p></div></a></div>' +
      '<p>That post, sent late on Sunday by Ana Ruiz, a researcher at Acme, had been viewed two million times by Monday.</p>' +
      '<p>Ruiz told me the result “held at every scale we tried, which is what surprised us most,” and that the team had expected otherwise.</p>';
    const article = articleOf(html);
    expect(article.summary).toMatch(/^That post, sent late on Sunday by Ana Ruiz/);
    expect(article.quote?.text).toMatch(/^held at every scale we tried/);
  });

  it('does not set apart the story after the box closes, with boxes nested in it', () => {
    const html = '<div class="admonition note"><div><div><p>Note the new endpoint.</p></div></div></div><div><p>Acme cut the price of its model by half on Monday.</p></div>';
    expect(articleOf(html).summary).toMatch(/^Acme cut the price/);
  });
});

describe('footnote marks linked to the notes below', () => {
  it('leave the lead’s sentences whole, without the number glued to a stop', () => {
    const html =
      '<p>Token prices have fallen by 90 percent in two years.<a class="footnote-anchor" id="footnote-anchor-1" href="#footnote-1">1</a> Most people assume they will keep falling.</p>' +
      '<p>They will not.</p><div class="footnote"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number">1</a><div class="footnote-content"><p>List prices, weighted 3:1.</p></div></div>';
    const { summary } = articleOf(html);
    expect(summary).toMatch(/^Token prices have fallen by 90 percent in two years\. Most people assume/);
    expect(summary).not.toMatch(/years\.1/);
  });

  it('keep a number that links to another page', () => {
    const html = '<p>Acme shipped version <a href="https://acme.example/releases/2">2</a> of its model on Monday.</p>';
    expect(articleOf(html).summary).toBe('Acme shipped version 2 of its model on Monday.');
  });
});
