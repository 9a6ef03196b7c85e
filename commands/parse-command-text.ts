// A typed line ("/news openai gpt since:7d") → the same command call Discord builds from options.
// Used by the console today and by Slack's one-command form later.
import type { Args } from './command.ts';
import { UserError } from './command.ts';
import { clip } from './parse-duration.ts';

export interface CommandCall {
  command: string;
  args: Args;
}

const NEWS_OPTIONS = new Set(['topic', 'since', 'source', 'limit', 'page']);

/** `topicNames`: a first word that names a topic is the topic; every other bare word is the query. */
export function parseCommandText(line: string, topicNames: ReadonlySet<string>): CommandCall {
  const words = tokenize(line.trim());
  // "/news ..." and "news ..." and plain "..." all mean the news command.
  if (words[0] && /^\/?news$/i.test(words[0])) words.shift();
  if (words[0] && /^\/?help$/i.test(words[0])) return { command: 'help', args: {} };

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
