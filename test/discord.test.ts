// The Discord adapter end to end: the real discord.js client against the fake Discord on
// 127.0.0.1, with a real (in-memory keyv + SQLite index) store and the real delivery outbox.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { PermissionFlagsBits } from 'discord.js';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../commands/command.ts';
import { COMMANDS } from '../commands/index.ts';
import type { Article } from '../src/articles/article.ts';
import { loadTopicTable, type TopicTable } from '../src/articles/topics.ts';
import { loadConfig } from '../src/config.ts';
import { createDelivery, type OutboxEntry } from '../src/delivery/deliver-stories.ts';
import { startBot } from '../src/main.ts';
import { createDiscordAdapter, type DiscordAdapter } from '../src/platforms/discord/discord-adapter.ts';
import { registerCommands } from '../src/platforms/discord/register-commands.ts';
import { createBotRecords, type BotRecords } from '../src/store/bot-records.ts';
import { openStore } from '../src/store/open-store.ts';
import type { NewsStore } from '../src/store/store-types.ts';
import { manyTopics } from './helpers/many-topics.ts';
import { recordAttempt } from './helpers/record-attempt.ts';
import { Intents, Permissions, startFakeDiscord, type FakeDiscord, type FakeGuild, type FakeUser, type InteractionRecord } from './fakes/fake-discord.ts';
import { startFeedServer } from './fakes/feed-server.ts';
import { article } from './helpers/articles.ts';
import { rss } from './helpers/rss.ts';

const GUILD = '200000000000000001';
const NEWS = '300000000000000001';
const GENERAL = '300000000000000002';
const LOCKED_GUILD = '200000000000000002';
const LOCKED = '300000000000000003';
const alice: FakeUser = { id: '400000000000000001', username: 'alice' };
const admin: FakeUser = { id: '400000000000000002', username: 'admin' };
const ADMIN_PERMISSIONS = Permissions.ViewChannel | Permissions.SendMessages | PermissionFlagsBits.ManageChannels | PermissionFlagsBits.ManageGuild;
const guilds: FakeGuild[] = [
  { id: GUILD, name: 'AI news', channels: [{ id: NEWS, name: 'news' }, { id: GENERAL, name: 'general' }], members: [alice, admin] },
  {
    // The bot may post here but not embed links: /autopost set must say so.
    id: LOCKED_GUILD,
    name: 'Locked',
    channels: [{ id: LOCKED, name: 'locked' }],
    botPermissions: Permissions.ViewChannel | Permissions.SendMessages | Permissions.ReadMessageHistory,
    everyonePermissions: Permissions.ViewChannel | Permissions.ReadMessageHistory | Permissions.UseApplicationCommands,
  },
];

const topics = loadTopicTable();
const logger = pino({ level: 'silent' });
let fake: FakeDiscord;
let store: NewsStore;
let records: BotRecords;
let adapters: DiscordAdapter[];

beforeEach(async () => {
  fake = await startFakeDiscord({ guilds, token: 'fake-token' });
  store = await openStore({ storeUrl: 'memory:', dataDir: '' });
  records = createBotRecords(store);
  adapters = [];
});
afterEach(async () => {
  for (const adapter of adapters) await adapter.stop();
  await store.close();
  await fake.close();
});

async function startAdapter(overrides: { deferAfterMs?: number; store?: NewsStore; topics?: TopicTable } = {}): Promise<DiscordAdapter> {
  const context = { store: overrides.store ?? store, records, topics: overrides.topics ?? topics, now: () => new Date(), limits: DEFAULT_LIMITS, feeds: [] };
  const adapter = createDiscordAdapter({ token: 'fake-token', apiUrl: fake.apiUrl, context, logger, deferAfterMs: overrides.deferAfterMs });
  adapters.push(adapter);
  await adapter.start();
  return adapter;
}

function outbox(adapter: DiscordAdapter) {
  return createDelivery({ store, records, transports: [adapter.transport!], logger });
}

async function command(name: string, options: Record<string, string | number> = {}, who: FakeUser = alice, where = { guildId: GUILD, channelId: NEWS }, memberPermissions?: bigint): Promise<InteractionRecord> {
  const sent = await fake.sendInteraction({ ...where, user: who, commandName: name, options, memberPermissions });
  return fake.waitForInteractionResponse(sent.id);
}

