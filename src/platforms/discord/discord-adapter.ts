// Discord as a platform: the discord.js client's lifecycle and event routing. Interactions go to
// handle-interaction, board reactions to handle-reaction, and delivery posts through the
// transport. Intents are the two the bot needs, none privileged: Guilds (servers, channels and
// the bot's permissions in them) and GuildMessageReactions (the topic board). Sending DMs needs
// no intent. Partials let a reaction on a board posted before a restart still count.
import {
  Client,
  Events,
  GatewayIntentBits,
  Partials,
  PermissionFlagsBits,
  REST,
  type Interaction,
  type PermissionsBitField,
} from 'discord.js';
import type { Logger } from '../../logger.ts';
import type { PlatformAdapter } from '../platform.ts';
import { createDiscordTransport } from './discord-transport.ts';
import { handleInteraction, type BaseContext, type InteractionDeps } from './handle-interaction.ts';
import { handleReaction } from './handle-reaction.ts';
import { createKnownSources } from './known-sources.ts';

export interface DiscordAdapterOptions {
  token: string;
  /** Default Discord's (https://discord.com/api); tests point it at the fake. */
  apiUrl?: string;
  context: BaseContext;
  logger: Logger;
  /** Defer a slash command still running after this long. Default 1,500 ms (Discord allows 3 s). */
  deferAfterMs?: number;
  /** How long start() waits for the gateway to be ready. Default 60 s. */
  readyTimeoutMs?: number;
  /** Delivery's API calls give up after this long (the outbox retries them). Default 15 s. */
  requestTimeoutMs?: number;
  /** The gateway shards this process holds (config's DISCORD_SHARDS / DISCORD_SHARD_IDS); default one. */
  shards?: 'auto' | { count: number; ids: number[] };
}

export interface DiscordAdapter extends PlatformAdapter {
  readonly client: Client;
}

const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessageReactions];
const POST_PERMISSIONS: [bigint, string][] = [
  [PermissionFlagsBits.ViewChannel, 'View Channel'],
  [PermissionFlagsBits.SendMessages, 'Send Messages'],
  [PermissionFlagsBits.EmbedLinks, 'Embed Links'],
];
const STOP_WAIT_MS = 5_000;

export function createDiscordAdapter(options: DiscordAdapterOptions): DiscordAdapter {
  const { logger } = options;
  const client = new Client({
    intents: INTENTS,
    partials: [Partials.Message, Partials.Reaction, Partials.User],
    // Belt and braces: render-discord sets allowed_mentions on every body too.
    allowedMentions: { parse: [] },
    ...(options.apiUrl ? { rest: { api: options.apiUrl } } : {}),
    // Shards through the Client's own options rather than discord.js's ShardingManager: each
    // `newsbot run` is already its own process (started by the operator, sharing the store), so a
    // manager spawning child processes would be a second process supervisor. Discord sends each
    // shard the events of its guilds ((guild_id >> 22) % count), so an interaction reaches the
    // process holding its guild; delivery posts over REST and needs no shard.
    ...(options.shards === 'auto' ? { shards: 'auto' as const } : {}),
    ...(typeof options.shards === 'object' ? { shards: options.shards.ids, shardCount: options.shards.count } : {}),
  });
  // Delivery has its own REST client: no blind retries inside discord.js (a 5xx or an unanswered
  // call goes back to the outbox, which backs off and retries with the same nonce) and a timeout,
  // so one hung request cannot stall delivery. 429s are still waited out here (retry-after).
  const deliveryRest = new REST({
    ...(options.apiUrl ? { api: options.apiUrl } : {}),
    retries: 0,
    timeout: options.requestTimeoutMs ?? 15_000,
  }).setToken(options.token);
  const sources = createKnownSources(options.context.store, options.context.now);
  const inFlight = new Set<Promise<void>>();

  /** Runs an event handler; a failure is logged, never an unhandled rejection. */
  const track = (what: string, work: () => Promise<void>) => {
    const running: Promise<void> = work()
      .catch((error: unknown) => logger.error({ err: error, what }, 'discord event failed'))
      .finally(() => inFlight.delete(running));
    inFlight.add(running);
  };

  async function missingPostPermissions(channelId: string, interaction: Interaction): Promise<string[]> {
    let permissions: Readonly<PermissionsBitField> | null | undefined;
    // Discord computes the bot's permissions in the interaction's channel (overwrites included).
    if (interaction.channelId === channelId && interaction.inGuild()) permissions = interaction.appPermissions;
    else {
      const channel = client.channels.cache.get(channelId) ?? (await client.channels.fetch(channelId).catch(() => null));
      if (!channel || channel.isDMBased()) return [];
      const me = channel.guild.members.me ?? (await channel.guild.members.fetchMe().catch(() => null));
      permissions = me ? channel.permissionsFor(me) : null;
    }
    if (!permissions) return [];
    return POST_PERMISSIONS.filter(([bit]) => !permissions.has(bit)).map(([, name]) => name);
  }

  const interactionDeps: InteractionDeps = {
    context: options.context,
    logger,
    sources,
    deferAfterMs: options.deferAfterMs ?? 1_500,
    missingPostPermissions,
  };
  const reactionDeps = { context: options.context, logger, botUserId: () => client.user?.id };

  client.on(Events.InteractionCreate, (interaction) => track('interaction', () => handleInteraction(interaction, interactionDeps)));
  client.on(Events.MessageReactionAdd, (reaction, user) => track('reaction', () => handleReaction(reaction, user, true, reactionDeps)));
  client.on(Events.MessageReactionRemove, (reaction, user) => track('reaction', () => handleReaction(reaction, user, false, reactionDeps)));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event) => logger.warn({ code: event.code }, 'discord gateway disconnected'));

  return {
    name: 'discord',
    client,
    transport: createDiscordTransport(deliveryRest),
    async start() {
      let timer: NodeJS.Timeout | undefined;
      const ready = new Promise<void>((resolve, reject) => {
        client.once(Events.ClientReady, () => resolve());
        timer = setTimeout(() => reject(new Error('Discord: no gateway READY within the time limit')), options.readyTimeoutMs ?? 60_000);
      });
      try {
        await client.login(options.token);
        await ready;
      } catch (error) {
        await client.destroy();
        throw new Error(`Discord login failed (check DISCORD_TOKEN): ${(error as Error).message}`);
      } finally {
        clearTimeout(timer);
      }
      logger.info({ user: client.user?.tag, servers: client.guilds.cache.size, shards: client.options.shards, shardCount: client.options.shardCount }, 'discord connected');
      // Warm the source names so the first autocomplete answers at once.
      void sources.suggest('', 0).catch(() => undefined);
    },
    async stop() {
      // Let answers in progress finish (briefly), then close the gateway and REST.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...inFlight]),
        new Promise((resolve) => (timer = setTimeout(resolve, STOP_WAIT_MS))),
      ]);
      clearTimeout(timer);
      deliveryRest.clearHashSweeper();
      deliveryRest.clearHandlerSweeper();
      await client.destroy();
    },
  };
}
