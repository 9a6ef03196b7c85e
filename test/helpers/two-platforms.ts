// The bot's Discord and Slack adapters (real discord.js and Bolt) against the strict fakes, over an
// in-memory store, with one channel on each set to autopost `ai` stories.
import { pino } from 'pino';
import { DEFAULT_LIMITS } from '../../commands/command.ts';
import type { TopicTable } from '../../src/articles/topics.ts';
import { createDiscordAdapter, type DiscordAdapter } from '../../src/platforms/discord/discord-adapter.ts';
import { createSlackAdapter, type SlackAdapter } from '../../src/platforms/slack/slack-adapter.ts';
import { createBotRecords, type BotRecords } from '../../src/store/bot-records.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { NewsStore } from '../../src/store/store-types.ts';
import { startFakeDiscord, type FakeDiscord } from '../fakes/fake-discord.ts';
import { startFakeSlack, type FakeSlack, type FakeSlackOptions } from '../fakes/fake-slack.ts';

export const GUILD = '200000000000000001';
export const DISCORD_NEWS = '300000000000000001';

export interface TwoPlatforms {
  discordFake: FakeDiscord;
  slackFake: FakeSlack;
  store: NewsStore;
  records: BotRecords;
  discord: DiscordAdapter;
  slack: SlackAdapter;
  close(): Promise<void>;
}

export async function startTwoPlatforms(options: { topics: TopicTable; slackChannel: { id: string; is_member?: boolean }; slack?: FakeSlackOptions }): Promise<TwoPlatforms> {
  const logger = pino({ level: 'silent' });
  const discordFake = await startFakeDiscord({ guilds: [{ id: GUILD, name: 'AI', channels: [{ id: DISCORD_NEWS, name: 'news' }] }], token: 'fake-token' });
  const slackFake = await startFakeSlack({ channels: [{ name: 'news', ...options.slackChannel }], signingSecret: 'secret', ...options.slack });
  const store = await openStore({ storeUrl: 'memory:', dataDir: '' });
  const records = createBotRecords(store);
  const context = { store, records, topics: options.topics, now: () => new Date(), limits: DEFAULT_LIMITS, feeds: [] };
  const discord = createDiscordAdapter({ token: 'fake-token', apiUrl: discordFake.apiUrl, context, logger });
  const slack = createSlackAdapter({
    config: { botToken: 'xoxb-test', signingSecret: 'secret', port: 0, adminUserIds: [], apiUrl: slackFake.apiUrl },
    context,
    logger,
    host: '127.0.0.1',
    retries: 0,
  });
  await discord.start();
  await slack.start();
  const setAt = '2026-11-20T00:00:00Z';
  await records.setChannel({ platform: 'discord', channelId: DISCORD_NEWS, serverId: GUILD, topics: ['ai'], setBy: 'admin', setAt });
  await records.setChannel({ platform: 'slack', channelId: options.slackChannel.id, serverId: slackFake.teamId, topics: ['ai'], setBy: 'admin', setAt });
  return {
    discordFake,
    slackFake,
    store,
    records,
    discord,
    slack,
    async close() {
      await discord.stop();
      await slack.stop();
      await store.close();
      await discordFake.close();
      await slackFake.close();
    },
  };
}