/** The text of an answer, whether sent at once or after a deferral. */
async function answerText(rec: InteractionRecord): Promise<string> {
  if (rec.callback?.type === 4) return String(rec.callback.data?.content ?? '');
  const original = await fake.waitFor(() => (rec.original && !(rec.original.flags & 128) ? rec.original : undefined));
  return original.content;
}

const isPrivate = (rec: InteractionRecord) => ((rec.callback?.data?.flags ?? 0) & 64) === 64;

function stories(count: number, prefix = 's', overrides: Partial<Article> = {}): Article[] {
  return Array.from({ length: count }, (_, i) =>
    article(`${prefix}${i}`, {
      headline: `Story ${prefix}${i}: OpenAI ships a model`,
      published: new Date(Date.UTC(2026, 10, 20, 12, i)).toISOString(),
      source: i % 2 ? 'TechCrunch' : 'The Verge',
      ...overrides,
    }),
  );
}

async function subscriptionTopics(userId: string): Promise<string[]> {
  return (await records.getSubscription('discord', userId))?.topics ?? [];
}

describe('Discord connection and commands', () => {
  it('logs in with only the intents it needs and answers /help privately', async () => {
    await startAdapter();
    expect(fake.lastIntents()).toBe(Intents.Guilds | Intents.GuildMessageReactions);
    const rec = await command('help');
    expect(isPrivate(rec)).toBe(true);
    expect(rec.callback?.data?.content).toContain('/news openai');
    expect(rec.callback?.data?.allowed_mentions).toEqual({ parse: [] });
  });

  it('registers the commands from commands/ (global and per server), and re-running keeps their ids', async () => {
    const specs = COMMANDS.map((entry) => entry.spec);
    const options = { token: 'fake-token', applicationId: fake.applicationId, apiUrl: fake.apiUrl };
    expect(await registerCommands(specs, options)).toBe(COMMANDS.length);
    const first = fake.commands();
    expect(await registerCommands(specs, options)).toBe(COMMANDS.length);
    expect(fake.commands().map((entry) => entry.id)).toEqual(first.map((entry) => entry.id));
    const byName = Object.fromEntries(first.map((entry) => [entry.name, entry]));
    expect(byName.autopost).toMatchObject({
      default_member_permissions: String(PermissionFlagsBits.ManageChannels),
      contexts: [0],
      options: [{ name: 'set', type: 1 }, { name: 'off', type: 1 }, { name: 'status', type: 1 }],
    });
    expect(byName.feeds?.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
    expect(byName.news?.default_member_permissions).toBeNull();
    expect(byName.news?.options).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'topic', type: 3, autocomplete: true }),
        expect.objectContaining({ name: 'source', type: 3, autocomplete: true }),
        expect.objectContaining({ name: 'limit', type: 4, min_value: 1, max_value: 10 }),
      ]),
    );
    await registerCommands(specs, { ...options, guildId: GUILD });
    expect(fake.commands(GUILD).map((entry) => entry.name).sort()).toEqual(specs.map((spec) => spec.name).sort());
    await expect(registerCommands(specs, { ...options, guildId: '299999999999999999' })).rejects.toThrow(/not in the server DISCORD_GUILD_ID/);
  });

  it('needs DISCORD_APPLICATION_ID beside DISCORD_TOKEN: one line naming it', () => {
    expect(() => loadConfig({ DISCORD_TOKEN: 'x' }, tmpdir())).toThrow(/^DISCORD_APPLICATION_ID is missing: /);
    expect(loadConfig({}, tmpdir()).discord).toBeUndefined();
    expect(loadConfig({ DISCORD_TOKEN: 'x', DISCORD_APPLICATION_ID: '100000000000000001' }, tmpdir()).discord).toMatchObject({ token: 'x', applicationId: '100000000000000001' });
  });

  it('newsbot commands register: registers from the command line, exit 2 with one line without a token', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsbot-discord-cli-'));
    const run = (env: Record<string, string>) =>
      promisify(execFile)(process.execPath, [path.resolve('bin/newsbot.js'), 'commands', 'register'], { cwd: dir, env: { PATH: process.env.PATH, NEWSBOT_FROM_SOURCE: '1', ...env } }).then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
    const [missing, registered] = await Promise.all([
      run({}),
      run({ DISCORD_TOKEN: 'fake-token', DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl }),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/^newsbot: DISCORD_TOKEN is not set/);
    expect(registered.stdout).toMatch(/^Registered 7 commands globally/);
    expect(fake.commands()).toHaveLength(7);
  });

  it('/news answers privately with one embed per story, share and next-page buttons', async () => {
    await store.putArticles([
      ...stories(7),
      article('q', {
        headline: 'Quoted story',
        published: '2026-11-20T13:00:00.000Z',
        quote: { text: 'We ship @everyone <@123> a *lot*', speaker: 'Sam Altman' },
        topics: ['ai', 'policy'],
        source: 'Reuters',
      }),
    ]);
    await startAdapter();
    const rec = await command('news');
    expect(isPrivate(rec)).toBe(true);
    const data = rec.callback!.data!;
    expect(data.embeds).toHaveLength(5);
    expect(data.embeds[0]).toMatchObject({
      title: 'Quoted story',
      url: 'https://news.example/q',
      author: { name: 'Reuters' },
      footer: { text: 'ai · policy' },
      timestamp: '2026-11-20T13:00:00.000Z',
    });
    // The quote with its speaker; feed text cannot ping or format.
    const description = String(data.embeds[0].description);
    expect(description).toMatch(/^“We ship .*everyone.* a \\\*lot\\\*” — Sam Altman$/);
    expect(description).not.toMatch(/@everyone|<@/);
    const buttons = data.components[0].components as { custom_id: string; label: string }[];
    expect(buttons.map((b) => b.label)).toEqual(['Share in channel', 'Next page ▶']);
    expect(buttons.every((b) => b.custom_id.length <= 100)).toBe(true);
    expect(fake.messages(NEWS)).toEqual([]); // private

    // Next page: the same private message shows the last 3 stories, with a way back.
    const next = await fake.sendButton({ user: alice, customId: buttons[1]!.custom_id, message: rec.original! });
    const updated = await fake.waitForInteractionResponse(next.id);
    expect(updated.callback?.type).toBe(7);
    expect(updated.original?.embeds.map((e) => e.title)).toEqual(['Story s2: OpenAI ships a model', 'Story s1: OpenAI ships a model', 'Story s0: OpenAI ships a model']);
    expect((updated.original?.components[0]!.components as { label: string }[]).map((b) => b.label)).toEqual(['Share in channel', '◀ Previous']);

    // Share: the same stories, posted for everyone, without pinging anyone.
    const share = await fake.sendButton({ user: alice, customId: buttons[0]!.custom_id, message: rec.original! });
    const shared = await fake.waitForInteractionResponse(share.id);
    expect(isPrivate(shared)).toBe(false);
    expect(shared.callback?.data?.allowed_mentions).toEqual({ parse: [] });
    const [posted] = fake.messages(NEWS);
    expect(posted?.content).toBe(`**ai** — shared by <@${alice.id}>`);
    expect(posted?.embeds.map((e) => e.title)).toEqual(data.embeds.map((e: { title: string }) => e.title));
  });

  it('answers mistakes privately with what to type instead', async () => {
    await startAdapter();
    const typo = await command('news', { topic: 'polcy' });
    expect(isPrivate(typo)).toBe(true);
    expect(typo.callback?.data?.content).toBe('There is no topic "polcy". Did you mean /news policy?');
    const empty = await command('news', { topic: 'robotics' });
    expect(empty.callback?.data?.content).toMatch(/No robotics stories stored yet/);
    expect(empty.callback?.data?.components ?? []).toEqual([]);
  });

  it('defers a slow answer and edits it in, instead of missing the 3-second window', async () => {
    await store.putArticles(stories(2));
    const slow: NewsStore = Object.create(store, {
      search: { value: async (...args: Parameters<NewsStore['search']>) => (await new Promise((r) => setTimeout(r, 300)), store.search(...args)) },
    });
    await startAdapter({ deferAfterMs: 50, store: slow });
    const rec = await command('news');
    expect(rec.callback).toEqual({ type: 5, data: { flags: 64 } });
    const original = await fake.waitFor(() => (rec.original && !(rec.original.flags & 128) ? rec.original : undefined));
    expect(original.embeds).toHaveLength(2);
    expect(original.flags & 64).toBe(64);
  });

  it('autocompletes topics (also a comma list) and sources from the stored stories', async () => {
    await store.putArticles(stories(3));
    await startAdapter();
    const choices = async (commandName: string, options: Record<string, string>, focused: string, subcommand?: string) => {
      const opts = subcommand ? [{ type: 1, name: subcommand, options: Object.entries(options).map(([name, value]) => ({ type: 3, name, value, focused: name === focused })) }] : options;
      const sent = await fake.sendAutocomplete({ guildId: GUILD, channelId: NEWS, user: alice, commandName, options: opts, focused });
      return ((await fake.waitForInteractionResponse(sent.id)).callback?.data?.choices ?? []) as { name: string; value: string }[];
    };
    expect((await choices('news', { topic: 'ope' }, 'topic')).map((c) => c.value)).toEqual(['open-source', 'openai']);
    expect((await choices('news', { source: 'tech' }, 'source')).map((c) => c.value)).toEqual(['TechCrunch']);
    const list = await choices('autopost', { topics: 'ai,pol' }, 'topics', 'set');
    expect(list[0]).toMatchObject({ value: 'ai,policy', name: expect.stringContaining('⚖️ ai,policy') });
    // /news today and /news week are typed into the topic option: offered first, and as typed.
    expect((await choices('news', { topic: '' }, 'topic')).slice(0, 2).map((c) => c.value)).toEqual(['today', 'week']);
    expect((await choices('news', { topic: 'we' }, 'topic'))[0]?.value).toBe('week');
    expect((await choices('news', { topic: 'tod' }, 'topic')).map((c) => c.value)).toEqual(['today']);
    expect((await choices('subscribe', { topic: '' }, 'topic')).map((c) => c.value)).not.toContain('today');
  });

  it('/news today shares as the digest a digest channel gets: numbered stories with their coverage', async () => {
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
    await store.putArticles([
      article('wide-1', { headline: 'Told by three outlets', story: 'wide', source: 'Reuters', published: hoursAgo(3) }),
      article('wide-2', { headline: 'Told by three outlets, again', story: 'wide', source: 'The Verge', published: hoursAgo(2) }),
      article('wide-3', { headline: 'Told by three outlets, once more', story: 'wide', source: 'Wired', published: hoursAgo(2) }),
      article('lone', { headline: 'Told by one outlet', story: 'lone', source: 'Example News', published: hoursAgo(1) }),
    ]);
    await startAdapter();
    const rec = await command('news', { topic: 'today' });
    expect(isPrivate(rec)).toBe(true);
    const data = rec.callback!.data!;
    expect(data.embeds.map((e: { title: string }) => e.title)).toEqual(['1. Told by three outlets', '2. Told by one outlet']);
    const [shareButton] = data.components[0].components as { custom_id: string }[];
    const share = await fake.sendButton({ user: alice, customId: shareButton!.custom_id, message: rec.original! });
    expect(isPrivate(await fake.waitForInteractionResponse(share.id))).toBe(false);
    const [posted] = fake.messages(NEWS);
    expect(posted?.content).toMatch(new RegExp(`^\\*\\*AI news — \\w+ \\d+ \\w+\\*\\* — shared by <@${alice.id}>$`));
    expect(posted?.embeds.map((e) => e.title)).toEqual(['1. Told by three outlets', '2. Told by one outlet']);
    expect(posted?.embeds[0]).toMatchObject({ author: { name: 'Reuters' }, footer: { text: '+2 outlets: The Verge, Wired' }, url: 'https://news.example/wide-1' });
  });

  it('/autopost: needs Manage Channels, says which bot permission is missing, and sets, reports and stops', async () => {
    await startAdapter();
    const member = await fake.sendInteraction({ guildId: GUILD, channelId: NEWS, user: alice, commandName: 'autopost', options: [{ type: 1, name: 'status' }] });
    const denied = await fake.waitForInteractionResponse(member.id);
    expect(isPrivate(denied)).toBe(true);
    expect(await answerText(denied)).toMatch(/needs the Manage Channels permission/);

    const lockedWhere = { guildId: LOCKED_GUILD, channelId: LOCKED };
    const locked = await fake.sendInteraction({ ...lockedWhere, user: admin, commandName: 'autopost', options: [{ type: 1, name: 'set', options: [{ type: 3, name: 'topics', value: 'ai' }] }], memberPermissions: ADMIN_PERMISSIONS });
    const lockedRec = await fake.waitForInteractionResponse(locked.id);
    expect(isPrivate(lockedRec)).toBe(true);
    expect(await answerText(lockedRec)).toMatch(/I lack Embed Links\. Grant/);
    expect(await records.getChannel('discord', LOCKED)).toBeUndefined();

    await setAutopost('ai,policy');
    const status = await fake.sendInteraction({ guildId: GUILD, channelId: NEWS, user: admin, commandName: 'autopost', options: [{ type: 1, name: 'status' }], memberPermissions: ADMIN_PERMISSIONS });
    expect(await answerText(await fake.waitForInteractionResponse(status.id))).toMatch(/^This channel receives new ai, policy stories/);
  });
});

