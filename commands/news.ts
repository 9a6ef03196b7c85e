// /news [topic] [query] [since] [source] [limit]: stored stories for a topic, newest first, or
// ranked by relevance when a query is given.
import type { Args, Command, CommandContext, Reply } from './command.ts';
import { UserError } from './command.ts';
import { newsDigest } from './news-digest.ts';
import { clip, parseDuration } from './parse-duration.ts';
import { newsCommandText } from './news-command-text.ts';
import { closest } from './suggest.ts';

export const DEFAULT_LIMIT = 5;
export const MAX_LIMIT = 10;
const MAX_QUERY_LENGTH = 200;

export const news: Command = {
  spec: {
    name: 'news',
    description: 'Stored AI news stories for a topic, newest first or by relevance to your words',
    permission: 'anyone',
    options: [
      { name: 'topic', description: 'A topic such as ai, openai, policy (default ai)', type: 'string', autocomplete: 'topic' },
      { name: 'query', description: 'Words to look for, e.g. gpt-5 pricing', type: 'string' },
      { name: 'since', description: 'Only stories this recent, e.g. 24h or 7d', type: 'string' },
      { name: 'source', description: 'Only stories from this outlet, e.g. TechCrunch', type: 'string', autocomplete: 'source' },
      { name: 'limit', description: `How many stories (1-${MAX_LIMIT}, default ${DEFAULT_LIMIT})`, type: 'integer', min: 1, max: MAX_LIMIT },
      { name: 'page', description: 'Which page of results', type: 'integer', min: 1, max: 100 },
    ],
  },

  async run(args: Args, context: CommandContext): Promise<Reply> {
    const { store, topics, now } = context;
    let topic = text(args.topic)?.toLowerCase() || 'ai';
    // "/news today" and "/news week" (on Discord, typed into the topic option): the digest ranking.
    const span = text(args.digest)?.toLowerCase() ?? (topic === 'today' || topic === 'week' ? topic : undefined);
    if (span === 'today' || span === 'week') {
      if (topic === span) topic = 'ai';
      if (!topics.byName.has(topic)) throw new UserError(`There is no topic "${clip(topic)}". Try /news ${span} or /news ${span} topic:policy`);
      return newsDigest(span, topic, args.limit === undefined ? undefined : whole(args.limit, 'limit', DEFAULT_LIMIT, 1, MAX_LIMIT), context);
    }
    if (!topics.byName.has(topic)) {
      const names = topics.topics.map((entry) => entry.name);
      const guess = closest(topic, names);
      throw new UserError(
        guess
          ? `There is no topic "${clip(topic)}". Did you mean ${newsCommandText({ ...args, topic: guess })}?`
          : `There is no topic "${clip(topic)}". Topics: ${names.join(', ')}`,
      );
    }
    const query = text(args.query);
    if (query && query.length > MAX_QUERY_LENGTH) {
      throw new UserError(`That query is ${query.length} characters long; keep it under ${MAX_QUERY_LENGTH}, e.g. /news ai gpt-5 pricing`);
    }
    const sinceText = text(args.since);
    const since = sinceText ? new Date(now().getTime() - parseDuration(sinceText)) : undefined;
    const source = text(args.source);
    const limit = whole(args.limit, 'limit', DEFAULT_LIMIT, 1, MAX_LIMIT);
    const page = whole(args.page, 'page', 1, 1, 100);

    const result = await store.search({ topic, terms: query, since, source, limit, offset: (page - 1) * limit });
    const title = [topic, query, sinceText && `since ${sinceText}`, source && `from ${source}`, page > 1 && `page ${page}`]
      .filter(Boolean)
      .join(' · ');
    return {
      type: 'stories',
      command: 'news',
      title,
      articles: result.articles,
      emptyHint: emptyHint({ ...args, topic }, query, Boolean(since || source), topics.topics.map((entry) => entry.name)),
      nextPage: result.hasMore ? { ...args, topic, page: page + 1 } : undefined,
    };
  },
};

/** Says what to try instead; a one-word query that looks like a mistyped topic gets "did you mean". */
function emptyHint(args: Args, query: string | undefined, filtered: boolean, topicNames: string[]): string {
  const topic = String(args.topic);
  const guess = query && !query.includes(' ') ? closest(query, topicNames) : undefined;
  if (guess) return `No stored ${topic} stories mention "${clip(query!)}". Did you mean ${newsCommandText({ ...args, topic: guess, query: undefined, page: undefined })}?`;
  return query || filtered
    ? `No stored ${topic} stories match. Try fewer words, a longer since (since:30d), or /news ${topic} alone.`
    : `No ${topic} stories stored yet. New stories arrive as feeds are polled.`;
}

function text(value: string | number | undefined): string | undefined {
  const trimmed = value === undefined ? undefined : String(value).trim();
  return trimmed || undefined;
}

function whole(value: string | number | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new UserError(`${name} must be a whole number from ${min} to ${max}, e.g. ${name}:${max}`);
  }
  return number;
}
