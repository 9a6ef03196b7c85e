// Discord sharding: two real discord.js clients against the fake Discord, one holding shard 0 and
// one shard 1 of 2 (DISCORD_SHARDS=2 with DISCORD_SHARD_IDS=0 and =1, as two processes would).
// Each receives only its guilds' events ((guild_id >> 22) % 2, as Discord sends them) and DMs
// reach shard 0 only; delivery goes over REST, so either can post to any guild's channel.
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { DEFAULT_LIMITS } from '../commands/command.ts';
import { loadTopicTable } from '../src/articles/topics.ts';
import { loadConfig } from '../src/config.ts';
import { createDiscordAdapter, type DiscordAdapter } from '../src/platforms/discord/discord-adapter.ts';
import { createBotRecords } from '../src/store/bot-records.ts';
import { openStore } from '../src/store/open-store.ts';
import type { NewsStore } from '../src/store/store-types.ts';
import { startFakeDiscord, type FakeDiscord, type FakeUser } from './fakes/fake-discord.ts';
import { article } from './helpers/articles.ts';

/** A guild id whose shard of 2 is `shard`: the shard is the id's timestamp part (id >> 22) mod 2. */
const guildOnShard = (shard: 0 | 1, n: number) => String((10_000_000_000n + BigInt(2 * n + shard)) << 22n);
const guilds = [
  { id: guildOnShard(0, 1), channel: '300000000000000011' },
  { id: guildOnShard(0, 2), channel: '300000000000000012' },
  { id: guildOnShard(1, 3), channel: '300000000000000013' },
  { id: guildOnShard(1, 4), channel: '300000000000000014' },
];
const alice: FakeUser = { id: '400000000000000001', username: 'alice' };
const logger = pino({ level: 'silent' });

let fake: FakeDiscord;
let store: NewsStore;
let adapters: DiscordAdapter[];

beforeEach(async () => {
  fake = await startFakeDiscord({
    token: 'fake-token',
    guilds: guilds.map((g, i) => ({ id: g.id, name: `server ${i}`, channels: [{ id: g.channel, name: 'news' }], members: [alice] })),
  });
  store = await openStore({ storeUrl: 'memory:', dataDir: '' });
  adapters = [];
});
afterEach(async () => {
  for (const adapter of adapters) await adapter.stop();
  await store.close();
  await fake.close();
});

async function startShard(env: Record<string, string>): Promise<{ adapter: DiscordAdapter; interactions: string[] }> {
  const config = loadConfig({ DISCORD_TOKEN: 'fake-token', DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl, ...env });
  const context = { store, records: createBotRecords(store), topics: loadTopicTable(), now: () => new Date(), limits: DEFAULT_LIMITS, feeds: [] };
  const adapter = createDiscordAdapter({ token: 'fake-token', apiUrl: fake.apiUrl, context, logger, shards: config.discord!.shards });
  adapters.push(adapter);
  const interactions: string[] = [];
  adapter.client.on('interactionCreate', (interaction) => interactions.push(interaction.guildId ?? 'dm'));
  await adapter.start();
  return { adapter, interactions };
}

describe('Discord sharding', () => {
  it('two processes holding shards 0 and 1 of 2 each get only their guilds, each answers its guilds, and both post anywhere', async () => {
    const zero = await startShard({ DISCORD_SHARDS: '2', DISCORD_SHARD_IDS: '0' });
    const one = await startShard({ DISCORD_SHARDS: '2', DISCORD_SHARD_IDS: '1' });
    const shardOf = (adapter: DiscordAdapter) => [...adapter.client.guilds.cache.keys()].sort();
    expect(shardOf(zero.adapter)).toEqual([guilds[0]!.id, guilds[1]!.id].sort());
    expect(shardOf(one.adapter)).toEqual([guilds[2]!.id, guilds[3]!.id].sort());

    // Every guild's /help is answered, by the process holding that guild's shard; a DM by shard 0.
    for (const g of [...guilds].reverse()) {
      const sent = await fake.sendInteraction({ guildId: g.id, channelId: g.channel, user: alice, commandName: 'help' });
      expect((await fake.waitForInteractionResponse(sent.id)).callback?.data?.content).toContain('/news');
    }
    const dmChannel = await one.adapter.client.users.createDM(alice.id);
    const dm = await fake.sendInteraction({ channelId: dmChannel.id, user: alice, commandName: 'help' });
    expect((await fake.waitForInteractionResponse(dm.id)).callback?.data?.content).toContain('/news');
    expect(zero.interactions).toEqual([guilds[1]!.id, guilds[0]!.id, 'dm']);
    expect(one.interactions).toEqual([guilds[3]!.id, guilds[2]!.id]);

    // Delivery is REST: each process posts to a channel in a guild of the other's shard.
    const post = (id: string) => ({ article: article(id, { headline: `Story ${id}` }), alsoCoveredBy: [] });
    await zero.adapter.transport!.postStory(guilds[3]!.channel, post('from-zero'), 'k0', false);
    await one.adapter.transport!.postStory(guilds[0]!.channel, post('from-one'), 'k1', false);
    expect(fake.messages(guilds[3]!.channel).map((m) => m.embeds[0]?.title)).toEqual(['Story from-zero']);
    expect(fake.messages(guilds[0]!.channel).map((m) => m.embeds[0]?.title)).toEqual(['Story from-one']);
  });

  it('DISCORD_SHARDS=auto starts the count Discord recommends, all in this process, and gets every guild', async () => {
    await fake.close();
    fake = await startFakeDiscord({ token: 'fake-token', recommendedShards: 2, guilds: guilds.map((g, i) => ({ id: g.id, name: `server ${i}`, channels: [{ id: g.channel, name: 'news' }] })) });
    const all = await startShard({ DISCORD_SHARDS: 'auto' });
    expect(all.adapter.client.guilds.cache.size).toBe(guilds.length);
    const identified = fake.gatewayReceived.filter((p) => p.op === 2).map((p) => (p.d as { shard: number[] }).shard);
    expect(identified.sort()).toEqual([[0, 2], [1, 2]]);
  });

  it('refuses shard settings that would split guilds wrongly, with a clear line', () => {
    const base = { DISCORD_TOKEN: 'fake-token', DISCORD_APPLICATION_ID: '100000000000000001' };
    expect(() => loadConfig({ ...base, DISCORD_SHARDS: 'auto', DISCORD_SHARD_IDS: '0' })).toThrow(/DISCORD_SHARD_IDS needs a fixed DISCORD_SHARDS count/);
    expect(() => loadConfig({ ...base, DISCORD_SHARD_IDS: '0,1' })).toThrow(/DISCORD_SHARDS is not/);
    expect(() => loadConfig({ ...base, DISCORD_SHARDS: '2', DISCORD_SHARD_IDS: '0,2' })).toThrow(/"2" is not a shard id from 0 to 1/);
    expect(() => loadConfig({ ...base, DISCORD_SHARDS: 'many' })).toThrow(/must be auto or a whole number/);
    expect(loadConfig({ ...base, DISCORD_SHARDS: 'auto' }).discord?.shards).toBe('auto');
  });

  it('the fake closes an IDENTIFY with an invalid shard with 4010, as Discord does', async () => {
    const ws = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json`);
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { op: number };
      if (msg.op === 10) ws.send(JSON.stringify({ op: 2, d: { token: 'fake-token', intents: 1, properties: {}, shard: [2, 2] } }));
    });
    expect(await closed).toBe(4010);
  });
});
