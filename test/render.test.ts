// Feed text on Discord and Slack: it never pings, never forms links of its own, and fits the limits.
import { describe, expect, it } from 'vitest';
import { replyMessage as discordReply, storyEmbed, storiesMessage } from '../src/render/render-discord.ts';
import { clipText } from '../src/clip-text.ts';
import { escapeDiscord } from '../src/render/escape-discord.ts';
import { escapeMrkdwn, replyMessage as slackReply, storyBlocks } from '../src/render/render-slack.ts';
import { article } from './helpers/articles.ts';

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
  it('keeps within 50 blocks and 3,000 characters a section', () => {
    const reply = slackReply({ type: 'stories', command: 'news', title: 't', articles: Array.from({ length: 10 }, (_, index) => article(`s${index}`, { summary: 'z'.repeat(5000) })) });
    expect(reply.blocks.length).toBeLessThanOrEqual(50);
    for (const block of reply.blocks) {
      const text = (block.text as { text?: string } | undefined)?.text ?? '';
      expect(text.length).toBeLessThanOrEqual(3000);
    }
  });
});
