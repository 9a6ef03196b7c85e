// The summary opens with the story's own first sentence, complete: our own small items in the
// shapes outlets use (newsletters, aggregators, arXiv, live blogs), not copies of real ones.
import { describe, expect, it } from 'vitest';
import type { RawEntry } from '../src/feeds/feed-types.ts';
import { buildArticle } from '../src/articles/build-article.ts';
import { splitSentences } from '../src/articles/split-sentences.ts';
import { summarize } from '../src/articles/summarize.ts';
import { isLeadBoilerplate } from '../src/articles/lead-boilerplate.ts';
import { loadTopicTable } from '../src/articles/topics.ts';

const topics = loadTopicTable();
const summaryOf = (entry: Partial<RawEntry>) =>
  buildArticle({ categories: [], link: 'https://news.example/a', ...entry }, { url: 'https://news.example/feed' }, topics, new Date('2026-01-01T00:00:00Z')).summary;

describe('the lead skips what is not the story', () => {
  it.each([
    [
      'a live page’s script notice',
      '<p>Please turn on JavaScript in your browser to get automatic updates.</p><p>Lumen’s shares fell 4% after hours as its cloud sales missed forecasts.</p>',
      'Lumen’s shares fell 4% after hours as its cloud sales missed forecasts.',
    ],
    [
      'a wire credit after the only paragraph (an aggregator’s item)',
      '<p>Lumen is in talks to buy a data centre operator for about $2 billion, two people familiar with the matter said. (Reuters)</p>',
      'Lumen is in talks to buy a data centre operator for about $2 billion, two people familiar with the matter said.',
    ],
    [
      'a pull quote where it is from',
      '<blockquote><p>“The model agrees with the user’s false belief in most of the cases we tried.” — from the paper</p></blockquote><p>A new preprint argues that chatbots flatter users more as they grow.</p>',
      'A new preprint argues that chatbots flatter users more as they grow.',
    ],
    [
      'a quotation alone above the story',
      '<blockquote><p>“Any safeguard you can train in, someone can train out.”</p></blockquote><p>Ana Ruiz has spent two years removing safety training from open models.</p>',
      'Ana Ruiz has spent two years removing safety training from open models.',
    ],
    [
      'a podcast’s row of listening links (the episode’s own “In this episode” is its lead)',
      '<p>Listen on <a href="https://a.example/s">Spotify</a> | <a href="https://b.example/p">Pocket Casts</a></p><p>In this episode, Ana Ruiz talks with the team that rebuilt Acme’s search.</p><p><strong>Chapters</strong></p><ul><li>00:00 Intro</li><li>04:10 The old index</li></ul>',
      'In this episode, Ana Ruiz talks with the team that rebuilt Acme’s search.',
    ],
    [
      'a preprint’s preamble',
      '<p><strong>This study is a preprint and has not yet been peer reviewed.</strong></p><p>Acme’s small model sorted 900 X-rays as well as two radiologists did.</p>',
      'Acme’s small model sorted 900 X-rays as well as two radiologists did.',
    ],
    [
      'a newsletter intro',
      '<p>Welcome back to In the Margin, our twice-weekly newsletter about machines that think.</p><p>Acme released a model that writes its own tests on Tuesday.</p>',
      'Acme released a model that writes its own tests on Tuesday.',
    ],
    [
      'a "This is …, a newsletter" intro',
      '<p>This is The Backstep, a weekly newsletter breaking down one story from the tech world.</p><p>Phones got thinner this year, and batteries paid the price.</p>',
      'Phones got thinner this year, and batteries paid the price.',
    ],
    [
      '"Listen to this post" and a greeting',
      '<p>Listen to this post: Good morning, readers. Acme cut the price of its chips by half on Monday.</p>',
      'Acme cut the price of its chips by half on Monday.',
    ],
    [
      "an editor's note",
      '<p>Edit Feb. 3: We corrected the launch date in this post.</p><p>Acme will open its model to researchers in March.</p>',
      'Acme will open its model to researchers in March.',
    ],
    [
      'a caption with its credit',
      '<p>The robot on stage in Berlin on Monday. (Photo: Jane Roe/Reuters)</p><p>Acme showed a robot that folds laundry.</p>',
      'Acme showed a robot that folds laundry.',
    ],
    [
      'an epigraph and its author',
      '<p>“The best way to predict the future is to build it.”</p><p>— A. Founder</p><p>Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'an editor’s note paragraph, introduction and all',
      '<p>Editor’s note: Today we hear from Acme, a startup that tags songs. In today’s post, its CTO explains the move.</p><p>At Acme we built a model that listens to songs.</p>',
      'At Acme we built a model that listens to songs.',
    ],
    [
      'a TL;DR box',
      '<p>TL;DR: we studied remote work. Download the report.</p><p>Offices are emptier than ever, a new survey shows.</p>',
      'Offices are emptier than ever, a new survey shows.',
    ],
    [
      'a kicker',
      '<p>Exclusive: Acme is raising $40 million to build robot kitchens.</p>',
      'Acme is raising $40 million to build robot kitchens.',
    ],
    [
      'a heading, taking the first list item as the lead',
      '<h2>What’s changed</h2><ul><li>Fixed prompt caching for sessions behind a proxy</li><li>Added a compact output style.</li></ul>',
      'Fixed prompt caching for sessions behind a proxy. Added a compact output style.',
    ],
    [
      'a byline',
      '<p>By Jane Roe</p><p>Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'a figure caption without a credit',
      '<p>Figure 2: Accuracy of the model against the size of its training set.</p><p>Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'a caption with its credit after a slash',
      '<p>Workers at the port in Ningbo on Monday. Photo/Xinhua</p><p>Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'a "Photo by" caption',
      '<p>Photo by Jane Roe for the Harbor Times.</p><p>Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'a dateline in capitals',
      '<p>SAN FRANCISCO — Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'a dateline with a date and an agency',
      '<p>BERLIN, March 3 (dpa) - Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'a wire credit',
      '<p>(Bloomberg) -- Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'a republishing note and a date line',
      '<p>This story was originally published by Grist Weekly.</p><p>Last updated: March 3, 2026</p><p>Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'a sponsorship note',
      '<p>This content is sponsored by Widgets Inc.</p><p>Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'a newsletter writer’s note on the issue',
      '<p>Hello, and thanks for reading. This one has maps.</p><p>Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'a newsletter writer’s note on the issue, with an aside after a colon',
      '<p>Hi all,</p><p>Quick one today: I’m on a ferry with no signal.</p><p>Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'a newsletter writer’s note on what the edition is',
      '<p>Happy Sunday! The Sunday edition is where I write about gardens.</p><p>Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'a sponsor read',
      '<p>Sponsored — Tallyo: “Books closed in days.” Accountants at 900 firms use Tallyo every month. Try it free</p><p>Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'a live blog post’s time and heading',
      '<p>Key posts</p><p><time>4.05pm</time> <strong>Unions react to the plan</strong></p><p>Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'a greeting and the writer’s note in one sentence',
      '<p>Hey everyone — a short one this week, the garden needs me.</p><p>Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'a newsletter opening on the day of the week',
      '<p>It’s Thursday, and the heating in my office is broken again.</p><p>Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'a press-release distributor in brackets between double dashes',
      '<p>PORTO, Portugal--(TIDELINE NEWSWIRE)--Acme Labs (NASDAQ: ACML) today opened a research lab in Lisbon.</p>',
      'Acme Labs (NASDAQ: ACML) today opened a research lab in Lisbon.',
    ],
    [
      'a byline and a reading time in German',
      '<p>Von Ute Berg</p><p>Lesedauer: 3 Min.</p><p>Acme hat am Freitag ein Labor in Lissabon eröffnet.</p>',
      'Acme hat am Freitag ein Labor in Lissabon eröffnet.',
    ],
    [
      'a reading time in English',
      '<p>Estimated reading time: 6 min.</p><p>Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'a French kicker with the space before its colon',
      '<p>Exclusif : Acme ouvre un laboratoire à Lisbonne, selon nos informations.</p>',
      'Acme ouvre un laboratoire à Lisbonne, selon nos informations.',
    ],
    [
      'a kicker set off by a bar',
      '<p>BREAKING | Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'an update note in Spanish, not in italics',
      '<p><strong>Actualización 09:10:</strong> Acme confirmó la noticia.</p><p>Acme abrió un laboratorio en Lisboa el viernes.</p>',
      'Acme abrió un laboratorio en Lisboa el viernes.',
    ],
    [
      'a "Last modified on" line',
      '<p>Last modified on Fri 8 May 2026 09.30 BST</p><p>Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'a greeting and a welcome in Spanish',
      '<p>¡Buenos días! Bienvenidas a otra edición de La Brújula.</p><p>Acme abrió un laboratorio en Lisboa el viernes.</p>',
      'Acme abrió un laboratorio en Lisboa el viernes.',
    ],
    [
      'the writer introducing themselves after a greeting',
      '<p>Hello, I’m Ana, and this is The Long Run, a letter about batteries.</p><p>Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'a sponsor label',
      '<p>This week’s sponsor: Tallyo, books closed in days.</p><p>Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'a newsletter’s reminder to reply',
      '<p>Our reader survey closes Sunday; reply to this email with your answers.</p><p>Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'a “Before we start” aside',
      '<p>Before we begin: a big thank you for the kind notes last week.</p><p>Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'a transcript’s first line, the host welcoming listeners',
      '<p>Sam: Welcome to Night Shift.</p><p>In this episode, Ana Ruiz explains why Acme opened a lab in Lisbon.</p>',
      'In this episode, Ana Ruiz explains why Acme opened a lab in Lisbon.',
    ],
    [
      'an archive notice',
      '<p>This article is more than 3 years old</p><p>Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'a content warning about the article',
      '<p>Warning: this story contains graphic descriptions of an accident.</p><p>Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'a news API’s count of the characters it cut',
      '<p>Acme opened a lab in Lisbon on Friday. The lab will employ about … [+1870 chars]</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'a Spanish byline with its date',
      '<p>Por Lucía Gómez | 4 de mayo de 2026</p><p>Acme abrió un laboratorio en Lisboa el viernes.</p>',
      'Acme abrió un laboratorio en Lisboa el viernes.',
    ],
    [
      'a French publication line',
      '<p>Publié le 04/05/2026 à 10h42, mis à jour le 04/05/2026 à 12h00</p><p>Acme a ouvert un laboratoire à Lisbonne vendredi.</p>',
      'Acme a ouvert un laboratoire à Lisbonne vendredi.',
    ],
    [
      'an AI-generated summary above the story',
      '<p>AI-generated summary: Acme has a new lab.</p><p>Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'a reading time with a stop',
      '<p>5 min read.</p><p>Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    ['a “Scoop:” kicker', '<p>Scoop: Acme opened a lab in Lisbon on Friday.</p>', 'Acme opened a lab in Lisbon on Friday.'],
    ['a “First on …:” kicker', '<p>First on The Harbor Times: Acme opened a lab in Lisbon on Friday.</p>', 'Acme opened a lab in Lisbon on Friday.'],
    ['a kicker set off by a dash', '<p>Exclusive — Acme opened a lab in Lisbon on Friday.</p>', 'Acme opened a lab in Lisbon on Friday.'],
    [
      'a note from the author',
      '<p>A note from the editors: this piece was written before the vote.</p><p>Acme opened a lab in Lisbon on Friday.</p>',
      'Acme opened a lab in Lisbon on Friday.',
    ],
    [
      'a wire photo’s caption with the agency and photographer in brackets',
      '<p>Harbor Minister Ana Ruiz meets with port officials in Lisbon, Portugal, Aug. 22, 2026. (Tidewire/Jo Pires)</p><p>LISBON, Aug. 22 (Tidewire) -- Harbor Minister Ana Ruiz said on Saturday that the port would double its capacity by 2030.</p>',
      'Harbor Minister Ana Ruiz said on Saturday that the port would double its capacity by 2030.',
    ],
    [
      'the same caption with its credit in square brackets',
      '<p>Ana Ruiz speaks at the opening of the new quay in Lisbon, Aug. 18, 2026. [Tidewire/Li Xiang]</p><p>Ana Ruiz opened the new quay on Tuesday and said more berths would follow.</p>',
      'Ana Ruiz opened the new quay on Tuesday and said more berths would follow.',
    ],
    ['a release note’s badge run into its text', '<p>New The Acme registry now verifies publishers on request.</p>', 'The Acme registry now verifies publishers on request.'],
    ['a release note’s badge run into a fix', '<p>Fixed A crash when a repository had no tags.</p>', 'A crash when a repository had no tags.'],
    ['no badge: a sentence that opens with “New”', '<p>New York lifted the ban on Friday.</p>', 'New York lifted the ban on Friday.'],
    ['no badge: a sentence that opens with “Updated”', '<p>Updated the Acme guide to cover the new API.</p>', 'Updated the Acme guide to cover the new API.'],
  ])('%s', (_name, html, lead) => {
    expect(summaryOf({ title: 'Acme news', html })).toBe(lead);
  });

  it('strips an arXiv listing preamble', () => {
    const summary = summaryOf({
      title: 'Small Models Check Their Work',
      summaryHtml: 'arXiv:2612.01234v1 Announce Type: new Abstract: We show that small language models can verify their own answers. Our method needs no labels.',
    });
    expect(summary).toBe('We show that small language models can verify their own answers. Our method needs no labels.');
  });

  it('gives a product launch its tagline, not the "Discussion | Link" row', () => {
    const summary = summaryOf({
      title: 'Inboxer',
      html: '<p>An AI agent that answers your email while you sleep</p><p><a href="https://hunt.example/posts/inboxer">Discussion</a> | <a href="https://hunt.example/r/1">Link</a></p>',
    });
    expect(summary).toBe('An AI agent that answers your email while you sleep.');
  });

  it('gives an aggregator item whose description is its headline and related headlines no summary', () => {
    const summary = summaryOf({
      title: 'Acme unveils a thinking model - Daily Wire Service',
      summaryHtml:
        '<ol><li><a href="https://a.example/1" target="_blank">Acme unveils a thinking model</a>&nbsp;&nbsp;<font color="#6f6f6f">Daily Wire Service</font></li>' +
        '<li><a href="https://b.example/2" target="_blank">Acme’s new model can reason through math problems step by step</a>&nbsp;&nbsp;<font color="#6f6f6f">Tech Daily</font></li>' +
        '<li><a href="https://c.example/3" target="_blank">What the Acme launch means for rivals</a>&nbsp;&nbsp;<font color="#6f6f6f">The Ledger</font></li></ol>',
    });
    expect(summary).toBe('');
  });

  it('prefers the feed’s complete description to a body the feed cut mid-word', () => {
    const description = '<p>Tidewater Mills will close its Ashby plant in March, the company said on Friday.</p>';
    // The body's first sentence is whole and its second cut: the cut one is never shown as if it ended.
    expect(summaryOf({ title: 'Tidewater Mills to close Ashby plant', summaryHtml: description, html: '<p>ASHBY, May 2 — Tidewater Mills will close its Ashby plant in March, the company said on Friday. About 240 people work at the plant, which opened in 1962 and makes paper for suppl</p>' })).toBe(
      'Tidewater Mills will close its Ashby plant in March, the company said on Friday.',
    );
    // The body's only sentence is cut.
    expect(summaryOf({ title: 'Tidewater Mills to close Ashby plant', summaryHtml: description, html: '<p>Tidewater Mills will close its Ashby plant in March, the company said on Fri</p>' })).toBe(
      'Tidewater Mills will close its Ashby plant in March, the company said on Friday.',
    );
  });

  it('keeps a description that opens with the headline and goes on with its own words', () => {
    // The headline with its outlet after it is an echo; the headline going on as a sentence is the lead.
    expect(summaryOf({ title: 'Ana Reis named coach of the national team', summaryHtml: '<p>Ana Reis named coach of the national team, starting next season.</p>' })).toBe(
      'Ana Reis named coach of the national team, starting next season.',
    );
    expect(summaryOf({ title: 'gardens', summaryHtml: '<p>gardens should be taught in every primary school</p>' })).toBe('gardens should be taught in every primary school.');
    expect(summaryOf({ title: 'Acme unveils a thinking model', summaryHtml: '<p>Acme unveils a thinking model - Daily Wire Service</p>' })).toBe('');
  });

  it('starts after the headline an aggregator repeats before its excerpt ("Headline — Text")', () => {
    const summary = summaryOf({
      title: 'Lumen agrees to buy chip designer Corvid for $900M (Ana Lima/The Harbor Times)',
      html:
        '<p>Lumen agrees to buy chip designer Corvid for $900M — Lumen has agreed to buy Corvid, a designer of low-power inference chips, for about $900 million. The deal is Lumen’s third this year …</p>' +
        '<p>Discussion: Tech Daily, The Ledger</p>',
    });
    expect(summary).toBe('Lumen has agreed to buy Corvid, a designer of low-power inference chips, for about $900 million.');
  });

  it('starts after the headline a feed glued to its text without a space', () => {
    // The feed joined its title and its text: "…the hidden costThink…". A number going on is no glue.
    expect(summaryOf({ title: 'Why closed code is not safer: the hidden cost', summaryHtml: 'Why closed code is not safer: the hidden costThink closed code is safer because no one can read it? Model-driven scanners find its flaws anyway.' })).toBe(
      'Think closed code is safer because no one can read it? Model-driven scanners find its flaws anyway.',
    );
    expect(summaryOf({ title: 'Lumen ranks the chips of its top 10', summaryHtml: 'Lumen ranks the chips of its top 100 customers, from the cheapest to the fastest.' })).toBe(
      'Lumen ranks the chips of its top 100 customers, from the cheapest to the fastest.',
    );
  });

  it('skips a live blog’s related links to reach its own text', () => {
    const summary = summaryOf({
      title: 'Election results live',
      summaryHtml:
        '<ul><li><a href="https://g.example/1">Turnout was the highest in twenty years across the north of the country</a></li>' +
        '<li><a href="https://g.example/2">Five charts that explain the night and what comes next for the parties</a></li></ul>' +
        '<p>Counting continues in the last three regions, with results expected by noon.</p>',
    });
    expect(summary).toBe('Counting continues in the last three regions, with results expected by noon.');
  });
});

describe('the headline repeated with its kicker', () => {
  it('is not the lead', () => {
    const html = '<p>Opinion | Lisbon is the new lab capital</p><p>Acme opened a lab in Lisbon on Friday, its third in the city.</p>';
    expect(summaryOf({ title: 'Opinion | Lisbon is the new lab capital', html })).toBe('Acme opened a lab in Lisbon on Friday, its third in the city.');
  });
});

describe('the lead is a complete sentence', () => {
  it('drops a sentence the feed cut off rather than ending mid-thought', () => {
    expect(summarize(['Acme is giving $5 million to a jobs platform. This follows a year of investment in the region and …'])).toBe(
      'Acme is giving $5 million to a jobs platform.',
    );
  });

  it('marks a line the feed cut after a comma as cut, not ending on the comma', () => {
    expect(summarize(['This week: console network outages, the white whale that is a title fight, the latest studio mishap,'])).toBe(
      'This week: console network outages, the white whale that is a title fight, the latest studio mishap…',
    );
  });

  it('drops only the note’s sentences when the item is one paragraph, showing a cut sentence when nothing else is whole', () => {
    expect(summarize(['This post was updated on May 2 with new results. At Acme, one of the questions we often get...'])).toBe(
      'At Acme, one of the questions we often get...',
    );
  });

  it('prefers the feed’s own complete description when the body is cut', () => {
    const summary = summaryOf({
      title: 'Acme model',
      html: '<p>Acme released a model that can plan a week of meals and then order the groceries for …</p>',
      summaryHtml: '<p>Acme released a meal-planning model that orders groceries.</p>',
    });
    expect(summary).toBe('Acme released a meal-planning model that orders groceries.');
  });

  it('never cuts inside a quotation', () => {
    const long = `Acme’s chief executive said on stage that the company “will ship a model that ${'thinks harder and '.repeat(30)}answers better than any other,” to loud applause from the crowd.`;
    const summary = summarize([long]);
    expect(summary.length).toBeLessThanOrEqual(300);
    expect((summary.match(/“/g) ?? []).length).toBe((summary.match(/”/g) ?? []).length);
    expect(summary.endsWith('…')).toBe(true);
  });

  it('takes no second sentence that opens guillemets and stops inside them (a French aside)', () => {
    const first = 'Un rapport publié mercredi estime que l’intelligence artificielle pourrait supprimer 300 000 emplois dans les ports d’ici 2035.';
    expect(summarize([first, '« Ce n’est pas une fatalité, explique l’économiste Jeanne Morel, coautrice du rapport. Tout dépendra de la formation des salariés. »'])).toBe(first);
  });

  it('reads on to where a quotation that opens the lead closes, when that fits', () => {
    const quoted = '"It is too late to save the night trams, but it is not too late to save the buses. The council should act. Now," Mara Lindqvist wrote on her blog.';
    expect(summarize([quoted])).toBe(quoted);
    // A quotation that runs on too long is left as it was: its first sentences.
    const long = `"Many of the drivers have already left. So the night service ends in May. ${'The riders will have to find another way home, and the council knows it. '.repeat(4)}" Mara Lindqvist said.`;
    const lead = summarize([long]);
    expect(lead).toMatch(/^"Many of the drivers have already left\. So the night service ends in May\./);
    expect(lead).not.toContain('Mara Lindqvist said');
  });

  it.each([
    ['a WordPress footer', 'Acme shipped a robot arm on Monday. The post Acme ships an arm appeared first on Harbor Times.'],
    ['a repost footer', 'Acme shipped a robot arm on Monday. This article, "Acme ships an arm" first appeared on Orchard.example.'],
    ['a forum plea', 'Acme shipped a robot arm on Monday. Discuss this article in our forums.'],
    ['a "click here" line', 'Acme shipped a robot arm on Monday. Click here to read the full story.'],
    ['a date before the lead', 'Mar 3, 2026 — Acme shipped a robot arm on Monday.'],
    ['a greeting with a dash', 'Hey there — Acme shipped a robot arm on Monday.'],
    ['a kicker', 'ICYMI: Acme shipped a robot arm on Monday.'],
  ])('leaves out %s', (_name, paragraph) => {
    expect(summarize([paragraph], 'Acme ships an arm')).toBe('Acme shipped a robot arm on Monday.');
  });

  it('ends a sentence where a feed ran two paragraphs together with no space, and drops the cut one after it', () => {
    // The feed stripped the paragraphs' markup ("… three shipyards.The yard …") and cut its excerpt.
    expect(summarize(['Acme shipped a robot arm to three shipyards.The yard in Quarnby will be the first to use it on the night shift, and the …'])).toBe(
      'Acme shipped a robot arm to three shipyards.',
    );
    expect(summarize(['Quarnby’s council approved the new ferry timetable this week.Boats will run every hour from May. The first leaves at six.'])).toBe(
      'Quarnby’s council approved the new ferry timetable this week. Boats will run every hour from May.',
    );
    // The next paragraph may open with a name and a comma.
    expect(summarize(['Acme will keep its tax break for another year.Quarnby, the other bidder, lost its own in March, and …'])).toBe('Acme will keep its tax break for another year.');
    // After a name, the stop ends a sentence when a word that opens sentences follows ("… in Lisbon.The yard …").
    expect(summarize(['Acme opened its first shipyard lab in Lisbon.The yard will hire forty engineers by the end of the year, and the …'])).toBe(
      'Acme opened its first shipyard lab in Lisbon.',
    );
    // A name with a dot in it is no sentence's end: "System.Xml", "Node.Js".
    expect(splitSentences('Add the System.Xml package to the project. Then build it.')).toEqual(['Add the System.Xml package to the project.', 'Then build it.']);
    expect(splitSentences('The team moved the site to Node.Js last year.')).toEqual(['The team moved the site to Node.Js last year.']);
  });

  it('ends a sentence before one that opens without a capital: a handle, a brand, bold marks', () => {
    // Read as one sentence, each of these ran past the room and was cut at a clause ("… for Acme Sites…").
    const first = 'Acme pushed several desktop features in one wave: @AcmeApp launched a messaging plugin for Acme Work on Mac, enabling search, drafting and sending from the desktop app.';
    const handle = '@AcmeDevs also added collaborative editing for Acme Sites, with teammates sharing a project while the agent manages its builds; shared read-only links and review context push it further toward being a team tool.';
    expect(summarize([`${first} ${handle}`])).toBe(first);
    expect(splitSentences('The phone ships in May. iPhone owners can trade in. eBay said so.')).toEqual(['The phone ships in May.', 'iPhone owners can trade in.', 'eBay said so.']);
    // A newsletter in Markdown: its bold marks stay in the text until the summary is shown.
    const bold = '**Kelpwise’s Trinity-Large** was released with **open weights under Apache 2.0**, featuring a **400B total / 13B active** model size and strong agentic performance, ranking **#2 on ShelfBench**.';
    const next = '**Quarnby’s GLM-Turbo** is a **vision coding model** with **native multimodal fusion** and a **new image encoder**, integrated into several platforms and tools that teams already use for their daily work.';
    expect(summarize([`${bold} ${next}`])).toBe(bold.replaceAll('**', ''));
    // Bold marks after the stop close the sentence: it is whole, not cut.
    const quiet = 'The team fixed the link glitch while still using models to summarise the threads.';
    const shown = `**Acme’s link format breaks links in generated summaries, especially in threads about its newer models.** ${quiet}`;
    expect(summarize([`${shown} **Training costs dropped to ~$672 on rented GPUs and kernels like FlashAttention and fused optimisers.** **Kelp-3 was released.**`])).toBe(shown.replaceAll('**', ''));
    // Code is no sentence: "@person.name" after a stop does not open one.
    expect(splitSentences('Something like... @person.group_name returns it.')).toEqual(['Something like... @person.group_name returns it.']);
  });

  it.each([
    [
      'starts after a note in brackets run into the story’s first sentence',
      '(Note: Unfortunately, e-mail and RSS don’t support our charts. If the charts look strange, read this article in your browser.)How much revenue does checkout friction cost a store each month? More than most teams think.',
      'How much revenue does checkout friction cost a store each month? More than most teams think.',
    ],
    [
      'drops the closing bracket of a note whose opening sentence was skipped, when the note is all there is',
      '[Updated on 2024-03-02: After two years, I rewrote this post to cover newer models. The new version of this post is here: Agents, Version 2. Please read that one instead.]',
      'The new version of this post is here: Agents, Version 2. Please read that one instead.',
    ],
  ])('%s', (_name, paragraph, lead) => {
    expect(summarize([paragraph])).toBe(lead);
  });

  it('shows a caption’s own words, without the credit, when the post has nothing else', () => {
    expect(summarize(['Acme shipped a robot arm on Monday. Image: Acme'])).toBe('Acme shipped a robot arm on Monday.');
  });

  it.each([
    ['a series note', 'This is the third article in our series on Testability; also see the first and second article.'],
    ['an adaptation note', 'This article was adapted from a Harbor Testing episode. You can download a printable version.'],
    ['a byline with a colon', 'By: Jane Roe'],
    ['a byline with its place and date', 'By Jane Roe in Lisbon, 2026-01-08.'],
    ['a byline naming an association', 'By Quillmark e.V.'],
    ['a byline of several people with their roles in brackets', 'By Ana Ruiz, Jo Marsh (Software Engineers, Dynamic Testing Tools); Li Wei, Tomas Lind (Security Engineers, Browser Platform Team); and Mara Quinn (Open Source Research Lead).'],
    ['an epigraph credited after two hyphens', '“Nothing is harder than the obvious.” -- A. Writer.'],
    ['a forwarding line', 'Was this email forwarded to you? Sign up here.'],
    ['a sponsor line', 'Today’s newsletter is brought to you by Widgets Inc.'],
    ['an affiliate disclosure', 'When you purchase through links on our site, we may earn an affiliate commission. Here’s how it works.'],
    ['a content warning', 'Content warning: this post discusses violence.'],
    ['a forwarding question without “email”', 'Was this forwarded to you? Sign up here.'],
    ['a paid post’s preview notice', 'This is a free preview of a paid post. Upgrade to read the whole thing.'],
    ['a paywall note for paying subscribers', 'This post is for paying subscribers. The following is a free preview.'],
    ['a correction’s sentence under a dated label', 'CORRECTION (March 5): An earlier version of this story gave the wrong number of arms.'],
    ['a correction of two sentences', 'Correction, March 5: An earlier version of this story misstated the number of arms. It is 300, not 3,000.'],
    ['a credit for help with the story', 'With help from Li Wei and Tom Harker'],
    ['a plea about the newsletter’s delivery', 'If this lands in spam, please mark it as not spam.'],
    ['a newsletter’s filler', 'Lots happening this week. Let’s dive in.'],
    ['a newsletter’s filler in one sentence', 'Lots to get through today, so let’s jump right in.'],
    ['a newsletter’s turn to its lead story', 'Now, the big story.'],
    ['a newsletter’s turn to its sponsor', 'But first, a word from our sponsor.'],
    ['a forwarding line put as a condition', 'If this was forwarded to you, sign up here.'],
    ['a deal post’s price note', 'Prices accurate at time of publishing.'],
    ['a writer’s note on the issue’s length', 'This is a long one. Grab a coffee.'],
    ['a newsletter presenting what else it has', 'Here’s what else happened this week.'],
    ['a newsletter presenting itself', 'Your weekly briefing on European tech policy.'],
  ])('skips %s before the story', (_name, paragraph) => {
    expect(summarize([paragraph, 'Acme shipped a robot arm on Monday.'], 'Acme ships an arm')).toBe('Acme shipped a robot arm on Monday.');
  });

  // A line of dialogue or a list's point opening with a dash below the first paragraph is the story going
  // on, not an epigraph's author line: the paragraph above it is the lead.
  it.each([
    ['a line of dialogue after a dash', '— We had no choice, — said Jane Roe.'],
    ['Spanish dialogue between dashes', '—La IA cambiará el trabajo, no lo eliminará —aseguró Patel en un encuentro con periodistas.'],
    ['a point of a list', '- Customers were notified by email on Friday.'],
  ])('keeps the first paragraph above %s', (_name, line) => {
    expect(summarize(['Acme raised prices on its AI tools on Monday, citing higher computing costs.', line], 'Acme raises prices')).toMatch(/^Acme raised prices on its AI tools on Monday/);
  });

  it('keeps a story that opens with help from something that is not a person', () => {
    expect(summarize(['With help from AI, doctors diagnosed more cancers.', 'The study ran for two years.'], 'Doctors find more cancers')).toMatch(/^With help from AI, doctors diagnosed more cancers\./);
  });

  it('takes no second sentence from an embedded post or a quotation in a block below the first', () => {
    const html =
      '<p>Corvid’s AI assistant suffered a four-hour outage on Tuesday, frustrating developers who rely on it.</p>' +
      '<blockquote class="twitter-tweet"><p lang="en">We messed up today. The outage was caused by a bad config push.</p>&mdash; Sam Patel (@sampatel) <a href="https://x.example/sampatel/status/1">March 4, 2026</a></blockquote>' +
      '<p>The company said all services had been restored.</p>';
    expect(summaryOf({ title: 'Corvid CEO responds to outage', html })).toBe('Corvid’s AI assistant suffered a four-hour outage on Tuesday, frustrating developers who rely on it.');
  });

  it('keeps who wrote the words when a second sentence quotes them after a colon', () => {
    expect(summarize(['Zephyr will cut 400 jobs, about 10% of its staff.', 'CEO Ravi Menon wrote on LinkedIn: “We grew too fast.”'], 'Zephyr cuts jobs')).toBe('Zephyr will cut 400 jobs, about 10% of its staff. CEO Ravi Menon wrote on LinkedIn: “We grew too fast.”');
  });

  it('leads a roundup made only of points after dashes with its first point, never an author’s line', () => {
    expect(summarize(['— Acme launched a search product.', '— Corvid released Raven 3, its new model, on Monday.', '— Lumen raised $1B.'], 'Corvid’s new model')).toBe('Acme launched a search product.');
    expect(summarize(['“You cannot spell contemporary without con and temporary.”', '— Jo Hartwell, on the founding phrase of her next book.'], 'A phrase')).not.toContain('Jo Hartwell');
  });

  it('takes no second sentence from a transcript’s turn below the first', () => {
    const intro = 'Corvid CTO Elena Marsh talked with us about the company’s decision to release its model weights.';
    expect(summarize([intro, 'Q: Why open the weights now?', 'A: Because the model is no longer our moat.'], 'Corvid’s CTO on open weights')).toBe(intro);
    expect(summarize([intro, 'Q. Why open the weights now?', 'A. Because the model is no longer our moat.'], 'Corvid’s CTO on open weights')).toBe(intro);
    expect(summarize([intro, 'Li Wei: What comes next for the weights?', 'Elena Marsh: A smaller model.'], 'Corvid’s CTO on open weights')).toBe(intro);
  });

  it('keeps a transcript’s introduction as its lead when the turns’ labels are in capitals', () => {
    const intro = 'Acme chief scientist Omar Farouk says reasoning models are mostly doing search.';
    expect(summarize([intro, 'KIM PARK: So what is reasoning, really?', 'OMAR FAROUK: Honestly, I think it is search, and a lot of it.'], 'Acme’s chief scientist on reasoning')).toBe(intro);
  });

  it('does not take a line of code for a second sentence', () => {
    expect(summarize(['Can you tell if this test is correct?', '208: @Test public void testIncrement_existingKey() {'])).toBe('Can you tell if this test is correct?');
  });

  it('shows no summary when all a post adds to its headline is a quoted post’s author line or an address', () => {
    // A social bridge's item: the post ("Fixed it for you") is the headline; below it the quoted post's author, then its link.
    expect(summarize(['Fixed it for you', 'Ada Brook (@adabrook):'], 'Fixed it for you')).toBe('');
    expect(summarize(['quaynotes.example/i/article/20351778…'], 'Tweet 2035177892574')).toBe('');
    expect(summarize(['🔁 @adabrook retweeted', 'Tide tables 3.0 ships today'], 'Tide tables 3.0 ships today')).toBe('');
  });

  it('keeps a story that opens with "By" and a time or a means', () => {
    expect(summarize(['By Monday, the port was shut to all ships.'])).toBe('By Monday, the port was shut to all ships.');
    expect(summarize(['By Friday, ports cut waiting times.'])).toBe('By Friday, ports cut waiting times.');
  });

  it('keeps a story that starts with a greeting-like word or talks about commissions', () => {
    expect(summarize(['Hi-tech firms, led by Acme, shipped robot arms on Monday.'])).toBe('Hi-tech firms, led by Acme, shipped robot arms on Monday.');
    expect(summarize(['Acme cut the affiliate commission it pays to publishers on Monday.'])).toBe('Acme cut the affiliate commission it pays to publishers on Monday.');
  });

  it('keeps a headline word in capitals that is not a dateline', () => {
    expect(summarize(['NASA said on Monday that the probe had reached orbit.'])).toBe('NASA said on Monday that the probe had reached orbit.');
    expect(summarize(['AI — The word of the year, again.'])).toBe('AI — The word of the year, again.');
  });

  it('takes no second sentence from a digest’s next numbered point', () => {
    expect(summarize(['Corvid released Raven 3, an open-weight model family that leads several public leaderboards.', '2. Lumen ships a coding model', 'Lumen released Quill 2, a model tuned for software engineering.'], 'Model Monday')).toBe(
      'Corvid released Raven 3, an open-weight model family that leads several public leaderboards.',
    );
  });

  it('keeps a post as its lead above a note added to it in capitals ("EDIT: …")', () => {
    const post = 'Has anyone else noticed that Raven got worse at arithmetic this week? I asked it the same 20 questions I ask every month and it got 6 wrong, up from 1.';
    expect(summarize([post, 'EDIT: Corvid just confirmed a bug on its status page.'], 'Raven worse at math?')).toBe(post);
  });

  it('skips a box’s points set apart by middle dots above the story', () => {
    const story = 'The Halverton tax office will use software to flag suspicious returns from April, the treasury said on Tuesday, in a move it expects to raise £1.2 billion a year.';
    const html = `<p><strong>At a glance:</strong> Halverton to check taxes with AI · 2,000 staff retrained · Starts April</p><p>${story}</p>`;
    expect(summaryOf({ title: 'Halverton’s tax office turns to AI', html })).toBe(story);
  });

  it('ends before a page’s copyright line and the footer’s links after it', () => {
    const story = 'The port of Halverton will schedule its truck arrivals with software that officials say halves waiting times.';
    expect(summarize([story, '© 2026 Harbor Times. All rights reserved. | Privacy Policy | Terms of Use'])).toBe(story);
  });

  it('reads dots that trail off mid-paragraph as a pause, not a cut', () => {
    expect(summarize(['Video games! Racing, puzzles, golf... Surely we talk about other things too.'])).toBe('Video games! Racing, puzzles, golf... Surely we talk about other things too.');
    // Also when the paragraph's first sentence is the one that trails off, with more paragraphs below.
    expect(summarize(['For years, robot hands were a lab curiosity... Then a startup in Lyon shipped one that folds laundry in under a minute.', 'Here is why that matters.'])).toBe(
      'For years, robot hands were a lab curiosity... Then a startup in Lyon shipped one that folds laundry in under a minute.',
    );
  });

  it('does not end a German sentence at an abbreviation', () => {
    expect(summarize(['Der Konzern investiert 2 Mio. Euro in Labore, z. B. in Lissabon. Weitere folgen 2027.'])).toBe(
      'Der Konzern investiert 2 Mio. Euro in Labore, z. B. in Lissabon. Weitere folgen 2027.',
    );
    expect(splitSentences('Der Konzern investiert 2 Mio. Euro in Labore, z. B. in Lissabon. Weitere folgen 2027.')).toHaveLength(2);
    // Still a sentence's end after "p.m.", and no end after "Fig.".
    expect(splitSentences('The meeting ended at 5 p.m. Officials left quickly.')).toHaveLength(2);
    expect(splitSentences('Acme shipped an arm (see Fig. 2). It costs $5,000.')).toHaveLength(2);
  });

  it('takes a line of Chinese without a full stop as a sentence', () => {
    expect(summarize(['求购：纪念币十枚，价格面议', '要求品相完好，三包到手！'])).toBe('求购：纪念币十枚，价格面议。要求品相完好，三包到手！');
    // A credit or a heading without a clause is not one.
    expect(summarize(['写真：共同通信', '新しいロボットが月曜日に発表された。'])).toBe('新しいロボットが月曜日に発表された。');
  });

  it('ends a lone Chinese line whose items are set apart by spaces with a full stop', () => {
    expect(summarize(['熊猫卡12元/册 4箱'])).toBe('熊猫卡12元/册 4箱。');
    // Mostly Latin words with a Chinese name in them are not such a line.
    expect(summarize(['Panda 卡 price list'])).toBe('Panda 卡 price list.');
    // An emoji is one character, not two: three Chinese ones against an emoji pair and a letter.
    expect(summarize(['熊猫卡 🐼🐼 x'])).toBe('熊猫卡 🐼🐼 x。');
  });

  it('ends a lone line that closes on a bracketed tag with a full stop', () => {
    expect(summarize(['three sketches of the harbour [B]'])).toBe('three sketches of the harbour [B].');
    // A cut marked "[…]" is no tag.
    expect(summarize(['three sketches of the harbour […]'])).not.toBe('three sketches of the harbour […].');
  });

  it('keeps a name given as a link', () => {
    const summary = summaryOf({
      title: 'Notes on agents',
      html: '<p>This essay was co-authored with <a href="https://people.example/roe">Jane Roe</a> of Parallel Labs.</p>',
    });
    expect(summary).toBe('This essay was co-authored with Jane Roe of Parallel Labs.');
  });
});

// The issue's lead examples once more, in other words and other shapes of the same kind.
describe('the issue’s lead examples, told again', () => {
  it.each([
    [
      'a newsletter’s welcome',
      '<p>Welcome to Signal Check, the Friday newsletter where our reporters explain one fight over chips.</p><p>Lumen cut its orders for memory by a third this quarter.</p>',
      'Lumen cut its orders for memory by a third this quarter.',
    ],
    [
      '"Listen to this story" and a greeting',
      '<p>Listen to this story: Good evening, friends. Orchard raised the price of its cloud storage by a fifth on Thursday.</p>',
      'Orchard raised the price of its cloud storage by a fifth on Thursday.',
    ],
    [
      'a greeting that runs into the welcome',
      '<p>Good morning and welcome to Harbor Brief, three stories in five minutes.</p><p>Lumen cut its orders for memory by a third this quarter.</p>',
      'Lumen cut its orders for memory by a third this quarter.',
    ],
    [
      'a hello that runs into the welcome',
      '<p>Hello and welcome to Harbor Brief, our weekly letter on chips.</p><p>Lumen cut its orders for memory by a third this quarter.</p>',
      'Lumen cut its orders for memory by a third this quarter.',
    ],
    [
      'a "This is …" column intro',
      '<p>This is Deep Cuts, our Sunday column that takes one gadget apart.</p><p>Earbuds have quietly become tiny computers.</p>',
      'Earbuds have quietly become tiny computers.',
    ],
    [
      'an update note',
      '<p>Update Aug. 4: We added the company’s response below.</p><p>Orchard will let researchers test its model from September.</p>',
      'Orchard will let researchers test its model from September.',
    ],
    [
      'a figure caption before the story',
      '<p>Figure 1: Latency of each model as the prompt grows longer.</p><p>Orchard’s new model answers long prompts twice as fast.</p>',
      'Orchard’s new model answers long prompts twice as fast.',
    ],
  ])('%s', (_name, html, lead) => {
    expect(summaryOf({ title: 'Orchard news', html })).toBe(lead);
  });

  it('strips a cross-listed arXiv preamble', () => {
    expect(
      summaryOf({
        title: 'Sparse Experts Forget Less',
        summaryHtml: 'arXiv:2611.04321v2 Announce Type: replace-cross Abstract: We find that sparse expert models retain rare facts longer. Code is released.',
      }),
    ).toBe('We find that sparse expert models retain rare facts longer. Code is released.');
  });

  it('gives a launch its tagline, not its link row', () => {
    const summary = summaryOf({
      title: 'Deskmate',
      html: '<p>A voice assistant that files your receipts for you</p><p><a href="https://launches.example/posts/deskmate">Discussion</a> | <a href="https://launches.example/r/9">Link</a></p>',
    });
    expect(summary).toBe('A voice assistant that files your receipts for you.');
  });

  it('gives a news aggregator item that repeats its headline beside two related ones no summary', () => {
    const summary = summaryOf({
      title: 'Orchard settles chip patent suit - Valley Courier',
      summaryHtml:
        '<ol><li><a href="https://v.example/1">Orchard settles chip patent suit</a>&nbsp;&nbsp;<font color="#6f6f6f">Valley Courier</font></li>' +
        '<li><a href="https://w.example/2">Chip patent fight ends with undisclosed payment</a>&nbsp;&nbsp;<font color="#6f6f6f">Circuit Weekly</font></li>' +
        '<li><a href="https://x.example/3">Analysts say the settlement clears the way for new phones</a>&nbsp;&nbsp;<font color="#6f6f6f">Market Ledger</font></li></ol>',
    });
    expect(summary).toBe('');
  });

  it('skips a live blog’s run of related links', () => {
    const summary = summaryOf({
      title: 'Budget day live',
      summaryHtml:
        '<ul><li><a href="https://l.example/1">What the new tax bands mean for a family on an average wage this year</a></li>' +
        '<li><a href="https://l.example/2">Markets react as borrowing costs rise to their highest level in a decade</a></li></ul>' +
        '<p>The chancellor will set out the spending plans in parliament shortly after noon.</p>',
    });
    expect(summary).toBe('The chancellor will set out the spending plans in parliament shortly after noon.');
  });

  it('prefers the feed’s complete description to a body cut inside a quotation', () => {
    const summary = summaryOf({
      title: 'Orchard chip',
      html: '<p>Orchard’s chief executive told investors that the new chip “will change how every phone we sell handles speech and …</p>',
      summaryHtml: '<p>Orchard says its new chip will change how its phones handle speech.</p>',
    });
    expect(summary).toBe('Orchard says its new chip will change how its phones handle speech.');
  });

  it('keeps a co-author’s name given as a link', () => {
    const summary = summaryOf({
      title: 'Notes on evaluation',
      html: '<p>This piece was written together with <a href="https://people.example/park">Sam Park</a> of Lattice Review.</p>',
    });
    expect(summary).toBe('This piece was written together with Sam Park of Lattice Review.');
  });
});

describe('the lead skips more wordings of what is not the story', () => {
  const story = 'Acme opened a lab in Lisbon on Friday.';
  it.each([
    ['a note set in italics', '<p><em>This piece first ran in our Sunday print edition.</em></p>'],
    ['a standfirst in italics, without a stop', '<p><i>The startup says its robots can fold laundry faster than people</i></p>'],
    ['an epigraph in italics, unsigned', '<p><em>“We shape our tools and thereafter our tools shape us.”</em></p>'],
    ['an epigraph in a blockquote, its source line citing the work', '<div class="extrait"><blockquote><p>La mer est calme. Le port l’est aussi.</p></blockquote><p class="source"><span class="auteur">Anne Vallier</span>, <cite>Les quais du soir</cite>.</p></div>'],
    ['a long epigraph of several sentences, its source line citing the work', '<blockquote><p>The poet who writes while walking kicks up hundreds of useless words with his heel. So does a large work that rises as it is built, and it throws strange things into the air. Both cut their riddle in the flash of touching it. In that air the space lights up and the ground goes dark.</p></blockquote><p class="source">Ren Chavel, <cite>The Base and the Summit</cite>.</p>'],
    ['an epigraph of two blockquoted paragraphs and a longer source line', '<blockquote><p>The harbour sleeps. The cranes do not.</p><p>Nobody asks them.</p></blockquote><p>Marta Oyelaran-Whitcombe, <cite>Notes from the Outer Breakwater and Other Essays</cite>, chapter two.</p>'],
    ['a series line in italics', '<p><em>Part three of our series on how AI is changing factories.</em></p>'],
    ['a subtitle set as a heading', '<h2>The lab will focus on robotics and hire locally</h2>'],
    ['a greeting and the newsletter presenting itself', '<p>Happy Friday, everyone! Here is your weekly dose of AI news.</p>'],
    ['a programming note', '<p>Quick programming note: there will be no issue next week.</p>'],
    ['a tip sending newcomers to an earlier post', '<p>📌 <strong>New to vector search?</strong> Read our <a href="https://acme.example/intro">primer</a> before this one.</p>'],
    ['a catch-up pointer to part one', '<p>Haven’t read part one? Catch up <a href="https://acme.example/one">here</a>.</p>'],
    ['a note why the reader gets the email', '<p>You’re receiving this email because you signed up for Machine Notes.</p>'],
    ['a plea to subscribe', '<p>If you like this newsletter, please consider subscribing to support our work.</p>'],
    ['a paid-subscription pitch', '<p>Become a paid subscriber to get the full archive and our Friday deep dives.</p>'],
    ['a paywall line', '<p>This article is for subscribers only. Log in to read on.</p>'],
    ['an inbox pitch', '<p>Get the best of Harbor Times in your inbox every morning.</p>'],
    ['a newsletter named with its outlet', '<p>This is Machine Notes, Harbor Times’s weekly newsletter on AI. Sign up here to get it every Friday.</p>'],
    ['a table of contents', '<p>In this issue: Acme’s lab, chip prices, and a robot that folds laundry.</p>'],
    ['a sponsor line for this week', '<p>This week’s issue is sponsored by Widgetly. Try it free for 30 days.</p>'],
    ['a narration note', '<p>This article is also available as an audio narration.</p>'],
    ['an update note without a colon', '<p>UPDATED 6/12 with a comment from Acme.</p>'],
    ['an update note in brackets', '<p>(Updated at 5 p.m. with Acme’s comment.)</p>'],
    ['an editor’s note in brackets', '<p>[Editor’s note: this story has been updated.]</p>'],
    ['a disclosure in brackets', '<p>(Full disclosure: Acme is an investor in our company.)</p>'],
    ['a disclaimer', '<p>Disclaimer: This is a story from production. I have changed a couple of details, but the gist holds.</p>'],
    ['a disclaimer in brackets', '<p>[Disclaimer: This post was edited in May 2026 to address feedback.]</p>'],
    ['a translation note', '<p>This article was machine-translated from German.</p>'],
    ['a guest post introduction', '<p>Today’s guest post is by Jane Roe, a researcher at Acme.</p>'],
    ['a summary box', '<p>Summary: Acme has a new lab.</p>'],
    ['a date and time alone', '<p>Tue 3 Mar 2026 09.14 GMT</p>'],
    ['a caption naming who is where', '<p>Jane Roe (left) and John Doe at the opening in Lisbon.</p>'],
    ['a caption with "pictured"', '<p>Acme chief executive Jane Roe, pictured in 2024.</p>'],
    ['a caption with a photographer’s credit', '<p>Acme chief executive Jane Roe speaks in Berlin. Jane Doe/Getty</p>'],
    ['a caption with a courtesy credit', '<p>The new Lisbon lab. Courtesy of Acme</p>'],
    ['a caption with its source', '<p>The new Lisbon lab. Source: Acme</p>'],
    ['a caption whose credit ends with a full stop', '<p>The new Lisbon lab at dusk. Credit: Stock photo by Jane Roe.</p>'],
    ['a plug for a show, with its address', '<p>Season 3 of Harbor Nights is out now on Streamly! Watch here: https://streamly.example/hn3</p>'],
    ['a pointer to another story', '<p>See also: <a href="https://news.example/old-lab">Acme’s first lab</a></p>'],
    ['a pointer to another story, in German', '<p>Lesen Sie auch: <a href="https://news.example/altes-labor">Das erste Labor</a></p>'],
    ['a pointer to further reading', '<p>Further reading: <a href="https://news.example/old-lab">Acme’s first lab</a></p>'],
    ['a pointer to more reading, in Chinese', '<p>更多阅读：</p><p><a href="https://news.example/old-lab">Acme 的第一个实验室</a></p>'],
    ['an affiliate disclosure, in Japanese', '<p>※本ページは、アフィリエイト広告を利用しています。</p>'],
    ['an epigraph whose author line says more after the name', '<p>“You cannot spell ‘contemporary’ without ‘con’ and ‘temporary’.”</p><p>— Jo Hartwell, on the founding phrase of her next book about chairs.</p>'],
    ['a caption with a German credit', '<p>Das neue Labor in Lissabon. (Bild: Acme)</p>'],
    ['a caption with "Photo by" in brackets and no colon', '<p>Corvid’s chief executive at the Lisbon lab on Monday. (Photo by Rui Matos/Harbor Wire)</p>'],
    ['a caption with "Image via" its owner', '<p>Corvid’s new chip on a test board. Image via Corvid</p>'],
    ['a caption with a photographer’s label', '<p>Corvid’s chief executive in Lisbon on Monday. Photographer: Rui Matos/Harbor Wire</p>'],
    ['a caption with an agency and its photographer in capitals', '<p>Il ministro durante la conferenza stampa a Genova. AGENZIA/MARIO ROSSI</p>'],
    ['a caption with an agency in capitals after a slash', '<p>El consejero delegado de Corvid, durante la presentación en Lisboa. / AGENCIA SUR</p>'],
    ['a caption with a Spanish credit', '<p>La sede de Corvid en Lisboa. Crédito: Agencia Sur</p>'],
    ['a German byline closed by a full stop', '<p>Von Jana Roth.</p>'],
    ['a signpost to what follows', '<p>Here’s what we know so far.</p>'],
    ['a signpost to the day’s news', '<p>Here’s what’s happening in AI today.</p>'],
    ['an interview’s editing note', '<p>This interview has been edited for length and clarity.</p>'],
    ['a show’s chapters, their times in brackets', '<p>In this episode, we cover:</p><ul><li>(02:10) Why the robots are late</li><li>(18:45) What the economists get wrong!</li></ul>'],
    ['a live page’s pinned welcome and its host', '<p>📌 <strong>Pinned</strong> — Welcome to our live coverage of the Harbor AI Summit. I’m Jo Roe and I’ll be bringing you the latest throughout the day.</p>'],
    ['a digest’s signpost to its points', '<p>Here are today’s 5 things to know:</p>'],
    ['a French summary box', '<p>En bref : Corvid ouvre un laboratoire à Lisbonne.</p>'],
    ['a French byline of two names closed by a full stop', '<p>Par Jeanne Roux et Luc Martin.</p>'],
    ['a German update line', '<p>Aktualisiert am 3. Mai 2026</p>'],
    ['a pointer to more details at an address', '<p>You can find more details about our listener contest on the Harbor Podcast page here: https://harbor.example/contest</p>'],
    ['a release header', '<p>FOR IMMEDIATE RELEASE</p>'],
    ['an embargo line', '<p>Embargoed until 9:00 a.m. ET, June 2, 2026</p>'],
    ['a media contact', '<p>Media contact: Ana Ruiz, press@acme.example, +1 555 0100</p>'],
    ['a joint release line', '<p>Joint media release with the Minister for Science</p>'],
    ['a minister’s title with an abbreviation', '<p>Media release</p><p>The Hon. Ana Ruiz MP, Minister for Science</p>'],
    ['a release date', '<p>Release date: 2 June 2026 9:30am</p>'],
    ['a speech’s delivery line', '<p>Delivered on: 2 June 2026 (Transcript of the speech, exactly as it was delivered)</p>'],
    ['a wire’s note to editors', '<p>(ATTN: ADDS details in paras 3-5)</p>'],
    ['a wire photo line', '<p>This photo, provided by Acme Inc., shows its lab in Lisbon on June 2, 2026. (PHOTO NOT FOR SALE) (Heronwire)</p>'],
    ['a wire file photo', '<p>This file photo shows Acme Corp.’s headquarters in Lisbon. (Heronwire)</p>'],
    ['a caption that says the photo is undated', '<p>Acme Corp.’s headquarters in Lisbon is seen in this undated file photo. (Heronwire)</p>'],
    ['a welcome to new readers', '<p>A warm welcome to the 312 of you who joined since last week!</p>'],
    ['an apology for a late letter', '<p>Hey everyone! Apologies for the late issue — travel got in the way this week.</p>'],
    ['thanks and housekeeping', '<p>Thanks for being here. Housekeeping first: the letter moves to Wednesdays.</p>'],
    ['thanks to the audience', '<p>Thanks to everyone who joined the live stream last week!</p>'],
    ['a live page’s sign-off', '<p>1:42 PM ET — That’s a wrap! Thanks for following along.</p>'],
    ['a greeting of one word', '<p>Morning!</p>'],
    ['a Patreon plea with its address', '<p>Support the channel on Patreon: https://patreon.example/bench</p>'],
    ['a few words and an address', '<p>📢 New merch is out now: https://shop.example/bench</p>'],
  ])('%s', (_name, before) => {
    expect(summaryOf({ title: 'Acme opens a Lisbon lab', html: `${before}<p>${story}</p>` })).toBe(story);
  });

  it.each([
    ['a label in bold', `<p><strong>Why it matters:</strong> ${story}</p>`],
    ['a label in plain text', `<p>Driving the news: ${story}</p>`],
    ['a dateline in title case with a date', `<p>San Francisco, March 3 — ${story}</p>`],
    ['a dateline with a state', `<p>REDMOND, Wash. — ${story}</p>`],
    ['an outlet’s name in brackets', `<p>[Harbor Times] ${story}</p>`],
    ['emoji and a kicker', `<p>🚨 Breaking: ${story}</p>`],
    ['a repost’s credit', `<p>RT @harbortimes: ${story}</p>`],
    ['a live post’s time', `<p>10:02 PT ${story}</p>`],
    ['a live post’s time set off by a dash', `<p><strong>1:42 PM ET</strong> — ${story}</p>`],
    ['a live post’s time set off by a colon', `<p>2:15 p.m.: ${story}</p>`],
    ['a live post’s time in 24 hours', `<p>14:15 GMT – ${story}</p>`],
  ])('strips %s before the lead', (_name, html) => {
    expect(summaryOf({ title: 'Acme opens a Lisbon lab', html })).toBe(story);
  });

  it('strips emoji after the lead’s words, as before them', () => {
    expect(summaryOf({ title: 'Acme opens a Lisbon lab', html: `<p>${story} 🎉🔬</p>` })).toBe(story);
    // A heading given as the lead ends with a stop once its emoji are gone.
    expect(summaryOf({ title: 'Lab notes, March', html: '<p>We Finally Opened the Lisbon Lab 😅</p>' })).toBe('We Finally Opened the Lisbon Lab.');
  });

  it('keeps a subject and its verb before a colon: the sentence’s start, no label', () => {
    const html = '<p>The sounds are unmistakable: Children sobbing, begging to see their parents.</p>';
    expect(summaryOf({ title: 'Eight minutes of audio', html })).toBe('The sounds are unmistakable: Children sobbing, begging to see their parents.');
  });

  it('ends a first sentence that leads into a listing (“…, such as:”) where its clause ends', () => {
    const html = '<p>Build pipelines let every step hand its results to the steps that follow, such as:</p><pre>steps:\n  - id: build\n    run: make</pre><p>This keeps each step small.</p>';
    expect(summaryOf({ title: 'Passing results between pipeline steps', html })).toBe('Build pipelines let every step hand its results to the steps that follow.');
    // A lead-in to someone's words is not cut: they follow it.
    expect(summarize(['Jane Roe put it this way, for example:', 'The lab will hire locally and open in May.'])).not.toBe('Jane Roe put it this way.');
  });

  it('takes a first sentence that leads into code as the lead, ended with a full stop', () => {
    const html = '<p>Add these two lines to your settings file to start the worker pool early:</p><pre>import pool\npool.start(size=4)</pre><p>On a laptop it saves about a second per run.</p>';
    expect(summaryOf({ title: 'Faster test runs', html })).toBe('Add these two lines to your settings file to start the worker pool early.');
  });

  it('keeps a story’s sentence that gives an address without sending the reader there', () => {
    const lead = 'Acme published the full safety report at https://acme.example/report on Friday.';
    expect(summaryOf({ title: 'Acme opens a Lisbon lab', html: `<p>${lead}</p><p>${story}</p>` })).toBe(`${lead} ${story}`);
  });

  it('keeps an attribution before a colon, and a time before a colon, as part of the lead', () => {
    expect(summaryOf({ title: 'Acme opens a Lisbon lab', html: `<p>Roe said: “${story}”</p>` })).toBe(`Roe said: “${story}”`);
    expect(summarize(['This week: We talk about Acme’s new lab and the robots in it.'])).toBe('This week: We talk about Acme’s new lab and the robots in it.');
  });

  it('gives a lead-in that ends with a colon the words it introduces', () => {
    expect(summaryOf({ title: 'Advice', html: '<p><a href="https://v.example/1">Jane Roe had this to say</a>:</p><blockquote><p>Never take design advice from someone who never shipped.</p></blockquote>' })).toBe(
      'Jane Roe had this to say: Never take design advice from someone who never shipped.',
    );
    expect(summaryOf({ title: 'Advice', html: '<p>Jane Roe put it this way on Bluesky:</p><blockquote><p>“It is the best robot we have ever seen.”</p></blockquote><p>More follows.</p>' })).toBe(
      'Jane Roe put it this way on Bluesky: “It is the best robot we have ever seen.” More follows.',
    );
    // Advice and warnings are someone's words too.
    expect(summaryOf({ title: 'Build small', html: '<p>Few teams follow the advice the old handbook gives:</p><blockquote><p>Build the simple version first, then measure it.</p></blockquote>' })).toBe(
      'Few teams follow the advice the old handbook gives: Build the simple version first, then measure it.',
    );
    expect(summaryOf({ title: 'Bridge', html: '<p>The city’s engineer warned in a memo to the council:</p><blockquote><p>The bridge cannot carry trucks after March.</p></blockquote>' })).toBe(
      'The city’s engineer warned in a memo to the council: The bridge cannot carry trucks after March.',
    );
    // A link blog's "<name> on <subject>:" leads into the excerpt that is the post.
    expect(summaryOf({ title: '‘Two Sentences’', html: '<p>Mara Lindqvist on the night trams:</p><blockquote><p>The council voted to end the service in March. Riders have until then to object.</p></blockquote>' })).toBe(
      'Mara Lindqvist on the night trams: The council voted to end the service in March.',
    );
    // A quotation of two sentences is given whole, never cut open after its first.
    expect(summaryOf({ title: 'Expert comment: tram grants', html: '<p>Responding to the new tram grants, Dr Ines Marr, a lecturer in transport at Varlen University, said:</p><p>"The grant will help, but the real barrier is the depot. Unless the grant covers it, nothing changes."</p>' })).toBe(
      'Responding to the new tram grants, Dr Ines Marr, a lecturer in transport at Varlen University, said: "The grant will help, but the real barrier is the depot. Unless the grant covers it, nothing changes."',
    );
    // A line of Chinese that ends with a comma goes on in the next line.
    expect(summarize(['今天上午上传失败了，', '原盒品相很好，包邮。'])).toBe('今天上午上传失败了，原盒品相很好，包邮。');
    // A heading of a list leads into no sentence.
    expect(summarize(['Here’s what we’re covering today:', 'Acme’s Lisbon lab', story])).toBe(story);
  });

  it('takes a teaser that trails off above a show’s notes as the lead, but a description cut at its end stays a cut', () => {
    const notes =
      '<p>This episode is sponsored by Acme VPN. Try it free for thirty days at the link below!</p>' +
      '<p>The crew sails north to the ice city, where an old friend waits with bad news…</p>' +
      '<p>CAPTION STATUS: CAPTIONED BY OUR EDITORS. The captions on this episode were checked by our team.</p>';
    expect(summaryOf({ title: 'The Ice City | Episode 12', html: notes })).toBe('The crew sails north to the ice city, where an old friend waits with bad news…');
    // The same words as the whole description: the feed may have cut them; a complete sentence before wins.
    expect(summaryOf({ title: 'The Ice City', summaryHtml: '<p>The crew sets sail. They head north to the ice city, where an old friend waits with bad…</p>' })).toBe('The crew sets sail.');
  });

  it('skips a forum’s notice that the pictures follow, in Chinese too', () => {
    // The forum software writes it above the poster's words; it leads into no sentence of theirs.
    expect(summarize(['此主题相关图片如下：', '全新原盒两套，品相很好，包邮到家。'])).toBe('全新原盒两套，品相很好，包邮到家。');
  });

  it('reads a list’s number as part of what it numbers, not as a sentence', () => {
    expect(splitSentences('Three things happened. 1. Acme shipped a chip. 2. Lumen hired a chief.')).toEqual(['Three things happened.', '1. Acme shipped a chip.', '2. Lumen hired a chief.']);
  });

  it('ends no sentence at a rank before a name or at “approx.”', () => {
    const lead = 'Acme hired Capt. Jane Roe and Sgt. John Doe to run its Lisbon school, at a cost of approx. 40 million euros.';
    expect(splitSentences(`${lead} It opens in June.`)).toEqual([lead, 'It opens in June.']);
  });

  it('never gives a cut sentence a full stop', () => {
    expect(summaryOf({ title: 'Acme opens a Lisbon lab', summaryHtml: `<p>${story} Its chief said the lab would “change how we think about</p>` })).toBe(story);
    expect(summaryOf({ title: 'Acme opens a Lisbon lab', summaryHtml: '<p>Acme opened a lab in Lisbon and said it would hire two hundred researchers over the next</p>' })).toBe(
      'Acme opened a lab in Lisbon and said it would hire two hundred researchers over the next…',
    );
  });

  it('gives an aggregator item made only of its rows no summary', () => {
    const summary = summaryOf({
      title: 'Acme opens a Lisbon lab',
      summaryHtml: '<p>Article URL: <a href="https://a.example/1">https://a.example/1</a></p><p>Comments URL: <a href="https://agg.example/item?id=1">https://agg.example/item?id=1</a></p><p>Points: 120</p><p># Comments: 45</p>',
    });
    expect(summary).toBe('');
  });
});

describe('the lead is prose, not a listing', () => {
  it('skips a block of code above the story', () => {
    expect(summaryOf({ title: 'Tuning the collector', html: '<pre><code>import gc\ngc.set_threshold(0)</code></pre><p>Turning the collector off made our service twice as fast.</p>' })).toBe(
      'Turning the collector off made our service twice as fast.',
    );
  });
});

describe('the lead without a news agency’s dateline', () => {
  it.each([
    ['German', 'Berlin (dpa) - Acme hat in Lissabon ein Labor eröffnet.', 'Acme hat in Lissabon ein Labor eröffnet.'],
    ['Portuguese', 'Lisboa (Lusa) – A Acme abriu um laboratório em Lisboa.', 'A Acme abriu um laboratório em Lisboa.'],
    ['a place, its state and a date', 'PALO ALTO, California, June 2 (Heronwire) - Acme opened a lab in Lisbon on Tuesday.', 'Acme opened a lab in Lisbon on Tuesday.'],
    ['a place and the day before the month', 'LEEDS, 4 June — Acme opened a lab in Lisbon on Tuesday.', 'Acme opened a lab in Lisbon on Tuesday.'],
    ['a wire dateline with a German date', 'BERLIN, 3. Mai (dpa) - Acme hat in Lissabon ein Labor eröffnet.', 'Acme hat in Lissabon ein Labor eröffnet.'],
    ['a place and its state', 'AUSTIN, Texas (Heronwire) - Acme opened a lab in Lisbon on Tuesday.', 'Acme opened a lab in Lisbon on Tuesday.'],
    ['a French date with its article', 'Lyon, le 4 juin 2026 – Acme a ouvert un laboratoire à Lisbonne.', 'Acme a ouvert un laboratoire à Lisbonne.'],
  ])('%s', (_name, paragraph, lead) => {
    expect(summarize([paragraph])).toBe(lead);
  });
});

describe('the lead of a press release and of a newsletter that reports', () => {
  it.each([
    ['PR Newswire', 'SAN JOSE, Calif., June 2, 2026 /PRNewswire/ -- '],
    ['Business Wire', 'AUSTIN, Texas--(BUSINESS WIRE)--'],
    ['GlobeNewswire', 'TORONTO, June 02, 2026 (GLOBE NEWSWIRE) -- '],
    ['ACCESSWIRE', 'NEW YORK, NY / ACCESSWIRE / June 2, 2026 / '],
    ['Canada Newswire', 'VANCOUVER, BC, June 2, 2026 /CNW/ - '],
    ['any distributor’s', 'BOSTON, June 2, 2026 /Heronwire/ -- '],
    ['any distributor’s name and date between slashes', 'HALVERTON, OR / Tidewire Newsroom / December 2, 2026 / '],
  ])('strips a %s dateline', (_name, dateline) => {
    expect(summaryOf({ title: 'Acme opens a Lisbon lab', html: `<p>${dateline}Acme Inc. (NASDAQ: ACME) today opened a lab in Lisbon.</p>` })).toBe('Acme Inc. (NASDAQ: ACME) today opened a lab in Lisbon.');
  });

  // A scraped release page runs its subheading, its highlights and its row of document links into one
  // paragraph with the dateline: the story starts after the wire's mark.
  it.each([
    ['highlights run into the dateline', 'News Highlights Acme’s lab will hire 200 engineers by 2027. The lab is Acme’s first in Europe. LISBON, Portugal, June 2, 2026 (GLOBE NEWSWIRE) -- Today, Acme Inc. (NASDAQ: ACME) opened a lab in Lisbon.'],
    ['a row of document links before the dateline', 'Documents Webcast Audio Transcript Slides PDF Financial Tables XLSX 10-Q LISBON, Portugal, June 2, 2026 /PRNewswire/ -- Today, Acme Inc. (NASDAQ: ACME) opened a lab in Lisbon.'],
    ['a subheading of more words than a dateline', 'At its Lisbon open day, Acme sets out a plan to double its research staff in Europe with a new lab and 200 hires LISBON, Portugal, June 2, 2026 (GLOBE NEWSWIRE) -- Today, Acme Inc. (NASDAQ: ACME) opened a lab in Lisbon.'],
  ])('starts a release after its wire dateline: %s', (_name, text) => {
    expect(summaryOf({ title: 'Acme opens a Lisbon lab', html: `<p>${text}</p><p>The lab will study battery chemistry.</p>` })).toMatch(/^Today, Acme Inc\. \(NASDAQ: ACME\) opened a lab in Lisbon\./);
  });

  it('starts a release after a dateline set in the paragraph below its subheading', () => {
    expect(summaryOf({ title: 'Acme opens a Lisbon lab', html: '<p>Acme plans to double its research staff in Europe.</p><p>LISBON, Portugal, June 2, 2026 (GLOBE NEWSWIRE) -- Today, Acme Inc. opened a lab in Lisbon.</p>' })).toBe('Today, Acme Inc. opened a lab in Lisbon.');
  });

  it('keeps a story that only mentions a wire', () => {
    expect(summaryOf({ title: 'Acme opens a Lisbon lab', html: '<p>Acme opened a lab in Lisbon on Tuesday, it said in a statement sent over Business Wire.</p>' })).toBe('Acme opened a lab in Lisbon on Tuesday, it said in a statement sent over Business Wire.');
  });

  it.each([
    ['a newsletter says what it saw', 'Acme has moved 300 engineers into its chip group, according to an internal memo seen by this newsletter.'],
    ['the story thanks people and goes on', 'Thanks to everyone who donated, the Lisbon shelter reopened on Friday.'],
    ['a name opens with the word for “by”', 'Von der Leyen hat am Mittwoch in Brüssel ein neues Labor eröffnet.'],
    ['a question opens with the word for “by”', 'Por qué fallan los agentes de IA es una pregunta que los laboratorios empiezan a medir.'],
    ['a story opens with “Updates”', 'Updates to Acme’s ranking rules cut traffic to spam sites by half, a study found.'],
    // Slashes with no date between them name no distributor: "and/or", a ratio, a route.
    ['slashes run through a sentence', 'Input/output costs at the Lisbon lab rose / fell with the route Porto / Braga / Faro, Acme said.'],
  ])('keeps a sentence where %s', (_name, lead) => {
    expect(summaryOf({ title: 'Acme’s chip team grows', html: `<p>${lead}</p>` })).toBe(lead);
  });

  it('reads the story after a summary box’s list, and after a headline the feed ran into the excerpt', () => {
    const lead = 'Acme opened a lab in Lisbon on Friday, its first outside the US.';
    expect(summaryOf({ title: 'Acme opens a Lisbon lab', html: `<p><strong>TL;DR</strong></p><ul><li>A new lab opens.</li><li>It will hire 200 people.</li></ul><p>${lead}</p>` })).toBe(lead);
    expect(summaryOf({ title: 'Acme opens a Lisbon lab', summaryHtml: `Acme opens a Lisbon lab ${lead} […]` })).toBe(lead);
    expect(summaryOf({ title: 'Acme opens a Lisbon lab', html: `<p><strong>Key points</strong></p><p>A new lab opens.</p><p>It will hire 200 people.</p><p>${lead}</p>` })).toBe(lead);
    expect(summaryOf({ title: 'Acme opens a Lisbon lab', html: `<p>At a glance:</p><p>${lead}</p>` })).toBe(lead);
    // A post without a title: its headline is its first words, and the lead still opens the post.
    const post = 'Our paper on compressing language models is out! We show that a 4-bit model keeps 98% of the accuracy.';
    expect(summaryOf({ title: undefined, html: `<p>${post}</p>` })).toBe(post);
    // A headline of one word may be the first word of the lead.
    expect(summaryOf({ title: 'Acme', summaryHtml: 'Acme Corp opened a lab in Lisbon on Friday, its first outside the US.' })).toBe('Acme Corp opened a lab in Lisbon on Friday, its first outside the US.');
  });
});

describe('the lead after a box of points, and without a closing row of hashtags', () => {
  const lead = 'Acme opened a lab in Lisbon on Friday, its first outside the US.';

  it('reads the story after a live page’s summary of full-sentence points', () => {
    const html = `<p><strong>Summary of the day so far</strong></p><ul><li>Acme’s board met on Tuesday to discuss the lab and its hiring plans, two people said.</li><li>Lisbon’s mayor said the city would help the company find a second building next year.</li></ul><p>${lead}</p>`;
    expect(summaryOf({ title: 'Acme opens a Lisbon lab', html })).toBe(lead);
  });

  it('keeps a short lead under a box of shorter points', () => {
    expect(summaryOf({ title: 'Acme opens a Lisbon lab', html: '<p>What to know:</p><p>New lab in Lisbon</p><p>200 jobs by 2027</p><p>Acme opened a Lisbon lab.</p>' })).toBe('Acme opened a Lisbon lab.');
    // Points written as sentences, and a lead as short: the summary is not left empty.
    expect(summaryOf({ title: 'Acme opens a Lisbon lab', html: '<p>What to know:</p><p>A new lab opens.</p><p>It hires 200.</p><p>Acme opened a Lisbon lab.</p>' })).not.toBe('');
  });

  it('leaves out a closing sentence made only of hashtags', () => {
    expect(summaryOf({ title: 'Acme opens a Lisbon lab', html: `<p>${lead} #AI #Lisbon.</p>` })).toBe(lead);
    expect(summaryOf({ title: 'Acme opens a Lisbon lab', html: `<p>${lead}</p><p>#AI #Lisbon #jobs</p>` })).toBe(lead);
  });

  // A scraped paragraph runs on past the story's last sentence into the page's or the post's own lines.
  it.each([
    ['a bare link', ' https://acme.example/lisbon'],
    ['a link behind an arrow', ' 👉 https://acme.example/lisbon'],
    ['the writer’s signature after a dash', ' — Jane Roe'],
    ['a plea to follow the site', ' Follow us on X.'],
    ['a copyright line', ' Copyright 2026 Harbor Times. All rights reserved.'],
    ['a copyright line with "(c)", a paragraph of its own', '</p><p>(c) 2026 Harbor Times.'],
  ])('leaves out %s after the last sentence', (_, tail) => {
    expect(summaryOf({ title: 'Acme opens a Lisbon lab', html: `<p>${lead}${tail}</p>` })).toBe(lead);
  });

  it('keeps the name after a quotation’s dash, and a sentence about copyright', () => {
    const quoted = '“We chose Lisbon for its engineers and its sea.” — Jane Roe';
    expect(summaryOf({ title: 'Acme opens a Lisbon lab', html: `<p>${lead} ${quoted}</p>` })).toBe(`${lead} ${quoted}.`);
    const story = 'Copyright claims against Acme doubled in 2026, its lawyers said on Friday.';
    expect(summaryOf({ title: 'Acme opens a Lisbon lab', html: `<p>${story}</p>` })).toBe(story);
  });
});

describe('the lead in leads14’s kinds of publisher', () => {
  it('keeps a story that opens with the word “Credit”', () => {
    const lead = 'Credit unions lose more to card fraud per member than big banks do.';
    expect(summaryOf({ title: 'Why we invested', html: `<p>${lead}</p><p>Most cannot afford the tools banks use.</p>` })).toBe(`${lead} Most cannot afford the tools banks use.`);
  });

  // A scraped page's title block: the headline, its standfirst, then the author's name, the date and the
  // reading time each on a line of their own (no "By"), then the story.
  it('reads the story under a standfirst above an author’s name, a date and a reading time', () => {
    const lead = 'Start with the key frames, then animate them one shot at a time.';
    const html = `<div><h1>How to storyboard a short</h1><div>This guide walks through a storyboard workflow from the first sketch to the final cut.</div><div><div>Tessel Studio</div><div>Jul 3, 2026</div><div>12 min read</div></div></div><div><p>${lead} Keep each shot short.</p></div>`;
    expect(summaryOf({ title: 'How to storyboard a short', html })).toBe(`${lead} Keep each shot short.`);
  });

  it('reads the story under a standfirst its CMS names by class', () => {
    const lead = 'Brennan Freight cut the share of miles its trucks drive empty to 11% from 25% last year.';
    const standfirst = 'A Midwest carrier says load matching has paid for itself in under a year.';
    expect(summaryOf({ title: 'Carrier cuts empty miles', html: `<p class="standfirst">${standfirst}</p><p>${lead}</p>` })).toBe(lead);
    expect(summaryOf({ title: 'Carrier cuts empty miles', html: `<div class="article-dek"><p>${standfirst}</p></div><p>${lead}</p>` })).toBe(lead);
    // Alone, the standfirst is still the summary.
    expect(summaryOf({ title: 'Carrier cuts empty miles', html: `<p class="standfirst">${standfirst}</p>` })).toBe(standfirst);
  });

  it('reads the story under a standfirst set wholly in <strong>', () => {
    const lead = 'The Port of Calder has ordered 40 battery-electric straddle carriers from Kalmo.';
    expect(summaryOf({ title: 'Port orders electric carriers', html: `<p><strong>The order is the largest yet in North America.</strong></p><p><em>By Luis Ortega</em></p><p>${lead}</p>` })).toBe(lead);
  });

  it('drops an outlet’s web address set before the lead with a double dash', () => {
    expect(summaryOf({ title: 'Stocks edge higher', html: '<p>Investing.com -- U.S. stocks edged higher on Thursday before the jobs report.</p>' })).toBe('U.S. stocks edged higher on Thursday before the jobs report.');
  });

  it('reads an episode’s description after the bio of the guest its headline names', () => {
    const lead = 'In this episode, Ana explains why folding a towel is still hard for robots.';
    const bio = 'Ana Ruiz is a robotics researcher at Kestrel AI and a former engineer at Orrin.';
    expect(summaryOf({ title: '#88: Robots that fold laundry, with Ana Ruiz', html: `<p>${bio}</p><p>${lead}</p>` })).toBe(lead);
    // A story about the person named in its headline opens with them.
    expect(summaryOf({ title: 'Kestrel names a new chief, Ana Ruiz', html: `<p>${bio}</p><p>${lead}</p>` })).toBe(`${bio} ${lead}`);
  });

  it.each([
    ['a letter presenting its roundup', '<p>Here’s what our portfolio companies got up to in May.</p><h3>Raises</h3>'],
    ['a note that the text is a translation', '<p>The following is a translation of an editorial that appeared in the May 7 print edition.</p>'],
    ['a show’s guest line', '<p>Guest: Raj Patel, semiconductor analyst at Crestline Research</p>'],
    ['a French show’s guest line', '<p>Invité : Laurent Marchal.</p>'],
    ['a map’s credit line under the graphic', '<p>Data: State health departments; Map: Jo Roe/Harbor Times. Note: Rates use 2025 population estimates.</p>'],
    ['a German show’s guest line', '<p>Gast: Jana Roth, Analystin bei Crestline Research</p>'],
    ['a live page’s invitation', '<p>Follow the latest from the second day of the summit.</p>'],
    ['a live page’s sign-off', '<p>That’s all from us today. Thanks for following along.</p>'],
    ['a developing-story note', '<p>This is a developing story and will be updated.</p>'],
    ['an editor’s line above a memo', '<p>The message below was shared with Tessel employees earlier today.</p>'],
    ['an editor’s line above a letter’s full text', '<p>Below is the full text of the letter the chief executive sent to staff.</p>'],
  ])('skips %s', (_name, before) => {
    const lead = 'Tessel raised a $30 million round to expand its battery recycling plant.';
    expect(summaryOf({ title: 'Notes for May', html: `${before}<p>${lead}</p>` })).toBe(lead);
  });
});

it('keeps a story about a message that was sent', () => {
  const lead = 'The message was sent to 2,000 Tessel employees on Friday, two people who read it said.';
  expect(summaryOf({ title: 'Tessel memo', html: `<p>${lead}</p>` })).toBe(lead);
});

describe('the lead skips what real sites set before the story (leads15)', () => {
  const lead = 'Harbour Rail will run driverless trains on its airport line from March.';
  it.each([
    ['a broadcaster’s image lines, written with a comma', '<p>Image source, Marlow Photo Agency</p><p>Image caption, A test train at the depot in April.</p>'],
    ['a media caption with a video kicker', '<p>Media caption, Watch: a ride on the test train</p>'],
    ['a player’s line and its duration', '<p>Play video, "On board the test train", Duration 1,58</p>'],
    ['an image credit with a colon and a full stop', '<p>Image source: Marlow Photo Agency.</p>'],
    ['a player’s notice', '<p>This video can not be played</p><p>To play this video you need to enable JavaScript in your browser.</p>'],
    ['a video’s line written as a sentence', '<p>Watch: Our reporter rides the test train through the tunnel.</p>'],
    ['a forum poster’s notes on themselves', '<p>Long time lurker, first time poster.</p><p>Throwaway account for obvious reasons.</p>'],
    ['a forum poster’s apology for the post', '<p>Sorry for the formatting, I’m on mobile.</p>'],
    ['a guest post’s introduction', '<p>This week’s issue is a guest post from Ana Ruiz, who runs the line’s signalling team.</p>'],
    ['a newsletter’s contents line', '<p>This week: two rulings on data scraping, a new privacy order, and a reader question.</p>'],
  ])('skips %s', (_name, before) => {
    expect(summaryOf({ title: 'Driverless trains for the airport line', html: `${before}<p>${lead}</p><p>The trains will carry a staff member at first.</p>` })).toBe(`${lead} The trains will carry a staff member at first.`);
  });

  it('keeps a sentence that opens with a label and goes on with a verb', () => {
    expect(summaryOf({ title: 'Trains', html: `<p>This week: Harbour Rail said it will run driverless trains, and the union objected.</p><p>${lead}</p>` })).toMatch(/^This week: Harbour Rail said/);
  });

  it('keeps a video kicker’s paragraph that is the whole item', () => {
    expect(summaryOf({ title: 'Trains', html: '<p>Watch: Our reporter rides the test train through the tunnel.</p>' })).toBe('Our reporter rides the test train through the tunnel.');
  });

  it('reads a reply below the post it quotes, and past a spec table', () => {
    const quoted = '<blockquote><cite>rail_fan wrote: ↑Tue Jun 02, 2026 9:14 pm</cite><br/>Does anyone know when the airport line goes driverless? I keep hearing rumours.</blockquote>';
    expect(summaryOf({ title: 'Re: Driverless airport line', html: `${quoted}<p>${lead}</p>` })).toBe(lead);
    const table = '<table><tr><td>Line</td><td>Airport Express</td></tr><tr><td>Stations</td><td>Central, Docks and Airport, all step-free</td></tr></table>';
    expect(summaryOf({ title: 'Airport line review', html: `${table}<p>${lead}</p>` })).toBe(lead);
  });
});

describe('the lead skips app, audio and translation furniture (leads15)', () => {
  const lead = 'Harbour Rail will run driverless trains on its airport line from March.';
  it.each([
    ['an app banner', '<p>Open in app</p>'],
    ['an app plea written as a sentence', '<p>Get the app for the full experience.</p>'],
    ['a note on how the narration was made', '<p>This audio is auto-generated. Please let us know if you have feedback.</p>'],
    ['a player’s line said as a sentence, with its plea', '<p>Listen to this story. Enjoy more audio and podcasts on your phone.</p>'],
    ['a pointer to the original article, its headline a link', '<p>Read the original article in French: <a href="https://fr.example/train">Le train sans conducteur arrive</a></p>'],
  ])('skips %s', (_name, before) => {
    expect(summaryOf({ title: 'Driverless trains for the airport line', html: `${before}<p>${lead}</p>` })).toBe(lead);
  });

  it('still strips "Listen to this post:" before the story in the same paragraph', () => {
    expect(summaryOf({ title: 'Trains', html: `<p>Listen to this post: ${lead}</p>` })).toBe(lead);
  });
});

describe('a lead-in that points at what it shows (leads15)', () => {
  it('is the lead, ended with a full stop, above a picture or a quotation', () => {
    const html = '<p>I was reading a report on rail timetables and this chart came up with delays in minutes:</p><p><img src="https://x.example/chart.png" alt=""/></p><p>Delays fell by a third on the airport line.</p>';
    expect(summaryOf({ title: 'Rail delays', html })).toBe('I was reading a report on rail timetables and this chart came up with delays in minutes.');
  });

  it('is not the lead when it points at nothing', () => {
    const html = '<p>Harbour Rail announced three changes to its timetable on Monday:</p><p>Trains will run every ten minutes on the airport line.</p>';
    expect(summaryOf({ title: 'Timetable', html })).toBe('Trains will run every ten minutes on the airport line.');
  });
});

describe('the lead skips show-note, newsletter and caption lines (leads15 third batch)', () => {
  const lead = 'Harbour Rail will run driverless trains on its airport line from March.';
  it.each([
    ['a podcast’s platform plea', '<p>🎧 Listen on Apple Podcasts, Spotify, or wherever you get your podcasts.</p>'],
    ['a show’s recording and transcript lines', '<p>Recorded live at RailWeek 2026 in Leeds.</p><p>Transcript below.</p>'],
    ['a welcome to the readers alone', '<p>Welcome, rail fans.</p>'],
    ['a greeting to the readers alone', '<p>Good morning, rail fans.</p>'],
    ['a sponsor line and the sponsor’s pitch below it', '<p>PRESENTED BY TRACKLY</p><p>Trackly turns your timetables into answers. Try it free for 14 days.</p>'],
    ['a caption placing its people with commas', '<p>Ana Ruiz, center, with drivers at the depot.</p>'],
    ['a show’s pointer to its transcript and notes', '<p>Full transcript and show notes at railcast.example.</p>'],
    ['the headline again with an alternative title', '<p>Driverless trains for the airport line, or, why the drivers are not worried.</p>'],
  ])('skips %s', (_name, before) => {
    expect(summaryOf({ title: 'Driverless trains for the airport line', html: `${before}<p>${lead}</p>` })).toBe(lead);
  });

  it.each([
    ['a sponsor’s line with its full stop', 'Together with Trackly. '],
    ['the newsletter’s length', 'Today’s newsletter is 1,200 words, a 5-minute read. '],
  ])('skips %s run into the lead', (_name, before) => {
    expect(summaryOf({ title: 'Driverless trains for the airport line', html: `<p>${before}${lead}</p>` })).toBe(lead);
  });

  it.each([
    ['"[Sponsor]"', '[Sponsor] Try Trackly free for 14 days.'],
    ['"(Sponsored)"', '(Sponsored) Trackly turns your timetables into answers.'],
  ])('skips a sponsor’s pitch under its label in brackets, %s', (_name, pitch) => {
    expect(summaryOf({ title: 'Driverless trains for the airport line', html: `<p>${pitch}</p><p>${lead}</p>` })).toBe(lead);
  });

  it('keeps a sentence that opens “Together with” a partner', () => {
    const story = 'Together with Trackly, Harbour Rail will run driverless trains on its airport line from March.';
    expect(summaryOf({ title: 'Driverless trains for the airport line', html: `<p>${story}</p>` })).toBe(story);
  });

  it('keeps a story about a brand’s premium plan, not a paywall', () => {
    const story = 'Use your Trackly Plus or Railpass Premium subscription inside the Harbour Rail app.';
    expect(summaryOf({ title: 'Trackly in the Harbour Rail app', summaryHtml: `<p>${story}</p>` })).toBe(story);
    expect(summaryOf({ title: 'Trains', html: `<p>Become a premium member to read the rest.</p><p>${lead}</p>` })).toBe(lead);
  });

  it('ends before a plea to visit an address written out, a clause after it or not', () => {
    const html = `<p>${lead} If you want to keep reading about it, please visit https://railnotes.example, which is also in this week’s links.</p>`;
    expect(summaryOf({ title: 'Trains', html })).toBe(lead);
  });

  it('strips a newsletter’s label of "The" and a word', () => {
    expect(summaryOf({ title: 'Trains', html: `<p><strong>The Rundown:</strong> ${lead}</p>` })).toBe(lead);
  });

  it('still strips a greeting before a sentence, and keeps a story that opens with its sponsor’s name when no sponsor line came first', () => {
    expect(summaryOf({ title: 'Trains', html: `<p>Good morning, ${lead}</p>` })).toBe(lead);
    expect(summaryOf({ title: 'Trains', html: '<p>Trackly raised $5 million to expand its timetable app to Europe.</p>' })).toBe('Trackly raised $5 million to expand its timetable app to Europe.');
  });
});

describe('the lead skips letter, live-page and reply furniture (leads15 fourth batch)', () => {
  const lead = 'Harbour Rail will run driverless trains on its airport line from March.';
  it.each([
    ['a forwarding line', '<p>If you were forwarded this, you can sign up here.</p>'],
    ['a letter’s contents under its own label', '<p>Today’s issue: why the trains are late, what the union thinks, and a map I can’t stop looking at.</p>'],
    ['a live page’s recap line', '<p>If you’re just joining us, here’s what happened this morning:</p>'],
  ])('skips %s', (_name, before) => {
    expect(summaryOf({ title: 'Driverless trains for the airport line', html: `${before}<p>${lead}</p>` })).toBe(lead);
  });

  it('strips the accounts a reply opens by naming', () => {
    expect(summaryOf({ title: 'Re: trains', html: `<p><a href="https://social.example/@ana">@ana</a> <a href="https://social.example/@raj">@raj@rail.example</a> ${lead}</p>` })).toBe(lead);
  });
});

// Issue 10, point 3: never cut mid-quote. The reader checks (bench/reader-checks.ts) found second sentences
// that open a quotation whose next sentence is still inside it.
describe('the lead does not stop inside a quotation', () => {
  it('leaves out a second sentence that opens a quotation the text goes on with', () => {
    expect(
      summaryOf({
        html: '<p>Lumen’s chatbot was down for three hours on Tuesday. In a statement, Lumen said: "A faulty update took the servers down. We have rolled it back."</p>',
      }),
    ).toBe('Lumen’s chatbot was down for three hours on Tuesday.');
    expect(summaryOf({ html: '<p>Senator Jo Hale filed a bill on Wednesday. “We license pilots. We should license models,” she said.</p>' })).toBe('Senator Jo Hale filed a bill on Wednesday.');
  });
  // (A second sentence that is a quotation is left to the quote, shown beside the summary: see probe-shapes.test.ts.)
  it('ends before a second sentence that opens a quotation, and keeps a first that opens one whole', () => {
    expect(summaryOf({ html: '<p>Lumen’s chatbot was down for three hours on Tuesday. "A faulty update took the servers down," Lumen said.</p>' })).toBe(
      'Lumen’s chatbot was down for three hours on Tuesday.',
    );
    expect(summaryOf({ html: '<p>Lumen said: "A faulty update took the servers down. We have rolled it back."</p>' })).toBe(
      'Lumen said: "A faulty update took the servers down. We have rolled it back."',
    );
  });
});

// The reader checks' summary-empty: an untitled post's headline is made of its first words, so its text
// was dropped from the summary as that headline repeated.
describe('an untitled item', () => {
  it('has its short text as the summary, not only as the headline made of it', () => {
    expect(summaryOf({ title: '', html: '<p>Thanks, the code is on GitHub too.</p>' })).toBe('Thanks, the code is on GitHub too.');
    expect(summaryOf({ title: '', html: '<p><span class="h-card"><a href="https://social.example/@tom" class="u-url mention">@<span>tom</span></a></span> Thanks, the code is on GitHub too.</p>' })).toBe(
      'Thanks, the code is on GitHub too.',
    );
  });
});

describe('text hard-wrapped with a <br> at each line’s end', () => {
  it('reads the wrapped lines as one sentence, and keeps short lines apart', () => {
    const html =
      '<p>The Harbor Gulls overcame a sluggish start and woke up in time to subdue the<br />Ridgeback Energy Boosters, 88-64, in the 2026 Coastal Basketball<br />Association Cup at the Marlow Coliseum last Friday.</p><p>The Gulls pulled away late.</p>';
    expect(summaryOf({ title: 'Gulls beat Ridgeback', html }).startsWith('The Harbor Gulls overcame a sluggish start and woke up in time to subdue the Ridgeback Energy Boosters, 88-64,')).toBe(true);
    // A short line (a credit, a list's line) ends its own block.
    expect(summaryOf({ title: 'Gulls beat Ridgeback', html: '<p>Photo by Jane Roe<br />The Gulls beat Ridgeback 88-64 on Friday night in Marlow.</p>' })).toBe('The Gulls beat Ridgeback 88-64 on Friday night in Marlow.');
  });

  it('reads a longer line that ends with a comma as going on after the break', () => {
    const html = '<p>Right. It is a lovely idea for a product. It does not look like the big lab will keep pushing in that direction,<br> (which is fair) but I hope a small team picks it up.</p>';
    expect(summaryOf({ title: 'Right. It is a lovely idea for a product…', html })).toBe('Right. It is a lovely idea for a product. It does not look like the big lab will keep pushing in that direction, (which is fair) but I hope a small team picks it up.');
  });
});

describe('quotation marks of other languages and mistyped ones', () => {
  it('reads a German „…“ quotation and a mistyped “…“ one as closed', () => {
    const german = 'Die Firma nennt das neue Modell „einen großen Schritt für kleine Labore“. Es soll im Mai erscheinen.';
    expect(summaryOf({ title: 'Neues Modell', html: `<p>${german}</p><p>Mehr dazu später.</p>` })).toBe(german);
    const mistyped = 'For the second time, Tessel won an award for its “general excellence in small newsrooms“. The jury met in Lisbon.';
    expect(summaryOf({ title: 'Tessel honoured', html: `<p>${mistyped}</p><p>You can read our English site at tessel.example.</p>` })).toBe(mistyped);
    // A quotation truly left open is still a cut.
    expect(summaryOf({ title: 'Tessel honoured', html: '<p>The jury called Tessel “a small newsroom that</p>' })).toMatch(/…$/);
  });

  it('reads a quotation WordPress closed with a double prime after a digit (“tier 2″) as closed', () => {
    const primed = 'Last spring I wrote about the new ferry board, whose aim for “tier 2″ routes was to be “lean and punctual“.';
    expect(summaryOf({ title: 'Ferry board: lean at last?', html: `<p>${primed}</p><p>Since then, the board has met twice.</p>` }).startsWith(primed)).toBe(true);
    // Inches with no quotation open stay inches.
    expect(summaryOf({ title: 'Tessel tablet', html: '<p>Tessel’s tablet has an 11″ screen. It ships in May.</p>' })).toBe('Tessel’s tablet has an 11″ screen. It ships in May.');
  });
});

describe('a standfirst above the paragraph a dateline opens', () => {
  it('is not the lead: the story starts at the dateline', () => {
    const html = '<p>The port reopened after a week. Freight resumed on Monday.</p><p>LISBON — The port of Lisbon reopened on Monday after a week-long strike, officials said.</p><p>Ships queued overnight.</p>';
    expect(summaryOf({ title: 'Port reopens', html }).startsWith('The port of Lisbon reopened on Monday after a week-long strike, officials said.')).toBe(true);
    const chinese = '<p>港口在罢工一周后重开。货运周一恢复。</p><p>里斯本——里斯本港周一在持续一周的罢工后重新开放，官员表示。</p><p>船只连夜排队。</p>';
    expect(summaryOf({ title: '港口重开', html: chinese }).startsWith('里斯本港周一在持续一周的罢工后重新开放，官员表示。')).toBe(true);
  });
});

describe('a wire byline run into the story with no stop', () => {
  it('is not shown: the story starts where the headline’s first words do', () => {
    const lead = 'Port Authority chief Dana Okafor said Tuesday the harbour would reopen to freight by March, calling the plan “realistic” if the weather holds.';
    const html = `<p>By Tomas Reyes with Mei Lin in Lagos ${lead} The harbour closed in June.</p>`;
    expect(summaryOf({ title: 'Port Authority chief says harbour will reopen by March', html }).startsWith(lead)).toBe(true);
    // A byline whose story does not open with the headline's words is left to the other rules.
    expect(summaryOf({ title: 'Harbour to reopen by March', html }).startsWith(lead)).toBe(false);
  });
});

describe('a box’s label run into its first point', () => {
  it('is not shown: the point is', () => {
    const html = '<p>Key takeaways Tessel’s new lab will hire 200 engineers by 2027. The lab studies battery recycling. Tessel opened a lab in Lisbon on Tuesday, it said.</p>';
    expect(summaryOf({ title: 'Tessel opens a Lisbon lab', html }).startsWith('Tessel’s new lab will hire 200 engineers by 2027.')).toBe(true);
    expect(summaryOf({ title: 'Tessel opens a Lisbon lab', html: html.replace('Key takeaways', 'News Highlights') }).startsWith('Tessel’s new lab')).toBe(true);
    // A story that opens with the words keeps them.
    expect(summaryOf({ title: 'Tessel opens a Lisbon lab', html: '<p>Key points of the deal were agreed on Tuesday, Tessel said.</p>' })).toBe('Key points of the deal were agreed on Tuesday, Tessel said.');
  });
});

describe('a Chinese paper’s credit in brackets', () => {
  it('is no part of the lead', () => {
    expect(summaryOf({ title: '港口恢复运营', html: '<p>【港城網訊】據港務局消息，港口周二恢复全部航线。</p><p>工人已返回岗位。</p>' }).startsWith('據港務局消息')).toBe(true);
    expect(summaryOf({ title: '港口恢复运营', html: '<p>（港城特约） 港口周二恢复全部航线，工人已返回岗位。</p>' })).toBe('港口周二恢复全部航线，工人已返回岗位。');
  });

  it('skips an account’s dek with its editor’s byline, and a note on the paper’s authors', () => {
    const html =
      '<p><strong>港城智库报道</strong></p>编辑：小林 Harbor<strong>【港城智库导读】港口自动化终于落地了！从装卸到调度，全程无人。</strong><br/><p>2026年，港口圈最火的一个词，叫自动化。</p><p>今年2月，港务局率先命名了这个概念。</p>';
    expect(summaryOf({ title: '港口迈入自动化时代', html }).startsWith('2026年，港口圈最火的一个词，叫自动化。')).toBe(true);
    expect(summaryOf({ title: '港口调度新方法', html: '<p>导语：一种新的调度方法让港口效率提升三成。</p><p>在自动化时代，调度是港口的核心问题。</p>' }).startsWith('在自动化时代')).toBe(true);
    expect(summaryOf({ title: '港口调度新方法', html: '<p>港城大学硕士生王小明为本文第一作者；李华教授为本文通讯作者。</p><p>在自动化时代，调度是港口的核心问题。</p>' }).startsWith('在自动化时代')).toBe(true);
  });

  it('leaves a Chinese lead that goes on from the headline with no space', () => {
    expect(summaryOf({ title: '【评论】港口恢复运营', html: '<p>【评论】港口恢复运营一事一律采用港务局通稿，首页不做头条。</p><p>另附：通稿全文。</p>' }).startsWith('港口恢复运营一事一律采用港务局通稿')).toBe(true);
  });
});

describe('a Japanese lead that goes on from the headline', () => {
  it('is the lead, not the headline again', () => {
    const lead = 'Quellmark API を使用して、端末情報の取得を検証しましたので記載します。';
    expect(summaryOf({ title: 'Quellmark API を使用して、端末情報の取得を検証', html: `<p>${lead}</p><p>まず準備です。</p>` }).startsWith(lead)).toBe(true);
  });
});

describe('a Japanese post’s "Introduction" heading run into its text', () => {
  it('leaves the lead; "はじめに、" (firstly) as a word of the sentence stays', () => {
    const lead = '社内プロジェクトでAIエージェントを使ったコーディングを始めることになりました。';
    expect(summaryOf({ title: 'AIエージェント導入の記録', html: `<p>■はじめに${lead}</p>` }).startsWith(lead)).toBe(true);
    expect(summaryOf({ title: 'AIエージェント導入の記録', html: `<p>はじめに${lead}</p>` }).startsWith(lead)).toBe(true);
    const firstly = 'はじめに、環境を準備します。';
    expect(summaryOf({ title: 'AIエージェント導入の記録', html: `<p>${firstly}</p>` }).startsWith(firstly)).toBe(true);
  });
});

describe('a social post’s author line', () => {
  it('is no lead, even where the post’s words are all in its title', () => {
    const html = (post: string) => `<p><img src="/pic/a.jpg" alt=""><strong>Marta Levin</strong> (<a href="https://x.com/martalevin">@martalevin</a>)</p><p>${post}</p><p><a href="https://x.com/martalevin/status/1">View on X →</a></p>`;
    expect(summaryOf({ title: 'Big day for evals', html: html('Shipping the new eval harness today, finally.') })).toBe('Shipping the new eval harness today, finally.');
    // The title says it all: nothing is left to show under it, least of all the author's handle.
    expect(summaryOf({ title: 'Shipping the new eval harness today, finally.', html: html('Shipping the new eval harness today, finally.') })).toBe('');
  });
});

describe('a scraper’s stray fragment', () => {
  it('is no summary', () => {
    expect(summaryOf({ title: 'Circuits update, June', html: '<p>g.</p>' })).toBe('');
    expect(summaryOf({ title: 'Circuits update, June', html: '<p>.</p>' })).toBe('');
    // A sentence of a script without case may be one character long; a short word is still a summary.
    expect(summaryOf({ title: 'Go', html: '<p>Go.</p>' })).not.toBe('');
  });
});

describe('a release note’s first change', () => {
  it('is the lead even where it names "image/video" before its author (no caption credit)', () => {
    const html =
      '<h2>What’s Changed</h2><ul><li>Add file inputs to image/video generation by <a href="https://github.example/ana">@ana</a> in <a href="https://github.example/x/pull/160">#160</a></li><li>Add list filtering to the files client by <a href="https://github.example/ana">@ana</a> in <a href="https://github.example/x/pull/161">#161</a></li></ul>';
    expect(summaryOf({ title: 'v1.16.0', html }).startsWith('Add file inputs to image/video generation')).toBe(true);
  });
});

// A link blog titles each post with its first words, cut ("… event...."): the post's one sentence is
// its lead, and a credit after it never is.
describe('a post titled with its own first words, cut', () => {
  it('has that sentence as the summary, not the credit after it', () => {
    expect(
      summaryOf({ title: 'Harbor Ferry Races is my favorite summer event....', html: '<p><a href="https://video.example/v">Harbor Ferry Races</a> is my favorite summer event. (Video by Jane Roe.)</p>' }),
    ).toBe('Harbor Ferry Races is my favorite summer event.');
    // A credit before the story is skipped as a "Photo by" caption is.
    expect(summaryOf({ title: 'Ferry races', html: '<p>(Video by Jane Roe.)</p><p>The harbor held its ferry races on Sunday.</p>' })).toBe('The harbor held its ferry races on Sunday.');
  });
});

describe('lead furniture rules tried only on texts holding what they need', () => {
  // The preprint rule is tried only when the text holds "print": each preamble below is furniture,
  // and with "print" broken up it is not (the rule cannot match without it).
  const preambles = [
    'This study is a preprint and has not yet been peer reviewed.',
    'Keep in mind this is a pre-print that has not been peer-reviewed',
    '(This paper is a preprint; it is not peer reviewed.)',
    'Preprints like this one have not been peer reviewed',
  ];
  it.each(preambles)('%s', (text) => {
    expect(isLeadBoilerplate(text)).toBe(true);
    expect(isLeadBoilerplate(text.replace(/print/gi, 'pr-int'))).toBe(false);
  });
});

describe('the lead keeps the story’s own prose set in italics', () => {
  it('opens with a scene of several sentences set in italics above the essay', () => {
    const scene =
      'The ferry left the north quay an hour late, its deck crowded with cyclists and crates of apples. Mara stood at the rail with the letter folded in her coat pocket, and she did not take it out until the island was behind them.';
    const summary = summaryOf({
      title: 'On leaving the island',
      html: `<p><em>${scene}</em></p><p>Every family on the island has a story about the last ferry, and most of them are about who was not on it.</p>`,
    });
    expect(summary.startsWith('The ferry left the north quay an hour late')).toBe(true);
  });

  it('still skips a one-line note set in italics above the story', () => {
    const summary = summaryOf({
      title: 'On leaving the island',
      html: '<p><em>A shorter version of this essay ran in our spring print issue.</em></p><p>Every family on the island has a story about the last ferry, and most of them are about who was not on it.</p>',
    });
    expect(summary).toBe('Every family on the island has a story about the last ferry, and most of them are about who was not on it.');
  });
});

describe('a run-in label set off by a dash', () => {
  it('is dropped before the sentence it heads', () => {
    expect(summarize(['High stakes — Acme raised $40 million on Tuesday to build warehouse robots.'], 'Acme raises $40 million')).toBe('Acme raised $40 million on Tuesday to build warehouse robots.');
  });
  it('is no label when the words after the dash end the sentence', () => {
    const lead = summarize(['There’s a new channel in town – Quillmark Chat.', 'Announced earlier today, Quillmark Chat is now in preview for every workspace on the paid plan.'], 'Quillmark Chat available in Bot Studio');
    expect(lead.startsWith('There’s a new channel in town – Quillmark Chat.')).toBe(true);
  });
});

describe('the lead without the link to the rest of the post that an excerpt ends with', () => {
  const cut = 'Two days after the council delayed its vote on the harbour plan it helped draft, Mayor Ines Okafor watched the port authority undermine their';
  it.each([
    ['a newspaper CMS’s "Click to Continue »"', `<p>${cut} &#8230; <a href="https://news.example/a">Click to Continue &#187;</a></p>`, `${cut} …`],
    ['"Continue reading »" after a cut', `<p>${cut}... <a href="https://news.example/a">Continue reading &#187;</a></p>`, `${cut}...`],
    ['WordPress’s "(more…)"', '<p>The harbour plan passed on Monday by nine votes to two. <a href="https://news.example/a">(more&#8230;)</a></p>', 'The harbour plan passed on Monday by nine votes to two.'],
    ['a cut mark and "Read more…"', '<p>The harbour plan passed on Monday by nine votes to two. […] <a href="https://news.example/a">Read more…</a></p>', 'The harbour plan passed on Monday by nine votes to two.'],
    [
      'a theme’s "Continue reading <title> →"',
      '<p>The harbour plan passed on Monday by nine votes to two. <a href="https://news.example/a">Continue reading <span class="screen-reader-text">Harbour plan passes</span> <span class="meta-nav">&#8594;</span></a></p>',
      'The harbour plan passed on Monday by nine votes to two.',
    ],
  ])('%s', (_, html, lead) => {
    expect(summaryOf({ title: 'Harbour plan', summaryHtml: html })).toBe(lead);
  });

  it('keeps a sentence of the story that says "continue reading" or "read more"', () => {
    const prose = 'The council told residents to continue reading the notices on the harbour wall. Critics said they would read more once the plan was published.';
    expect(summaryOf({ title: 'Harbour plan', summaryHtml: `<p>${prose}</p>` })).toBe(prose);
  });
});

describe('the lead after the writer’s thanks for help with the post', () => {
  const lead = 'Test-time compute (Roe et al. 2016, Lin et al. 2021) has led to large gains in model accuracy, while raising many questions.';
  it.each([
    ['special thanks for feedback', 'Special thanks to Jane Roe for a lot of valuable feedback and direct edits on this post.'],
    ['thanks for reading drafts', 'Thanks to Ana Ruiz and Tom Lee for reading early drafts of this.'],
    ['a thank-you in the first person', 'We thank the harbour lab’s reviewers for their comments and suggestions.'],
    ['a newsletter’s thanks for signing up', 'Thank you for signing up to receive these notes.'],
  ])('%s', (_, thanks) => {
    // A citation's "et al. 2016" ends no sentence either.
    expect(summaryOf({ title: 'Why we think', html: `<p>${thanks}</p><p>${lead}</p>` })).toBe(lead);
  });

  it('keeps a story that opens with what something made possible', () => {
    const story = 'Thanks to the new model, errors in the harbour’s tide forecasts fell by half last year.';
    expect(summaryOf({ title: 'Tide forecasts', html: `<p>${story}</p>` })).toBe(story);
  });
});

describe('the lead after an article’s byline with the writer’s role, set before a dash', () => {
  const lead = 'Harbor Health uses data to find the country’s best doctors by quality and cost.';
  it('in an aggregator’s excerpt after the headline', () => {
    const summaryHtml = `Ana Ruiz / Forbes: NYC-based Harbor Health raised a $118M Series D — Nick Roe, Harbor Health founder and CEO — ${lead}`;
    expect(summaryOf({ title: 'NYC-based Harbor Health raised a $118M Series D (Ana Ruiz/Forbes)', summaryHtml })).toBe(lead);
  });
  it('opening a post', () => {
    expect(summaryOf({ title: 'Finding doctors', summaryHtml: `<p>Nick Roe, Harbor Health founder and CEO — ${lead}</p>` })).toBe(lead);
  });
  it('but not a clause about the person, nor a name without a role', () => {
    for (const opening of ['Nick Roe, who founded Harbor Health —', 'Nick Roe, Ana Ruiz and Tom Lee —']) {
      expect(summaryOf({ title: 'Finding doctors', summaryHtml: `<p>${opening} ${lead}</p>` })).toBe(`${opening} ${lead}`);
    }
  });
});

describe('the lead of an excerpt that skips on after its first sentence', () => {
  it('is that sentence, not the fragment after the skip', () => {
    const summaryHtml = 'Ana Ruiz / Harbor Times: Q&A with Acme CEO Tom Lee on the port deal — Today, I’m talking with Tom Lee, who is the CEO of Acme. … At a very basic, reductive level …';
    expect(summaryOf({ title: 'Q&A with Acme CEO Tom Lee on the port deal (Ana Ruiz/Harbor Times)', summaryHtml })).toBe('Today, I’m talking with Tom Lee, who is the CEO of Acme.');
  });
  it('keeps an ellipsis inside a sentence', () => {
    const lead = 'The vote was close… and then the council adjourned until Friday.';
    expect(summaryOf({ title: 'Council vote', summaryHtml: `<p>${lead}</p>` })).toBe(lead);
  });
});

describe('the lead without a newsletter’s pointer to its other sections or an invitation to read on', () => {
  const lead = 'Acme’s Origin launches as a code-hosting rival on the day its largest competitor went down.';
  it.each([
    ['"Plus:"', 'Plus: Configure your assistant to match your writing style in this week’s briefing.'],
    ['"Also inside:"', 'Also inside: three tools for faster code review.'],
    ['"Discover the latest …"', 'Discover the latest AI innovations.'],
    ['"Explore what …"', 'Explore what the outage means for teams that host their code there.'],
    ['"Discover the …"', 'Discover the tools reshaping how teams ship code.'],
  ])('%s', (_, after) => {
    expect(summaryOf({ title: 'Acme’s Origin', summaryHtml: `<p>${lead} ${after}</p>` })).toBe(lead);
  });
  it('keeps a second sentence of the story that starts with "Plus"', () => {
    const story = `${lead} Plus the outage lasted nine hours.`;
    expect(summaryOf({ title: 'Acme’s Origin', summaryHtml: `<p>${story}</p>` })).toBe(story);
  });
});

describe('the lead after a scraped page’s labels run into its date line', () => {
  it('skips "content type highlightpublished June 8, 2021"', () => {
    const lead = 'The Mac has long been a popular platform for developers, engineers and researchers.';
    const html = '<div><span><a href="https://lab.example/highlights"><span>content type </span>highlight</a></span><span>published </span>June 8, 2021</div><h1>Training on the Mac</h1><p>' + lead + '</p>';
    expect(summaryOf({ title: 'Training on the Mac', html })).toBe(lead);
  });
  // A scraped page run into one paragraph: its date line glued to the story's first sentence.
  it.each([
    ['"Last updated: December 4, 2025 …"', 'Last updated: December 4, 2025 '],
    ['"Updated: March 4, 2026 at 10:15 PT …"', 'Updated: March 4, 2026 at 10:15 PT '],
  ])('keeps the first sentence after a date line run into it: %s', (_, dateLine) => {
    const lead = 'Kelpwise unveiled three new chips at its developer conference in Lisbon, including its fastest server part yet.';
    const rest = ' Other announcements include agents that can work for days on end, a larger model family and a new data centre in Porto.';
    expect(summaryOf({ title: 'Kelpwise’s key announcements from its conference', html: `<p>${dateLine}${lead}${rest}</p>` })).toBe(`${lead}${rest}`);
  });
});

// Page furniture a scraper ran into the story's first sentence (the markup between them dropped): the
// furniture goes, the sentence stays; a sentence that only opens like furniture stays whole.
describe('the lead after page furniture run into the first sentence', () => {
  const lead = 'Corvid on Tuesday unveiled a new inference chip that it says halves the cost of serving a model.';
  it.each([
    // A byline and its date, or a reading time.
    ['"By Jane Roe March 3, 2026 …"', 'By Jane Roe March 3, 2026 '],
    ['"Written by Ana Ruiz | 3 March 2026 | …"', 'Written by Ana Ruiz | 3 March 2026 | '],
    ['"Jane Roe 3 min read …"', 'Jane Roe 3 min read '],
    ['"Ana Ruiz Mar 3, 2026 4 min read …"', 'Ana Ruiz Mar 3, 2026 4 min read '],
    ['"By Jane Roe, Mar 3, 2026 · 5 min read · …"', 'By Jane Roe, Mar 3, 2026 · 5 min read · '],
    ['"Reading time: 3 minutes …"', 'Reading time: 3 minutes '],
    ['a byline and how long ago', 'By Jane Roe | Updated 2 hours ago '],
    ['a name and how long ago, after a dot', 'Jane Roe · 2 hours ago '],
    ['a writer’s name and role', 'Jane Roe, Staff Writer '],
    ['a byline in capitals', 'By JANE ROE '],
    ['a byline of two writers in capitals', 'By JANE ROE AND LI WEI '],
    // A date in any of the shapes pages print, with a mark after it, none, or a full stop.
    ['an ordinal day and a dash', 'March 3rd, 2026 — '],
    ['a numeric date and a hyphen', '03/03/2026 - '],
    ['an ISO date and a dash', '2026-03-03 — '],
    ['a weekday and a date with no mark after it', 'Tuesday 3 March 2026 '],
    ['a date with no mark after it', 'March 3, 2026 '],
    ['a date and a full stop', 'March 3, 2026. '],
    ['a weekday, a date and a full stop', 'Tuesday, March 3, 2026. '],
    ['"Published", a date and a full stop (the paragraph was dropped whole)', 'Published 3 March 2026. '],
    ['"Posted on", an ISO date and a full stop (the paragraph was dropped whole)', 'Posted on 2026-03-03. '],
    ['"Updated", a date and a full stop', 'Updated March 3, 2026. '],
    ['"Posted" and how long ago (the paragraph was dropped whole)', 'Posted 2 hours ago '],
    ['"Last updated on", a date and a time', 'Last updated on March 3, 2026 at 10:32 am '],
    // A newsroom's credit for an unsigned story.
    ['a desk', 'Tech Desk: '],
    ['a staff reporter', 'Staff Reporter: '],
    ['a correspondent after a dash', 'Our Correspondent — '],
    ['a byline with the reporter’s role', 'By Jane Roe, Staff Reporter: '],
    // A caption's credit, in an item of that one paragraph.
    ['"Photo:"', 'Photo: Corvid. '],
    ['"Image credit:"', 'Image credit: Jane Roe/Harbor Times. '],
    ['"Image credit:" and a picture agency, no stop after it', 'Image credit: Getty Images '],
    // A caption that says where the people in its photo stand.
    ['a caption with "(left)" and "(right)"', 'Ana Ruiz (left) and Li Wei (right) at the launch in Lisbon. '],
    ['a caption with "(pictured)"', 'The Corvid C3 chip (pictured) on a test board. '],
    // A page's chrome (the item's one paragraph was skipped whole with an archive notice or a player's length in it).
    ['share buttons', 'Share on Facebook Share on X '],
    ['"Share this article"', 'Share this article '],
    ['an ad slot’s label', 'ADVERTISEMENT '],
    ['an archive notice', 'This article is more than 2 years old '],
    ['a player’s line with its length', 'Listen to this article · 4 min '],
  ])('%s', (_, furniture) => {
    expect(summaryOf({ title: 'Corvid’s new chip', html: `<p>${furniture}${lead}</p>` })).toBe(lead);
  });
  it.each([
    ['"By" and a date', 'By the end of March 3, 2026 Corvid had shipped its new inference chip to every customer.'],
    ['a date', 'March 3, 2026 was the day Corvid shipped its new inference chip to every customer.'],
    ['a desk', 'The help desk at Corvid said on Tuesday that the new inference chip would ship to every customer in May.'],
    ['a sentence with its verb about a picture', 'Corvid posted a grid of images from the old chip (left) and the new one (right). The new one renders twice as fast, it said.'],
    ['"Share"', 'Share prices of Corvid rose 9% on Tuesday after it unveiled a new inference chip.'],
    ['"Advertisement"', 'Advertisement spending at Corvid doubled in the quarter, the company said on Tuesday.'],
    ['"By" and initials in capitals', 'By NASA standards the new inference chip from Corvid is cheap, the company said on Tuesday.'],
    ['a surname opening with "Di"', 'Di Stefano said on Tuesday that the new inference chip from Corvid halves the cost of serving a model.'],
    ['a time opening with "Von"', 'Von Montag an gilt die neue Regel für alle Chips von Corvid.'],
    ['a writer and her role in a sentence about her', 'Jane Roe, senior editor at Corvid, said the new inference chip halves the cost of serving a model.'],
  ])('keeps a sentence that opens with %s', (_, story) => {
    expect(summaryOf({ title: 'Corvid’s new chip', html: `<p>${story}</p>` })).toBe(story);
  });
  it.each([
    ['Spanish', 'Por Ana Ruiz | 3 de marzo de 2026 ', 'Corvid presentó el martes un chip que reduce a la mitad el coste de servir un modelo.'],
    ['German', 'Von Jana Roth, 3. März 2026 ', 'Corvid hat am Dienstag einen Chip vorgestellt, der die Kosten halbiert.'],
    ['French', 'Par Jeanne Roux, publié le 3 mars 2026 à 10h32 ', 'Corvid a dévoilé mardi une puce qui divise par deux le coût de service.'],
    ['German, a reading time', 'Lesezeit: 3 Minuten ', 'Corvid hat am Dienstag einen Chip vorgestellt, der die Kosten halbiert.'],
    ['French, a date line with its time', 'Publié le 03/03/2026 à 10h32 ', 'Corvid a dévoilé mardi une puce qui divise par deux le coût de service.'],
    // A line about the story and a short first sentence: the paragraph read as the line alone was dropped whole.
    ['English, a short first sentence after it', 'Last updated on March 3, 2026 at 10:32 am ', 'Corvid unveiled a new chip on Tuesday.'],
  ])('a byline, date line or reading time (%s) and the story', (_, byline, story) => {
    expect(summaryOf({ title: 'Corvid’s new chip', html: `<p>${byline}${story}</p>` })).toBe(story);
  });
  it.each([
    ['an update note whose date a colon ends, not only its date', '<p><strong>Updated June 12th, 2026, 3:10 PM ET:</strong> Added a comment from Corvid.</p>'],
    ['a date line alone', '<p>Published 3 March 2026.</p>'],
    ['a caption with its credit above the story', '<p>Photo: Jane Roe. The new chip on display in Lisbon, where Corvid unveiled it on Tuesday to a crowd of developers.</p>'],
  ])('still skips %s', (_, above) => {
    expect(summaryOf({ title: 'Corvid’s new chip', html: `${above}<p>${lead}</p>` })).toBe(lead);
  });
});

// A story's sentence may use a newsletter's words ("paid subscribers", "your inbox") about a company, or
// say who said it or when: the publication's own note to its reader does neither.
describe('the lead of a story that uses a newsletter’s words', () => {
  it.each([
    ['the company’s paid subscribers', 'Corvid’s paid subscribers doubled to 20 million in the quarter, the company said on Tuesday.'],
    ['“its” paid subscribers', 'The startup said its paid subscribers doubled to 20 million in the quarter.'],
    ['a newsletter sent to paid subscribers', 'Corvid on Tuesday launched a tool that lets creators send a weekly newsletter to paid subscribers.'],
    ['"for paid subscribers", with the day it happened', 'OpenAI on Tuesday released a new model for paid subscribers, with free users getting access next month.'],
    ['"your inbox", with who said it', 'Quillmark is adding an assistant to its mail app so it can summarise your inbox, the company said.'],
    ['"premium members", with who said it', 'Premium members of Loopline will get the new model first, its chief executive said on Tuesday.'],
  ])('keeps %s', (_, lead) => {
    expect(summaryOf({ title: 'A new model', html: `<p>${lead}</p><p>The rollout starts in May.</p>` })).toBe(`${lead} The rollout starts in May.`);
  });
  it.each([
    ['A reminder that paid subscribers get the monthly call next Thursday.'],
    ['This post is for paid subscribers.'],
  ])('still skips the publication’s own note: %s', (note) => {
    const lead = 'Quillmark’s revenue doubled in the quarter.';
    expect(summaryOf({ title: 'A new model', html: `<p>${note}</p><p>${lead}</p>` })).toBe(lead);
  });
});