async function setAutopost(topicList: string, channelId = NEWS): Promise<void> {
  const sent = await fake.sendInteraction({
    guildId: GUILD,
    channelId,
    user: admin,
    commandName: 'autopost',
    options: [{ type: 1, name: 'set', options: [{ type: 3, name: 'topics', value: topicList }] }],
    memberPermissions: ADMIN_PERMISSIONS,
  });
  const rec = await fake.waitForInteractionResponse(sent.id);
  expect(await answerText(rec)).toMatch(/^This channel now receives new/);
}

async function autopostStatus(): Promise<string> {
  const sent = await fake.sendInteraction({ guildId: GUILD, channelId: NEWS, user: admin, commandName: 'autopost', options: [{ type: 1, name: 'status' }], memberPermissions: ADMIN_PERMISSIONS });
  return answerText(await fake.waitForInteractionResponse(sent.id));
}

/**
 * Discord accepts a post whose answer is lost (or the process dies before the outbox marks it
 * sent); after `waitMs` a restarted bot flushes the outbox: the channel must hold that one post.
 */
async function postThenRestart(id: string, headline: string | undefined, waitMs: number): Promise<void> {
  const first = await startAdapter();
  await setAutopost('ai');
  const story = headline ? article(id, { headline }) : article(id);
  await store.putArticles([story]);
  await outbox(first).enqueue([story]);
  const key = `outbox:discord:${NEWS}:${story.story}`;
  // What the outbox does before a first send: the attempt is recorded; the crash comes after the
  // send and before its result is recorded.
  await recordAttempt(store, key);
  const { messageId } = await first.transport!.postStory(NEWS, { article: story, alsoCoveredBy: [] }, key, false);
  if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
  await first.stop();
  adapters = [];
  const second = await startAdapter();
  await outbox(second).flush();
  expect(fake.messages(NEWS).map((m) => m.id)).toEqual([messageId]);
  expect(await store.getRecord<OutboxEntry>(key)).toMatchObject({ state: 'sent', messageId });
}

