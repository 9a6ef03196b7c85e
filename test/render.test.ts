// Feed text on Discord and Slack: it never pings, never forms links of its own, and fits the limits.
import { describe, expect, it } from 'vitest';
import { replyMessage as discordReply, storyEmbed, storiesMessage, storyMessage as discordStory } from '../src/render/render-discord.ts';
import { clipText } from '../src/clip-text.ts';
import { escapeDiscord } from '../src/render/escape-discord.ts';
import { escapeMrkdwn, replyMessage as slackReply, storiesMessage as slackStories, storyBlocks, storyMessage as slackStory } from '../src/render/render-slack.ts';
import { blockErrors } from './fakes/fake-slack.ts';
import { article } from './helpers/articles.ts';

const pictured = article('p', { image: 'https://img.example/p.jpg' });

const hostile = article('h', {
  headline: '@everyone <@123> <@&456> <#789> **bold** [click](https://evil.example) <!channel> <!here>',
  summary: '@here look: <https://evil.example|innocent> `code` ||spoiler|| <@U123>',
  source: '<!everyone> Outlet',
  url: 'javascript:alert(1)',
});

describe('Discord rendering', () => {
  it('defuses every mention form and markdown in feed text', () => {
    const embed = storyEmbed(hostile);
    for (const text of [embed.description!]) {
      expect(text).not.toMatch(/@(everyone|here)/);
      expect(text).not.toMatch(/<@&?\d/);
      expect(text).not.toMatch(/(?<!\\)[`|]/);
    }
    expect(escapeDiscord('[click](https://x)')).toBe('\\[click\\]\\(https://x\\)');
    expect(escapeDiscord('<@123> <@&4> <#5> @everyone')).not.toMatch(/<@\d|<@&|<#\d|@everyone/);
  });
  it('links only http(s)', () => {
    expect(storyEmbed(hostile).url).toBeUndefined();
    expect(storyEmbed(article('ok')).url).toBe('https://news.example/ok');
  });
  it('fits Discord limits: title 256, 10 embeds and 6,000 characters a message', () => {
    const long = article('long', { headline: 'word '.repeat(100), summary: 'x'.repeat(5000) });
    const embed = storyEmbed(long);
    expect(embed.title.length).toBeLessThanOrEqual(256);
    expect(embed.title.endsWith('…')).toBe(true);
    const message = storiesMessage(Array.from({ length: 20 }, (_, index) => article(`a${index}`, { summary: 'y '.repeat(900) })));
    expect(message.embeds!.length).toBeLessThanOrEqual(10);
    const total = message.embeds!.reduce((sum, item) => sum + item.title.length + (item.description?.length ?? 0) + (item.author?.name.length ?? 0) + (item.footer?.text.length ?? 0), 0);
    expect(total).toBeLessThanOrEqual(6000);
  });
  it('sends every message with allowed_mentions parse []', () => {
    expect(discordReply({ type: 'text', text: 'hi @everyone' }).allowed_mentions).toEqual({ parse: [] });
    expect(discordReply({ type: 'text', text: 'hi @everyone' }).content).not.toContain('@everyone');
  });
  it('cuts at a word boundary with an ellipsis', () => {
    expect(clipText('alpha beta gamma delta', 12)).toBe('alpha beta…');
  });
  it("shows the story's image as the embed thumbnail: http(s) only, at most 2,048 characters, none in the minimal form", () => {
    expect(storyEmbed(pictured).thumbnail).toEqual({ url: 'https://img.example/p.jpg' });
    expect(storiesMessage([pictured]).embeds![0]!.thumbnail).toEqual({ url: 'https://img.example/p.jpg' });
    expect(storyEmbed(article('none')).thumbnail).toBeUndefined();
    expect(storyEmbed(article('js', { image: 'javascript:alert(1)' })).thumbnail).toBeUndefined();
    expect(storyEmbed(article('long', { image: `https://img.example/${'a'.repeat(2100)}.jpg` })).thumbnail).toBeUndefined();
    expect(discordStory(pictured, [], true).embeds![0]!.thumbnail).toBeUndefined();
  });
});

describe('Slack rendering', () => {
  it('escapes &, < and > so feed text cannot form <!channel>, <@U…> or links', () => {
    const text = JSON.stringify(storyBlocks(hostile));
    expect(text).not.toMatch(/<!(channel|here|everyone)>/);
    expect(text).not.toMatch(/<@U123>/);
    expect(text).not.toMatch(/<https:\/\/evil/);
    expect(escapeMrkdwn('a & b <c>')).toBe('a &amp; b &lt;c&gt;');
  });
  it('links the headline only for http(s) URLs', () => {
    expect(JSON.stringify(storyBlocks(hostile))).not.toContain('javascript:');
    expect(JSON.stringify(storyBlocks(article('ok')))).toContain('<https://news.example/ok|');
  });
  it("a channel post puts the story's image beside it, the headline (clipped to 2,000) as alt text; none in the minimal form", () => {
    const [section] = slackStory(pictured).blocks;
    expect(section!.accessory).toEqual({ type: 'image', image_url: 'https://img.example/p.jpg', alt_text: pictured.headline });
    const long = slackStory(article('long', { image: 'https://img.example/l.jpg', headline: 'word '.repeat(600) })).blocks;
    const alt = (long[0]!.accessory as { alt_text: string }).alt_text;
    expect(alt.length).toBeLessThanOrEqual(2000);
    expect(alt.endsWith('…')).toBe(true);
    expect(blockErrors(long)).toEqual([]);
    expect(slackStory(article('none')).blocks[0]!.accessory).toBeUndefined();
    expect(slackStory(article('js', { image: 'javascript:alert(1)' })).blocks[0]!.accessory).toBeUndefined();
    expect(slackStory(pictured, [], true).blocks[0]!.accessory).toBeUndefined();
  });
  it('several stories in one message (a /news page, a DM) carry no image: Slack would refuse them all for one it cannot download', () => {
    expect(JSON.stringify(slackStories([pictured, article('q', { image: 'https://img.example/q.jpg' })], 'AI').blocks)).not.toContain('img.example');
  });
  it('keeps within 50 blocks and 3,000 characters a section', () => {
    const reply = slackReply({ type: 'stories', command: 'news', title: 't', articles: Array.from({ length: 10 }, (_, index) => article(`s${index}`, { summary: 'z'.repeat(5000) })) });
    expect(reply.blocks.length).toBeLessThanOrEqual(50);
    for (const block of reply.blocks) {
      const text = (block.text as { text?: string } | undefined)?.text ?? '';
      expect(text.length).toBeLessThanOrEqual(3000);
    }
  });
});
