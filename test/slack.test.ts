// Slack end to end: the real Bolt app (our adapter) against the fake Slack, in HTTP mode (signed
// requests) and Socket Mode. Every /news form, the board and its reactions, autopost of a new
// feed item through the outbox, rate limits, a crash between post and record, admin-only commands.
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../commands/command.ts';
import type { Article } from '../src/articles/article.ts';
import { loadTopicTable } from '../src/articles/topics.ts';
import { createDelivery } from '../src/delivery/deliver-stories.ts';
import { createPoller } from '../src/feeds/poll-feeds.ts';
import { createSlackAdapter, type SlackAdapter } from '../src/platforms/slack/slack-adapter.ts';
import { createBotRecords, type BotRecords } from '../src/store/bot-records.ts';
import { openStore } from '../src/store/open-store.ts';
import type { NewsStore } from '../src/store/store-types.ts';
import { startFeedServer, type FeedServer } from './fakes/feed-server.ts';
import { startFakeSlack, type FakeSlack } from './fakes/fake-slack.ts';
import { article } from './helpers/articles.ts';
import { recordAttempt } from './helpers/record-attempt.ts';
import { aiItems, rss } from './helpers/rss.ts';

const SECRET = 'test-signing-secret';
const NEWS = 'C0NEWS';
/** A public channel the bot was never invited to: it posts there through chat:write.public. */
const OPEN = 'C0OPEN';
const admin = { id: 'UADMIN', name: 'ada', is_admin: true };
const member = { id: 'UMEMBER', name: 'bob' };
const logger = pino({ level: 'silent' });
const topics = loadTopicTable();

let fake: FakeSlack;
let store: NewsStore;
let records: BotRecords;
let adapter: SlackAdapter;
let url: string;

function context() {
  return { store, records, topics, now: () => new Date('2026-11-20T13:00:00Z'), limits: DEFAULT_LIMITS, feeds: [] };
}

async function startAdapter(mode: 'http' | 'socket' = 'http', requestTimeoutMs?: number) {
  adapter = createSlackAdapter({
    config: {
      botToken: 'xoxb-test',
      ...(mode === 'socket' ? { appToken: 'xapp-test' } : { signingSecret: SECRET }),
      port: 0,
      adminUserIds: [],
      apiUrl: fake.apiUrl,
    },
    context: context(),
    logger,
    host: '127.0.0.1',
    retries: 0,
    ...(requestTimeoutMs ? { requestTimeoutMs } : {}),
  });
  await adapter.start();
  url = adapter.eventsUrl() ?? '';
  return adapter;
}

beforeEach(async () => {
  fake = await startFakeSlack({ users: [admin, member], channels: [{ id: NEWS, name: 'ai-news', is_member: true }, { id: OPEN, name: 'open', is_member: false }], signingSecret: SECRET });
  store = await openStore({ storeUrl: 'memory:', dataDir: '' });
  records = createBotRecords(store);
  await store.putArticles(
    Array.from({ length: 7 }, (_, index) =>
      article(`s${index}`, { headline: `Story ${index}: OpenAI ships a llama-sized model`, published: new Date(Date.UTC(2026, 10, 20, 12, index)).toISOString() }),
    ),
  );
});
afterEach(async () => {
  await adapter?.stop();
  await fake.close();
  await store.close();
});

/** Sends /news <text> and returns what the asker saw privately. */
async function slash(text: string, user = member.id) {
  const sent = await fake.sendSlashCommand(url, { text, userId: user, channelId: NEWS });
  expect(sent.status).toBe(200);
  if (sent.json?.text) return { text: String(sent.json.text), blocks: [] as unknown[] };
  const [response] = await fake.waitForResponses(sent.responseId!, 1);
  return { text: String(response!.text ?? ''), blocks: (response!.blocks ?? []) as unknown[], response: response!, responseId: sent.responseId! };
}

