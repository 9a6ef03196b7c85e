// Hostile and careless command input: a private, helpful one-line answer, never an error trace,
// never a slow query. And the per-server limits that keep one server from starving the rest.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type CommandContext, type Limits, type Reply } from '../commands/command.ts';
import { parseCommandText } from '../commands/parse-command-text.ts';
import { runCommand } from '../commands/run-command.ts';
import { loadTopicTable } from '../src/articles/topics.ts';
import { createBotRecords } from '../src/store/bot-records.ts';
import { openStore } from '../src/store/open-store.ts';
import type { NewsStore } from '../src/store/store-types.ts';
import { article } from './helpers/articles.ts';

const topics = loadTopicTable();
const topicNames = new Set(topics.byName.keys());
const logger = pino({ level: 'silent' });
let store: NewsStore;

beforeAll(async () => {
  store = await openStore({ storeUrl: 'memory:', dataDir: '' });
  await store.putArticles(Array.from({ length: 50 }, (_, index) => article(`a${index}`, { headline: `OpenAI (model) "launch" NEAR AND ${index}` })));
});
afterAll(async () => {
  await store.close();
});

function context(overrides: Partial<CommandContext> = {}, limits: Partial<Limits> = {}): CommandContext {
  return {
    store,
    records: createBotRecords(store),
    topics,
    now: () => new Date('2026-11-20T13:00:00Z'),
    limits: { ...DEFAULT_LIMITS, ...limits },
    feeds: [],
    user: { id: 'u1', platform: 'discord' },
    channel: { id: 'c1', serverId: 'g1' },
    ...overrides,
  };
}

/** What a user typing `line` sees: the reply, or the one-line refusal. */
async function ask(line: string, ctx = context()): Promise<Reply> {
  try {
    return await runCommand(parseCommandText(line, topicNames), ctx, logger);
  } catch (error) {
    return { type: 'text', error: true, text: (error as Error).message };
  }
}

function oneLine(reply: Reply): string {
  expect(reply.type).toBe('text');
  const text = (reply as { text: string }).text;
  expect(text.split('\n')).toHaveLength(1);
  expect(text).not.toMatch(/at .*\.ts:\d+|Error:|SQLITE|fts5|syntax error/i);
  expect(text.length).toBeLessThan(400);
  return text;
}

describe('full-text syntax in a query is plain words', () => {
  it.each(['"', '""', '*', 'NEAR(openai launch)', 'openai AND', 'OR OR', '(model', 'model)', '"unbalanced', 'launch*', '-openai', 'col:umn', '^start', '{a b}'])(
    '/news ai %s answers with stories or none, never an error',
    async (query) => {
      const reply = await ask(`/news ai ${query}`);
      if (reply.type === 'text') oneLine(reply);
      else expect(reply.type).toBe('stories');
    },
  );
});

describe('oversized and nonsense arguments', () => {
  it('a 10,000-character query gets a private hint', async () => {
    expect(oneLine(await ask(`/news ai ${'x'.repeat(10_000)}`))).toMatch(/keep it under 200/);
  });
  it('a 10,000-character option value is echoed back short', async () => {
    expect(oneLine(await ask(`/news ai since:${'9'.repeat(10_000)}d`))).toMatch(/is not a time span/);
    expect(oneLine(await ask(`/news subscribe ${'z'.repeat(10_000)}`))).toMatch(/There is no topic/);
  });
  it.each([
    ['/news ai since:yesterday', /since:24h, since:7d or since:2w/],
    ['/news ai since:-5d', /not a time span/],
    ['/news ai since:0h', /not a time span/],
    ['/news ai limit:0', /limit must be a whole number from 1 to 10/],
    ['/news ai limit:11', /limit must be a whole number from 1 to 10/],
    ['/news ai limit:2.5', /limit must be a whole number/],
    ['/news ai page:0', /page must be a whole number/],
    ['/news ai page:99999', /page must be a whole number/],
    ['/news subscribe opnai', /Did you mean openai\?/],
    ['/news autopost set ai,polcy', /Did you mean policy\?/],
  ])('%s → a one-line hint', async (line, expected) => {
    expect(oneLine(await ask(line))).toMatch(expected);
  });
  it('a one-word query that looks like a mistyped topic gets "did you mean"', async () => {
    const reply = await ask('/news opnai');
    expect(reply).toMatchObject({ type: 'stories', articles: [], emptyHint: expect.stringMatching(/Did you mean \/news openai\?/) });
  });
  it('an unknown topic in the Discord-style option suggests the nearest', async () => {
    const reply = await runCommand({ command: 'news', args: { topic: 'anthropc' } }, context(), logger);
    expect(oneLine(reply)).toMatch(/Did you mean \/news anthropic\?/);
  });
});

