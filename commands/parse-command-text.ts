// A typed line → the same command call Discord builds from options. Used by the console and by
// Slack's one-command form: "/news openai gpt since:7d", "/news topics", "/news subscribe policy",
// "/news autopost set ai,policy", "/news feeds add URL", "/news help" (and "/topics" etc. alike).
import { KNOWN_OUTLETS } from '../src/articles/known-outlets.ts';
import type { Args } from './command.ts';
import { UserError } from './command.ts';
import { clip } from './parse-duration.ts';
import { closest } from './suggest.ts';

export interface CommandCall {
  command: string;
  args: Args;
}

const NEWS_OPTIONS = new Set(['topic', 'since', 'source', 'limit', 'page']);

/** Commands besides news, each reading the words after its name. */
const OTHER_COMMANDS: Record<string, (words: string[]) => CommandCall> = {
  help: () => ({ command: 'help', args: {} }),
  // The digest ranking: "/news today", "/news week topic:policy limit:10".
  today: (words) => digestCall('today', words),
  week: (words) => digestCall('week', words),
  topics: () => ({ command: 'topics', args: {} }),
  subscribe: (words) => {
    const named = optionsOf(words);
    return { command: 'subscribe', args: { topic: required(named.topic ?? named.rest[0], 'subscribe', 'subscribe open-source'), ...digestArgs(named) } };
  },
  unsubscribe: (words) => ({ command: 'unsubscribe', args: { topic: required(words[0], 'unsubscribe', 'unsubscribe open-source') } }),
  autopost: (words) => {
    const subcommand = subcommandOf(words, ['set', 'off', 'status'], 'autopost set ai,policy');
    const named = optionsOf(words.slice(1));
    const topics = named.topics ?? named.rest[0];
    return {
      command: 'autopost',
      args:
        subcommand === 'set'
          ? {
              subcommand,
              topics: required(topics, 'autopost set', 'autopost set ai,policy'),
              feeds: named.feeds,
              ...digestArgs(named),
            }
          : { subcommand },
    };
  },
  feeds: (words) => {
    // A bare "/news feeds" lists them.
    const subcommand = words.length === 0 ? 'list' : subcommandOf(words, ['list', 'add', 'remove'], 'feeds add https://example.com/feed.xml');
    const named = optionsOf(words.slice(1));
    if (subcommand === 'list') return { command: 'feeds', args: { subcommand } };
    const url = required(named.url ?? named.rest[0], `feeds ${subcommand}`, `feeds ${subcommand} https://example.com/feed.xml`);
    return { command: 'feeds', args: { subcommand, url, topics: named.topics ?? named.rest[1] } };
  },
};

function subcommandOf(words: string[], allowed: string[], example: string): string {
  const word = words[0]?.toLowerCase();
  const command = example.split(' ')[0];
  if (word && !allowed.includes(word)) {
    const guess = closest(word, allowed);
    if (guess) throw new UserError(`There is no /news ${command} ${clip(word)}. Did you mean /news ${[command, guess, ...words.slice(1)].join(' ')}?`);
  }
  if (!word || !allowed.includes(word)) {
    throw new UserError(`Say which: ${allowed.map((name) => `${command} ${name}`).join(', ')}; e.g. /news ${example}`);
  }
  return word;
}

/** The digest options of autopost set and subscribe (digest-options.ts). */
const DIGEST_NAMES = ['mode', 'every', 'at', 'on', 'tz', 'size'] as const;
type Named = Partial<Record<'topics' | 'topic' | 'feeds' | 'url' | 'limit' | (typeof DIGEST_NAMES)[number], string>> & { rest: string[] };

/** `name:value` words, plus the bare words in order (a URL's "https:" is not an option). */
function optionsOf(words: string[]): Named {
  const named: Named = { rest: [] };
  for (const word of words) {
    const option = /^(topics|topic|feeds|url|limit|mode|every|at|on|tz|size):(.+)$/i.exec(word);
    if (option) named[option[1]!.toLowerCase() as Exclude<keyof Named, 'rest'>] = option[2];
    else named.rest.push(word);
  }
  return named;
}

function digestArgs(named: Named): Args {
  return Object.fromEntries(DIGEST_NAMES.filter((name) => named[name] !== undefined).map((name) => [name, named[name]]));
}

function digestCall(span: 'today' | 'week', words: string[]): CommandCall {
  const named = optionsOf(words);
  return { command: 'news', args: { digest: span, topic: named.topic ?? named.rest[0], limit: named.limit } };
}

function required(value: string | undefined, what: string, example: string): string {
  if (!value) throw new UserError(`${what} needs more: e.g. /news ${example}`);
  return value;
}

