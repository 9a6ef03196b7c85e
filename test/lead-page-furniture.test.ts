// Lead shapes of pages in general (invented items, example.com names): a standfirst above the byline,
// a review's boxes, a book's imprint, a column's standing intro, a login wall, short sentences, and a
// post that is nothing but a quotation.
import { describe, expect, it } from 'vitest';
import type { RawEntry } from '../src/feeds/feed-types.ts';
import { buildArticle } from '../src/articles/build-article.ts';
import { cleanHtml } from '../src/articles/clean-html.ts';
import { isDek, isLeadBoilerplate, isMetaLine, isShareButton } from '../src/articles/lead-boilerplate.ts';
import { loadTopicTable } from '../src/articles/topics.ts';

const topics = loadTopicTable();
const summaryOf = (html: string, title = 'Quillmark news') =>
  buildArticle({ categories: [], link: 'https://news.example.com/a', title, html } as RawEntry, { url: 'https://news.example.com/feed' }, topics, new Date('2026-01-01T00:00:00Z')).summary;

const STORY = '<p>Quillmark opened a research lab in Lisbon on Monday, its first outside Spain, and plans to hire 40 engineers.</p>';
const LEAD = 'Quillmark opened a research lab in Lisbon on Monday, its first outside Spain, and plans to hire 40 engineers.';

describe('the lead of a page with furniture around the story', () => {
  it('skips a standfirst set above the byline and the date line', () => {
    expect(summaryOf(`<p>We want your views on new rules for pen refills.</p><p>From: Quillmark Standards Office</p><p>Published 2 June 2026</p>${STORY}`)).toBe(LEAD);
    expect(summaryOf(`<p>A pen maker bets on Portugal.</p><p>By Jane Roe</p>${STORY}`)).toBe(LEAD);
    // No byline or date below it: the first paragraph is the story's.
    expect(summaryOf(`<p>We want your views on new rules for pen refills.</p>${STORY}`)).toBe(`We want your views on new rules for pen refills. ${LEAD}`);
  });

  it('tells the page’s lines about the story from its sentences', () => {
    expect(isMetaLine('By Jane Roe and Tom Lee')).toBe(true);
    expect(isMetaLine('Last updated: March 3, 2026')).toBe(true);
    expect(isMetaLine('From: Quillmark Standards Office')).toBe(true);
    expect(isMetaLine('From Monday, Quillmark will sell refills online.')).toBe(false);
  });

  it('skips a review’s verdict and its boxes of pros, cons and specifications', () => {
    const review =
      '<p>Specs</p><p>Weight 1.2 kg</p><p>Price $1,299</p><p>Our Verdict</p><p>A light, quiet laptop with a superb screen, held back by a small battery and few ports.</p>' +
      '<p>Pros</p><p>Superb screen</p><p>Quiet fans</p><p>Light</p><p>Cons</p><p>Small battery</p><p>Two ports</p><p>Dim webcam</p>' +
      '<p>The Quillbook 13 is the lightest laptop we have tested this year, and its screen is the best we have seen at the price.</p>';
    expect(summaryOf(review, 'Quillbook 13 review')).toBe('The Quillbook 13 is the lightest laptop we have tested this year, and its screen is the best we have seen at the price.');
  });

  it('skips a ruling’s holding and a review’s verdict given as a labelled line above the story', () => {
    expect(summaryOf(`<p>Holding: A pen maker's warranty did not cover ink spilled in the post.</p>${STORY}`)).toBe(LEAD);
    expect(summaryOf(`<p>Verdict: A light, quiet laptop held back by a small battery.</p>${STORY}`)).toBe(LEAD);
    expect(isLeadBoilerplate('The holding company said on Monday it would sell its pen unit.')).toBe(false);
  });

  it('skips a book’s imprint and ISBN', () => {
    expect(isLeadBoilerplate('Ferncastle: Example Press, 1984.')).toBe(true);
    expect(isLeadBoilerplate('Ferncastle: Example Press, 1984. (2nd revised edition)')).toBe(true);
    expect(isLeadBoilerplate('ISBN 3-12345-001-0.')).toBe(true);
    expect(isLeadBoilerplate('London: Sales of pens fell, and 2024 was worse.')).toBe(false);
    expect(summaryOf('<p>Ferncastle: Example Press, 1984.</p><p>ISBN 3-12345-001-0.</p><p>This handbook for pen collectors is the most complete guide to fountain pens of its decade.</p>', 'Pen handbook [PDF]')).toBe(
      'This handbook for pen collectors is the most complete guide to fountain pens of its decade.',
    );
  });

  it('skips a column’s standing introduction of itself', () => {
    expect(summaryOf(`<p>Our weekly reading list picks the one essay on pens we think is worth your time.</p>${STORY}`)).toBe(LEAD);
    expect(isLeadBoilerplate('Our weekly column on pens returns in June.')).toBe(true);
  });

  it('skips a banner’s pitch of two sentences set as one link, not a linked sentence of prose', () => {
    expect(summaryOf(`<p><a href="https://quillmark.example.com/join">Write better with Quillmark. Get pen reviews, ink guides and more from Quillmark’s premium service.</a></p>${STORY}`)).toBe(LEAD);
    expect(summaryOf('<p><a href="https://news.example.com/old">If you write every day, you should own one good fountain pen.</a></p>', 'On pens')).toBe(
      'If you write every day, you should own one good fountain pen.',
    );
  });

  it.each([
    'This story is available in Spanish.',
    'Read this article in Portuguese.',
    'Cross-posted from my personal blog.',
    'Epistemic status: speculative, written in an afternoon.',
    'This article was written with the help of AI and reviewed by an editor.',
    'Not a subscriber? Sign up for free.',
    'Start your free trial today.',
    'Support independent journalism. Donate today.',
  ])('skips a note on the text itself or a plea: %s', (note) => {
    expect(summaryOf(`<p>${note}</p>${STORY}`)).toBe(LEAD);
  });

  it('keeps a story’s sentence that speaks of AI writing or of a language', () => {
    expect(summaryOf('<p>This article was written by a reporter who spent a year at Quillmark, the pen maker that now sells AI tools.</p>')).toBe(
      'This article was written by a reporter who spent a year at Quillmark, the pen maker that now sells AI tools.',
    );
    expect(summaryOf('<p>Quillmark’s manual is available in Spanish for the first time, the company said on Monday.</p>')).toBe(
      'Quillmark’s manual is available in Spanish for the first time, the company said on Monday.',
    );
  });

  it('skips a login or paywall line', () => {
    expect(summaryOf(`<p>Sign in to continue reading. Already have an account? Log in.</p>${STORY}`)).toBe(LEAD);
    expect(summaryOf(`${STORY}<p>To continue reading this article, subscribe.</p>`)).toBe(LEAD);
    expect(isLeadBoilerplate('You have reached your limit of free articles this month.')).toBe(true);
  });
});

