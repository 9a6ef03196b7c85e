// Clean text and summary: the article's own prose in, every kind of furniture out, one case each.
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../src/articles/clean-html.ts';
import { summarize } from '../src/articles/summarize.ts';

const STORY = 'OpenAI released a new model on Tuesday.';

describe('cleanHtml removes furniture', () => {
  it.each([
    ['a caption and its credit, doubled and repeated', '<p>Jane Roe speaks in Menlo Park, May 1, 2024. REUTERS/John DoeJane Roe speaks in Menlo Park, May 1, 2024. REUTERS/John Doe</p><p>Jane Roe speaks in Menlo Park, May 1, 2024. REUTERS/John Doe (Reuters/Reuters)</p>'],
    ['a figure', '<figure><img src="a.jpg"><figcaption>A robot arm. Photo by Jane</figcaption></figure>'],
    ['an image credit', '<p>Image credit: Getty Images</p>'],
    ['a newsletter plea, doubled', '<p>Subscribe to the Tech newsletter.Subscribe to the Tech newsletter.</p><p>Sign up for our daily briefing</p>'],
    ['"Contact the author"', '<p>Contact Daniel Howley at dhowley@yahoofinance.com. Follow him on X.</p><p>Contact the author</p>'],
    ['"Read more" and "Source link"', '<p><a href="https://x.example/more">Read more</a></p><p><a href="https://finance.yahoo.com/x">Source link</a></p><p>Read the latest financial news from Yahoo Finance</p>'],
    ['"The post … appeared first on …"', '<p>The post Big news appeared first on Some Blog.</p>'],
    ['a syndication footer', '<p>This article, "Twitter Tests Edit Button" first appeared on MacRumors.com</p><p>Discuss this article in our forums</p><p>Tags: Twitter, Apple</p>'],
    ['share and comment-form text', '<p>Share this article</p><p>Leave a Reply</p><p>Your email address will not be published. Required fields are marked *</p><form><label>Comment</label><textarea></textarea></form><button>Post</button>'],
    ['a related-link list', '<p>Related articles</p><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Another story two</a></li></ul>'],
    ['Reddit and Hacker News furniture', '<p>submitted by /u/someone</p><p><a href="/x">[link]</a> <a href="/y">[comments]</a></p><p>40 points, 3 comments</p>'],
    ['an older Reddit feed’s line, without /u/', '<p>submitted by someone to MachineLearning</p>'],
    ['an embedded tweet’s signature', '<p>— Jay Sullivan (@jaysullivan) April 5, 2022</p>'],
    ['scripts, styles and navigation', '<script>alert("no")</script><style>p{}</style><nav>Home News</nav><aside>Popular now</aside>'],
  ])('%s', (_name, furniture) => {
    expect(cleanHtml(`<p>${STORY}</p>${furniture}`).paragraphs).toEqual([STORY]);
  });
});

describe('cleanHtml keeps the story', () => {
  it('keeps every sentence, even one that mentions subscribing or reading more', () => {
    const html = '<p>OpenAI said 10 million people subscribe to ChatGPT Plus.</p><p>Read more about the plans in the company’s post, it said.</p>';
    expect(cleanHtml(html).paragraphs).toHaveLength(2);
  });

  it('decodes entities, collapses whitespace and keeps links with their text', () => {
    const clean = cleanHtml('<p>It is   faster &amp; cheaper,\n  <a href="https://x.example/?a=1&amp;b=2">the post</a> says.</p>');
    expect(clean.paragraphs).toEqual(['It is faster & cheaper, the post says.']);
    expect(clean.links).toEqual([{ text: 'the post', href: 'https://x.example/?a=1&b=2' }]);
  });

  it('reads plain text with blank lines as paragraphs', () => {
    expect(cleanHtml('First paragraph &amp; more.\n\nSecond one.').paragraphs).toEqual(['First paragraph & more.', 'Second one.']);
  });

  it('reads the lines of plain text a scraper wrote a block each as paragraphs, and a hard-wrapped text’s lines as one', () => {
    // Long lines: the text is not wrapped to a width, so each line is a block of the page (its title, byline, paragraphs).
    const scraped =
      'Ports plan for a busier decade\nANA RUIZ\nThe harbour authority expects container traffic to double within ten years as new berths open along the eastern quay and the rail link reaches the port.\nIt will hire two hundred engineers and dredge the channel before the first of the larger ships arrives in spring.';
    expect(cleanHtml(scraped).paragraphs).toEqual([
      'Ports plan for a busier decade',
      'ANA RUIZ',
      'The harbour authority expects container traffic to double within ten years as new berths open along the eastern quay and the rail link reaches the port.',
      'It will hire two hundred engineers and dredge the channel before the first of the larger ships arrives in spring.',
    ]);
    // Wrapped at 72 characters: the line breaks only fit a width.
    const wrapped = 'The harbour authority expects container traffic to double within ten\nyears as new berths open along the eastern quay.';
    expect(cleanHtml(wrapped).paragraphs).toEqual(['The harbour authority expects container traffic to double within ten years as new berths open along the eastern quay.']);
  });

  it('reads soup: unclosed tags, ">" in attribute values, stray quotes, a truncated tag', () => {
    const html = '<div><p>One <b>bold <i>claim<p>Two <a title="a > b" href=\'https://x.example\'>link</a> here<span data-x=\'1\'\'>Three</span><p>Four <img src="x';
    expect(cleanHtml(html).paragraphs).toEqual(['One bold claim', 'Two link hereThree', 'Four']);
  });

  it('reads a slideshow whose story sits inside its slide’s figure, left open, without the caption and credit', () => {
    const html = '<article><figure class="slide"><figcaption>Pocket power</figcaption><img src="a.jpg" alt="lead"><p class="credit">Image by Sam Lee/Example</p><div class="slideBody"><p>Few things beat a phone that lasts two days on one charge. This year three models do.</p><p class="jump"><a href="/full">To read this article in full, please click here</a></p></section></article>';
    expect(cleanHtml(html).paragraphs).toEqual(['Few things beat a phone that lasts two days on one charge. This year three models do.']);
    // Beside a story of its own, a figure's words stay out.
    expect(cleanHtml(`<p>${STORY}</p><figure><blockquote><p>A pull quote set in a figure.</p></blockquote></figure>`).paragraphs).toEqual([STORY]);
  });

  it('does not recurse: deep nesting is fine', () => {
    expect(cleanHtml(`${'<div>'.repeat(5_000)}deep${'</div>'.repeat(5_000)}`).paragraphs).toEqual(['deep']);
  });
});