describe('per-server limits, each refusal says the limit', () => {
  it('feeds per server', async () => {
    const ctx = context({}, { feedsPerServer: 2 });
    await ask('/news feeds add https://one.example/feed', ctx);
    await ask('/news feeds add https://two.example/feed', ctx);
    expect(oneLine(await ask('/news feeds add https://three.example/feed', ctx))).toMatch(/already has 2 feeds of its own, the most allowed/);
    // Another server is not affected.
    expect(oneLine(await ask('/news feeds add https://three.example/feed', context({ channel: { id: 'c9', serverId: 'g2' } }, { feedsPerServer: 2 })))).toMatch(/^Added/);
  });
  it('autopost channels per server', async () => {
    const limits = { autopostChannelsPerServer: 1 };
    expect(oneLine(await ask('/news autopost set ai', context({ channel: { id: 'ch1', serverId: 'g3' } }, limits)))).toMatch(/now receives/);
    expect(oneLine(await ask('/news autopost set ai', context({ channel: { id: 'ch2', serverId: 'g3' } }, limits)))).toMatch(/already has 1 channels with automatic posts/);
    // Changing the channel that already has it is not a new channel.
    expect(oneLine(await ask('/news autopost set policy', context({ channel: { id: 'ch1', serverId: 'g3' } }, limits)))).toMatch(/now receives new policy/);
  });
  it('subscriptions per user', async () => {
    const ctx = context({ user: { id: 'u-limit', platform: 'discord' } }, { subscriptionsPerUser: 2 });
    await ask('/news subscribe policy', ctx);
    await ask('/news subscribe chips', ctx);
    expect(oneLine(await ask('/news subscribe safety', ctx))).toMatch(/already follow 2 topics, the most one person can/);
  });
});

describe('the terminal, where there are no DMs and no servers', () => {
  const terminal = () => context({ user: { id: 'console', platform: 'console' }, channel: undefined, feeds: [{ url: 'https://down.example/feed', name: 'Down' }, { url: 'https://up.example/feed' }] });
  it('/news subscribe says why it means nothing here', async () => {
    expect(oneLine(await ask('/news subscribe policy', terminal()))).toMatch(/^The terminal has no DMs: it prints every new story as it arrives/);
  });
  it('/news feeds lists the operator\'s feeds with last error, last success and next poll', async () => {
    await store.setFeedState({
      url: 'https://down.example/feed',
      failures: 2,
      lastError: 'could not resolve host: name not resolved (ENOTFOUND)',
      lastPolledAt: '2026-11-20T12:50:00Z',
      lastSuccessAt: '2026-11-20T10:00:00Z',
      nextPollAt: '2026-11-20T13:20:00Z',
    });
    const reply = await ask('/news feeds', terminal());
    expect(reply).toMatchObject({ type: 'text' });
    expect((reply as { text: string }).text.split('\n')).toEqual([
      '2 feeds: 1 healthy or not yet polled, 1 failing.',
      '• Down — failing (2×): could not resolve host: name not resolved (ENOTFOUND) · last success 3 h ago · next poll in 20 min (https://down.example/feed)',
      '• https://up.example/feed — not polled yet',
    ]);
    expect(oneLine(await ask('/news feeds add https://x.example/feed', terminal()))).toMatch(/add a line to your FEEDS_FILE/);
  });
});
