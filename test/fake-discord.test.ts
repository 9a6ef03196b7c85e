// The fake Discord, proven against the real discord.js client: if these pass, end-to-end tests of
// the bot can trust what the fake records.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  ChatInputCommandInteraction,
  Client,
  DiscordAPIError,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  HTTPError,
  MessageFlags,
  Partials,
  REST,
  RESTEvents,
  Routes,
  type Interaction,
  type MessageReaction,
  type PartialMessageReaction,
  type TextChannel,
} from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Intents, Permissions, startFakeDiscord, type FakeDiscord, type FakeGuild, type FakeUser } from './fakes/fake-discord.ts';

const execFileAsync = promisify(execFile);
const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const GUILD = '200000000000000001';
const NEWS = '300000000000000001';
const OTHER = '300000000000000002';
const alice: FakeUser = { id: '400000000000000001', username: 'alice' };
const guild: FakeGuild = {
  id: GUILD,
  name: 'AI news',
  channels: [
    { id: NEWS, name: 'news' },
    { id: OTHER, name: 'general' },
  ],
  members: [alice],
};
const DEFAULT_INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessageReactions, GatewayIntentBits.DirectMessages];

let fake: FakeDiscord;
let client: Client | undefined;

beforeEach(async () => {
  fake = await startFakeDiscord({ guilds: [guild] });
});
afterEach(async () => {
  await client?.destroy();
  client = undefined;
  await fake.close();
});

async function login(intents = DEFAULT_INTENTS): Promise<Client> {
  client = new Client({
    intents,
    partials: [Partials.Message, Partials.Reaction, Partials.Channel, Partials.User],
    rest: { api: fake.apiUrl },
  });
  const ready = new Promise<void>((resolve) => client!.once(Events.ClientReady, () => resolve()));
  await client.login('fake-token');
  await ready;
  return client;
}

