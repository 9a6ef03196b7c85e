// A /news call written back as the line a user types: `/news ai llama since:7d source:"The Verge"`.
// Used for "more: …" footers and for "Did you mean …" suggestions that keep the rest of the command.
import type { Args } from './command.ts';

const OPTIONS = ['since', 'source', 'limit', 'page'];

export function newsCommandText(args: Args, command = 'news'): string {
  const parts = [`/${command}`, args.topic, args.query];
  for (const name of OPTIONS) {
    const value = args[name];
    if (value !== undefined && value !== '') parts.push(`${name}:${/\s/.test(String(value)) ? `"${value}"` : value}`);
  }
  return parts.filter((part) => part !== undefined && part !== '').join(' ');
}