/** Outlet names a `source:` value may spell in several words without quotes. */
const OUTLET_NAMES = [...new Set(Object.values(KNOWN_OUTLETS).map((outlet) => outlet.name))];

/**
 * `topicNames`: a first word that names a topic is the topic; every other bare word is the query.
 * `sourceNames`: outlets `source:The Verge` may name without quotes, besides the known outlets
 * (the sources of stored stories).
 */
export function parseCommandText(line: string, topicNames: ReadonlySet<string>, sourceNames: readonly string[] = []): CommandCall {
  const words = tokenize(line.trim());
  const typed = words[0];
  // "/news ..." and "news ..." and plain "..." all mean the news command.
  if (words[0] && /^\/?news$/i.test(words[0])) words.shift();
  else if (typed?.startsWith('/') && !(typed.slice(1).toLowerCase() in OTHER_COMMANDS)) unknownCommand(typed, words.slice(1));
  const first = words[0]?.replace(/^\//, '').toLowerCase();
  if (first && first in OTHER_COMMANDS) return OTHER_COMMANDS[first]!(words.slice(1));
  // "/news halp", "/news topic": a near-miss of a command name is a typo, not a search.
  if (first && !topicNames.has(first) && !/:/.test(first)) {
    const guess = closest(first, Object.keys(OTHER_COMMANDS), 1);
    if (guess) {
      throw new UserError(`Did you mean /news ${[guess, ...words.slice(1)].join(' ')}? To search for "${clip(words.join(' '))}", name a topic first: /news ai ${words.join(' ')}`);
    }
  }

  const args: Args = {};
  const terms: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const option = /^([a-z]+):(.*)$/i.exec(word);
    if (option && !/^https?$/i.test(option[1]!)) {
      const name = option[1]!.toLowerCase();
      if (!NEWS_OPTIONS.has(name)) {
        const guess = closest(name, [...NEWS_OPTIONS]);
        throw new UserError(
          guess
            ? `Unknown option "${clip(name)}:". Did you mean /news ${words.map((each, at) => (at === index ? `${guess}:${option[2]}` : each)).join(' ')}?`
            : `Unknown option "${clip(name)}:". Use since:7d, source:TechCrunch, limit:10 or page:2 (see /news help)`,
        );
      }
      args[name] = option[2]!;
      if (name === 'source') {
        const [source, used] = multiWordSource(words, index, [...OUTLET_NAMES, ...sourceNames]);
        args.source = source;
        index += used;
      }
    } else if (index === 0 && topicNames.has(word.toLowerCase())) {
      args.topic = word.toLowerCase();
    } else {
      terms.push(word);
    }
  }
  if (terms.length) args.query = terms.join(' ');
  return { command: 'news', args };
}

/** `/nwes ai`: the command named nothing we know; the closest one, with the rest kept. */
function unknownCommand(typed: string, rest: string[]): never {
  const guess = closest(typed.slice(1).toLowerCase(), ['news', ...Object.keys(OTHER_COMMANDS)]);
  const suggestion = guess === 'news' ? ['/news', ...rest] : guess ? ['/news', guess, ...rest] : undefined;
  throw new UserError(`Unknown command ${clip(typed)}.${suggestion ? ` Did you mean ${suggestion.join(' ')}?` : ''} Type /news help to see what I can do.`);
}

/**
 * `source:The Verge ai`: the words after `source:` join its value while together they start a
 * known outlet's name; the longest run that spells a whole name wins. Returns the value and how
 * many following words it took.
 */
function multiWordSource(words: string[], at: number, sourceNames: readonly string[]): [string, number] {
  const names = sourceNames.map((name) => name.toLowerCase());
  let value = words[at]!.slice(words[at]!.indexOf(':') + 1);
  let best: [string, number] = [value, 0];
  for (let next = at + 1; next < words.length && !/^[a-z]+:/i.test(words[next]!); next++) {
    value = `${value} ${words[next]}`;
    const lower = value.toLowerCase();
    if (!names.some((name) => name.startsWith(lower))) break;
    if (names.includes(lower)) best = [value, next - at];
  }
  return best;
}

/** Splits on spaces, keeping "quoted phrases" and source:"The Verge" together (quotes removed). */
function tokenize(line: string): string[] {
  const tokens: string[] = [];
  for (const match of line.matchAll(/(?:[^\s"“”]+|"[^"]*"?|“[^”]*”?)+/g)) {
    tokens.push(match[0].replace(/["“”]/g, ''));
  }
  return tokens.filter(Boolean);
}