describe('the lead’s length and what is left when nothing else is', () => {
  it('takes a third sentence when the first two are very short', () => {
    expect(summaryOf('<p>I love fountain pens. They’re quiet. The nib tells you how fast you write, and the ink tells you when you stopped. Nothing else does.</p>')).toBe(
      'I love fountain pens. They’re quiet. The nib tells you how fast you write, and the ink tells you when you stopped.',
    );
  });

  it('gives a post that is only a quotation its quoted words', () => {
    expect(summaryOf('<p>"A pen is a small machine for slow thinking, and slow thinking is the kind that lasts." - Jane Roe</p>', 'On pens')).toBe(
      'A pen is a small machine for slow thinking, and slow thinking is the kind that lasts.',
    );
  });
});

describe('a feed that escaped its HTML twice', () => {
  it('reads "&nbsp;" glued between words as the space it meant, and leaves one set apart as written', () => {
    expect(cleanHtml('<p>The orange flavor of Quillmark Mints&amp;nbsp;unfolds slowly.</p>').paragraphs).toEqual(['The orange flavor of Quillmark Mints unfolds slowly.']);
    expect(cleanHtml('<p>Write &amp;nbsp; to keep two words together.</p>').paragraphs).toEqual(['Write &nbsp; to keep two words together.']);
  });

  it('reads "&amp;" as the ampersand it meant, unless it writes out an entity', () => {
    expect(cleanHtml('<p>The workshop at Sniff &amp;amp; Tell sold out, as did the Q&amp;amp;A after it.</p>').paragraphs).toEqual(['The workshop at Sniff & Tell sold out, as did the Q&A after it.']);
    expect(cleanHtml('Quarnby R&amp;amp;D grew; see ?page=1&amp;amp;sort=new for more.').paragraphs).toEqual(['Quarnby R&D grew; see ?page=1&sort=new for more.']);
    // A writer showing an entity: as written.
    expect(cleanHtml('<p>Write &amp;amp;nbsp; to keep two words together.</p>').paragraphs).toEqual(['Write &amp;nbsp; to keep two words together.']);
  });

  it('reads "&nbsp;" glued to a word on one side as a space too, in HTML and in a plain-text summary', () => {
    expect(cleanHtml('<p>The posts are listed below.&amp;nbsp; In this one, the refill.</p>').paragraphs).toEqual(['The posts are listed below. In this one, the refill.']);
    // An Atom summary of type "text" that was escaped twice: its entities as written.
    expect(cleanHtml('The posts are listed below.&amp;nbsp; See Bug&amp;nbsp;#1159&amp;nbsp;: slow refills.').paragraphs).toEqual(['The posts are listed below. See Bug #1159 : slow refills.']);
  });
});

