// Hostile feed items, end to end through the real Discord and Slack adapters against the strict
// fakes: a 5,000-character URL, a 300-emoji headline cut at many positions (half emoji included),
// `<!channel>` and `&` floods, and a 40-topic topic table. Each story is delivered or given up
// with a reason (listed in /autopost status), and a later story in the same channel still arrives.
// (Every cut position of the 300 emoji is rendered and checked in test/clip-text.test.ts and the
// fuzz run; here a spread of them travels through the platforms.)
import { pino } from 'pino';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Article } from '../src/articles/article.ts';
import { createDelivery } from '../src/delivery/deliver-stories.ts';
import type { DiscordAdapter } from '../src/platforms/discord/discord-adapter.ts';
import type { SlackAdapter } from '../src/platforms/slack/slack-adapter.ts';
import type { BotRecords } from '../src/store/bot-records.ts';
import type { NewsStore } from '../src/store/store-types.ts';
import type { FakeDiscord } from './fakes/fake-discord.ts';
import type { FakeSlack } from './fakes/fake-slack.ts';
import { article } from './helpers/articles.ts';
import { manyTopics } from './helpers/many-topics.ts';
import { DISCORD_NEWS, startTwoPlatforms, type TwoPlatforms } from './helpers/two-platforms.ts';

const SLACK_NEWS = 'C0OPEN';
const logger = pino({ level: 'silent' });
const topics = manyTopics(40);

let rig: TwoPlatforms;
let discordFake: FakeDiscord;
let slackFake: FakeSlack;
let store: NewsStore;
let records: BotRecords;
let discord: DiscordAdapter;
let slack: SlackAdapter;

beforeEach(async () => {
  // The bot never joined the Slack channel: it posts there through chat:write.public.
  rig = await startTwoPlatforms({ topics, slackChannel: { id: SLACK_NEWS, is_member: false } });
  ({ discordFake, slackFake, store, records, discord, slack } = rig);
});
afterEach(async () => {
  await rig?.close();
});

const EMOJI_300 = Array.from({ length: 300 }, (_, i) => ['😀', '👍🏽', '🇫🇷', '👨‍👩‍👧', '🧠'][i % 5]).join('');

function hostileArticles(): Article[] {
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 12, minute)).toISOString();
  const list: Article[] = [
    article('long-url', { url: `https://example.com/${'a'.repeat(5000)}`, headline: 'A story with a 5,000-character link', published: at(0) }),
    article('floods', {
      headline: `<!channel> <!here> @everyone ${'&'.repeat(400)} <@U123>`,
      summary: `${'&<>'.repeat(1500)} <!channel>`,
      source: `${'&'.repeat(300)} <!everyone>`,
      published: at(1),
    }),
  ];
  // The 300-emoji headline cut at a spread of UTF-16 positions, odd ones leaving half an emoji.
  for (const cut of [1, 2, 3, 5, 11, 12, 13, 255, 256, 257, 299, 300, 301, 511, 599, EMOJI_300.length]) {
    list.push(article(`emoji-${cut}`, { headline: EMOJI_300.slice(0, cut), summary: EMOJI_300.slice(1, cut + 700), source: EMOJI_300.slice(0, 301), published: at(2) }));
  }
  list.push(article('later', { headline: 'A plain story published after the hostile ones', published: at(30) }));
  return list;
}

it('hostile items are delivered or given up with a reason, and a later story in the same channel still arrives', { timeout: 90_000 }, async () => {
  const list = hostileArticles();
  await store.putArticles(list);
  let clock = Date.now();
  const delivery = createDelivery({ store, records, transports: [discord.transport!, slack.transport!], logger, now: () => new Date(clock) });
  await delivery.enqueue(list);
  const arrived = () => ({
    discord: discordFake.messages(DISCORD_NEWS).some((m) => m.embeds[0]?.title === 'A plain story published after the hostile ones'),
    slack: slackFake.messages(SLACK_NEWS).some((m) => JSON.stringify(m.blocks).includes('A plain story published after the hostile ones')),
  });
  for (let round = 0; round < 400 && !(arrived().discord && arrived().slack); round++) {
    await delivery.flush();
    clock += 1_500;
  }
  expect(arrived()).toEqual({ discord: true, slack: true });

  // Each hostile story: posted once, or listed as given up with its reason. Nothing pending.
  for (const [platform, channelId, posted] of [
    ['discord', DISCORD_NEWS, discordFake.messages(DISCORD_NEWS).length],
    ['slack', SLACK_NEWS, slackFake.messages(SLACK_NEWS).length],
  ] as const) {
    const failed = (await records.getChannel(platform, channelId))?.failedStories ?? [];
    for (const entry of failed) expect(entry.reason).toMatch(/\w/);
    expect(posted + failed.length).toBe(list.length);
    expect((await records.getChannel(platform, channelId))?.pausedReason).toBeUndefined();
  }
  // Nothing was refused: the renderers fit every limit by construction.
  expect(discordFake.requests.filter((r) => r.status >= 400).map((r) => `${r.status} ${r.path}`)).toEqual([]);
  expect(slackFake.calls.filter((c) => c.response.ok === false && c.response.error !== 'ratelimited').map((c) => c.response.error)).toEqual([]);
  // No mention control sequence survived into Slack, the link over 2,048 was dropped on Discord.
  const slackText = JSON.stringify(slackFake.messages(SLACK_NEWS).map((m) => [m.text, m.blocks]));
  expect(slackText).not.toMatch(/<!(channel|here|everyone)>|<@U123>/);
  expect(discordFake.messages(DISCORD_NEWS).every((m) => (m.embeds[0]?.url?.length ?? 0) <= 2048)).toBe(true);
});

it('a 40-topic board on Slack: every topic listed, sections within 3,000 characters, posted after joining so reactions reach the bot', async () => {
  const sent = await slackFake.sendSlashCommand(slack.eventsUrl()!, { text: 'topics', userId: 'U0HUMAN001', channelId: SLACK_NEWS });
  expect(sent.status).toBe(200);
  const [board] = await slackFake.waitForMessages(SLACK_NEWS, 1, 5_000);
  expect(slackFake.calls.find((c) => c.method === 'conversations.join')?.body.channel).toBe(SLACK_NEWS);
  await slackFake.waitFor(() => (board!.reactions?.length ?? 0) > 0 && board!.reactions, 5_000, 'board reactions');
  const sections = board!.blocks!.filter((b) => b.type === 'section').map((b) => String(b.text.text));
  for (const text of sections) expect(text.length).toBeLessThanOrEqual(3000);
  for (const topic of topics.topics) expect(sections.join('\n')).toContain(`*${topic.name}*`);
});