/** Resolves with the next event `name`, or rejects after timeoutMs. */
function nextEvent<T extends unknown[]>(c: Client, name: string, timeoutMs = 2_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      c.off(name, listener);
      reject(new Error(`no ${name} within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (...args: unknown[]) => {
      clearTimeout(timer);
      c.off(name, listener);
      resolve(args as T);
    };
    c.on(name, listener);
  });
}

describe('fake Discord with the real discord.js client', () => {
  it('logs in and is ready promptly, with guilds, channels and the bot member cached', async () => {
    const started = Date.now();
    const c = await login();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(c.user?.id).toBe(fake.botUser.id);
    expect(fake.lastIntents()).toBe(Intents.Guilds | Intents.GuildMessageReactions | Intents.DirectMessages);
    const g = c.guilds.cache.get(GUILD)!;
    expect(g.name).toBe('AI news');
    expect(g.channels.cache.get(NEWS)?.name).toBe('news');
    const channel = g.channels.cache.get(NEWS) as TextChannel;
    expect(channel.permissionsFor(g.members.me!)?.has(['SendMessages', 'EmbedLinks'])).toBe(true);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toContain('GET /api/v10/gateway/bot');
  });

  it('delivers a slash command as ChatInputCommandInteraction and records the ephemeral reply', async () => {
    const c = await login();
    const seen = nextEvent<[Interaction]>(c, Events.InteractionCreate);
    c.on(Events.InteractionCreate, async (i) => {
      if (i.isChatInputCommand()) await i.reply({ content: `topic=${i.options.getString('topic')}`, flags: MessageFlags.Ephemeral });
    });
    const sent = await fake.sendInteraction({ guildId: GUILD, channelId: NEWS, user: alice, commandName: 'subscribe', options: { topic: 'openai' } });
    const [interaction] = await seen;
    expect(interaction).toBeInstanceOf(ChatInputCommandInteraction);
    expect(interaction.channelId).toBe(NEWS);
    expect(interaction.user.id).toBe(alice.id);
    const rec = await fake.waitForInteractionResponse(sent.id);
    expect(rec.callback).toEqual({ type: 4, data: expect.objectContaining({ content: 'topic=openai', flags: MessageFlags.Ephemeral }) });
    expect(fake.messages(NEWS)).toEqual([]); // ephemeral: not in the channel
  });

  it('records deferReply then editReply, and a follow-up', async () => {
    const c = await login();
    c.on(Events.InteractionCreate, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply();
      await i.editReply({ content: 'here are your items' });
      await i.followUp({ content: 'one more thing' });
    });
    const sent = await fake.sendInteraction({ guildId: GUILD, channelId: NEWS, user: alice, commandName: 'latest' });
    const rec = await fake.waitForInteractionResponse(sent.id);
    expect(rec.callback?.type).toBe(5);
    await fake.waitFor(() => rec.followUps.length === 1);
    expect(rec.original?.content).toBe('here are your items');
    expect(rec.original?.flags).toBe(0); // LOADING cleared by the edit
    expect(fake.messages(NEWS).map((m) => m.content)).toEqual(['here are your items', 'one more thing']);
  });

  it('answers reply({ withResponse: true }) with an InteractionCallbackResponse', async () => {
    const c = await login();
    const result = new Promise<string | undefined>((resolve) => {
      c.on(Events.InteractionCreate, async (i) => {
        if (!i.isChatInputCommand()) return;
        const response = await i.reply({ content: 'pong', withResponse: true });
        resolve(response.resource?.message?.content);
      });
    });
    await fake.sendInteraction({ guildId: GUILD, channelId: NEWS, user: alice, commandName: 'ping' });
    expect(await result).toBe('pong');
  });

  it('posts a channel message with embeds into the channel log', async () => {
    const c = await login();
    const channel = (await c.channels.fetch(NEWS)) as TextChannel;
    const embed = new EmbedBuilder().setTitle('GPT-9 released').setURL('https://example.com/a').setDescription('Summary');
    const sent = await channel.send({ content: 'New item', embeds: [embed] });
    const [stored] = fake.messages(NEWS);
    expect(stored?.id).toBe(sent.id);
    expect(stored?.author.id).toBe(fake.botUser.id);
    expect(stored?.embeds[0]).toMatchObject({ title: 'GPT-9 released', url: 'https://example.com/a', description: 'Summary' });
  });

  it('rejects what Discord rejects: over-long content', async () => {
    const c = await login();
    const channel = c.channels.cache.get(NEWS) as TextChannel;
    await expect(channel.send('x'.repeat(2001))).rejects.toMatchObject({ code: 50035, status: 400 });
    expect(fake.messages(NEWS)).toEqual([]);
  });

  it('posts once for a repeated nonce with enforceNonce', async () => {
    const c = await login();
    const channel = c.channels.cache.get(NEWS) as TextChannel;
    const first = await channel.send({ content: 'item 42', nonce: 'item-42', enforceNonce: true });
    const second = await channel.send({ content: 'item 42', nonce: 'item-42', enforceNonce: true });
    expect(second.id).toBe(first.id);
    expect(fake.messages(NEWS)).toHaveLength(1);
  });

  it('answers 429 with rate-limit headers; discord.js waits, retries and the message arrives once', async () => {
    const c = await login();
    const limited: unknown[] = [];
    c.rest.on(RESTEvents.RateLimited, (info) => limited.push(info));
    fake.failNext({ method: 'POST', pathPattern: /\/channels\/\d+\/messages$/, status: 429, retryAfterSeconds: 0.3 });
    const channel = c.channels.cache.get(NEWS) as TextChannel;
    const started = Date.now();
    await channel.send('after the limit');
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(limited).toHaveLength(1);
    expect(fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith(`/channels/${NEWS}/messages`)).map((r) => r.status)).toEqual([429, 200]);
    expect(fake.messages(NEWS).map((m) => m.content)).toEqual(['after the limit']);
  });

  it('answers 403 Missing Permissions on demand', async () => {
    const c = await login();
    fake.failNext({ pathPattern: /\/channels\/\d+\/messages$/, status: 403 });
    const err = await (c.channels.cache.get(NEWS) as TextChannel).send('x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DiscordAPIError);
    expect((err as DiscordAPIError).code).toBe(50013);
  });

  it('delivers a reaction on an uncached message through partials', async () => {
    const c = await login();
    const old = fake.seedMessage({ channelId: NEWS, content: 'posted by a previous run' });
    const got = nextEvent<[MessageReaction | PartialMessageReaction, unknown]>(c, Events.MessageReactionAdd);
    expect(await fake.sendReaction({ add: true, userId: alice.id, channelId: NEWS, messageId: old.id, emoji: { name: '👍' } })).toBe(true);
    const [reaction] = await got;
    expect(reaction.message.partial).toBe(true);
    expect(reaction.emoji.name).toBe('👍');
    const full = await reaction.message.fetch();
    expect(full.content).toBe('posted by a previous run');
  });

  it('does not deliver reactions without the GuildMessageReactions intent', async () => {
    const c = await login([GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages]);
    let count = 0;
    c.on(Events.MessageReactionAdd, () => (count += 1));
    const old = fake.seedMessage({ channelId: NEWS, content: 'x' });
    expect(await fake.sendReaction({ add: true, userId: alice.id, channelId: NEWS, messageId: old.id, emoji: { name: '👍' } })).toBe(false);
    await new Promise((r) => setTimeout(r, 150));
    expect(count).toBe(0);
  });

  it('sends a DM through user.send, and answers 50007 when the user closed DMs', async () => {
    const c = await login();
    const user = await c.users.fetch(alice.id);
    await user.send('your digest');
    expect(fake.dmsTo(alice.id).map((m) => m.content)).toEqual(['your digest']);
    fake.dmClosed(alice.id);
    await expect(user.send('again')).rejects.toMatchObject({ code: 50007, status: 403 });
    expect(fake.dmsTo(alice.id)).toHaveLength(1);
  });

  it('delivers a DM reaction when the DM channel is cached (discord.js drops it otherwise)', async () => {
    const c = await login([...DEFAULT_INTENTS, GatewayIntentBits.DirectMessageReactions]);
    const dm = await (await c.users.fetch(alice.id)).send('react to subscribe');
    const got = nextEvent<[MessageReaction, unknown]>(c, Events.MessageReactionAdd);
    await fake.sendReaction({ add: true, userId: alice.id, channelId: dm.channelId, messageId: dm.id, emoji: { name: '✅' } });
    const [reaction] = await got;
    expect(reaction.message.id).toBe(dm.id);
  });

  it('delivers a button press and records the message update', async () => {
    const c = await login();
    const channel = c.channels.cache.get(NEWS) as TextChannel;
    const posted = await channel.send({ content: 'Item', components: [{ type: 1, components: [{ type: 2, style: 1, custom_id: 'follow:42', label: 'Follow' }] }] });
    c.on(Events.InteractionCreate, async (i) => {
      if (i.isButton()) await i.update({ content: `followed ${i.customId}`, components: [] });
    });
    const sent = await fake.sendButton({ user: alice, customId: 'follow:42', message: posted.id });
    const rec = await fake.waitForInteractionResponse(sent.id);
    expect(rec.callback?.type).toBe(7);
    expect(fake.messages(NEWS)[0]).toMatchObject({ id: posted.id, content: 'followed follow:42', components: [] });
  });

  it('answers autocomplete and registers commands with stable ids', async () => {
    const c = await login();
    await c.application!.commands.set([
      { name: 'subscribe', description: 'Follow a topic', options: [{ type: 3, name: 'topic', description: 'Topic', autocomplete: true }] },
    ]);
    const [registered] = fake.commands();
    c.on(Events.InteractionCreate, async (i) => {
      if (i.isAutocomplete()) await i.respond([{ name: `${i.options.getFocused()}-ai`, value: 'x' }]);
    });
    const seen = nextEvent<[Interaction]>(c, Events.InteractionCreate);
    const sent = await fake.sendAutocomplete({ guildId: GUILD, channelId: NEWS, user: alice, commandName: 'subscribe', options: { topic: 'open' }, focused: 'topic' });
    const [interaction] = await seen;
    expect(interaction.isAutocomplete() && interaction.commandId).toBe(registered?.id);
    const rec = await fake.waitForInteractionResponse(sent.id);
    expect(rec.callback).toEqual({ type: 8, data: { choices: [{ name: 'open-ai', value: 'x' }] } });
  });

  it('survives a gateway reconnect (op 7) by resuming', async () => {
    const c = await login();
    const resumed = nextEvent(c, Events.ShardResume, 3_000);
    await fake.reconnectGateway();
    await resumed;
    expect(fake.gatewayReceived.some((p) => p.op === 6)).toBe(true);
    const seen = nextEvent<[Interaction]>(c, Events.InteractionCreate);
    await fake.sendInteraction({ guildId: GUILD, channelId: NEWS, user: alice, commandName: 'ping' });
    await seen;
  });

  it('leaves nothing open: a process that destroys the client and closes the fake exits by itself', async () => {
    // Counting handles in-process is flaky (undici closes its socket a moment later), so run the
    // whole cycle in a child process without process.exit() and require it to end on its own.
    const code = `
      import { Client, GatewayIntentBits, Events } from 'discord.js';
      import { startFakeDiscord } from './test/fakes/fake-discord.ts';
      const fake = await startFakeDiscord({ guilds: [{ id: '${GUILD}', name: 'g', channels: [{ id: '${NEWS}', name: 'news' }] }] });
      const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
      const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
      await client.login('fake-token');
      await ready;
      await client.channels.cache.get('${NEWS}').send('x');
      await client.destroy();
      await fake.close();
      console.log('posted', fake.messages('${NEWS}').length);`;
    // A leaked socket or timer keeps the child alive forever: execFile then kills it at the
    // timeout and rejects. The bound is generous so a busy machine never fails it.
    const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: projectRoot, timeout: 45_000 });
    expect(stdout.trim()).toBe('posted 1');
  }, 60_000);
});

// Each rule below is one Discord enforces; the fake must refuse the violation, so the bot's tests
// cannot pass by doing what real Discord would refuse.
describe('fake Discord refuses what Discord refuses', () => {
  const MUTED = '300000000000000011';
  const HIDDEN = '300000000000000012';
  const NO_REACT = '300000000000000013';
  let strict: FakeDiscord;
  let rest: REST;

  beforeEach(async () => {
    strict = await startFakeDiscord({
      guilds: [
        {
          ...guild,
          channels: [
            { id: NEWS, name: 'news' },
            { id: MUTED, name: 'muted', botDeny: Permissions.SendMessages },
            { id: HIDDEN, name: 'hidden', botDeny: Permissions.ViewChannel },
            { id: NO_REACT, name: 'no-reactions', botDeny: Permissions.AddReactions },
          ],
        },
      ],
      interactionTokenTtlMs: 300,
    });
    rest = new REST({ api: strict.apiUrl, retries: 0 }).setToken('fake-token');
  });
  afterEach(async () => {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
    await strict.close();
  });

  const post = (channelId: string, body: object) => rest.post(Routes.channelMessages(channelId), { body });
  const refusal = (promise: Promise<unknown>) => promise.then(() => ({ status: 200, code: 0 }), (error: DiscordAPIError | HTTPError) => ({ status: error.status, code: (error as DiscordAPIError).code ?? 0 }));

  it('embed URL over 2,048 characters: 400 Invalid Form Body', async () => {
    const url = `https://example.com/${'a'.repeat(2048)}`;
    expect(await refusal(post(NEWS, { embeds: [{ title: 'x', url }] }))).toEqual({ status: 400, code: 50035 });
    expect(await refusal(post(NEWS, { embeds: [{ title: 'x', url: url.slice(0, 2048) }] }))).toEqual({ status: 200, code: 0 });
  });

  it('embed thumbnail: a URL over 2,048 characters or not http(s) is 400 Invalid Form Body', async () => {
    const url = `https://example.com/${'a'.repeat(2048)}`;
    expect(await refusal(post(NEWS, { embeds: [{ title: 'x', thumbnail: { url } }] }))).toEqual({ status: 400, code: 50035 });
    expect(await refusal(post(NEWS, { embeds: [{ title: 'x', thumbnail: { url: 'javascript:alert(1)' } }] }))).toEqual({ status: 400, code: 50035 });
    expect(await refusal(post(NEWS, { embeds: [{ title: 'x', thumbnail: { url: url.slice(0, 2048) } }] }))).toEqual({ status: 200, code: 0 });
  });

  it('embed limits: a field value over 1,024, over 6,000 characters in all, content over 2,000', async () => {
    expect(await refusal(post(NEWS, { embeds: [{ title: 'x', fields: [{ name: 'n', value: 'v'.repeat(1025) }] }] }))).toEqual({ status: 400, code: 50035 });
    const big = { title: 't', description: 'd'.repeat(4000) };
    expect(await refusal(post(NEWS, { embeds: [big, big] }))).toEqual({ status: 400, code: 50035 });
    expect(await refusal(post(NEWS, { content: 'c'.repeat(2001) }))).toEqual({ status: 400, code: 50035 });
  });

  it('half a surrogate pair anywhere in the body: 500', async () => {
    expect(await refusal(post(NEWS, { embeds: [{ title: 'cut emoji \ud83d' }] }))).toEqual({ status: 500, code: 0 });
    expect(strict.messages(NEWS)).toEqual([]);
  });

  it('permissions from the guild and channel settings: 50001 without View Channel, 50013 without Send Messages or Add Reactions', async () => {
    expect(await refusal(post(HIDDEN, { content: 'hi' }))).toEqual({ status: 403, code: 50001 });
    expect(await refusal(post(MUTED, { content: 'hi' }))).toEqual({ status: 403, code: 50013 });
    const message = strict.seedMessage({ channelId: NO_REACT, content: 'board' });
    expect(await refusal(rest.put(Routes.channelMessageOwnReaction(NO_REACT, message.id, encodeURIComponent('🤖'))))).toEqual({ status: 403, code: 50013 });
  });

  it('at most 20 distinct reactions on a message (30010), and only emoji Discord knows (10014)', async () => {
    const message = strict.seedMessage({ channelId: NEWS, content: 'board' });
    const emoji = [...'😀😁😂🤣😃😄😅😆😉😊😋😎😍😘🥰😗😙😚🙂🤗🤩'];
    for (const name of emoji.slice(0, 20)) await rest.put(Routes.channelMessageOwnReaction(NEWS, message.id, encodeURIComponent(name)));
    expect(await refusal(rest.put(Routes.channelMessageOwnReaction(NEWS, message.id, encodeURIComponent(emoji[20]!))))).toEqual({ status: 400, code: 30010 });
    const other = strict.seedMessage({ channelId: NEWS, content: 'other' });
    expect(await refusal(rest.put(Routes.channelMessageOwnReaction(NEWS, other.id, 'notanemoji')))).toEqual({ status: 400, code: 10014 });
    expect(await refusal(rest.put(Routes.channelMessageOwnReaction(NEWS, other.id, encodeURIComponent('custom:123456789012345678'))))).toEqual({ status: 400, code: 10014 });
  });

  it('command registration: required after optional, duplicate option names, over 4,000 characters', async () => {
    const put = (options: object[], description = 'A command') =>
      refusal(rest.put(Routes.applicationCommands(strict.applicationId), { body: [{ name: 'news', description, options }] }));
    const option = (name: string, required: boolean) => ({ type: 3, name, description: 'd', required });
    expect(await put([option('topic', true), option('query', false)])).toEqual({ status: 200, code: 0 });
    expect(await put([option('query', false), option('topic', true)])).toEqual({ status: 400, code: 50035 });
    expect(await put([option('topic', false), option('topic', false)])).toEqual({ status: 400, code: 50035 });
    const many = Array.from({ length: 25 }, (_, i) => ({ ...option(`o${i}`, false), description: 'd'.repeat(100), choices: Array.from({ length: 25 }, (_, j) => ({ name: `c${j}`, value: 'v'.repeat(100) })) }));
    expect(await put(many)).toEqual({ status: 400, code: 50035 });
  });

  it('autocomplete choices: names 1-100 characters, values at most 100', async () => {
    client = new Client({ intents: DEFAULT_INTENTS, rest: { api: strict.apiUrl } });
    const ready = new Promise<void>((resolve) => client!.once(Events.ClientReady, () => resolve()));
    await client.login('fake-token');
    await ready;
    const callback = async (choices: object[]) => {
      const rec = await strict.sendAutocomplete({ guildId: GUILD, channelId: NEWS, user: alice, commandName: 'subscribe', options: { topic: 'a' }, focused: 'topic' });
      return refusal(rest.post(Routes.interactionCallback(rec.id, rec.token), { body: { type: 8, data: { choices } }, auth: false }));
    };
    expect(await callback([{ name: 'n'.repeat(101), value: 'x' }])).toEqual({ status: 400, code: 50035 });
    expect(await callback([{ name: 'ok', value: 'v'.repeat(101) }])).toEqual({ status: 400, code: 50035 });
    expect(await callback([{ name: 'ok', value: 'v'.repeat(100) }])).toEqual({ status: 200, code: 0 });
  });

  it('interaction tokens expire (15 minutes; 300 ms here): a late edit or follow-up answers 401 50027', async () => {
    client = new Client({ intents: DEFAULT_INTENTS, rest: { api: strict.apiUrl } });
    const ready = new Promise<void>((resolve) => client!.once(Events.ClientReady, () => resolve()));
    await client.login('fake-token');
    await ready;
    const rec = await strict.sendInteraction({ guildId: GUILD, channelId: NEWS, user: alice, commandName: 'news' });
    await rest.post(Routes.interactionCallback(rec.id, rec.token), { body: { type: 5 }, auth: false });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await refusal(rest.patch(Routes.webhookMessage(strict.applicationId, rec.token, '@original'), { body: { content: 'late' }, auth: false }))).toEqual({ status: 401, code: 50027 });
  });
});