describe('a blog platform’s “The post … appeared first on …” footer run on after an excerpt', () => {
  it('drops the footer at the excerpt’s end, and the footer split by a line break in the post’s title, keeping it aside', () => {
    const excerpt = 'Why would an engineer keep bees at work? It began with a passion and grew into a chance to spark curiosity about the […]';
    const onePiece = cleanHtml(`${excerpt} The post Bees at Work at Harbor Labs appeared first on Harbor Newsroom .`);
    expect(onePiece.paragraphs).toEqual([excerpt]);
    expect(onePiece.removed).toContain('The post Bees at Work at Harbor Labs appeared first on Harbor Newsroom .');
    const split = cleanHtml(`${excerpt} The post Bees at Work <br>at Harbor Labs appeared first on Harbor Newsroom .`);
    expect(split.paragraphs).toEqual([excerpt]);
    expect(split.removed).toContain('The post Bees at Work at Harbor Labs appeared first on Harbor Newsroom .');
    // A sentence of the story about where something first appeared stays.
    expect(cleanHtml('<p>The clip spread fast. The post that started it appeared first on a forum for beekeepers.</p>').paragraphs).toEqual(['The clip spread fast. The post that started it appeared first on a forum for beekeepers.']);
    expect(cleanHtml('<p>The clip spread fast. The post that started it appeared first on Reddit.</p>').paragraphs).toEqual(['The clip spread fast. The post that started it appeared first on Reddit.']);
  });

  it('drops the footer run into the excerpt’s last sentence or cut mark with no space between', () => {
    for (const end of ['for the coming spring.', 'for the coming […]']) {
      const excerpt = `Since 2013, the Harbor Labs hive has grown every year, and its keepers plan two more hives ${end}`;
      const clean = cleanHtml(`${excerpt}The post Bees at Work at Harbor Labs appeared first on Harbor Newsroom.`);
      expect(clean.paragraphs).toEqual([excerpt]);
      expect(clean.removed).toContain('The post Bees at Work at Harbor Labs appeared first on Harbor Newsroom.');
    }
  });
});

