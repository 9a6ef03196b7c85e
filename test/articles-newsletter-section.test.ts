// A newsletter item is about the section its headline names: the quote and the lead come from
// there. Our own small newsletter in the shape weekly AI newsletters use.
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/articles/build-article.ts';
import { headlineSection } from '../src/articles/headline-section.ts';
import { loadTopicTable } from '../src/articles/topics.ts';

const newsletter = [
  '<p>Welcome back to Machine Notes, our weekly newsletter about artificial intelligence.</p>',
  '<h2>Chipmakers race to cut power</h2>',
  '<p>Two chip startups said this week that their new accelerators halve the power a data center needs.</p>',
  '<p>“Power is now the only thing that limits how fast we can grow,” said Maria Costa, the chief executive of Voltwave.</p>',
  '<h2>A hospital tries an AI scribe</h2>',
  '<p>A hospital in Leeds has started using an AI scribe that writes up doctors’ notes during appointments.</p>',
  '<p>“I get twenty minutes of every hour back to spend with my patients,” said Tom Hale, a doctor at the hospital.</p>',
  '<h2>What we are reading</h2>',
  '<p>A long essay on why benchmarks keep saturating, and what to measure instead.</p>',
].join('');

const build = (title: string, html: string) =>
  buildArticle({ title, html, link: 'https://letters.example/1', categories: [] }, { url: 'https://letters.example/feed' }, loadTopicTable(), new Date('2026-01-01T00:00:00Z'));

describe('a newsletter section', () => {
  it('takes the quote and the lead from the section the headline names', () => {
    const article = build('A hospital’s AI scribe gives doctors time back', newsletter);
    expect(article.quote).toEqual({ text: 'I get twenty minutes of every hour back to spend with my patients', speaker: 'Tom Hale' });
    expect(article.summary).toMatch(/^A hospital in Leeds has started using an AI scribe/);
  });

  it('names another section for another headline', () => {
    const article = build('Chipmakers race to cut data center power', newsletter);
    expect(article.quote?.speaker).toBe('Maria Costa');
    expect(article.summary).toMatch(/^Two chip startups said this week/);
  });

  it.each([
    ['a greeting', '<p>Hi friends,</p><p>It was a busy week, so let’s get right to it.</p>'],
    ['a greeting set off by a dash', '<p>Hello all —</p>'],
    ['a greeting before the newsletter presents itself', '<p>Happy Friday! Here’s what caught our eye this week.</p>'],
    ['a sponsor line', '<p>Together with Widgetly</p>'],
    ['a table of contents', '<p>In this issue: chips, scribes, and what we are reading.</p>'],
  ])('finds the section after %s', (_name, intro) => {
    const sections = newsletter.replace(/^<p>[^<]*<\/p>/, '');
    const article = build('A hospital’s AI scribe gives doctors time back', intro + sections);
    expect(article.quote?.speaker).toBe('Tom Hale');
    expect(article.summary).toMatch(/^A hospital in Leeds has started using an AI scribe/);
  });

  it('leaves an ordinary article with subheadings whole', () => {
    const paragraphs = [
      'Acme released Falcon, a model for reading contracts, on Tuesday.',
      'How Falcon reads contracts',
      'Falcon reads a contract clause by clause and flags the risky ones.',
      'Falcon contract pricing',
      'Falcon costs a dollar per contract read.',
    ];
    expect(headlineSection(paragraphs, 'Acme’s Falcon model reads contracts')).toBeUndefined();
  });
});