describe('Slack in HTTP mode', () => {
  beforeEach(async () => {
    await startAdapter();
  });

  it('/news ai answers privately with stories, a share button and a next-page button', async () => {
    const answer = await slash('ai');
    expect(answer.response).toMatchObject({ response_type: 'ephemeral' });
    const blocks = JSON.stringify(answer.blocks);
    expect(blocks).toContain('Story 6: OpenAI ships');
    expect(blocks).toContain('news_share');
    expect(blocks).toContain('news_next');
    expect(fake.messages(NEWS)).toEqual([]);
  });

  it('the next-page button replaces the answer with page 2; share posts it in the channel', async () => {
    const first = await slash('ai limit:5');
    const token = /"action_id":"news_next","value":"([^"]+)"/.exec(JSON.stringify(first.blocks))![1]!;
    const next = await fake.sendInteraction(url, { userId: member.id, channelId: NEWS, actionId: 'news_next', value: token });
    const [page2] = await fake.waitForResponses(next.responseId!, 1);
    expect(page2).toMatchObject({ replace_original: true });
    expect(JSON.stringify(page2!.blocks)).toContain('Story 1: OpenAI');
    expect(JSON.stringify(page2!.blocks)).not.toContain('Story 6: OpenAI');

    await fake.sendInteraction(url, { userId: member.id, channelId: NEWS, actionId: 'news_share', value: token });
    const [shared] = await fake.waitForMessages(NEWS, 1);
    expect(JSON.stringify(shared!.blocks)).toContain('Story 6: OpenAI');
  });

  it('/news today shares as the digest a digest channel gets: a header, numbered sections, coverage', async () => {
    // The adapter's clock is 2026-11-20 13:00 UTC; the seven stories of beforeEach were told at 12:0x by one outlet each.
    await store.putArticles([
      article('wide-1', { headline: 'Told by two outlets', story: 'wide', source: 'Reuters', published: '2026-11-20T10:00:00Z' }),
      article('wide-2', { headline: 'Told by two outlets, again', story: 'wide', source: 'Wired', published: '2026-11-20T11:00:00Z' }),
      article('lone', { headline: 'Told by one outlet', story: 'lone', source: 'Example News', published: '2026-11-20T12:30:00Z' }),
    ]);
    const answer = await slash('today');
    const token = /"action_id":"news_share","value":"([^"]+)"/.exec(JSON.stringify(answer.blocks))![1]!;
    await fake.sendInteraction(url, { userId: member.id, channelId: NEWS, actionId: 'news_share', value: token });
    const [shared] = await fake.waitForMessages(NEWS, 1);
    const blocks = shared!.blocks!;
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: 'AI news — Friday 20 November' } });
    expect(JSON.stringify(blocks[1])).toContain(`Shared by <@${member.id}>`);
    const sections = blocks.filter((block) => block.type === 'section').map((block) => JSON.stringify(block));
    expect(sections).toHaveLength(5);
    expect(sections[0]).toContain('1. <https://news.example/wide-1|Told by two outlets>');
    expect(sections[0]).toContain('+1 outlet (Wired)');
    expect(sections[1]).toContain('2. <https://news.example/lone|Told by one outlet>');
    expect(sections[2]).toContain('3. <https://news.example/s6|');
    expect(blocks.filter((block) => block.type === 'divider')).toHaveLength(5);
    expect(JSON.stringify(blocks)).not.toContain('news_share'); // the buttons stay with the asker
  });

  it.each([
    ['help', /newsbot keeps you on top of AI-industry news/],
    ['ai color:red', /Unknown option "color:"/],
    ['ai since:yesterday', /"yesterday" is not a time span/],
    ['subscribe policy', /Subscribed to ⚖️ policy/],
    ['subscribe polcy', /Did you mean policy\?/],
    ['unsubscribe policy', /You were not subscribed/],
    ['autopost', /autopost set, autopost off, autopost status/],
  ])('/news %s answers privately', async (text, expected) => {
    expect((await slash(text)).text).toMatch(expected);
  });

  it('acks at once even when Slack answers users.info (the admin check) slowly', async () => {
    fake.delay('users.info', 3_500);
    // The fake fails sendSlashCommand when the ack comes after 3 s, as Slack shows an error then.
    const sent = await fake.sendSlashCommand(url, { text: 'autopost set ai', userId: member.id, channelId: NEWS });
    expect(sent.status).toBe(200);
    const [response] = await fake.waitForResponses(sent.responseId!, 1, 8_000);
    expect(String(response!.text)).toMatch(/Only workspace admins and owners can change/);
  });

  it('autopost and feeds: admins only; others get a private refusal that says who can', async () => {
    expect((await slash('autopost set ai,policy', member.id)).text).toMatch(/Only workspace admins and owners can change/);
    expect(await records.getChannel('slack', NEWS)).toBeUndefined();
    expect((await slash('autopost set ai,policy', admin.id)).text).toMatch(/receives new ai, policy stories/);
    expect((await slash('autopost status', admin.id)).text).toMatch(/receives new ai, policy stories/);
    expect((await slash('feeds add https://example.com/feed.xml', admin.id)).text).toMatch(/Added https:\/\/example.com\/feed.xml/);
    expect((await slash('feeds list', admin.id)).text).toMatch(/example.com\/feed.xml — not polled yet/);
    expect((await slash('feeds remove https://example.com/feed.xml', admin.id)).text).toMatch(/Removed/);
    expect((await slash('autopost off', admin.id)).text).toMatch(/stopped/);
    expect(await records.getChannel('slack', NEWS)).toBeUndefined();
  });

  it('posts the topic board; reacting subscribes that user only, removing unsubscribes', async () => {
    expect((await slash('topics')).text).toMatch(/Posted the topic board/);
    const [board] = fake.messages(NEWS);
    expect(JSON.stringify(board!.blocks)).toContain('open-source');
    await fake.waitFor(() => fake.calls.filter((call) => call.method === 'reactions.add').length >= topics.topics.length);

    await fake.sendEvent(url, fake.reactionEvent({ user: member.id, reaction: 'llama', channel: NEWS, ts: board!.ts }));
    await fake.waitFor(async () => false).catch(() => undefined);
    await expectSubscription(member.id, ['open-source']);
    expect(await records.getSubscription('slack', admin.id)).toBeUndefined();

    // The bot's own reactions and reactions elsewhere change nothing.
    await fake.sendEvent(url, fake.reactionEvent({ user: fake.botUserId, reaction: 'brain', channel: NEWS, ts: board!.ts }));
    const other = fake.seedMessage({ channel: NEWS, text: 'hello' });
    await fake.sendEvent(url, fake.reactionEvent({ user: member.id, reaction: 'brain', channel: NEWS, ts: other.ts }));
    await fake.sendEvent(url, fake.reactionEvent({ type: 'reaction_removed', user: member.id, reaction: 'llama', channel: NEWS, ts: board!.ts }));
    await expectSubscription(member.id, undefined);
    expect(await records.getSubscription('slack', fake.botUserId)).toBeUndefined();
  });

  it('refuses unsigned, badly signed and stale requests with 401 and runs nothing', async () => {
    const input = { text: 'subscribe policy', userId: member.id, channelId: NEWS };
    expect((await fake.sendSlashCommand(url, input, { signature: 'bad' })).status).toBe(401);
    expect((await fake.sendSlashCommand(url, input, { signature: 'missing' })).status).toBe(401);
    expect((await fake.sendSlashCommand(url, input, { timestamp: Math.floor(Date.now() / 1000) - 600 })).status).toBe(401);
    expect(await records.getSubscription('slack', member.id)).toBeUndefined();
  });

  it('escapes feed text: no <!channel>, no user mentions, no links of its own', async () => {
    await store.putArticles([article('evil', { headline: 'Big news <!channel> <@UADMIN> <https://evil.example|click>', published: '2026-11-20T12:59:00Z' })]);
    const answer = await slash('ai limit:1');
    const blocks = JSON.stringify(answer.blocks);
    expect(blocks).not.toMatch(/<!channel>|<@UADMIN>|<https:\/\/evil/);
    expect(blocks).toContain('&lt;!channel&gt;');
  });
});

