// Digests on the real clients against the fakes: one Discord message (10 embeds within 6,000
// characters) and one Slack message (blocks within Block Kit's limits), however long the feed
// text; sent again under the same key (a retry after a crash) they do not post twice.
import { readFileSync } from 'node:fs';
import { webApi } from '@slack/bolt';
import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Digest } from '../src/digest/build-digest.ts';
import { createDiscordTransport } from '../src/platforms/discord/discord-transport.ts';
import { createSlackTransport } from '../src/platforms/slack/slack-transport.ts';
import { digestMessage as discordDigest } from '../src/render/render-digest-discord.ts';
import { digestMessage as slackDigest } from '../src/render/render-digest-slack.ts';
import { renderDigestForTerminal } from '../src/render/render-digest-terminal.ts';
import { startFakeDiscord, type FakeDiscord } from './fakes/fake-discord.ts';
import { startFakeSlack, type FakeSlack } from './fakes/fake-slack.ts';
import { article } from './helpers/articles.ts';

const GUILD = '100000000000000001';
const NEWS = '100000000000000002';
const USER = { id: '100000000000000003', username: 'reader' };

/** Ten stories with everything as long as feeds make it: long headlines, quotes and outlet lists. */
function longDigest(late = false): Digest {
  const stories = Array.from({ length: 10 }, (_, i) => ({
    story: `s${i}`,
    article: article(`a${i}`, {
      headline: `Story ${i}: ${'OpenAI and the regulators '.repeat(40)}`,
      source: `Outlet ${i} ${'Media Group '.repeat(20)}`,
      quote: { text: `${'We are shipping it today, and it is big. '.repeat(200)}`, speaker: 'Sam Altman' },
      summary: 'x'.repeat(5000),
      url: `https://news.example/${i}?a=1|b`,
      image: `https://img.example/${i}.jpg`,
    }),
    outlets: [`Outlet ${i}`, ...Array.from({ length: 40 }, (_, j) => `Other Outlet Number ${j} ${'Press '.repeat(5)}`)],
    update: i === 3,
  }));
  return { title: 'AI news — Wednesday 2 December', window: 'daily:2026-12-02', start: '2026-12-01T09:00:00Z', end: '2026-12-02T09:00:00Z', stories, late };
}

describe('a digest on Discord', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord({ guilds: [{ id: GUILD, name: 'g', channels: [{ id: NEWS, name: 'news' }], members: [USER] }], token: 'fake-token' });
  });
  afterAll(async () => {
    await fake.close();
  });

  it('is one message with one embed per story within 6,000 characters, posted once under its key', async () => {
    const transport = createDiscordTransport(new REST({ api: fake.apiUrl, retries: 0 }).setToken('fake-token'));
    const key = `digest:discord:${NEWS}:daily:2026-12-02`;
    const first = await transport.postDigest!(NEWS, longDigest(), key, false);
    const again = await transport.postDigest!(NEWS, longDigest(), key, true);
    const messages = fake.messages(NEWS);
    expect(messages).toHaveLength(1);
    expect(again.messageId).toBe(first.messageId);
    const [message] = messages;
    expect(message!.content).toContain('AI news — Wednesday 2 December');
    expect(message!.embeds).toHaveLength(10);
    expect(message!.embeds[0]!.title).toMatch(/^1\. Story 0/);
    expect(message!.embeds[3]!.title).toMatch(/^4\. Update: Story 3/);
    expect(message!.embeds[0]!.footer?.text).toMatch(/^\+40 outlets: Other Outlet Number 0/);
    expect(message!.embeds[0]!.description).toContain('— Sam Altman');
    // The top story's image only: the rest read as a list.
    expect(message!.embeds.map((embed) => embed.thumbnail?.url)).toEqual(['https://img.example/0.jpg', ...Array(9).fill(undefined)]);
  });

  it('goes to a subscriber as one DM', async () => {
    const transport = createDiscordTransport(new REST({ api: fake.apiUrl, retries: 0 }).setToken('fake-token'));
    await transport.sendDigestDm!(USER.id, longDigest(true), 'digest-dm:discord:u:daily:2026-12-02');
    const [dm] = fake.dmsTo(USER.id);
    expect(dm!.content).toContain('late');
    expect(dm!.embeds).toHaveLength(10);
  });
});