// The same shape with other sections and names: the quote of another section is never taken.
describe('a newsletter section, told again', () => {
  const digest = [
    '<p>Welcome to Harbor Brief, three stories from the week in five minutes.</p>',
    '<h2>Ports test robot cranes</h2>',
    '<p>Three ports in Spain are trying cranes that a model steers from a control room.</p>',
    '<p>“The crane never gets tired and never misses a container,” said Lucia Ferrer, who runs the port of Valencia.</p>',
    '<h2>A bank drops its chatbot</h2>',
    '<p>A Dutch bank switched off its customer chatbot after complaints about wrong answers.</p>',
    '<p>“We would rather people wait for a person than get the wrong answer fast,” said Pieter de Vries, the bank’s head of service.</p>',
  ].join('');

  it('quotes the section the headline names and no other', () => {
    const bank = build('Dutch bank switches off its chatbot', digest);
    expect(bank.quote?.speaker).toBe('Pieter de Vries');
    expect(bank.summary).toMatch(/^A Dutch bank switched off its customer chatbot/);
    const ports = build('Spanish ports try cranes steered by AI', digest);
    expect(ports.quote?.speaker).toBe('Lucia Ferrer');
    expect(ports.summary).toMatch(/^Three ports in Spain are trying cranes/);
  });

  it('finds a section whose heading is a question', () => {
    const asked = [
      '<p>Good morning from a rainy Porto.</p>',
      '<h3>Short takes</h3>',
      '<p>A chip startup in Austin raised money for a new inference accelerator, its founder said.</p>',
      '<h3>Who actually uses the new port cranes?</h3>',
      '<p>Three ports in Spain say they are trying cranes that a model steers from a control room.</p>',
    ].join('');
    expect(build('Who actually uses the new port cranes?', asked).summary).toMatch(/^Three ports in Spain say/);
  });

  it('finds the section behind a greeting that opens the letter', () => {
    const greeted = digest.replace('<p>Welcome to Harbor Brief, three stories from the week in five minutes.</p>', '<p>Good morning and welcome to Harbor Brief, three stories in five minutes.</p>');
    const bank = build('Dutch bank switches off its chatbot', greeted);
    expect(bank.quote?.speaker).toBe('Pieter de Vries');
    expect(bank.summary).toMatch(/^A Dutch bank switched off its customer chatbot/);
  });

  it('finds the section of a letter that opens by counting its stories, under numbered headings', () => {
    const counted = [
      '<p>Hi all, welcome back. Three stories this week.</p>',
      '<h2>1. A hospital tries an AI scribe</h2>',
      '<p>A hospital in Leeds has started using an AI scribe that writes up doctors’ notes during appointments.</p>',
      '<h2>2. Chipmakers race to cut power</h2>',
      '<p>Two chip startups said this week that their new accelerators halve the power a data center needs.</p>',
      '<h2>3. What we are reading</h2>',
      '<p>A long essay on why benchmarks keep saturating.</p>',
    ].join('');
    expect(build('Why chipmakers are racing to cut power', counted).summary).toBe('Two chip startups said this week that their new accelerators halve the power a data center needs.');
  });
});

// The same letter with each section's heading run into its first paragraph in bold, after a greeting whose
// second sentence says it is a letter ("Let's get into it.").
const runIn = [
  '<p>Hi all — a busy week. Let’s get into it.</p>',
  '<p><strong>Chip power.</strong> Two chip startups said this week that their new accelerators halve the power a data center needs. “Power is now the only thing that limits how fast we can grow,” said Maria Costa, the chief executive of Voltwave.</p>',
  '<p><strong>A hospital’s AI scribe.</strong> A hospital in Leeds has started using an AI scribe that writes up doctors’ notes. “I get twenty minutes of every hour back,” said Tom Hale, a doctor at the hospital.</p>',
  '<p>See you next week.</p>',
].join('');

describe('a newsletter whose section headings are run into their paragraphs', () => {
  it('takes the quote and the lead from the section whose heading names the headline’s subject', () => {
    const article = build('A hospital’s AI scribe gives doctors time back', runIn);
    expect(article.quote).toEqual({ text: 'I get twenty minutes of every hour back', speaker: 'Tom Hale' });
    expect(article.summary).toBe('A hospital in Leeds has started using an AI scribe that writes up doctors’ notes.');
  });

  it('reads no section from a bold head that shares one word with the headline by chance', () => {
    expect(build('Chip startups say power use is halved', runIn).quote?.speaker).toBe('Maria Costa');
    expect(build('Leeds doctors rate the week', runIn).summary).not.toMatch(/^A hospital in Leeds/);
  });
});