describe('fake Discord global limit', () => {
  it('refuses a request past the global limit in any 1 s with 429 and the global flag, and takes one again a second later', async () => {
    const limited = await startFakeDiscord({ token: 'fake-token', globalLimitPerSecond: 3, guilds: [guild] });
    try {
      const post = (content: string) =>
        fetch(`${limited.apiUrl}/v10/channels/${NEWS}/messages`, {
          method: 'POST',
          headers: { authorization: 'Bot fake-token', 'content-type': 'application/json' },
          body: JSON.stringify({ content }),
        });
      const answers = await Promise.all(['a', 'b', 'c', 'd'].map(post));
      const refused = answers.filter((r) => r.status === 429);
      expect(answers.filter((r) => r.status === 200)).toHaveLength(3);
      expect(refused).toHaveLength(1);
      expect(refused[0]!.headers.get('x-ratelimit-global')).toBe('true');
      expect(((await refused[0]!.json()) as { global: boolean }).global).toBe(true);
      expect(limited.messages(NEWS)).toHaveLength(3);
      await new Promise((resolve) => setTimeout(resolve, 1050));
      expect((await post('e')).status).toBe(200);
      expect(limited.messages(NEWS)).toHaveLength(4);
    } finally {
      await limited.close();
    }
  });
});
