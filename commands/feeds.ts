// /feeds list | add url [topics] | remove url: the server's own feeds beside the defaults, with
// each feed's health. Server admins only (the platforms enforce spec.permission).
import type { FeedState } from '../src/store/store-types.ts';
import type { Args, Command, CommandContext, Reply } from './command.ts';
import { UserError } from './command.ts';
import { clip } from './parse-duration.ts';

export const feedsCommand: Command = {
  spec: {
    name: 'feeds',
    description: 'This server’s own feeds beside the defaults, and every feed’s health',
    permission: 'manage-server',
    options: [],
    subcommands: [
      { name: 'list', description: 'Every feed polled for this server, and its health', options: [] },
      {
        name: 'add',
        description: 'Poll another feed for this server',
        options: [
          { name: 'url', description: 'The feed’s address (RSS, Atom or JSON Feed)', type: 'string', required: true },
          { name: 'topics', description: 'Topics every item of this feed has, e.g. ai', type: 'string', autocomplete: 'topic' },
        ],
      },
      {
        name: 'remove',
        description: 'Stop polling one of this server’s feeds',
        options: [{ name: 'url', description: 'The feed’s address, as /feeds list shows it', type: 'string', required: true }],
      },
    ],
  },

  async run(args: Args, context: CommandContext): Promise<Reply> {
    const serverId = context.channel?.serverId;
    if (!serverId) {
      // The terminal and the CLI: the operator's own feeds, from FEEDS_FILE and the defaults.
      if (args.subcommand === 'list') return { type: 'text', text: await listOperatorFeeds(context) };
      throw new UserError('Here the feeds come from the settings: add a line to your FEEDS_FILE (URL and name) and restart. /feeds add and remove are for Discord and Slack servers; /news feeds list shows every feed and its health.');
    }
    const { records, user } = context;
    const own = await records.getServerFeeds(user.platform, serverId);
    switch (args.subcommand) {
      case 'list':
        return { type: 'text', text: await listFeeds(context, own.map((feed) => feed.url)) };
      case 'add': {
        const url = normaliseUrl(String(args.url ?? ''));
        if (own.some((feed) => feed.url === url) || context.feeds.some((feed) => feed.url === url)) {
          return { type: 'text', text: `${url} is already polled for this server.` };
        }
        if (own.length >= context.limits.feedsPerServer) {
          throw new UserError(`This server already has ${context.limits.feedsPerServer} feeds of its own, the most allowed. Remove one with /feeds remove first.`);
        }
        await context.checkFeedUrl?.(url);
        const topics = args.topics ? String(args.topics).toLowerCase().split(/[\s,]+/).filter((name) => context.topics.byName.has(name)) : undefined;
        await records.setServerFeeds(user.platform, serverId, [
          ...own,
          { url, topics: topics?.length ? topics : undefined, addedBy: user.id, addedAt: context.now().toISOString() },
        ]);
        return { type: 'text', text: `Added ${url}. It is polled within a few minutes; /feeds list shows its health.` };
      }
      case 'remove': {
        const url = normaliseUrl(String(args.url ?? ''));
        if (!own.some((feed) => feed.url === url)) {
          throw new UserError(`${clip(url, 100)} is not one of this server's feeds; /feeds list shows them (the defaults cannot be removed).`);
        }
        await records.setServerFeeds(user.platform, serverId, own.filter((feed) => feed.url !== url));
        return { type: 'text', text: `Removed ${url}.` };
      }
      default:
        throw new UserError('Use /feeds list, /feeds add URL or /feeds remove URL.');
    }
  },
};

function normaliseUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new UserError(`"${clip(text)}" is not a web address; write the whole URL, e.g. /feeds add https://example.com/feed.xml`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UserError('Only http:// and https:// feeds can be added, e.g. /feeds add https://example.com/feed.xml');
  }
  return url.toString();
}

async function listFeeds({ store, feeds, now }: CommandContext, own: string[]): Promise<string> {
  const health = async (url: string) => describeHealth(await store.getFeedState(url), now());
  const lines = [`This server's own feeds (${own.length}):`];
  for (const url of own) lines.push(`• ${url} — ${await health(url)}`);
  if (own.length === 0) lines.push('• none yet: add one with /feeds add URL');
  const states = await Promise.all(feeds.map((feed) => store.getFeedState(feed.url)));
  const failing = feeds.filter((_, index) => (states[index]?.failures ?? 0) > 0);
  lines.push(`Default feeds (${feeds.length}): ${feeds.length - failing.length} healthy or not yet polled, ${failing.length} failing.`);
  for (const feed of failing) lines.push(`• ${feed.name ?? feed.url} — ${await health(feed.url)}`);
  return lines.join('\n');
}

/** Every feed this process polls for the terminal, failing ones first, each with its health. */
async function listOperatorFeeds({ store, feeds, now }: CommandContext): Promise<string> {
  const states = await Promise.all(feeds.map((feed) => store.getFeedState(feed.url)));
  const rows = feeds.map((feed, index) => ({ feed, state: states[index] }));
  const failing = rows.filter(({ state }) => (state?.failures ?? 0) > 0);
  const lines = [`${feeds.length} feeds: ${feeds.length - failing.length} healthy or not yet polled, ${failing.length} failing.`];
  for (const { feed, state } of [...failing, ...rows.filter((row) => !failing.includes(row))]) {
    lines.push(`• ${feed.name ?? feed.url} — ${describeHealth(state, now())}${feed.name ? ` (${feed.url})` : ''}`);
  }
  return lines.join('\n');
}

/** Health in words: the last success, the last error and the next poll. */
function describeHealth(state: FeedState | undefined, now: Date): string {
  if (!state?.lastPolledAt) return 'not polled yet';
  const lastSuccess = state.lastSuccessAt ? `last success ${minutes(now.getTime() - Date.parse(state.lastSuccessAt))} ago` : 'never read';
  const next = state.nextPollAt ? `next poll in ${minutes(Date.parse(state.nextPollAt) - now.getTime())}` : undefined;
  if (state.failures > 0) {
    return [`failing (${state.failures}×): ${state.lastError ?? 'unknown error'}`, lastSuccess, next].filter(Boolean).join(' · ');
  }
  return [`ok, ${state.itemCount ?? 0} items`, lastSuccess, next].filter(Boolean).join(' · ');
}

function minutes(ms: number): string {
  const value = Math.max(0, Math.round(ms / 60_000));
  return value < 90 ? `${value} min` : `${Math.round(value / 60)} h`;
}