describe('a dek above the story', () => {
  it('skips a dek that tells the reader what the post is about, above the story', () => {
    const deks = [
      'Learn how a pen maker moved its ink lab to Lisbon in six weeks.',
      'Under the hood of the Quillmark refill: its cartridge, its nib and its seal.',
      'How Quillmark tests its inks: the bench, the paper and the clock',
      'Analyzing the refill sales of Quillmark between 2024 and 2026',
      'Use the Quillmark app to order refills from your desk.',
    ];
    for (const dek of deks) {
      expect(summaryOf(`<blockquote>${dek}</blockquote>${STORY}`)).toBe(LEAD);
      expect(summaryOf(`<p>${dek}</p>${STORY}`)).toBe(LEAD);
    }
    // Alone, the dek is the item's text.
    expect(summaryOf('<p>Learn how a pen maker moved its ink lab to Lisbon in six weeks.</p>')).toBe('Learn how a pen maker moved its ink lab to Lisbon in six weeks.');
  });

  it('keeps a story that opens with a subject and its verb, or asks a question', () => {
    expect(isDek('Quillmark opened a research lab in Lisbon on Monday.')).toBe(false);
    expect(isDek('How we got here is a long story.')).toBe(false);
    expect(isDek('How do you make a pen that never leaks?')).toBe(false);
    expect(isDek('Building pens is harder than it looks.')).toBe(false);
    expect(isDek('Use of the old refills fell by half: the new ones, the dealers said, cost less.')).toBe(false);
    expect(isDek('We learn how to write before we learn why.')).toBe(false);
    expect(isDek('Quillmark’s yearly report credits three things for its growth: refills, nibs, and a new shop.')).toBe(false);
  });
});

describe('a caption glued to the story by a feed that stripped its markup', () => {
  it('reads the story after a caption or a title run into its first sentence', () => {
    const glued = [
      ['Blue Pens on a Desk by Ana Roe (2019)', 'Once a year, I sort the pens in my drawer by the colour of their ink.'],
      ['A talk with Tom Lee, author of The Quiet Nib', 'There are few books on fountain pens as careful as this one.'],
    ];
    for (const [caption, lead] of glued) expect(summaryOf(`<p>${caption}${lead}</p>`)).toBe(lead);
  });

  it('leaves a brand’s inner capital and a sentence with its verb as they are', () => {
    const brand = 'The new QuillBook is the lightest laptop we have tested this year.';
    expect(summaryOf(`<p>${brand}</p>`)).toBe(brand);
    // Glued-looking words inside a clause with its verb: a name, not a caption run into the story.
    const verb = 'Ana Roe wrote about the DoThis app last week, and readers liked it.';
    expect(summaryOf(`<p>${verb}</p>`)).toBe(verb);
  });
});

describe('a scraped page’s navigation above its story', () => {
  const page = (trail: string, title: string, story: string) =>
    buildArticle({ categories: [], link: 'https://news.example.com/a', title, html: `<p>Back the Ledger: Free Mug</p><p>${trail} ${title}</p>${story}` } as RawEntry, { url: 'https://news.example.com/feed' }, topics, new Date('2026-01-01T00:00:00Z'));

  it('skips a breadcrumb that ends in the headline, and what stands above it', () => {
    expect(page('Home / Business / News /', 'Quillmark opens a research lab in Lisbon', STORY).summary).toBe(LEAD);
    expect(page('Home World', 'Quillmark opens a research lab in Lisbon', STORY).summary).toBe(LEAD);
  });

  it('takes no speaker from the trail before the headline', () => {
    const article = page('Home World', 'Rossi says Lisbon lab will hire 40 engineers', '<p>Marta Rossi, Quillmark’s chief executive, said on Monday the company would open a lab in Lisbon.</p><p>“We want to be where the engineers are,” she said.</p>');
    expect(article.quote?.speaker).toBe('Marta Rossi');
  });

  it('keeps a first sentence that ends with the headline’s words', () => {
    expect(page('', 'Quillmark opens a research lab in Lisbon', STORY).summary).toBe(LEAD);
    const sentence = 'Chief Executive Marta Rossi says Quillmark opens a research lab in Lisbon';
    expect(summaryOf(`<p>${sentence}</p>${STORY}`, 'Quillmark opens a research lab in Lisbon')).toBe(`${sentence}. ${LEAD}`);
  });
});

