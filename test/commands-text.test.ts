// Typed lines (console today, Slack later) become the same command calls as Discord options.
import { describe, expect, it } from 'vitest';
import { UserError } from '../commands/command.ts';
import { parseCommandText } from '../commands/parse-command-text.ts';
import { parseDuration } from '../commands/parse-duration.ts';
import { closest } from '../commands/suggest.ts';

const topics = new Set(['ai', 'openai', 'policy', 'open-source']);

describe('parseCommandText', () => {
  it.each([
    ['/news ai', { topic: 'ai' }],
    ['/news openai gpt', { topic: 'openai', query: 'gpt' }],
    ['/news policy since:7d', { topic: 'policy', since: '7d' }],
    ['news llama 3 weights', { query: 'llama 3 weights' }],
    ['/news ai source:"The Verge" limit:3 page:2', { topic: 'ai', source: 'The Verge', limit: '3', page: '2' }],
    ['/news OpenAI', { topic: 'openai' }],
    ['/news', {}],
  ])('%s', (line, args) => {
    expect(parseCommandText(line, topics)).toEqual({ command: 'news', args });
  });
  it('routes help', () => {
    expect(parseCommandText('/news help', topics).command).toBe('help');
    expect(parseCommandText('help', topics).command).toBe('help');
  });
  it('refuses an unknown option with what to type instead', () => {
    expect(() => parseCommandText('/news ai color:red', topics)).toThrow(UserError);
    expect(() => parseCommandText('/news ai color:red', topics)).toThrow(/since:7d/);
  });
  it('treats unbalanced quotes and full-text syntax as plain words', () => {
    expect(parseCommandText('/news ai "gpt AND (x* NEAR', topics).args.query).toBe('gpt AND (x* NEAR');
  });
});

describe('parseCommandText: typos get "Did you mean", with the rest of the command kept', () => {
  it.each([
    ['/nwes ai since:7d', 'Did you mean /news ai since:7d?'],
    ['/news halp', 'Did you mean /news help?'],
    ['/news topic', 'Did you mean /news topics?'],
    ['/news subscibe policy', 'Did you mean /news subscribe policy?'],
    ['/news feeds lsit', 'Did you mean /news feeds list?'],
    ['/news autopost stauts', 'Did you mean /news autopost status?'],
    ['/news ai sicne:7d gpt', 'Did you mean /news ai since:7d gpt?'],
  ])('%s', (line, suggestion) => {
    expect(() => parseCommandText(line, topics)).toThrow(UserError);
    expect(() => parseCommandText(line, topics)).toThrow(suggestion);
  });
  it('a topic first keeps any words a search', () => {
    expect(parseCommandText('/news ai halp', topics)).toEqual({ command: 'news', args: { topic: 'ai', query: 'halp' } });
  });
  it('a bare /news feeds lists them', () => {
    expect(parseCommandText('/news feeds', topics)).toEqual({ command: 'feeds', args: { subcommand: 'list' } });
  });
});

describe('parseCommandText: multi-word sources', () => {
  it.each([
    ['/news ai source:The Verge', { topic: 'ai', source: 'The Verge' }],
    ['/news ai source:the verge gpt', { topic: 'ai', source: 'the verge', query: 'gpt' }],
    ['/news ai source:"The Verge" gpt', { topic: 'ai', source: 'The Verge', query: 'gpt' }],
    ['/news ai source:The Gradient Post limit:3', { topic: 'ai', source: 'The Gradient Post', limit: '3' }],
    ['/news ai source:TechCrunch The', { topic: 'ai', source: 'TechCrunch', query: 'The' }],
    ['/news ai source:The Gradient', { topic: 'ai', source: 'The', query: 'Gradient' }],
  ])('%s', (line, args) => {
    expect(parseCommandText(line, topics, ['The Gradient Post'])).toEqual({ command: 'news', args });
  });
});

describe('parseDuration', () => {
  it('reads minutes, hours, days and weeks', () => {
    expect(parseDuration('30m')).toBe(1_800_000);
    expect(parseDuration('24h')).toBe(86_400_000);
    expect(parseDuration('7d')).toBe(604_800_000);
    expect(parseDuration('2w')).toBe(1_209_600_000);
  });
  it.each(['yesterday', '0d', '-1d', '7', '99999w', ''])('refuses %j with an example', (text) => {
    expect(() => parseDuration(text)).toThrow(/since:24h/);
  });
});

describe('closest', () => {
  it('suggests a near topic name, not a far one', () => {
    expect(closest('opneai', ['ai', 'openai', 'policy'])).toBe('openai');
    expect(closest('weather', ['ai', 'openai', 'policy'])).toBeUndefined();
  });
});

describe('parseCommandText: the whole command set as text (console, Slack)', () => {
  it.each([
    ['/news topics', { command: 'topics', args: {} }],
    ['/topics', { command: 'topics', args: {} }],
    ['/news subscribe policy', { command: 'subscribe', args: { topic: 'policy' } }],
    ['/news unsubscribe policy', { command: 'unsubscribe', args: { topic: 'policy' } }],
    ['/news autopost set ai,policy', { command: 'autopost', args: { subcommand: 'set', topics: 'ai,policy', feeds: undefined } }],
    ['/autopost set topics:ai', { command: 'autopost', args: { subcommand: 'set', topics: 'ai', feeds: undefined } }],
    ['/news autopost off', { command: 'autopost', args: { subcommand: 'off' } }],
    ['/news autopost status', { command: 'autopost', args: { subcommand: 'status' } }],
    ['/news feeds list', { command: 'feeds', args: { subcommand: 'list' } }],
    ['/news feeds add https://example.com/feed.xml ai', { command: 'feeds', args: { subcommand: 'add', url: 'https://example.com/feed.xml', topics: 'ai' } }],
    ['/news feeds remove https://example.com/feed.xml', { command: 'feeds', args: { subcommand: 'remove', url: 'https://example.com/feed.xml', topics: undefined } }],
  ])('%s', (line, call) => {
    expect(parseCommandText(line, topics)).toEqual(call);
  });
  it.each([
    ['/news subscribe', /subscribe needs more: e.g. \/news subscribe open-source/],
    ['/news autopost', /autopost set, autopost off, autopost status/],
    ['/news feeds add', /feeds add needs more/],
  ])('%s gets a hint', (line, message) => {
    expect(() => parseCommandText(line, topics)).toThrow(message);
  });
});
