// A typed line → the same command call Discord builds from options. Used by the console and by
// Slack's one-command form: "/news openai gpt since:7d", "/news topics", "/news subscribe policy",
// "/news autopost set ai,policy", "/news feeds add URL", "/news help" (and "/topics" etc. alike).
import type { Args } from './command.ts';
import { UserError } from './command.ts';
import { clip } from './parse-duration.ts';

export interface CommandCall {
  command: string;
  args: Args;
}

const NEWS_OPTIONS = new Set(['topic', 'since', 'source', 'limit', 'page']);

/** Commands besides news, each reading the words after its name. */
const OTHER_COMMANDS: Record<string, (words: string[]) => CommandCall> = {
  help: () => ({ command: 'help', args: {} }),
  topics: () => ({ command: 'topics', args: {} }),
  subscribe: (words) => ({ command: 'subscribe', args: { topic: required(words[0], 'subscribe', 'subscribe open-source') } }),
  unsubscribe: (words) => ({ command: 'unsubscribe', args: { topic: required(words[0], 'unsubscribe', 'unsubscribe open-source') } }),
  autopost: (words) => {
    const subcommand = subcommandOf(words, ['set', 'off', 'status'], 'autopost set ai,policy');
    const named = optionsOf(words.slice(1));
    const topics = named.topics ?? named.rest[0];
    return {
      command: 'autopost',
      args: subcommand === 'set' ? { subcommand, topics: required(topics, 'autopost set', 'autopost set ai,policy'), feeds: named.feeds } : { subcommand },
    };
  },
  feeds: (words) => {
    const subcommand = subcommandOf(words, ['list', 'add', 'remove'], 'feeds add https://example.com/feed.xml');
    const named = optionsOf(words.slice(1));
    if (subcommand === 'list') return { command: 'feeds', args: { subcommand } };
    const url = required(named.url ?? named.rest[0], `feeds ${subcommand}`, `feeds ${subcommand} https://example.com/feed.xml`);
    return { command: 'feeds', args: { subcommand, url, topics: named.topics ?? named.rest[1] } };
  },
};

function subcommandOf(words: string[], allowed: string[], example: string): string {
  const word = words[0]?.toLowerCase();
  if (!word || !allowed.includes(word)) {
    throw new UserError(`Say which: ${allowed.map((name) => `${example.split(' ')[0]} ${name}`).join(', ')}; e.g. /news ${example}`);
  }
  return word;
}

/** `name:value` words, plus the bare words in order (a URL's "https:" is not an option). */
function optionsOf(words: string[]): { topics?: string; feeds?: string; url?: string; rest: string[] } {
  const named: { topics?: string; feeds?: string; url?: string; rest: string[] } = { rest: [] };
  for (const word of words) {
    const option = /^(topics|feeds|url):(.+)$/i.exec(word);
    if (option) named[option[1]!.toLowerCase() as 'topics' | 'feeds' | 'url'] = option[2];
    else named.rest.push(word);
  }
  return named;
}

function required(value: string | undefined, what: string, example: string): string {
  if (!value) throw new UserError(`${what} needs more: e.g. /news ${example}`);
  return value;
}

/** `topicNames`: a first word that names a topic is the topic; every other bare word is the query. */
export function parseCommandText(line: string, topicNames: ReadonlySet<string>): CommandCall {
  const words = tokenize(line.trim());
  // "/news ..." and "news ..." and plain "..." all mean the news command.
  if (words[0] && /^\/?news$/i.test(words[0])) words.shift();
  const first = words[0]?.replace(/^\//, '').toLowerCase();
  if (first && first in OTHER_COMMANDS) return OTHER_COMMANDS[first]!(words.slice(1));

  const args: Args = {};
  const terms: string[] = [];
  for (const [index, word] of words.entries()) {
    const option = /^([a-z]+):(.*)$/i.exec(word);
    if (option && !/^https?$/i.test(option[1]!)) {
      const name = option[1]!.toLowerCase();
      if (!NEWS_OPTIONS.has(name)) {
        throw new UserError(`Unknown option "${clip(name)}:". Use since:7d, source:TechCrunch, limit:10 or page:2 (see /news help)`);
      }
      args[name] = option[2]!;
    } else if (index === 0 && topicNames.has(word.toLowerCase())) {
      args.topic = word.toLowerCase();
    } else {
      terms.push(word);
    }
  }
  if (terms.length) args.query = terms.join(' ');
  return { command: 'news', args };
}

/** Splits on spaces, keeping "quoted phrases" and source:"The Verge" together (quotes removed). */
function tokenize(line: string): string[] {
  const tokens: string[] = [];
  for (const match of line.matchAll(/(?:[^\s"“”]+|"[^"]*"?|“[^”]*”?)+/g)) {
    tokens.push(match[0].replace(/["“”]/g, ''));
  }
  return tokens.filter(Boolean);
}