describe('a scraped page’s chrome between its headline and its story', () => {
  const SHARE = ['Bookmark', 'Share', 'WhatsApp', 'Telegram', 'Facebook', 'Twitter', 'Email', 'LinkedIn'].map((button) => `<p>${button}</p>`).join('');

  it('reads past a date line, a row of share buttons and the page’s promos, however many, to the story', () => {
    const promos = '<p>Set The Ledger as your preferred source on Google</p><p>Add The Ledger as a trusted source to help Google rank our stories.</p><p>Read a summary of this article on Brief.</p><p>Get short news in a new swipe view. Give it a try.</p>';
    expect(summaryOf(`<p>Quillmark news</p><p>3 Jun 2026 07:43AM (Updated: 3 Jun 2026 09:10AM)</p>${SHARE}${promos}${STORY}`)).toBe(LEAD);
    expect(summaryOf(`<p>Quillmark news</p><p>3 June, 2026 09:30 pm IST</p>${SHARE}<p>Jun 3 : ${STORY.slice(3)}`)).toBe(LEAD);
  });

  it.each([
    [isMetaLine, '3 Jun 2026 07:43AM (Updated: 3 Jun 2026 09:10AM)', true],
    [isMetaLine, '3 June, 2026 09:30 pm IST', true],
    [isMetaLine, 'Ledger Wire Lisbon 2 min read Last Updated : Jun 3 2026 | 6:14 PM IST', true],
    [isShareButton, 'WhatsApp', true],
    [isShareButton, 'Quillmark', false],
    [isLeadBoilerplate, 'Get short news in a new swipe view. Give it a try.', true],
    // One call alone, or calls among a story's sentences, are left to the other rules.
    [isLeadBoilerplate, 'Get ready: Quillmark will sell refills online.', false],
    [isLeadBoilerplate, 'Try the new pen. Quillmark says it lasts a year.', false],
    [isLeadBoilerplate, 'Add Quillmark to the list of pen makers that moved to Portugal.', false],
  ] as const)('tells the chrome’s lines from a story’s: %o %s', (test, line, chrome) => {
    expect(test(line)).toBe(chrome);
  });
});

describe('a scraped page’s standfirst under its headline, above the page’s chrome', () => {
  const TITLE = 'Quillmark bets on Portugal with a new lab';
  const DECK = 'The pen maker wants engineers closer to its suppliers.';
  const CAPTION = '<p>Refills on a workbench in Lisbon, Jun 2, 2026. (Photo: Ledger/Ana Roe)</p>';

  it('skips the standfirst under the headline repeated, above a caption, the date and the share buttons', () => {
    expect(summaryOf(`<p>Europe</p><p>${TITLE}</p><p>${DECK}</p>${CAPTION}<p>3 Jun 2026 07:43AM</p><p>Share</p><p>Facebook</p><p>Email</p>${STORY}`, TITLE)).toBe(LEAD);
  });

  it('skips the standfirst run into the headline, above a byline line or the page’s labels', () => {
    expect(summaryOf(`<p>${TITLE} ${DECK}</p>${CAPTION}<p>Ledger Wire Lisbon 2 min read Last Updated : Jun 3 2026 | 6:14 PM IST</p><p>Listen to This Article</p>${STORY}`, TITLE)).toBe(LEAD);
    expect(summaryOf(`<p>${TITLE} ${DECK}</p><p>This image is AI-generated and shows no real place.</p><p>Key Takeaways</p><p>Loading...</p>${STORY}`, TITLE)).toBe(LEAD);
    // The same note of a summary, as topics read it (ai-disclosure.ts): furniture for the lead too.
    expect(summaryOf(`<p>The summary above was generated using AI tools and checked by our editors.</p>${STORY}`, TITLE)).toBe(LEAD);
  });

  it('keeps a story’s first paragraph with only its picture below it', () => {
    expect(summaryOf(`<p>${TITLE}</p><p>${DECK}</p>${CAPTION}${STORY}`, TITLE)).toBe(DECK);
  });
});

describe('a scraped page that is only chrome', () => {
  const item = (html: string, summaryHtml: string) =>
    buildArticle({ categories: [], link: 'https://news.example.com/a', title: 'Quillmark news', html, summaryHtml } as RawEntry, { url: 'https://news.example.com/feed' }, topics, new Date('2026-01-01T00:00:00Z')).summary;

  it('takes the feed’s description when the body holds only links to other stories or a ticker', () => {
    expect(item('<p>Opens in new window ‘A fair deal’: analyst on why pen prices rose Opens in new window 06:36 · June 2, 2026 at 12:56p.m. EDT</p>', STORY)).toBe(LEAD);
    expect(item('<p>1時間前 【速報】リスボンで新しい研究所 午前4時現在</p>', STORY)).toBe(LEAD);
    expect(item('<p>2 hours ago Pen makers rally in Lisbon trading</p>', STORY)).toBe(LEAD);
  });
});