describe('automatic posts', () => {
  it('a feed item published on the feed server arrives once as a channel message (the whole bot)', async () => {
    const feeds = await startFeedServer();
    const dir = mkdtempSync(path.join(tmpdir(), 'newsbot-discord-bot-'));
    writeFileSync(path.join(dir, 'feeds.txt'), `${feeds.url('/ai.xml')} Example\n`);
    feeds.setFeed('/ai.xml', rss('Example AI', [{ title: 'OpenAI ships a new AI model', link: 'https://news.example/one', guid: 'one', pubDate: new Date().toUTCString(), description: 'OpenAI said @everyone the new AI model is faster <@&42>.' }]));
    const config = loadConfig(
      { STORE_URL: 'memory:', DEFAULT_FEEDS: 'off', FEEDS_FILE: 'feeds.txt', DISCORD_TOKEN: 'fake-token', DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl },
      dir,
    );
    const bot = await startBot(config, { logger, input: new PassThrough(), output: new PassThrough(), interactive: false });
    try {
      await setAutopost('ai');
      await bot.pollOnce();
      const [post] = await fake.waitForMessages(NEWS, 1);
      expect(post?.embeds[0]).toMatchObject({ title: 'OpenAI ships a new AI model', url: 'https://news.example/one' });
      expect(post?.embeds[0]?.description ?? '').not.toMatch(/@everyone|<@&/);
      const request = fake.requests.find((r) => r.method === 'POST' && r.path.endsWith(`/channels/${NEWS}/messages`))!;
      expect(request.body).toMatchObject({ allowed_mentions: { parse: [] }, enforce_nonce: true });
      expect(String(request.body?.nonce).length).toBeLessThanOrEqual(25);
      await bot.pollOnce();
      expect(fake.messages(NEWS)).toHaveLength(1);
      expect(fake.messages(GENERAL)).toHaveLength(0);
    } finally {
      await bot.stop();
      await feeds.close();
    }
  });

  it('the same story from a second outlet edits the first post instead of posting again', async () => {
    const adapter = await startAdapter();
    await setAutopost('ai');
    const delivery = outbox(adapter);
    const first = article('first', { source: 'TechCrunch', story: 'story-1' });
    await store.putArticles([first]);
    await delivery.enqueue([first]);
    await delivery.flush();
    const second = article('second', { source: 'The Verge', story: 'story-1' });
    await store.putArticles([second]);
    await delivery.enqueue([second]);
    await delivery.flush();
    const posts = fake.messages(NEWS);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.edited_timestamp).not.toBeNull();
    expect(posts[0]?.embeds[0]).toMatchObject({ author: { name: 'TechCrunch' }, fields: [{ name: 'Also covered by', value: 'The Verge' }] });
  });

  it('links only http(s): a javascript: link is dropped and the story still posted', async () => {
    const adapter = await startAdapter();
    await setAutopost('ai');
    const delivery = outbox(adapter);
    const bad = article('js', { url: 'javascript:alert(1)' });
    await store.putArticles([bad]);
    await delivery.enqueue([bad]);
    await delivery.flush();
    const [post] = fake.messages(NEWS);
    expect(post?.embeds[0]?.title).toBe(bad.headline);
    expect(post?.embeds[0]?.url).toBeUndefined();
  });

  it('rides out 429 (retry-after) and 500 without loss or duplicate', async () => {
    const adapter = await startAdapter();
    await setAutopost('ai');
    // discord.js waits out the 429 itself; the 500 goes back to the outbox, which retries after its
    // backoff (the clock is moved past it) with the same nonce, keeping the channel in order.
    let clock = Date.now();
    const delivery = createDelivery({ store, records, transports: [adapter.transport!], logger, now: () => new Date(clock) });
    fake.failNext({ method: 'POST', pathPattern: /\/channels\/\d+\/messages$/, status: 429, retryAfterSeconds: 0.2 });
    fake.failNext({ method: 'POST', pathPattern: /\/channels\/\d+\/messages$/, status: 500 });
    const list = stories(3, 'rl');
    await store.putArticles(list);
    await delivery.enqueue(list);
    for (let i = 0; i < 5 && fake.messages(NEWS).length < 3; i++) {
      await delivery.flush();
      clock += 10_000;
    }
    expect(fake.messages(NEWS).map((m) => m.embeds[0]?.title)).toEqual(list.map((a) => a.headline));
    const statuses = fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith(`/channels/${NEWS}/messages`)).map((r) => r.status);
    expect(statuses).toEqual(expect.arrayContaining([429, 500]));
  });

  it('a 403 pauses the channel’s autopost, and /autopost status says why', async () => {
    const adapter = await startAdapter();
    await setAutopost('ai');
    const delivery = outbox(adapter);
    fake.failNext({ method: 'POST', pathPattern: /\/channels\/\d+\/messages$/, status: 403 });
    const [one] = stories(1, 'forbidden');
    await store.putArticles([one!]);
    await delivery.enqueue([one!]);
    await delivery.flush();
    expect(fake.messages(NEWS)).toEqual([]);
    expect(await autopostStatus()).toMatch(/^Paused: Discord refused the post: Missing Permissions \(50013\); grant me Send Messages and Embed Links there/);
    const [two] = stories(1, 'after');
    await store.putArticles([two!]);
    await delivery.enqueue([two!]);
    await delivery.flush();
    expect(fake.messages(NEWS)).toEqual([]);
  });

  it('a restart between "recorded" and "sent" posts once (the nonce)', async () => {
    await postThenRestart('crash', undefined, 0);
  });
});

