// The fake Slack, proven against the real @slack/bolt App in HTTP mode and in Socket Mode: if these
// pass, end-to-end tests of the bot can trust what the fake records.
import { createHook } from 'node:async_hooks';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, LogLevel, webApi, type Logger } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from './fakes/fake-slack.ts';

const SIGNING_SECRET = 'test-signing-secret';
const BOT_TOKEN = 'xoxb-fake-bot-token';
const APP_TOKEN = 'xapp-1-A0APP00001-fake';
const NEWS = 'C0NEWS0001';
const alice = { id: 'U0ALICE001', name: 'alice', is_admin: true };
const bob = { id: 'U0BOB00001', name: 'bob' };

/** Bolt's logs, kept for failure messages instead of printed. */
function quietLogger(lines: string[]): Logger {
  let level = LogLevel.DEBUG;
  const at = (l: string) => (...msg: unknown[]) => void lines.push(`${l} ${msg.map(String).join(' ')}`);
  return {
    debug: () => {},
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    setLevel: (l) => void (level = l),
    getLevel: () => level,
    setName: () => {},
  };
}


describe('fake Slack with Bolt in HTTP mode', () => {
  let fake: FakeSlack;
  let app: App;
  let receiverUrl: string;
  let logs: string[];

  beforeEach(async () => {
    fake = await startFakeSlack({ users: [alice, bob], signingSecret: SIGNING_SECRET });
    logs = [];
    app = new App({
      signingSecret: SIGNING_SECRET,
      token: BOT_TOKEN,
      deferInitialization: true,
      logger: quietLogger(logs),
      clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } },
    });
    await app.init();
    const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
    receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  });
  afterEach(async () => {
    await app.stop();
    await fake.close();
  });

  it('answers auth.test during init, with the bot token as a Bearer header', () => {
    const call = fake.calls[0]!;
    expect(call.method).toBe('auth.test');
    expect(call.token).toBe(BOT_TOKEN);
    expect(call.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(call.response).toMatchObject({ ok: true, user_id: fake.botUserId, bot_id: fake.botId, team_id: fake.teamId });
  });

  it('delivers a signed /news slash command; ack text and respond() both land', async () => {
    const seen: { text: string; user: string; channel: string }[] = [];
    app.command('/news', async ({ command, ack, respond }) => {
      seen.push({ text: command.text, user: command.user_id, channel: command.channel_id });
      await ack('Looking that up…');
      await respond({ response_type: 'ephemeral', text: `Top stories about ${command.text}` });
    });
    const res = await fake.sendSlashCommand(receiverUrl, { text: 'openai', userId: alice.id, channelId: NEWS });
    expect(res.status).toBe(200);
    expect(res.body).toBe('Looking that up…');
    expect(seen).toEqual([{ text: 'openai', user: alice.id, channel: NEWS }]);

    const [posted] = await fake.waitForResponses(res.responseId!);
    expect(posted).toMatchObject({ response_type: 'ephemeral', text: 'Top stories about openai' });
    expect(fake.ephemerals(NEWS).map((e) => [e.via, e.user, e.text])).toEqual([
      ['ack', alice.id, 'Looking that up…'],
      ['response_url', alice.id, 'Top stories about openai'],
    ]);
    expect(fake.messages(NEWS)).toEqual([]);
  });

  it('puts an in_channel response into the channel', async () => {
    app.command('/news', async ({ ack, respond }) => {
      await ack();
      await respond({ response_type: 'in_channel', text: 'Posted for everyone' });
    });
    const res = await fake.sendSlashCommand(receiverUrl, { text: '', userId: bob.id, channelId: NEWS });
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    const [msg] = await fake.waitForMessages(NEWS, 1);
    expect(msg).toMatchObject({ text: 'Posted for everyone', user: fake.botUserId, bot_id: fake.botId });
  });

  it('answers 401 and runs no handler for a bad signature, a stale timestamp or missing headers', async () => {
    let handled = 0;
    app.command('/news', async ({ ack }) => {
      handled += 1;
      await ack();
    });
    const input = { text: 'x', userId: alice.id, channelId: NEWS };
    expect((await fake.sendSlashCommand(receiverUrl, input, { signature: 'bad' })).status).toBe(401);
    const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600;
    expect((await fake.sendSlashCommand(receiverUrl, input, { timestamp: tenMinutesAgo })).status).toBe(401);
    expect((await fake.sendSlashCommand(receiverUrl, input, { signature: 'missing' })).status).toBe(401);
    expect((await fake.sendEvent(receiverUrl, { type: 'app_mention', user: alice.id, text: 'hi', channel: NEWS }, { signature: 'bad' })).status).toBe(401);
    expect(handled).toBe(0);
    // The same request, properly signed, gets through.
    expect((await fake.sendSlashCommand(receiverUrl, input)).status).toBe(200);
    expect(handled).toBe(1);
  });

  it('stores chat.postMessage with blocks and metadata; conversations.history returns it', async () => {
    const blocks = [
      { type: 'header', text: { type: 'plain_text', text: 'AI news' } },
      { type: 'section', text: { type: 'mrkdwn', text: '*OpenAI* ships a thing' } },
    ];
    const metadata = { event_type: 'newsbot_article', event_payload: { article_id: 'a1', score: 0.9, breaking: false } };
    const first = await app.client.chat.postMessage({ channel: NEWS, text: 'OpenAI ships a thing', blocks, metadata });
    expect(first).toMatchObject({ ok: true, channel: NEWS, message: { text: 'OpenAI ships a thing', blocks, metadata } });
    expect(first.ts).toMatch(/^\d{10}\.\d{6}$/);
    const second = await app.client.chat.postMessage({ channel: NEWS, text: 'second' });
    const third = await app.client.chat.postMessage({ channel: NEWS, text: 'third', thread_ts: first.ts });
    expect(Number(second.ts)).toBeGreaterThan(Number(first.ts));
    expect(third.ts! > second.ts!).toBe(true);

    const call = fake.calls.find((c) => c.method === 'chat.postMessage')!;
    expect(call.headers['content-type']).toMatch(/x-www-form-urlencoded/);
    expect(call.token).toBe(BOT_TOKEN);

    const history = await app.client.conversations.history({ channel: NEWS, include_all_metadata: true });
    // Newest first; thread replies stay out of the channel history.
    expect(history.messages!.map((m) => m.text)).toEqual(['second', 'OpenAI ships a thing']);
    expect(history.messages![1]).toMatchObject({ ts: first.ts, blocks, metadata, reply_count: 1 });

    const plain = await app.client.conversations.history({ channel: NEWS });
    expect(plain.messages![1]!.metadata).toBeUndefined();
    const limited = await app.client.conversations.history({ channel: NEWS, limit: 1 });
    expect(limited.messages!.map((m) => m.ts)).toEqual([second.ts]);
    expect(limited.has_more).toBe(true);
    const newer = await app.client.conversations.history({ channel: NEWS, oldest: first.ts! });
    expect(newer.messages!.map((m) => m.ts)).toEqual([second.ts]);

    const replies = await app.client.conversations.replies({ channel: NEWS, ts: first.ts! });
    expect(replies.messages!.map((m) => m.text)).toEqual(['OpenAI ships a thing', 'third']);
    expect(fake.messages(NEWS)).toHaveLength(3);
  });

  it('rejects malformed blocks and metadata as Slack does', async () => {
    await expect(app.client.chat.postMessage({ channel: NEWS, text: 'x', blocks: [{ type: 'nonsense' }] as never })).rejects.toMatchObject({
      data: { ok: false, error: 'invalid_blocks' },
    });
    const longHeader = { type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } };
    await expect(app.client.chat.postMessage({ channel: NEWS, text: 'x', blocks: [longHeader] })).rejects.toMatchObject({ data: { error: 'invalid_blocks' } });
    await expect(app.client.chat.postMessage({ channel: NEWS, text: 'x', metadata: { event_payload: {} } as never })).rejects.toMatchObject({
      data: { error: 'invalid_metadata_format' },
    });
    await expect(app.client.chat.postMessage({ channel: NEWS } as never)).rejects.toMatchObject({ data: { error: 'no_text' } });
    expect(fake.messages(NEWS)).toEqual([]);
  });

  it('answers the other Web API methods the bot uses', async () => {
    const { ts } = await app.client.chat.postMessage({ channel: NEWS, text: 'v1' });
    const updated = await app.client.chat.update({ channel: NEWS, ts: ts!, text: 'v2' });
    expect(updated).toMatchObject({ ok: true, channel: NEWS, ts, text: 'v2' });
    expect(fake.message(NEWS, ts!)).toMatchObject({ text: 'v2', edited: { user: fake.botUserId } });

    const eph = await app.client.chat.postEphemeral({ channel: NEWS, user: bob.id, text: 'only for bob' });
    expect(eph.message_ts).toMatch(/^\d+\.\d{6}$/);
    expect(fake.ephemerals(NEWS)).toMatchObject([{ user: bob.id, text: 'only for bob', via: 'chat.postEphemeral' }]);

    const dm = await app.client.conversations.open({ users: alice.id });
    expect(dm.channel!.id).toBe(fake.dmChannelId(alice.id));
    await app.client.chat.postMessage({ channel: dm.channel!.id!, text: 'hello alice' });
    expect(fake.messages(`D${alice.id}`).map((m) => m.text)).toEqual(['hello alice']);

    const info = await app.client.users.info({ user: alice.id });
    expect(info.user).toMatchObject({ id: alice.id, name: 'alice', is_admin: true, is_owner: false });
    expect((await app.client.users.info({ user: bob.id })).user).toMatchObject({ is_admin: false });
    await expect(app.client.users.info({ user: 'U0NOBODY01' })).rejects.toMatchObject({ data: { error: 'user_not_found' } });

    await app.client.reactions.add({ channel: NEWS, timestamp: ts!, name: 'white_check_mark' });
    expect(fake.message(NEWS, ts!)!.reactions).toEqual([{ name: 'white_check_mark', users: [fake.botUserId], count: 1 }]);
    await expect(app.client.reactions.add({ channel: NEWS, timestamp: ts!, name: 'white_check_mark' })).rejects.toMatchObject({
      data: { error: 'already_reacted' },
    });

    await expect(app.client.apiCall('newsbot.nonsense', {})).rejects.toMatchObject({ data: { ok: false, error: 'unknown_method' } });
    expect(fake.unknownMethods()).toEqual(['newsbot.nonsense']);
  });

  it('delivers reaction_added to app.event', async () => {
    const { ts } = await app.client.chat.postMessage({ channel: NEWS, text: 'React to subscribe' });
    const events: { user: string; reaction: string; item: { channel: string; ts: string }; item_user?: string }[] = [];
    app.event('reaction_added', async ({ event }) => {
      events.push(event as never);
    });
    const res = await fake.sendEvent(receiverUrl, fake.reactionEvent({ user: alice.id, reaction: 'newspaper', channel: NEWS, ts: ts! }));
    expect(res.status).toBe(200);
    await fake.waitFor(() => events.length === 1);
    expect(events[0]).toMatchObject({ user: alice.id, reaction: 'newspaper', item: { type: 'message', channel: NEWS, ts }, item_user: fake.botUserId });
  });

  it('delivers a block_actions button click to app.action; respond() replaces the message', async () => {
    const blocks = [
      { type: 'section', block_id: 'story', text: { type: 'mrkdwn', text: 'A story' } },
      {
        type: 'actions',
        block_id: 'story_actions',
        elements: [{ type: 'button', action_id: 'subscribe', text: { type: 'plain_text', text: 'Follow OpenAI' }, value: 'topic:openai' }],
      },
    ];
    const { ts } = await app.client.chat.postMessage({ channel: NEWS, text: 'A story', blocks });
    const clicks: { value?: string; blockId: string; user: string; messageTs?: string }[] = [];
    app.action('subscribe', async ({ ack, action, body, respond }) => {
      await ack();
      const button = action as { value?: string; block_id: string };
      clicks.push({ value: button.value, blockId: button.block_id, user: body.user.id, messageTs: (body as { container?: { message_ts?: string } }).container?.message_ts });
      await respond({ replace_original: true, text: 'Following OpenAI' });
    });
    const res = await fake.sendInteraction(receiverUrl, { userId: bob.id, channelId: NEWS, messageTs: ts!, actionId: 'subscribe' });
    expect(res.status).toBe(200);
    expect(clicks).toEqual([{ value: 'topic:openai', blockId: 'story_actions', user: bob.id, messageTs: ts }]);
    await fake.waitForResponses(res.responseId!);
    expect(fake.message(NEWS, ts!)!.text).toBe('Following OpenAI');
    // A button the message does not have is a test bug, caught by the fake.
    await expect(fake.sendInteraction(receiverUrl, { userId: bob.id, channelId: NEWS, messageTs: ts!, actionId: 'nope' })).rejects.toThrow(/no element with action_id nope/);
  });

  it('answers a rate limit with 429 + Retry-After; a retrying client posts once', async () => {
    fake.failNext({ method: 'chat.postMessage', status: 429, retryAfterSeconds: 1 });
    // Default retry config (ten retries), like the bot's own client.
    const client = new webApi.WebClient(BOT_TOKEN, { slackApiUrl: fake.apiUrl, logger: quietLogger(logs) });
    const limited: number[] = [];
    client.on(webApi.WebClientEvent.RATE_LIMITED, (sec: number) => limited.push(sec));
    const started = Date.now();
    const res = await client.chat.postMessage({ channel: NEWS, text: 'after the limit' });
    expect(res.ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(limited).toEqual([1]);
    const posts = fake.calls.filter((c) => c.method === 'chat.postMessage');
    expect(posts.map((c) => c.status)).toEqual([429, 200]);
    expect(posts[0]!.response).toEqual({ ok: false, error: 'ratelimited' });
    expect(fake.messages(NEWS).map((m) => m.text)).toEqual(['after the limit']);
    expect(fake.postTimes(NEWS)).toHaveLength(1);
  });

  it('a client without retries sees the 429 as an error; other injected errors come back as {ok:false}', async () => {
    fake.failNext({ method: 'chat.postMessage', status: 429, retryAfterSeconds: 1 });
    // Even with retries: 0, @slack/web-api sleeps for Retry-After before it gives up.
    const started = Date.now();
    await expect(app.client.chat.postMessage({ channel: NEWS, text: 'x' })).rejects.toThrow(/rate limit/i);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    fake.failNext({ method: 'chat.postMessage', error: 'channel_not_found', count: 2 });
    for (let i = 0; i < 2; i++) {
      await expect(app.client.chat.postMessage({ channel: NEWS, text: 'x' })).rejects.toMatchObject({ data: { ok: false, error: 'channel_not_found' } });
    }
    expect(fake.messages(NEWS)).toEqual([]);
    await app.client.chat.postMessage({ channel: NEWS, text: 'now it works' });
    expect(fake.messages(NEWS)).toHaveLength(1);
  });

  it('counts posts per channel per second', async () => {
    for (let i = 0; i < 3; i++) await app.client.chat.postMessage({ channel: NEWS, text: `burst ${i}` });
    await app.client.chat.postMessage({ channel: 'C0OTHER001', text: 'elsewhere' });
    expect(fake.maxPostsPerSecond(NEWS)).toBe(3);
    expect(fake.maxPostsPerSecond('C0OTHER001')).toBe(1);
    expect(fake.postTimes(NEWS)).toHaveLength(3);
  });
});

