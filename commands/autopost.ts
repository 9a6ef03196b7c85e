// /autopost set topics:ai,policy [feeds:...] | off | status: what this channel receives
// automatically. Channel admins only (the platforms enforce spec.permission).
import type { ChannelSettings } from '../src/store/bot-records.ts';
import type { Args, Command, CommandContext, Reply } from './command.ts';
import { UserError } from './command.ts';
import { DIGEST_OPTIONS, describeDigest, parseDigestOptions } from './digest-options.ts';
import { clip } from './parse-duration.ts';
import { closest } from './suggest.ts';

export const autopostCommand: Command = {
  spec: {
    name: 'autopost',
    description: 'What this channel receives automatically',
    permission: 'manage-channels',
    options: [],
    subcommands: [
      {
        name: 'set',
        description: 'Post new stories on these topics here',
        options: [
          { name: 'topics', description: 'Comma-separated topics, e.g. ai,policy', type: 'string', required: true, autocomplete: 'topic' },
          { name: 'feeds', description: 'Only from these feed URLs (comma-separated); default all feeds', type: 'string' },
          ...DIGEST_OPTIONS,
        ],
      },
      { name: 'off', description: 'Stop posting stories here', options: [] },
      { name: 'status', description: 'What this channel receives, and whether delivery is paused', options: [] },
    ],
  },

  async run(args: Args, context: CommandContext): Promise<Reply> {
    const channel = context.channel;
    if (!channel) throw new UserError('Run /autopost in the Discord or Slack channel that should receive stories.');
    const { records, user } = context;
    const current = await records.getChannel(user.platform, channel.id);
    switch (args.subcommand) {
      case 'set': {
        const topics = parseTopics(String(args.topics ?? ''), context);
        const feeds = args.feeds ? String(args.feeds).split(/[\s,]+/).filter(Boolean) : undefined;
        const digest = parseDigestOptions(args, context.now());
        const missing = (await context.missingPostPermissions?.(channel.id)) ?? [];
        if (missing.length) {
          throw new UserError(`I can't post in this channel: I lack ${missing.join(' and ')}. Grant them in the channel's permissions, then run /autopost set again.`);
        }
        if (!current) await checkChannelLimit(context, channel.serverId);
        const settings: ChannelSettings = {
          platform: user.platform,
          channelId: channel.id,
          serverId: channel.serverId,
          topics,
          feeds,
          ...(digest ? { digest } : {}),
          setBy: user.id,
          setAt: context.now().toISOString(),
        };
        await records.setChannel(settings);
        if (digest) {
          return { type: 'text', text: `This channel now receives ${describeDigest(digest)} of ${describe(settings)} stories, ranked by how many outlets told each. The first comes at the next ${digest.at}.` };
        }
        return { type: 'text', text: `This channel now receives new ${describe(settings)} stories, each story once.` };
      }
      case 'off':
        if (!current) return { type: 'text', text: 'This channel had no automatic posts.' };
        await records.deleteChannel(user.platform, channel.id);
        return { type: 'text', text: 'Automatic posts stopped in this channel.' };
      case 'status':
        if (!current) return { type: 'text', text: 'No automatic posts here. Start them with /autopost set topics:ai' };
        return {
          type: 'text',
          text: [
            current.pausedReason
              ? `Paused: ${current.pausedReason}. Fix it, then run /autopost set again to resume ${describe(current)} stories.`
              : `This channel receives ${current.digest ? `${describeDigest(current.digest)} of` : 'new'} ${describe(current)} stories (set by ${current.setBy} on ${current.setAt.slice(0, 10)}).`,
            ...failedLines(current),
          ].join('\n'),
        };
      default:
        throw new UserError('Use /autopost set topics:ai,policy, /autopost off or /autopost status.');
    }
  },
};

function parseTopics(text: string, { topics }: CommandContext): string[] {
  const names = [...new Set(text.toLowerCase().split(/[\s,]+/).filter(Boolean))];
  if (names.length === 0) throw new UserError('Name at least one topic, e.g. /autopost set topics:ai,policy');
  for (const name of names) {
    if (!topics.byName.has(name)) {
      const guess = closest(name, [...topics.byName.keys()]);
      throw new UserError(`There is no topic "${clip(name)}".${guess ? ` Did you mean ${guess}?` : ''} Topics: ${[...topics.byName.keys()].join(', ')}`);
    }
  }
  return names;
}

async function checkChannelLimit({ records, user, limits }: CommandContext, serverId: string | undefined): Promise<void> {
  if (!serverId) return;
  const channels = (await records.listChannels(user.platform)).filter((entry) => entry.serverId === serverId);
  if (channels.length >= limits.autopostChannelsPerServer) {
    throw new UserError(`This server already has ${limits.autopostChannelsPerServer} channels with automatic posts, the most allowed. Turn one off first.`);
  }
}

/** Stories the platform would not take here, with why (delivery gave them up; later ones went on). */
function failedLines(settings: ChannelSettings): string[] {
  const failed = settings.failedStories ?? [];
  if (failed.length === 0) return [];
  return ['Not posted:', ...failed.map((story) => `• ${clip(story.headline, 120)} — ${story.reason} (${story.at.slice(0, 16).replace('T', ' ')} UTC)`)];
}

function describe(settings: ChannelSettings): string {
  const feeds = settings.feeds?.length ? ` (from ${settings.feeds.length} chosen feed${settings.feeds.length > 1 ? 's' : ''})` : '';
  return `${settings.topics.join(', ')}${feeds}`;
}