describe('cleanHtml sets a box above the story apart', () => {
  it.each([
    ['key takeaways', '<p><strong>Key takeaways</strong></p>'],
    ['a TL;DR', '<p>TL;DR</p>'],
    ['a table of contents', '<h2>Contents</h2>'],
  ])('the list under %s, not the list in the story', (_name, label) => {
    const items = ['Most outages came from configuration, not code.', 'Autoscaling saved less than we hoped.'];
    const later = ['Acme changed three things.', 'Builds are faster.'];
    const html = `${label}<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul><p>${STORY}</p><ul>${later.map((item) => `<li>${item}</li>`).join('')}</ul>`;
    const { setApart } = cleanHtml(html);
    for (const item of items) expect(setApart.has(item)).toBe(true);
    for (const item of [STORY, ...later]) expect(setApart.has(item)).toBe(false);
  });

  it('does not set apart a list the story opens with, without a label above it', () => {
    const { setApart } = cleanHtml(`<ul><li>Most outages came from configuration, not code.</li></ul><p>${STORY}</p>`);
    expect(setApart.has('Most outages came from configuration, not code.')).toBe(false);
  });
});

describe('summarize', () => {
  it('takes the lead: one or two sentences (three very short ones), at most about 300 characters', () => {
    const lead = 'Meta released a model on Tuesday, its largest so far. It is open to anyone who asks. It is fast.';
    expect(summarize([lead])).toBe('Meta released a model on Tuesday, its largest so far. It is open to anyone who asks.');
    expect(summarize(['Meta released a model. It is open. It is fast. It is big.'])).toBe('Meta released a model. It is open. It is fast.');
    const long = `${'A very long opening sentence that keeps going '.repeat(5).trim()}. Second sentence here.`;
    expect(summarize([long]).length).toBeLessThanOrEqual(300);
  });

  it('cuts a huge paragraph at a word boundary', () => {
    const summary = summarize(['word '.repeat(300_000)]);
    expect(summary.length).toBeLessThanOrEqual(300);
    expect(summary).toMatch(/word…$/);
  });

  it('skips a first sentence that only repeats the headline', () => {
    expect(summarize(['Big news.', 'What happened is this.'], 'Big news.')).toBe('What happened is this.');
  });
});

describe('blocks set apart that are not prose (leads15)', () => {
  it('sets apart a table row of cells and a blockquote that cites whom it quotes, not a plain blockquote', () => {
    const { setApart, paragraphs } = cleanHtml('<table><tr><td>Weight</td><td>1.3 kg</td></tr></table><blockquote><cite>ana wrote:</cite><br/>Is it heavy?</blockquote><blockquote><p>The laptop weighs less than a bag of sugar.</p></blockquote><p>It is light.</p>');
    expect(paragraphs).toEqual(['Weight 1.3 kg', 'ana wrote:', 'Is it heavy?', 'The laptop weighs less than a bag of sugar.', 'It is light.']);
    expect(['Weight 1.3 kg', 'ana wrote:', 'Is it heavy?'].every((text) => setApart.has(text))).toBe(true);
    expect(setApart.has('The laptop weighs less than a bag of sugar.')).toBe(false);
    expect(setApart.has('It is light.')).toBe(false);
  });
});