describe('fake Slack with Bolt in Socket Mode', () => {
  let fake: FakeSlack;
  let app: App | undefined;
  let logs: string[];

  beforeEach(async () => {
    fake = await startFakeSlack({ users: [alice, bob] });
    logs = [];
  });
  afterEach(async () => {
    await app?.stop();
    app = undefined;
    await fake.close();
  });

  const startApp = async () => {
    app = new App({
      token: BOT_TOKEN,
      appToken: APP_TOKEN,
      socketMode: true,
      logger: quietLogger(logs),
      clientOptions: { slackApiUrl: fake.apiUrl },
    });
    await app.start();
    return app;
  };

  it('connects through apps.connections.open with the app token and gets hello', async () => {
    await startApp();
    await fake.socketConnected();
    expect(fake.socketCount()).toBe(1);
    const open = fake.calls.find((c) => c.method === 'apps.connections.open')!;
    expect(open.token).toBe(APP_TOKEN);
    expect(open.response).toEqual({ ok: true, url: fake.socketUrl });
    // Bolt's own client (the bot token) went to the fake too.
    const auth = await fake.waitForCall('auth.test');
    expect(auth.token).toBe(BOT_TOKEN);
  });

  it('acks and handles a slash command envelope; respond() and the ack body land', async () => {
    const a = await startApp();
    a.command('/news', async ({ command, ack, respond }) => {
      await ack({ text: `Searching ${command.text}…` });
      await respond({ text: 'Here are the stories' });
    });
    const res = await fake.socketSlashCommand({ text: 'anthropic', userId: alice.id, channelId: NEWS });
    expect(res.ack).toEqual({ text: 'Searching anthropic…' });
    expect(fake.envelopes[0]).toMatchObject({ type: 'slash_commands', accepts_response_payload: true, ack: { text: 'Searching anthropic…' } });
    expect(await fake.waitForResponses(res.responseId!)).toEqual([{ text: 'Here are the stories' }]);
    expect(fake.ephemerals(NEWS).map((e) => e.text)).toEqual(['Searching anthropic…', 'Here are the stories']);
  });

  it('delivers an events_api envelope and a button click', async () => {
    const a = await startApp();
    const { ts } = await a.client.chat.postMessage({
      channel: NEWS,
      text: 'story',
      blocks: [{ type: 'actions', block_id: 'b', elements: [{ type: 'button', action_id: 'more', text: { type: 'plain_text', text: 'More' }, value: 'v1' }] }],
    });
    const reactions: string[] = [];
    const clicks: string[] = [];
    a.event('reaction_added', async ({ event }) => {
      reactions.push(event.reaction);
    });
    a.action('more', async ({ ack, action }) => {
      await ack();
      clicks.push((action as { value: string }).value);
    });
    const ev = await fake.socketEvent(fake.reactionEvent({ user: bob.id, reaction: 'eyes', channel: NEWS, ts: ts! }));
    expect(ev.ack).toEqual({});
    await fake.waitFor(() => reactions.length === 1);
    expect(reactions).toEqual(['eyes']);
    // The bot's own reactions are dropped by Bolt's ignoreSelf, as in production.
    await fake.socketEvent(fake.reactionEvent({ user: fake.botUserId, reaction: 'robot_face', channel: NEWS, ts: ts! }));
    const click = await fake.socketInteraction({ userId: bob.id, channelId: NEWS, messageTs: ts!, actionId: 'more' });
    expect(click.ack).toEqual({});
    await fake.waitFor(() => clicks.length === 1);
    expect(clicks).toEqual(['v1']);
    expect(reactions).toEqual(['eyes']);
    expect(fake.envelopes.map((e) => e.type)).toEqual(['events_api', 'events_api', 'interactive']);
  });

  it('app.stop() and close() leave no sockets or timers behind', async () => {
    // Timers made while Bolt runs, minus those that fired or were cleared.
    const timers = new Map<number, { hasRef(): boolean }>();
    const hook = createHook({
      init: (id, type, _trigger, resource) => void (type === 'Timeout' && timers.set(id, resource as { hasRef(): boolean })),
      destroy: (id) => void timers.delete(id),
    }).enable();
    try {
      const a = await startApp();
      await fake.socketConnected();
      await a.stop();
      app = undefined;
      await fake.waitFor(() => fake.socketCount() === 0);
      await fake.close();
      await new Promise((r) => setImmediate(r));
    } finally {
      hook.disable();
    }
    // A pending Socket Mode reconnect or ping monitor would be here: leaving out a.stop() fails this.
    expect([...timers.values()].filter((t) => t.hasRef())).toHaveLength(0);
    // Closed handles leave the loop within a few ticks.
    const tcp = () => process.getActiveResourcesInfo().filter((h) => h === 'TCPSocketWrap' || h === 'TCPServerWrap');
    for (let i = 0; i < 40 && tcp().length; i++) await new Promise((r) => setTimeout(r, 25));
    expect(tcp()).toEqual([]);
    expect(logs.filter((l) => l.startsWith('error'))).toEqual([]);
  });
});