describe('Slack delivery', () => {
  let feeds: FeedServer;
  beforeEach(async () => {
    feeds = await startFeedServer();
    await startAdapter();
    await records.setChannel({ platform: 'slack', channelId: NEWS, serverId: fake.teamId, topics: ['ai'], setBy: admin.id, setAt: '2026-11-20T00:00:00Z' });
  });
  afterEach(async () => {
    await feeds.close();
  });

  function outbox() {
    return createDelivery({ store, records, transports: [adapter.transport!], logger, tickMs: 50 });
  }

  it('posts a new feed item once, with its outbox key in the message metadata; DMs subscribers', async () => {
    await records.setSubscription({ platform: 'slack', userId: member.id, topics: ['openai'] });
    const delivery = outbox();
    const poller = createPoller({
      feeds: [{ url: feeds.url('/ai.xml') }],
      store,
      topics,
      logger,
      intervalMs: 600_000,
      newFeedAnnounceLimit: 3,
      retentionDays: 3650,
      onNewArticles: (articles) => delivery.enqueue(articles),
    });
    feeds.setFeed('/ai.xml', rss('AI', aiItems('feed', 1)));
    await poller.pollAll();
    await delivery.flush();
    await poller.pollAll();
    await delivery.flush();
    const posted = fake.messages(NEWS);
    expect(posted).toHaveLength(1);
    expect(JSON.stringify(posted[0]!.blocks)).toContain('feed 0: OpenAI ships a new AI model');
    expect(posted[0]!.metadata).toMatchObject({ event_type: 'newsbot_delivery', event_payload: { key: expect.stringMatching(/^outbox:slack:C0NEWS:/) } });
    const dms = await fake.waitForMessages(fake.dmChannelId(member.id), 1);
    expect(JSON.stringify(dms[0]!.blocks)).toContain('feed 0: OpenAI ships');
  });

  it('a rate-limited post is retried: no loss, no duplicate, about one post a second', async () => {
    fake.failNext({ method: 'chat.postMessage', status: 429, retryAfterSeconds: 1 });
    const delivery = outbox();
    const stories: Article[] = [article('r1', { published: '2026-11-20T12:01:00Z' }), article('r2', { published: '2026-11-20T12:02:00Z' }), article('r3', { published: '2026-11-20T12:03:00Z' })];
    await store.putArticles(stories);
    await delivery.enqueue(stories);
    delivery.start();
    await fake.waitForMessages(NEWS, 3, 15_000);
    await delivery.stop();
    expect(fake.messages(NEWS).map((message) => message.metadata?.event_payload)).toEqual([
      { key: 'outbox:slack:C0NEWS:r1' },
      { key: 'outbox:slack:C0NEWS:r2' },
      { key: 'outbox:slack:C0NEWS:r3' },
    ]);
    expect(fake.maxPostsPerSecond(NEWS)).toBeLessThanOrEqual(1);
  });

  it('a public channel the bot never joined: posted through chat:write.public; after a lost answer the retry joins, finds the post, and nothing is paused', async () => {
    await records.setChannel({ platform: 'slack', channelId: OPEN, serverId: fake.teamId, topics: ['ai'], setBy: admin.id, setAt: '2026-11-20T00:00:00Z' });
    const story = article('open');
    await store.putArticles([story]);
    await outbox().enqueue([story]);
    const key = `outbox:slack:${OPEN}:open`;
    // Slack took the post; the answer was lost (or the process died) before the outbox recorded it.
    await recordAttempt(store, key);
    await adapter.transport!.postStory(OPEN, { article: story, alsoCoveredBy: [] }, key, false);
    await outbox().flush();
    expect(fake.messages(OPEN)).toHaveLength(1);
    expect(fake.calls.filter((call) => call.method === 'conversations.join').map((call) => call.body.channel)).toEqual([OPEN]);
    expect((await records.getChannel('slack', OPEN))?.pausedReason).toBeUndefined();
    expect(await store.getRecord(key)).toMatchObject({ state: 'sent', messageId: fake.messages(OPEN)[0]!.ts });
  });

  it('a public channel the bot never joined: a join that fails for a moment fails the retry, and the next retry finds the post instead of posting again', async () => {
    const story = article('open-join');
    const key = `outbox:slack:${OPEN}:open-join`;
    // Slack took the post; its answer was lost.
    await adapter.transport!.postStory(OPEN, { article: story, alsoCoveredBy: [] }, key, false);
    fake.failNext({ method: 'conversations.join', status: 500 });
    await expect(adapter.transport!.postStory(OPEN, { article: story, alsoCoveredBy: [] }, key, true)).rejects.toThrow();
    expect(fake.messages(OPEN)).toHaveLength(1);
    const { messageId } = await adapter.transport!.postStory(OPEN, { article: story, alsoCoveredBy: [] }, key, true);
    expect(fake.messages(OPEN)).toHaveLength(1);
    expect(messageId).toBe(fake.messages(OPEN)[0]!.ts);
  });

  it('a post Slack carries out after the bot gave up on it is found by the retry, not posted twice', async () => {
    await adapter.stop();
    await startAdapter('http', 500);
    const story = article('late');
    const key = `outbox:slack:${NEWS}:late`;
    // The request reaches Slack late: the client times out at 0.5 s, Slack posts it at 1.5 s, after
    // a retry's first look at the channel's history.
    fake.delay('chat.postMessage', 1_500);
    await expect(adapter.transport!.postStory(NEWS, { article: story, alsoCoveredBy: [] }, key, false)).rejects.toThrow();
    fake.delay('chat.postMessage', 0);
    const { messageId } = await adapter.transport!.postStory(NEWS, { article: story, alsoCoveredBy: [] }, key, true);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(fake.messages(NEWS)).toHaveLength(1);
    expect(messageId).toBe(fake.messages(NEWS)[0]!.ts);
  }, 20_000);

  it('first posts and first DMs do not read history (conversations.history is rate-limited per method)', async () => {
    await records.setSubscription({ platform: 'slack', userId: member.id, topics: ['openai'] });
    const list = [article('h1'), article('h2')];
    await store.putArticles(list);
    const delivery = outbox();
    await delivery.enqueue(list);
    delivery.start();
    await fake.waitForMessages(NEWS, 2, 10_000);
    await fake.waitForMessages(fake.dmChannelId(member.id), 1);
    await delivery.stop();
    expect(fake.calls.filter((call) => call.method === 'conversations.history')).toEqual([]);
  });

  it('a story Slack refuses as invalid is sent once in the minimal form; a later story still arrives', async () => {
    fake.failNext({ method: 'chat.postMessage', error: 'invalid_blocks' });
    const list = [article('bad', { headline: 'Refused once', published: '2026-11-20T12:01:00Z' }), article('good', { published: '2026-11-20T12:02:00Z' })];
    await store.putArticles(list);
    const delivery = outbox();
    await delivery.enqueue(list);
    delivery.start();
    await fake.waitForMessages(NEWS, 2, 15_000);
    await delivery.stop();
    const [first] = fake.messages(NEWS);
    // The minimal form: one section with headline and outlet, no summary or context line.
    expect(first!.blocks).toHaveLength(1);
    expect(JSON.stringify(first!.blocks)).toContain('Refused once');
  });

  it('a crash after Slack accepted a post but before it was marked sent does not post twice', async () => {
    const story = article('crash');
    await store.putArticles([story]);
    await outbox().enqueue([story]);
    const key = `outbox:slack:${NEWS}:crash`;
    // Slack took the post; the process died before the outbox recorded it.
    await recordAttempt(store, key);
    await adapter.transport!.postStory(NEWS, { article: story, alsoCoveredBy: [] }, key, false);
    await outbox().flush();
    expect(fake.messages(NEWS)).toHaveLength(1);
  });

  it('the same story from a second outlet edits the post (chat.update) to list it', async () => {
    const delivery = outbox();
    const first = article('t1', { source: 'TechCrunch', story: 'gpt6' });
    const second = article('v1', { source: 'The Verge', story: 'gpt6' });
    await store.putArticles([first, second]);
    await delivery.enqueue([first]);
    await delivery.flush();
    await delivery.enqueue([second]);
    // The edit waits its turn in Slack's pace (about one call a second per channel).
    delivery.start();
    await fake.waitForCall('chat.update', 5000);
    await delivery.stop();
    const posted = fake.messages(NEWS);
    expect(posted).toHaveLength(1);
    expect(JSON.stringify(posted[0]!.blocks)).toContain('Also covered by The Verge');
  });
});

describe('Slack in Socket Mode', () => {
  it('answers /news over the socket', async () => {
    await startAdapter('socket');
    await fake.socketConnected();
    const delivered = await fake.socketSlashCommand({ text: 'subscribe robotics', userId: member.id, channelId: NEWS });
    const [response] = await fake.waitForResponses(delivered.responseId!, 1);
    expect(response!.text).toMatch(/Subscribed to 🦾 robotics/);
    await expectSubscription(member.id, ['robotics']);
  });
});

async function expectSubscription(userId: string, topicsWanted: string[] | undefined) {
  await fake.waitFor(async () => true);
  for (let attempt = 0; attempt < 50; attempt++) {
    const subscription = await records.getSubscription('slack', userId);
    if (JSON.stringify(subscription?.topics) === JSON.stringify(topicsWanted)) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect((await records.getSubscription('slack', userId))?.topics).toEqual(topicsWanted);
}