describe('what Discord refuses, and lost answers', () => {
  it('a retry after the nonce window has passed finds its own earlier post and does not post again', async () => {
    await fake.close();
    fake = await startFakeDiscord({ guilds, token: 'fake-token', nonceWindowMs: 50 });
    // The retry comes long after the nonce window: only the lookup of its own post can save it.
    await postThenRestart('lost', 'Lost answer', 100);
  });

  it('a 40-topic TOPICS_FILE: the board is split over messages of at most 20 reactions, each a board', async () => {
    const many = manyTopics(40);
    await startAdapter({ topics: many });
    const rec = await command('topics');
    const boards = await fake.waitFor(() => {
      const list = fake.messages(NEWS).filter((m) => m.embeds[0]?.title?.startsWith('Topics'));
      return list.length === 2 && list.every((m) => m.reactions?.length === 20) && list;
    }, 5_000, 'two boards of 20 reactions');
    expect(boards.flatMap((m) => m.reactions!.map((r) => r.emoji.name))).toEqual(many.topics.map((t) => t.emoji));
    for (const board of boards) expect(await records.isBoard('discord', board.id)).toBe(true);
    expect(rec.followUps.filter((m) => m.flags & 64)).toEqual([]); // no "could not add reactions" warning
  });
});

describe('topic board, reactions and DMs', () => {
  it('/topics posts a public board; reacting subscribes only the reacting user, removing unsubscribes; DMs follow', async () => {
    const adapter = await startAdapter();
    const rec = await command('topics');
    expect(isPrivate(rec)).toBe(false);
    const board = rec.original!;
    await fake.waitFor(() => (board.reactions?.length ?? 0) === topics.topics.length && board.reactions, 3_000, 'the board reactions');
    expect(board.reactions!.map((r) => r.emoji.name)).toEqual(topics.topics.map((t) => t.emoji));
    expect(await records.isBoard('discord', board.id)).toBe(true);

    // The bot's own reaction and reactions on other messages change nothing.
    await fake.sendReaction({ add: true, userId: fake.botUser.id, channelId: NEWS, messageId: board.id, emoji: { name: '🤖' } });
    const other = fake.seedMessage({ channelId: NEWS, content: 'not a board', author: alice });
    await fake.sendReaction({ add: true, userId: alice.id, channelId: NEWS, messageId: other.id, emoji: { name: '🧠' } });
    // Another member's reaction, sent last, marks that the ones before it were handled.
    await fake.sendReaction({ add: true, userId: admin.id, channelId: NEWS, messageId: board.id, emoji: { name: '🤖' } });
    await expect.poll(() => subscriptionTopics(admin.id)).toEqual(['ai']);
    expect(await subscriptionTopics(alice.id)).toEqual([]);
    expect(await records.getSubscription('discord', fake.botUser.id)).toBeUndefined();
    // A restart: the new client never saw the board message (partials).
    await adapter.stop();
    adapters = [];
    const restarted = await startAdapter();
    await fake.sendReaction({ add: true, userId: alice.id, channelId: NEWS, messageId: board.id, emoji: { name: '🦙' } });
    await fake.sendReaction({ add: true, userId: alice.id, channelId: NEWS, messageId: board.id, emoji: { name: '⚖️' } });
    await expect.poll(() => subscriptionTopics(alice.id)).toEqual(['open-source', 'policy']);
    expect(await subscriptionTopics(admin.id)).toEqual(['ai']);

    const delivery = outbox(restarted);
    const oss = article('llama', { headline: 'Meta releases open Llama weights', topics: ['ai', 'open-source', 'meta'] });
    await store.putArticles([oss]);
    await delivery.enqueue([oss]);
    await delivery.flush();
    const [dm] = fake.dmsTo(alice.id);
    expect(dm?.embeds.map((e) => e.title)).toEqual(['Meta releases open Llama weights']);
    expect(dm?.content).toMatch(/^A new story on topics you follow/);

    await fake.sendReaction({ remove: true, userId: alice.id, channelId: NEWS, messageId: board.id, emoji: { name: '🦙' } });
    await expect.poll(() => subscriptionTopics(alice.id)).toEqual(['policy']);
  });

  it('a user whose DMs are closed is recorded and skipped, not retried', async () => {
    const adapter = await startAdapter();
    await records.setSubscription({ platform: 'discord', userId: alice.id, topics: ['openai'] });
    fake.dmClosed(alice.id);
    const delivery = outbox(adapter);
    const list = stories(2, 'dm');
    await store.putArticles(list);
    await delivery.enqueue(list.slice(0, 1));
    await delivery.flush();
    expect((await records.getSubscription('discord', alice.id))?.dmClosedAt).toBeTruthy();
    const attempts = () => fake.requests.filter((r) => r.method === 'POST' && r.path === `/api/v10/channels/${fake.dmChannelId(alice.id)}/messages`).length;
    expect(attempts()).toBe(1);
    await delivery.enqueue(list.slice(1));
    await delivery.flush();
    expect(attempts()).toBe(1);
    expect(fake.dmsTo(alice.id)).toEqual([]);
  });
});