// Each rule below is one Slack enforces; the fake must refuse the violation, so the bot's tests
// cannot pass by doing what real Slack would refuse.
describe('fake Slack refuses what Slack refuses', () => {
  const PUBLIC = 'C0PUBLIC01';
  const PRIVATE = 'G0PRIVATE1';
  let fake: FakeSlack;
  let client: webApi.WebClient;

  beforeEach(async () => {
    fake = await startFakeSlack({
      users: [alice, bob],
      channels: [
        { id: NEWS, name: 'news' },
        { id: PUBLIC, name: 'public', is_member: false },
        { id: PRIVATE, name: 'secret', is_member: false, is_private: true },
      ],
      ackTimeoutMs: 300,
      responseUrlTtlMs: 3_000,
    });
    client = new webApi.WebClient(BOT_TOKEN, { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, logLevel: LogLevel.ERROR });
  });
  afterEach(async () => {
    await fake.close();
  });

  it('public channel not joined: posting works (chat:write.public); history, replies and reactions answer not_in_channel until conversations.join', async () => {
    const { ts } = await client.chat.postMessage({ channel: PUBLIC, text: 'posted without joining' });
    await expect(client.conversations.history({ channel: PUBLIC })).rejects.toMatchObject({ data: { error: 'not_in_channel' } });
    await expect(client.conversations.replies({ channel: PUBLIC, ts: ts! })).rejects.toMatchObject({ data: { error: 'not_in_channel' } });
    await expect(client.reactions.add({ channel: PUBLIC, timestamp: ts!, name: 'robot_face' })).rejects.toMatchObject({ data: { error: 'not_in_channel' } });
    await client.conversations.join({ channel: PUBLIC });
    expect((await client.conversations.history({ channel: PUBLIC })).messages!.map((m) => m.text)).toEqual(['posted without joining']);
  });

  it('reaction events come only from channels the bot is in', async () => {
    const { ts } = await client.chat.postMessage({ channel: PUBLIC, text: 'board' });
    const event = fake.reactionEvent({ user: alice.id, reaction: 'robot_face', channel: PUBLIC, ts: ts! });
    expect((await fake.sendEvent('http://127.0.0.1:1/never-called', event)).skipped).toMatch(/not a member/);
    await client.conversations.join({ channel: PUBLIC });
    await expect(fake.sendEvent('http://127.0.0.1:1/never-called', event)).rejects.toThrow(); // now it is sent (nobody listens there)
  });

  it('private channel not invited: it does not exist for the bot, and it cannot be joined', async () => {
    await expect(client.chat.postMessage({ channel: PRIVATE, text: 'x' })).rejects.toMatchObject({ data: { error: 'channel_not_found' } });
    await expect(client.conversations.join({ channel: PRIVATE })).rejects.toMatchObject({ data: { error: 'channel_not_found' } });
    await expect(client.conversations.join({ channel: fake.dmChannelId(alice.id) })).rejects.toMatchObject({ data: { error: 'method_not_supported_for_channel_type' } });
  });

  it('a section over 3,000 characters and more than 50 blocks are invalid_blocks', async () => {
    const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });
    await client.chat.postMessage({ channel: NEWS, text: 'x', blocks: [section('a'.repeat(3000))] });
    await expect(client.chat.postMessage({ channel: NEWS, text: 'x', blocks: [section('a'.repeat(3001))] })).rejects.toMatchObject({ data: { error: 'invalid_blocks' } });
    await expect(client.chat.postMessage({ channel: NEWS, text: 'x', blocks: Array.from({ length: 51 }, () => section('a')) })).rejects.toMatchObject({
      data: { error: 'invalid_blocks' },
    });
  });

  it('an image element: image_url over 3,000 characters, alt_text over 2,000, or an image Slack cannot download are invalid_blocks', async () => {
    const withImage = (image_url: string, alt_text: string) => [{ type: 'section', text: { type: 'mrkdwn', text: 'story' }, accessory: { type: 'image', image_url, alt_text } }];
    const url = (length: number) => `https://img.example/${'a'.repeat(length - 'https://img.example/'.length)}`;
    await client.chat.postMessage({ channel: NEWS, text: 'x', blocks: withImage(url(3000), 'h'.repeat(2000)) });
    for (const blocks of [withImage(url(3001), 'headline'), withImage(url(100), 'h'.repeat(2001)), withImage('javascript:alert(1)', 'headline')]) {
      await expect(client.chat.postMessage({ channel: NEWS, text: 'x', blocks })).rejects.toMatchObject({ data: { error: 'invalid_blocks' } });
    }
    const picky = await startFakeSlack({ imageDownloads: (image) => !image.startsWith('https://down.example/') });
    try {
      const pickyClient = new webApi.WebClient(BOT_TOKEN, { slackApiUrl: picky.apiUrl, retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR });
      await expect(pickyClient.chat.postMessage({ channel: NEWS, text: 'x', blocks: withImage('https://down.example/a.jpg', 'headline') })).rejects.toMatchObject({
        data: { error: 'invalid_blocks', errors: [expect.stringMatching(/^downloading image failed/)] },
      });
      await pickyClient.chat.postMessage({ channel: NEWS, text: 'x', blocks: withImage('https://up.example/a.jpg', 'headline') });
      expect(picky.messages(NEWS)).toHaveLength(1);
    } finally {
      await picky.close();
    }
  });

  it('chat.postMessage: a burst of 3 per second per channel, the fourth is rate limited (429); other channels are not', async () => {
    for (let i = 0; i < 3; i++) await client.chat.postMessage({ channel: NEWS, text: `burst ${i}` });
    await expect(client.chat.postMessage({ channel: NEWS, text: 'one too many' })).rejects.toMatchObject({ code: 'slack_webapi_rate_limited_error' });
    await client.chat.postMessage({ channel: PUBLIC, text: 'elsewhere' });
    expect(fake.messages(NEWS)).toHaveLength(3);
  });

  it('conversations.history (Tier 3): the 51st call within a minute is rate limited', async () => {
    for (let i = 0; i < 50; i++) await client.conversations.history({ channel: NEWS, limit: 1 });
    await expect(client.conversations.history({ channel: NEWS, limit: 1 })).rejects.toMatchObject({ code: 'slack_webapi_rate_limited_error', retryAfter: expect.any(Number) });
  });

  it('a response_url takes 5 uses, and none after 30 minutes', async () => {
    const app = new App({ signingSecret: fake.signingSecret, token: BOT_TOKEN, deferInitialization: true, logger: quietLogger([]), clientOptions: { slackApiUrl: fake.apiUrl } });
    await app.init();
    const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
    try {
      app.command('/news', async ({ ack }) => ack());
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
      const send = async (responseUrl: string) => (await fetch(responseUrl, { method: 'POST', body: JSON.stringify({ text: 'hi' }) })).json();
      const { responseUrl } = await fake.sendSlashCommand(url, { userId: alice.id, channelId: NEWS, text: '' });
      for (let use = 0; use < 5; use++) expect(await send(responseUrl!)).toMatchObject({ ok: true });
      expect(await send(responseUrl!)).toMatchObject({ ok: false, error: 'used_url' });
      const later = await fake.sendSlashCommand(url, { userId: alice.id, channelId: NEWS, text: '' });
      await new Promise((resolve) => setTimeout(resolve, 3_100)); // responseUrlTtlMs: 3 s stands for 30 minutes
      expect(await send(later.responseUrl!)).toMatchObject({ ok: false, error: 'expired_url' });
    } finally {
      await app.stop();
    }
  });

  it('HTTP mode: an app that acks after the deadline (3 s; 300 ms here) gets an error, as in Socket Mode', async () => {
    const app = new App({ signingSecret: fake.signingSecret, token: BOT_TOKEN, deferInitialization: true, logger: quietLogger([]), clientOptions: { slackApiUrl: fake.apiUrl } });
    await app.init();
    const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
    try {
      app.command('/news', async ({ ack }) => {
        await new Promise((resolve) => setTimeout(resolve, 500));
        await ack();
      });
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
      await expect(fake.sendSlashCommand(url, { userId: alice.id, channelId: NEWS, text: '' })).rejects.toThrow(/did not answer .* within 300 ms/);
    } finally {
      await app.stop();
    }
  });
});