describe('a wire’s credit before the story without its place', () => {
  it('strips a date with the newsroom’s credit, or a credit in full-width brackets before a colon', () => {
    expect(summaryOf(`<p>Jun 3 (Ledger Wire) – ${LEAD}</p>`)).toBe(LEAD);
    expect(summaryOf('<p>（レジャー通信）：クイルマークはリスボンに研究所を開いた。技術者40人を採用する。</p>')).toBe('クイルマークはリスボンに研究所を開いた。技術者40人を採用する。');
  });
});

describe('sentences of Chinese and Japanese', () => {
  it('ends a sentence at 。, so a body the feed cut still gives its whole first sentences', () => {
    expect(summaryOf('<p>クイルマークはリスボンに研究所を開いた。「技術者を40人採用する」と社長は語った。来年には第二の拠点も…</p>')).toBe('クイルマークはリスボンに研究所を開いた。「技術者を40人採用する」と社長は語った。');
    expect(summaryOf('<p>羽毛笔公司在里斯本开设了研究所！公司计划招聘四十名工程师，明年还将…</p>')).toBe('羽毛笔公司在里斯本开设了研究所！');
  });
});

describe('a body of nothing but a label', () => {
  it('gives no lead for a page’s button or heading alone, or a paper’s authors alone', () => {
    expect(summaryOf('<p>Access API</p>', 'Quillmark Speech 3: a new voice model')).toBe('');
    expect(summaryOf('<p><strong>Notes</strong></p><ul><li><a href="https://a.example/1">Step 1</a></li><li><a href="https://a.example/2">Step 2</a></li></ul>')).toBe('');
    expect(summaryOf('<p>Lindqvist et al.</p>', 'Stagewise attribution in small models')).toBe('');
    expect(summaryOf('<p>Lindqvist and Okafor</p>', 'Stagewise attribution in small models')).toBe('');
    expect(summaryOf('<p>Lindqvist, Okafor and Brandt</p>', 'Stagewise attribution in small models')).toBe('');
  });

  it('keeps a description of a few plain words, and a short sentence', () => {
    expect(summaryOf('<p>a photograph</p>', 'harbour at dusk')).toBe('a photograph');
    expect(summaryOf('<p>Pixtral grows up.</p>', 'Quillmark Large 3')).toBe('Pixtral grows up.');
    // Names joined by "and" in a sentence are the story's.
    expect(summaryOf('<p>Lindqvist and Okafor win the prize.</p>', 'Quillmark Prize')).toBe('Lindqvist and Okafor win the prize.');
  });
});

describe('a run-in head in bold before the story', () => {
  it('skips a column’s name set in bold before the first sentence', () => {
    expect(summaryOf('<p><strong>Quote of the Week</strong> This was the week Quillmark’s chief said the quiet part out loud.</p>')).toBe('This was the week Quillmark’s chief said the quiet part out loud.');
    expect(summaryOf('<p><strong>Something for the Weekend, Sir?</strong> “Is this the train to Harwick?” asks a woman as she boards.</p>')).toBe('“Is this the train to Harwick?” asks a woman as she boards.');
  });

  it('keeps a bold subject, a bold first sentence and a labelled box', () => {
    expect(summaryOf('<p><strong>Quillmark Robotics</strong> opened a lab in Lisbon on Monday.</p>')).toBe('Quillmark Robotics opened a lab in Lisbon on Monday.');
    expect(summaryOf('<p><strong>Copernicus Ledger</strong> (CL) is a programme that opens satellite data to everyone.</p>')).toBe('Copernicus Ledger (CL) is a programme that opens satellite data to everyone.');
    expect(summaryOf(`<p><strong>Quillmark opened a lab.</strong> The lab is in Lisbon and will hire 40 engineers.</p>`)).toBe('Quillmark opened a lab. The lab is in Lisbon and will hire 40 engineers.');
    expect(summaryOf(`<p><strong>TL;DR:</strong> Quillmark opened a lab.</p>${STORY}`)).toBe(LEAD);
  });
});