describe('a digest on Slack', () => {
  let fake: FakeSlack;
  beforeAll(async () => {
    fake = await startFakeSlack({});
  });
  afterAll(async () => {
    await fake.close();
  });

  it('is one message of sections and dividers within Block Kit limits, posted once under its key', async () => {
    const client = new webApi.WebClient('xoxb-test', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
    const transport = createSlackTransport(client);
    const key = 'digest:slack:C1:daily:2026-12-02';
    await transport.postDigest!('C0NEWS', longDigest(true), key, false);
    await transport.postDigest!('C0NEWS', longDigest(true), key, true);
    const messages = fake.messages('C0NEWS');
    expect(messages).toHaveLength(1);
    const blocks = messages[0]!.blocks!;
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: 'AI news — Wednesday 2 December' } });
    expect(JSON.stringify(blocks[1])).toContain('Late');
    expect(blocks.filter((block) => block.type === 'section')).toHaveLength(10);
    expect(blocks.filter((block) => block.type === 'divider')).toHaveLength(10);
    const first = JSON.stringify(blocks.find((block) => block.type === 'section'));
    expect(first).toContain('+40 outlets');
    expect(first).toContain('%7Cb'); // a | in the URL cannot end the link early
    // No image: Slack refuses a whole message for one image it cannot download, and a digest has
    // no second try without it.
    expect(JSON.stringify(blocks)).not.toContain('img.example');
  });
});

describe('a digest in the terminal', () => {
  it('numbers the stories and says how many outlets told each', () => {
    const text = renderDigestForTerminal(longDigest(), { color: false }, new Date('2026-12-02T09:00:00Z'));
    expect(text.split('\n')[0]).toBe('══ AI news — Wednesday 2 December ══');
    expect(text).toContain('\n1. Story 0');
    expect(text).toContain('\n4. (update) Story 3');
    expect(text).toContain('+40 outlets: Other Outlet Number 0');
  });
});

describe("the README's example digest", () => {
  // The README shows one digest as the terminal prints it and as Discord and Slack show it: these
  // are what the renderers make of this digest, so the README cannot drift from the bot.
  const example: Digest = {
    title: 'AI news — Wednesday 2 December',
    window: 'daily:2026-12-02',
    start: '2026-12-01T09:00:00Z',
    end: '2026-12-02T09:00:00Z',
    stories: [
      {
        story: 'a',
        update: false,
        outlets: ['Reuters', 'TechCrunch', 'The Verge', 'Ars Technica'],
        article: article('a3', {
          headline: 'OpenAI launches GPT-5.5 model',
          source: 'Reuters',
          url: 'https://reuters.example/a3',
          quote: { text: 'This is the most capable model we have shipped', speaker: 'Sam Altman' },
          image: 'https://reuters.example/a3.jpg',
          published: '2026-12-02T05:10:00Z',
        }),
      },
      {
        story: 'b',
        update: false,
        outlets: ['Reuters', 'The Guardian'],
        article: article('b2', { headline: 'EU fines two AI model makers', source: 'Reuters', url: 'https://reuters.example/b2', summary: 'EU fines two AI model makers.', published: '2026-12-02T08:30:00Z' }),
      },
    ],
  };
  const readme = readFileSync('README.md', 'utf8');
  /** The first fenced block after the line starting with `lead`. */
  const blockAfter = (lead: string) => {
    const from = readme.indexOf(`\n${lead}`);
    expect(from, `README line "${lead}…"`).toBeGreaterThan(0);
    return /```\n([\s\S]*?)\n```/.exec(readme.slice(from))![1]!;
  };

  it('in the terminal is exactly what the terminal renderer prints', () => {
    expect(blockAfter('In the terminal (')).toBe(renderDigestForTerminal(example, { color: false }, new Date('2026-12-02T10:15:00Z')));
  });

  it('on Discord shows the message the Discord renderer makes: title, then per story outlet, title, quote, coverage', () => {
    const block = blockAfter('On Discord it is one message');
    const message = discordDigest(example);
    const lines = block.split('\n').map((line) =>
      line
        .replace(/\s+← .*$/, '')
        .replace(/ · Today at \d\d:\d\d$/, '')
        .replace(/\s+\[picture\]$/, ' [picture]'),
    );
    const expected = [
      message.content!.replace(/\*\*/g, ''),
      ...message.embeds!.flatMap((embed) =>
        [`${embed.author!.name}${embed.thumbnail ? ' [picture]' : ''}`, embed.title, embed.description, embed.footer!.text].map((text) => `┃ ${text}`),
      ),
    ];
    expect(lines).toEqual(expected);
  });

  it('on Slack shows the message the Slack renderer makes: header, then a section and a divider per story', () => {
    const block = blockAfter('On Slack it is one message');
    const message = slackDigest(example);
    const lines = block.split('\n').map((line) => line.replace(/\s+(← .*|\(header\))$/, ''));
    const expected = message.blocks.flatMap((b) => {
      const text = (b as { text?: { text: string } }).text?.text ?? '';
      if (b.type === 'header') return [text];
      if (b.type === 'divider') return ['DIVIDER'];
      // <url|text> shows as the linked text.
      return text.replace(/<[^|>]+\|([^>]+)>/g, '$1').split('\n');
    });
    expect(lines.map((line) => (/^─+$/.test(line) ? 'DIVIDER' : line))).toEqual(expected);
  });
});
