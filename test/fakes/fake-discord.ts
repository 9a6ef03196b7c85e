// A fake Discord (REST + gateway on one 127.0.0.1 port) that the real discord.js client logs into.
// Tests drive it like Discord would: interactions and reactions go out over the gateway, the bot's
// REST calls are answered the way Discord answers them, recorded, and kept as per-channel message
// logs. Protocol notes are from /work/shared/TESTING.md plus what discord.js 14.28 turned out to need.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { createFaultMode, type FaultCounts, type FaultMode, type FaultOptions } from './fault-mode.ts';

/** Loose API payload: the fake passes Discord JSON through, so typing every field buys nothing. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

export const Intents = {
  Guilds: 1 << 0,
  GuildMembers: 1 << 1,
  GuildPresences: 1 << 8,
  GuildMessages: 1 << 9,
  GuildMessageReactions: 1 << 10,
  DirectMessages: 1 << 12,
  DirectMessageReactions: 1 << 13,
  MessageContent: 1 << 15,
} as const;
const PRIVILEGED_INTENTS = Intents.GuildMembers | Intents.GuildPresences | Intents.MessageContent;

export const Permissions = {
  Administrator: 1n << 3n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ManageMessages: 1n << 13n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  UseExternalEmojis: 1n << 18n,
  ManageGuild: 1n << 5n,
  UseApplicationCommands: 1n << 31n,
  SendMessagesInThreads: 1n << 38n,
} as const;
const ALL_PERMISSIONS = (1n << 53n) - 1n;
/** What a freshly invited text bot usually gets through its managed role. */
export const DEFAULT_BOT_PERMISSIONS =
  Permissions.ViewChannel | Permissions.SendMessages | Permissions.EmbedLinks | Permissions.AttachFiles |
  Permissions.ReadMessageHistory | Permissions.AddReactions | Permissions.UseExternalEmojis |
  Permissions.SendMessagesInThreads;
/** @everyone in a default server. */
export const DEFAULT_MEMBER_PERMISSIONS =
  Permissions.ViewChannel | Permissions.SendMessages | Permissions.ReadMessageHistory |
  Permissions.AddReactions | Permissions.EmbedLinks | Permissions.UseApplicationCommands;

export interface FakeUser {
  id: string;
  username: string;
  global_name?: string | null;
  bot?: boolean;
}
export interface FakeChannel {
  id: string;
  name: string;
  /** 0 text (default), 5 announcement, 2 voice, 4 category. */
  type?: number;
  /** Permissions denied to the bot's role in this channel (a permission overwrite), e.g. SendMessages. */
  botDeny?: bigint;
}
export interface FakeGuild {
  id: string;
  name: string;
  channels: FakeChannel[];
  /** Human members. Sent in GUILD_CREATE only with the GuildMembers intent, as Discord does. */
  members?: FakeUser[];
  /** The bot's managed role. Default DEFAULT_BOT_PERMISSIONS. */
  botPermissions?: bigint;
  /** The @everyone role. Default DEFAULT_MEMBER_PERMISSIONS. */
  everyonePermissions?: bigint;
  ownerId?: string;
}
export interface FakeDiscordOptions {
  guilds?: FakeGuild[];
  botUser?: { id: string; username: string };
  /** Default: the bot user's id, as for every application created since 2020. */
  applicationId?: string;
  /** When set, IDENTIFY and REST `Authorization: Bot <token>` must match it (else 4004 / 401). */
  token?: string;
  /** Privileged intents switched on in the "developer portal". Default none: IDENTIFY asking for
   *  GuildMembers, GuildPresences or MessageContent is closed with 4014, as Discord does. */
  privilegedIntents?: number;
  /** Default 41250, Discord's value. discord.js heartbeats first after a random part of it. */
  heartbeatIntervalMs?: number;
  /** Discord voids an interaction not answered within 3 s (10062 Unknown interaction). */
  interactionDeadlineMs?: number;
  /** How long a nonce sent with enforce_nonce dedupes. Discord says "a few minutes". Default 5 min. */
  nonceWindowMs?: number;
  /** Interaction tokens are valid for 15 minutes (Receiving and Responding: "Interaction tokens are
   *  valid for 15 minutes"); after that follow-ups and edits answer 401 50027. Default 15 min. */
  interactionTokenTtlMs?: number;
  /** Shards GET /gateway/bot recommends (what discord.js's shards: 'auto' starts). Default 1. */
  recommendedShards?: number;
  /** Discord's global limit for one bot (50 requests/s): when set, a request arriving while this
   *  many were accepted within the last second (counted at their arrival, as Discord counts them;
   *  interaction callbacks excepted) is refused 429 with the global flag. Default: no limit. */
  globalLimitPerSecond?: number;
}

export interface FakeEmbed {
  title?: string;
  description?: string;
  url?: string;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
  author?: { name: string };
  thumbnail?: { url: string };
  [key: string]: unknown;
}
export interface FakeMessage {
  id: string;
  channel_id: string;
  guild_id?: string;
  type: number;
  content: string;
  embeds: FakeEmbed[];
  components: Obj[];
  attachments: Obj[];
  author: Obj;
  timestamp: string;
  edited_timestamp: string | null;
  flags: number;
  nonce?: string | number;
  reactions?: { emoji: { id: string | null; name: string }; count: number; me: boolean; [key: string]: unknown }[];
  [key: string]: unknown;
}
export interface RecordedRequest {
  method: string;
  /** Full path without the query, e.g. /api/v10/channels/1/messages. */
  path: string;
  query: URLSearchParams;
  /** Parsed JSON (multipart: the payload_json part), raw text otherwise, undefined when empty. */
  body: Obj | undefined;
  headers: IncomingHttpHeaders;
  /** Status the fake answered with; 0 while unanswered (and for ever when a fault left it so). */
  status: number;
  /** When it arrived (ms). Per-channel rates: filter by path, e.g. /channels/ID/messages. */
  at: number;
}
export interface InteractionRecord {
  id: string;
  token: string;
  /** 2 command, 3 component, 4 autocomplete. */
  type: number;
  payload: Obj;
  createdAt: number;
  /** The initial response (POST .../callback), null until the bot answers. */
  callback: { type: number; data: Obj | undefined } | null;
  /** The current @original message (edits applied); null before the response or after deletion. */
  original: FakeMessage | null;
  followUps: FakeMessage[];
}
export interface StoredCommand extends Obj {
  id: string;
  name: string;
}
export interface FailRule {
  method?: string;
  pathPattern: RegExp;
  status: 429 | 500 | 403;
  retryAfterSeconds?: number;
  /** How many matching requests fail. Default 1. */
  count?: number;
  /** 429 only: a global rate limit (x-ratelimit-global, scope global). */
  global?: boolean;
}
export type CommandOptions = Obj[] | Record<string, string | number | boolean>;
export interface InteractionInput {
  /** Omit for an interaction in a DM with the bot. */
  guildId?: string;
  channelId: string;
  user: FakeUser;
  memberPermissions?: bigint;
  locale?: string;
}

export interface FakeDiscord {
  /** Pass as `rest: { api }`. */
  apiUrl: string;
  gatewayUrl: string;
  botUser: FakeUser;
  applicationId: string;
  /** Every REST request, in order. */
  requests: RecordedRequest[];
  /** Every payload clients sent on the gateway (IDENTIFY with its intents, heartbeats, RESUME). */
  gatewayReceived: { op: number; d: Obj | number | null }[];
  /** Intents of the last IDENTIFY, or null. */
  lastIntents(): number | null;
  /** Registered commands: global, or a guild's. */
  commands(guildId?: string): StoredCommand[];
  messages(channelId: string): FakeMessage[];
  dmsTo(userId: string): FakeMessage[];
  dmChannelId(userId: string): string | undefined;
  /** A message that exists on "Discord" but that the client never saw (e.g. posted by a previous run). */
  seedMessage(input: { channelId: string; content?: string; embeds?: FakeEmbed[]; author?: FakeUser }): FakeMessage;
  sendInteraction(input: InteractionInput & { commandName: string; options?: CommandOptions; type?: number }): Promise<InteractionRecord>;
  sendAutocomplete(input: InteractionInput & { commandName: string; options?: CommandOptions; focused: string }): Promise<InteractionRecord>;
  sendButton(input: Partial<InteractionInput> & { user: FakeUser; customId: string; message: FakeMessage | string }): Promise<InteractionRecord>;
  /** Resolves with whether the bot's intents let the event through. */
  sendReaction(input: { add?: boolean; remove?: boolean; userId: string; channelId: string; messageId: string; guildId?: string; emoji: { name: string; id?: string | null } }): Promise<boolean>;
  /** A user posts a message; MESSAGE_CREATE (content blanked without the MessageContent intent). */
  sendMessage(input: { channelId: string; user: FakeUser; content: string }): Promise<{ message: FakeMessage; delivered: boolean }>;
  /** Any dispatch, intent-gated; resolves with the number of sessions it reached. */
  dispatch(t: string, d: Obj): Promise<number>;
  /** Op 7: the client should reconnect and RESUME. */
  reconnectGateway(): Promise<void>;
  /** Closes live gateway sockets with a code (4000: client resumes; 4004: fatal). */
  closeGateway(code?: number): void;
  waitForInteractionResponse(interactionId: string, timeoutMs?: number): Promise<InteractionRecord>;
  waitForRequest(method: string, pathPattern: RegExp, timeoutMs?: number): Promise<RecordedRequest>;
  waitForMessages(channelId: string, count: number, timeoutMs?: number): Promise<FakeMessage[]>;
  /** Resolves with check()'s first truthy value; re-checked on every fake event and every 25 ms. */
  waitFor<T>(check: () => T | undefined | null | false, timeoutMs?: number, what?: string): Promise<T>;
  failNext(rule: FailRule): void;
  /**
   * Random faults on every REST request from now on (null: off): a share answered 429 with
   * retry-after, 500, or never (the client times out); 500 and silence sometimes after the work
   * was done (see fault-mode.ts). failNext rules go first. Returns the running counts.
   */
  setFaults(options: FaultOptions | null): FaultCounts | undefined;
  dmClosed(userId: string, closed?: boolean): void;
  close(): Promise<void>;
}

// Discord epoch snowflakes, increasing within the process.
let snowflakeCounter = 0n;
export function snowflake(): string {
  snowflakeCounter = (snowflakeCounter + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - 1420070400000n) << 22n) | (1n << 17n) | snowflakeCounter).toString();
}

class HttpError extends Error {
  constructor(readonly status: number, readonly body: Obj) {
    super(body.message);
  }
}
const unknown = (code: number, what: string) => new HttpError(404, { message: `Unknown ${what}`, code });

interface Session {
  id: string;
  seq: number;
  intents: number;
  conn: WebSocket | null;
  /** READY and every GUILD_CREATE sent: events may flow. */
  ready: boolean;
  /** Recent dispatches, replayed on RESUME. */
  log: { s: number; text: string }[];
  /** [shard_id, num_shards] from IDENTIFY; [0, 1] when none was sent. */
  shard: [number, number];
}

/**
 * Whether a session's shard receives a guild's events: (guild_id >> 22) % num_shards == shard_id
 * (Gateway → Sharding). Events without a guild (DMs) go to shard 0 only ("Only shard 0 receives DMs").
 */
function shardHolds(shard: [number, number], guildId: string | undefined): boolean {
  if (!guildId) return shard[0] === 0;
  return Number((BigInt(guildId) >> 22n) % BigInt(shard[1])) === shard[0];
}

// --- validation: Discord rejects these with 400 50035 / 50006 --------------------------------
const formError = (path: (string | number)[], code: string, message: string) => {
  const errors: Obj = {};
  let node = errors;
  for (const p of path) node = node[p] = {};
  node._errors = [{ code, message }];
  return new HttpError(400, { message: 'Invalid Form Body', code: 50035, errors });
};
const maxLen = (value: unknown, max: number, path: (string | number)[]) => {
  if (typeof value === 'string' && [...value].length > max)
    throw formError(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
};
const checkUrl = (value: unknown, path: (string | number)[]) => {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string' || !URL.canParse(value) || !/^(https?|attachment):/.test(value))
    throw formError(path, 'URL_TYPE_INVALID_URL', 'Not a well formed URL.');
  // Embed URLs over 2,048 characters are refused (400 50035 BASE_TYPE_MAX_LENGTH); shorter
  // ones have been seen refused too, so the bot keeps far below when it can.
  maxLen(value, 2048, path);
};
export const validateMessage = (body: Obj, creating: boolean) => {
  maxLen(body.content, 2000, ['content']);
  const embeds: Obj[] = body.embeds ?? [];
  if (embeds.length > 10) throw formError(['embeds'], 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
  let total = 0;
  embeds.forEach((e, i) => {
    maxLen(e.title, 256, ['embeds', i, 'title']);
    maxLen(e.description, 4096, ['embeds', i, 'description']);
    maxLen(e.footer?.text, 2048, ['embeds', i, 'footer', 'text']);
    maxLen(e.author?.name, 256, ['embeds', i, 'author', 'name']);
    checkUrl(e.url, ['embeds', i, 'url']);
    checkUrl(e.author?.url, ['embeds', i, 'author', 'url']);
    checkUrl(e.image?.url, ['embeds', i, 'image', 'url']);
    checkUrl(e.thumbnail?.url, ['embeds', i, 'thumbnail', 'url']);
    const fields: Obj[] = e.fields ?? [];
    if (fields.length > 25) throw formError(['embeds', i, 'fields'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    fields.forEach((f, j) => {
      maxLen(f.name, 256, ['embeds', i, 'fields', j, 'name']);
      maxLen(f.value, 1024, ['embeds', i, 'fields', j, 'value']);
      total += [...(f.name ?? '')].length + [...(f.value ?? '')].length;
    });
    for (const s of [e.title, e.description, e.footer?.text, e.author?.name]) total += [...(s ?? '')].length;
  });
  if (total > 6000) throw formError(['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
  const rows: Obj[] = body.components ?? [];
  if (rows.length > 5) throw formError(['components'], 'BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.');
  rows.forEach((row, i) => {
    const parts: Obj[] = row.components ?? [];
    if (parts.length > 5) throw formError(['components', i, 'components'], 'BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.');
    parts.forEach((c, j) => {
      maxLen(c.custom_id, 100, ['components', i, 'components', j, 'custom_id']);
      maxLen(c.label, 80, ['components', i, 'components', j, 'label']);
    });
  });
  if (typeof body.nonce === 'string') maxLen(body.nonce, 25, ['nonce']);
  const empty = !body.content && !embeds.length && !rows.length && !body.attachments?.length && !body.sticker_ids?.length && !body.poll;
  if (creating && empty) throw new HttpError(400, { message: 'Cannot send an empty message', code: 50006 });
};
/** Strings with half a surrogate pair cannot be encoded: Discord answers such a body with a 500. */
export const hasLoneSurrogate = (value: unknown): boolean => {
  if (typeof value === 'string') return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);
  if (Array.isArray(value)) return value.some(hasLoneSurrogate);
  if (value && typeof value === 'object') return Object.entries(value).some(([k, v]) => hasLoneSurrogate(k) || hasLoneSurrogate(v));
  return false;
};

/** What the fake (and Discord) would refuse in a message body, as one line; undefined when none. */
export function discordMessageProblem(body: Obj, creating = true): string | undefined {
  if (hasLoneSurrogate(body)) return 'a lone surrogate (Discord answers 500)';
  try {
    validateMessage(body, creating);
    return undefined;
  } catch (error) {
    if (error instanceof HttpError) return `${error.status} ${error.body.code}: ${JSON.stringify(error.body.errors ?? error.body.message)}`;
    throw error;
  }
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const botUser: FakeUser = { id: '100000000000000001', username: 'newsbot', ...options.botUser, bot: true };
  const applicationId = options.applicationId ?? botUser.id;
  const heartbeatInterval = options.heartbeatIntervalMs ?? 41_250;
  const interactionDeadline = options.interactionDeadlineMs ?? 3_000;
  const nonceWindow = options.nonceWindowMs ?? 5 * 60_000;
  const tokenTtl = options.interactionTokenTtlMs ?? 15 * 60_000;
  const guilds = options.guilds ?? [];

  const users = new Map<string, FakeUser>([[botUser.id, botUser]]);
  const guildById = new Map<string, FakeGuild>();
  const botRoleId = new Map<string, string>();
  const guildChannel = new Map<string, { guild: FakeGuild; channel: FakeChannel }>();
  for (const g of guilds) {
    guildById.set(g.id, g);
    botRoleId.set(g.id, snowflake());
    for (const c of g.channels) guildChannel.set(c.id, { guild: g, channel: c });
    for (const m of g.members ?? []) users.set(m.id, m);
  }
  const dmChannelByUser = new Map<string, Obj>();
  const dmUserByChannel = new Map<string, string>();
  const closedDms = new Set<string>();
  const channelLogs = new Map<string, FakeMessage[]>();
  /** Ephemeral interaction messages: kept for the interaction record, not shown in the channel. */
  const hiddenMessages = new Set<string>();
  const nonces = new Map<string, { message: FakeMessage; at: number }>();
  const interactions = new Map<string, InteractionRecord>();
  const interactionByToken = new Map<string, InteractionRecord>();
  /** Component interactions: the message carrying the component is their @original. */
  const sourceMessage = new Map<string, FakeMessage>();
  const commandStore = new Map<string, StoredCommand[]>(); // '' = global
  const failRules: (FailRule & { left: number })[] = [];
  const requests: RecordedRequest[] = [];
  /** Arrival times of the requests the global limit let through, oldest first (last second only). */
  const globalWindow: number[] = [];
  let faults: FaultMode | undefined;
  const gatewayReceived: { op: number; d: Obj | number | null }[] = [];
  const sessions = new Map<string, Session>();
  let lastIntents: number | null = null;
  let closed = false;

  // --- waiting -------------------------------------------------------------------------------
  const waiters = new Set<() => void>();
  const timers = new Set<NodeJS.Timeout>();
  const changed = () => {
    for (const w of [...waiters]) w();
  };
  function waitFor<T>(check: () => T | undefined | null | false, timeoutMs = 2_000, what = 'condition'): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const finish = (err: Error | null, value?: T) => {
        waiters.delete(recheck);
        clearTimeout(timeout);
        clearInterval(poll);
        timers.delete(timeout);
        timers.delete(poll);
        if (err) reject(err);
        else resolve(value as T);
      };
      const recheck = () => {
        if (closed) return finish(new Error(`fake Discord closed while waiting for ${what}`));
        const value = check();
        if (value) finish(null, value);
      };
      const timeout = setTimeout(() => finish(new Error(`fake Discord: timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
      // Also poll: some conditions depend on state outside the fake.
      const poll = setInterval(recheck, 25);
      timers.add(timeout);
      timers.add(poll);
      waiters.add(recheck);
      recheck();
    });
  }

  // --- objects as Discord shapes them --------------------------------------------------------
  const userObject = (u: FakeUser): Obj => ({
    id: u.id,
    username: u.username,
    discriminator: '0',
    global_name: u.global_name ?? null,
    avatar: null,
    bot: u.bot ?? false,
    system: false,
    public_flags: 0,
    flags: 0,
    banner: null,
    accent_color: null,
  });
  const knowUser = (u: FakeUser) => {
    if (!users.has(u.id)) users.set(u.id, u);
  };
  const botPermissions = (g: FakeGuild): bigint => {
    const p = (g.botPermissions ?? DEFAULT_BOT_PERMISSIONS) | (g.everyonePermissions ?? DEFAULT_MEMBER_PERMISSIONS);
    return p & Permissions.Administrator ? ALL_PERMISSIONS : p;
  };
  /** The bot's permissions in a guild channel: its roles, less the channel's deny overwrite. */
  const botChannelPermissions = (g: FakeGuild, c: FakeChannel): bigint => {
    const base = botPermissions(g);
    return base === ALL_PERMISSIONS ? base : base & ~(c.botDeny ?? 0n);
  };
  /**
   * Discord's answers when the bot lacks a permission in a guild channel (Permissions docs;
   * JSON error codes): no View Channel → 403 50001 Missing Access, anything else → 403 50013
   * Missing Permissions. DM channels need none.
   */
  const requirePermissions = (channelId: string, needed: bigint[]) => {
    const found = guildChannel.get(channelId);
    if (!found) return;
    const have = botChannelPermissions(found.guild, found.channel);
    if (!(have & Permissions.ViewChannel)) throw new HttpError(403, { message: 'Missing Access', code: 50001 });
    for (const bit of needed) if (!(have & bit)) throw new HttpError(403, { message: 'Missing Permissions', code: 50013 });
  };
  const memberObject = (g: FakeGuild, u: FakeUser, extra: Obj = {}): Obj => ({
    user: userObject(u),
    roles: u.id === botUser.id ? [botRoleId.get(g.id)] : [],
    nick: null,
    avatar: null,
    joined_at: new Date(0).toISOString(),
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
    ...extra,
  });
  const channelObject = (g: FakeGuild, c: FakeChannel, i: number): Obj => ({
    id: c.id,
    type: c.type ?? 0,
    name: c.name,
    guild_id: g.id,
    position: i,
    // discord.js computes permissions from roles + overwrites; without this field it throws.
    permission_overwrites: c.botDeny ? [{ id: botRoleId.get(g.id), type: 0, allow: '0', deny: String(c.botDeny) }] : [],
    parent_id: null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
  });
  const rolesOf = (g: FakeGuild): Obj[] => [
    // @everyone shares the guild's id; discord.js reads base permissions from it.
    { id: g.id, name: '@everyone', permissions: String(g.everyonePermissions ?? DEFAULT_MEMBER_PERMISSIONS), position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0, icon: null, unicode_emoji: null },
    { id: botRoleId.get(g.id), name: botUser.username, permissions: String(g.botPermissions ?? DEFAULT_BOT_PERMISSIONS), position: 1, color: 0, hoist: false, managed: true, mentionable: false, flags: 0, icon: null, unicode_emoji: null, tags: { bot_id: botUser.id } },
  ];
  const guildObject = (g: FakeGuild): Obj => ({
    id: g.id,
    name: g.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: g.ownerId ?? '100000000000000999',
    application_id: null,
    afk_channel_id: null,
    afk_timeout: 300,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: 'en-US',
    features: [],
    roles: rolesOf(g),
    emojis: [],
    stickers: [],
    max_members: 500_000,
    max_video_channel_users: 25,
    vanity_url_code: null,
  });
  const guildCreate = (g: FakeGuild, intents: number): Obj => {
    const humans = intents & Intents.GuildMembers ? (g.members ?? []) : [];
    return {
      ...guildObject(g),
      unavailable: false,
      large: false,
      joined_at: new Date(0).toISOString(),
      member_count: (g.members?.length ?? 0) + 1,
      channels: g.channels.map((c, i) => channelObject(g, c, i)),
      threads: [],
      // Without GuildMembers Discord still sends the bot's own member: discord.js needs it for
      // guild.members.me and permission checks.
      members: [memberObject(g, botUser), ...humans.map((u) => memberObject(g, u))],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  };
  const dmChannel = (userId: string): Obj => {
    let ch = dmChannelByUser.get(userId);
    if (!ch) {
      const u = users.get(userId) ?? { id: userId, username: `user${userId.slice(-4)}` };
      knowUser(u);
      ch = { id: snowflake(), type: 1, last_message_id: null, flags: 0, recipients: [userObject(u)] };
      dmChannelByUser.set(userId, ch);
      dmUserByChannel.set(ch.id, userId);
    }
    return ch;
  };
  const channelExists = (id: string) => guildChannel.has(id) || dmUserByChannel.has(id);
  const log = (channelId: string): FakeMessage[] => {
    let l = channelLogs.get(channelId);
    if (!l) channelLogs.set(channelId, (l = []));
    return l;
  };
  const findMessage = (channelId: string, messageId: string): FakeMessage => {
    const m = channelLogs.get(channelId)?.find((x) => x.id === messageId);
    if (!m) throw unknown(10008, 'Message');
    return m;
  };
  const createMessage = (channelId: string, author: FakeUser, body: Obj, extra: Obj = {}): FakeMessage => {
    const guildId = guildChannel.get(channelId)?.guild.id;
    const m: FakeMessage = {
      id: snowflake(),
      channel_id: channelId,
      ...(guildId ? { guild_id: guildId } : {}),
      type: 0,
      content: body.content ?? '',
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      attachments: body.attachments ?? [],
      sticker_items: [],
      author: userObject(author),
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: Boolean(body.tts),
      pinned: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      flags: body.flags ?? 0,
      ...(body.nonce !== undefined ? { nonce: body.nonce } : {}),
      ...(body.message_reference ? { message_reference: body.message_reference } : {}),
      ...extra,
    };
    log(channelId).push(m);
    changed();
    return m;
  };
  const editMessage = (m: FakeMessage, body: Obj) => {
    for (const key of ['content', 'embeds', 'components', 'attachments'] as const) {
      if (body[key] !== undefined && body[key] !== null) m[key] = body[key];
    }
    // Only SUPPRESS_EMBEDS (4) can be changed by an edit; editing a deferred reply ends LOADING (128).
    if (typeof body.flags === 'number') m.flags = (m.flags & ~4) | (body.flags & 4);
    m.flags &= ~128;
    m.edited_timestamp = new Date().toISOString();
    changed();
  };
  const deleteMessage = (m: FakeMessage) => {
    const l = log(m.channel_id);
    const i = l.indexOf(m);
    if (i >= 0) l.splice(i, 1);
    changed();
  };

  /** A unicode emoji Discord knows: pictographs, flags, keycaps (letters and words are Unknown Emoji 10014). */
  const knownUnicodeEmoji = (name: string) =>
    !/[A-Za-z0-9 ]/.test(name.replace(/[#*0-9]\uFE0F?\u20E3/g, '')) && /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u.test(name);
  /** Autocomplete results: at most 25 choices, each name 1-100 characters, a string value at most 100. */
  const validateChoices = (choices: unknown) => {
    if (choices === undefined) return;
    if (!Array.isArray(choices) || choices.length > 25) throw formError(['data', 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    choices.forEach((c: Obj, i) => {
      if (typeof c?.name !== 'string' || [...c.name].length < 1 || [...c.name].length > 100)
        throw formError(['data', 'choices', i, 'name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
      if (typeof c.value === 'string' && [...c.value].length > 100)
        throw formError(['data', 'choices', i, 'value'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    });
  };
  /** Application command size: name, description, and every option's and choice's name, description and value, at most 4,000 characters. */
  const commandSize = (c: Obj): number => {
    const walk = (opts: Obj[] | undefined): number =>
      (opts ?? []).reduce(
        (sum, o) =>
          sum + String(o.name ?? '').length + String(o.description ?? '').length + walk(o.options) +
          (o.choices ?? []).reduce((n: number, ch: Obj) => n + String(ch.name ?? '').length + String(ch.value ?? '').length, 0),
        0,
      );
    return String(c.name ?? '').length + String(c.description ?? '').length + walk(c.options);
  };
  const nameOk = (name: unknown) => typeof name === 'string' && /^[-_\p{L}\p{N}]{1,32}$/u.test(name) && name === name.toLowerCase();
  const validateCommands = (list: Obj[]) => {
    if (list.length > 100) throw formError([], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
    const seen = new Set<string>();
    list.forEach((c, i) => {
      const chatInput = (c.type ?? 1) === 1;
      if (chatInput ? !nameOk(c.name) : !(typeof c.name === 'string' && c.name.length >= 1 && c.name.length <= 32))
        throw formError([i, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
      if (seen.has(`${c.type ?? 1}:${c.name}`)) throw formError([i, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', 'Application command names must be unique');
      seen.add(`${c.type ?? 1}:${c.name}`);
      if (chatInput && (typeof c.description !== 'string' || c.description.length < 1 || c.description.length > 100))
        throw formError([i, 'description'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
      if (commandSize(c) > 4000) throw formError([i], 'APPLICATION_COMMAND_TOO_LARGE', 'Command exceeds maximum size (4000)');
      const walk = (opts: Obj[] | undefined, path: (string | number)[]) => {
        if (!opts) return;
        if (opts.length > 25) throw formError(path, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
        // Option names are unique among siblings; required options come before optional ones.
        const names = new Set<string>();
        let optionalSeen = false;
        opts.forEach((o, j) => {
          if (names.has(o.name)) throw formError([...path, j, 'name'], 'APPLICATION_COMMAND_OPTION_NAME_ALREADY_EXISTS', 'Option names must be unique');
          names.add(o.name);
          if (o.type !== 1 && o.type !== 2) {
            if (o.required && optionalSeen) throw formError([...path, j, 'required'], 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options');
            if (!o.required) optionalSeen = true;
          }
          if (!nameOk(o.name)) throw formError([...path, j, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
          if (typeof o.description !== 'string' || o.description.length < 1 || o.description.length > 100)
            throw formError([...path, j, 'description'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
          if ((o.choices?.length ?? 0) > 25) throw formError([...path, j, 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
          walk(o.options, [...path, j, 'options']);
        });
      };
      walk(c.options, [i, 'options']);
    });
  };
  const storeCommands = (guildId: string, list: Obj[]): StoredCommand[] => {
    validateCommands(list);
    const before = commandStore.get(guildId) ?? [];
    // Discord keeps a command's id when a bulk overwrite keeps its name and type.
    const stored = list.map((c): StoredCommand => {
      const old = before.find((o) => o.name === c.name && o.type === (c.type ?? 1));
      return {
        default_member_permissions: null,
        nsfw: false,
        contexts: null,
        integration_types: [0],
        options: [],
        ...c,
        name: String(c.name),
        type: c.type ?? 1,
        description: c.description ?? '',
        id: old?.id ?? snowflake(),
        application_id: applicationId,
        version: snowflake(),
        ...(guildId ? { guild_id: guildId } : {}),
      };
    });
    commandStore.set(guildId, stored);
    return stored;
  };

  // --- gateway ---------------------------------------------------------------------------------
  const intentFor = (t: string, d: Obj): number => {
    switch (t) {
      case 'MESSAGE_CREATE':
      case 'MESSAGE_UPDATE':
      case 'MESSAGE_DELETE':
        return d.guild_id ? Intents.GuildMessages : Intents.DirectMessages;
      case 'MESSAGE_REACTION_ADD':
      case 'MESSAGE_REACTION_REMOVE':
      case 'MESSAGE_REACTION_REMOVE_ALL':
        return d.guild_id ? Intents.GuildMessageReactions : Intents.DirectMessageReactions;
      case 'GUILD_CREATE':
      case 'GUILD_UPDATE':
      case 'GUILD_DELETE':
      case 'CHANNEL_CREATE':
      case 'CHANNEL_UPDATE':
      case 'CHANNEL_DELETE':
        return Intents.Guilds;
      case 'GUILD_MEMBER_ADD':
      case 'GUILD_MEMBER_REMOVE':
        return Intents.GuildMembers;
      default:
        return 0; // READY, RESUMED, INTERACTION_CREATE...: no intent needed
    }
  };
  const sendRaw = (ws: WebSocket, payload: Obj | string) =>
    new Promise<void>((resolve) => {
      if (ws.readyState !== ws.OPEN) return resolve();
      ws.send(typeof payload === 'string' ? payload : JSON.stringify(payload), () => resolve());
    });
  const sendDispatch = (s: Session, t: string, d: Obj): Promise<void> => {
    s.seq += 1;
    const text = JSON.stringify({ op: 0, t, s: s.seq, d });
    s.log.push({ s: s.seq, text });
    if (s.log.length > 500) s.log.shift();
    return s.conn ? sendRaw(s.conn, text) : Promise.resolve();
  };
  /** Sends to every ready session whose intents allow it; waits for one if none is connected. */
  const dispatch = async (t: string, d: Obj | ((s: Session) => Obj), wait = true): Promise<number> => {
    if (wait) await waitFor(() => [...sessions.values()].some((s) => s.ready && s.conn), 5_000, 'a ready gateway session');
    let reached = 0;
    for (const s of sessions.values()) {
      if (!s.ready || !s.conn) continue;
      const data = typeof d === 'function' ? d(s) : d;
      // GUILD_* events carry the guild as `id` (GUILD_MEMBER_* and others as guild_id).
      const guildId: string | undefined = /^GUILD_(CREATE|UPDATE|DELETE)$/.test(t) ? data.id : data.guild_id;
      if (!shardHolds(s.shard, guildId)) continue;
      const need = intentFor(t, data);
      if (need && !(s.intents & need)) continue;
      await sendDispatch(s, t, data);
      reached += 1;
    }
    changed();
    return reached;
  };

  const onGatewayMessage = async (ws: WebSocket, conn: { session: Session | null }, raw: string) => {
    let msg: Obj;
    try {
      msg = JSON.parse(raw);
    } catch {
      ws.close(4002, 'Error while decoding payload.');
      return;
    }
    gatewayReceived.push({ op: msg.op, d: msg.d ?? null });
    changed();
    switch (msg.op) {
      case 1: // heartbeat: discord.js zombie-checks the ACK
        await sendRaw(ws, { op: 11 });
        return;
      case 2: {
        // IDENTIFY
        if (conn.session) return ws.close(4005, 'Already authenticated.');
        if (options.token !== undefined && msg.d?.token !== options.token) return ws.close(4004, 'Authentication failed.');
        const intents = msg.d?.intents;
        if (typeof intents !== 'number' || intents < 0) return ws.close(4013, 'Invalid intent(s).');
        if (intents & PRIVILEGED_INTENTS & ~(options.privilegedIntents ?? 0)) return ws.close(4014, 'Disallowed intent(s).');
        const shard = msg.d?.shard ?? [0, 1];
        const validShard =
          Array.isArray(shard) && shard.length === 2 && shard.every((n) => Number.isInteger(n)) && shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1];
        if (!validShard) return ws.close(4010, 'Invalid shard.');
        lastIntents = intents;
        const session: Session = { id: randomBytes(16).toString('hex'), seq: 0, intents, conn: ws, ready: false, log: [], shard: shard as [number, number] };
        const held = guilds.filter((g) => shardHolds(session.shard, g.id));
        sessions.set(session.id, session);
        conn.session = session;
        await sendDispatch(session, 'READY', {
          v: 10,
          user: { ...userObject(botUser), verified: true, mfa_enabled: false },
          guilds: held.map((g) => ({ id: g.id, unavailable: true })),
          session_id: session.id,
          session_type: 'normal',
          resume_gateway_url: gatewayUrl,
          shard: session.shard,
          application: { id: applicationId, flags: 0 },
          user_settings: {},
          private_channels: [],
          presences: [],
          relationships: [],
          guild_join_requests: [],
          geo_ordered_rtc_regions: [],
          auth: {},
        });
        // discord.js stays un-ready (15 s) until every guild in READY has had its GUILD_CREATE;
        // without the Guilds intent Discord sends none and discord.js does not wait.
        if (intents & Intents.Guilds) {
          for (const g of held) await sendDispatch(session, 'GUILD_CREATE', guildCreate(g, intents));
        }
        session.ready = true;
        changed();
        return;
      }
      case 6: {
        // RESUME: replay what the session missed, then RESUMED.
        const session = sessions.get(msg.d?.session_id);
        if (!session || (session.conn && session.conn !== ws) || conn.session) {
          await sendRaw(ws, { op: 9, d: false });
          return;
        }
        session.conn = ws;
        conn.session = session;
        for (const entry of session.log) if (entry.s > (msg.d.seq ?? 0)) await sendRaw(ws, entry.text);
        await sendDispatch(session, 'RESUMED', {});
        changed();
        return;
      }
      case 8: {
        // REQUEST_GUILD_MEMBERS: one chunk (guild.members.fetch() waits for it).
        const g = guildById.get(msg.d?.guild_id);
        if (!g || !conn.session) return;
        const ids: string[] | undefined = msg.d.user_ids ? [msg.d.user_ids].flat() : undefined;
        const query: string = msg.d.query ?? '';
        const all = [botUser, ...(g.members ?? [])];
        const found = all.filter((u) => (ids ? ids.includes(u.id) : u.username.startsWith(query)));
        await sendDispatch(conn.session, 'GUILD_MEMBERS_CHUNK', {
          guild_id: g.id,
          members: found.map((u) => memberObject(g, u)),
          chunk_index: 0,
          chunk_count: 1,
          not_found: ids ? ids.filter((id) => !found.some((u) => u.id === id)) : [],
          nonce: msg.d.nonce,
        });
        return;
      }
      default:
        return; // presence/voice updates: recorded, nothing to answer
    }
  };

  // --- interactions ----------------------------------------------------------------------------
  const optionList = (options: CommandOptions | undefined): Obj[] => {
    if (!options) return [];
    if (Array.isArray(options)) return options;
    return Object.entries(options).map(([name, value]) => ({
      name,
      value,
      type: typeof value === 'boolean' ? 5 : typeof value === 'number' ? (Number.isInteger(value) ? 4 : 10) : 3,
    }));
  };
  /** USER (6), CHANNEL (7), ROLE (8) options: discord.js reads the objects from data.resolved. */
  const resolvedFor = (opts: Obj[], guild: FakeGuild | undefined): Obj | undefined => {
    const resolved: Obj = {};
    const walk = (list: Obj[]) => {
      for (const o of list) {
        if (o.options) walk(o.options);
        if (o.type === 6) {
          const u = users.get(String(o.value)) ?? { id: String(o.value), username: `user${String(o.value).slice(-4)}` };
          (resolved.users ??= {})[u.id] = userObject(u);
          if (guild) {
            const { user: _user, ...member } = memberObject(guild, u, { permissions: String(DEFAULT_MEMBER_PERMISSIONS) });
            (resolved.members ??= {})[u.id] = member;
          }
        } else if (o.type === 7) {
          const found = guildChannel.get(String(o.value));
          if (found) (resolved.channels ??= {})[found.channel.id] = { ...channelObject(found.guild, found.channel, 0), permissions: String(DEFAULT_MEMBER_PERMISSIONS) };
        } else if (o.type === 8 && guild) {
          const role = rolesOf(guild).find((r) => r.id === String(o.value));
          if (role) (resolved.roles ??= {})[role.id] = role;
        }
      }
    };
    walk(opts);
    return Object.keys(resolved).length ? resolved : undefined;
  };
  const baseInteraction = (input: Partial<InteractionInput> & { user: FakeUser; channelId: string }, type: number): Obj => {
    knowUser(input.user);
    const guild = input.guildId ? guildById.get(input.guildId) : undefined;
    if (input.guildId && !guild) throw new Error(`fake Discord: unknown guild ${input.guildId}`);
    const id = snowflake();
    const common: Obj = {
      id,
      application_id: applicationId,
      type,
      token: `fake-itoken-${id}-${randomBytes(12).toString('hex')}`,
      version: 1,
      channel_id: input.channelId,
      locale: input.locale ?? 'en-US',
      // Without these two discord.js throws inside its gateway handler (TESTING.md).
      entitlements: [],
      authorizing_integration_owners: guild ? { '0': guild.id } : {},
      attachment_size_limit: 10 * 1024 * 1024,
    };
    if (guild) {
      const found = guildChannel.get(input.channelId);
      if (!found || found.guild !== guild) throw new Error(`fake Discord: channel ${input.channelId} is not in guild ${guild.id}`);
      const perms = String(input.memberPermissions ?? DEFAULT_MEMBER_PERMISSIONS);
      return {
        ...common,
        guild_id: guild.id,
        guild: { id: guild.id, locale: 'en-US', features: [] },
        guild_locale: 'en-US',
        // interaction.channelId comes from this object, not from channel_id.
        channel: { ...channelObject(guild, found.channel, 0), permissions: perms },
        member: memberObject(guild, input.user, { permissions: perms }),
        app_permissions: String(botPermissions(guild)),
        context: 0,
      };
    }
    const dm = dmChannel(input.user.id);
    if (dm.id !== input.channelId) throw new Error(`fake Discord: ${input.channelId} is not the DM channel of ${input.user.id} (${dm.id})`);
    return {
      ...common,
      channel: dm,
      user: userObject(input.user),
      app_permissions: String(DEFAULT_BOT_PERMISSIONS),
      context: 1,
    };
  };
  const commandData = (guildId: string | undefined, name: string, opts: Obj[], type = 1): Obj => {
    const registered = (guildId && commandStore.get(guildId)?.find((c) => c.name === name)) || commandStore.get('')?.find((c) => c.name === name);
    const guild = guildId ? guildById.get(guildId) : undefined;
    const resolved = resolvedFor(opts, guild);
    return {
      id: registered ? registered.id : snowflake(),
      name,
      type,
      ...(registered?.guild_id ? { guild_id: registered.guild_id } : {}),
      ...(opts.length ? { options: opts } : {}),
      ...(resolved ? { resolved } : {}),
    };
  };
  const deliverInteraction = async (payload: Obj): Promise<InteractionRecord> => {
    const record: InteractionRecord = { id: payload.id, token: payload.token, type: payload.type, payload, createdAt: Date.now(), callback: null, original: null, followUps: [] };
    interactions.set(record.id, record);
    interactionByToken.set(record.token, record);
    const reached = await dispatch('INTERACTION_CREATE', payload);
    if (!reached) throw new Error('fake Discord: no gateway session to deliver the interaction to');
    record.createdAt = Date.now();
    return record;
  };

  const interactionMessageExtra = (rec: InteractionRecord, type: number): Obj => ({
    type,
    webhook_id: applicationId,
    application_id: applicationId,
    interaction_metadata: {
      id: rec.id,
      type: rec.type,
      user: rec.payload.member?.user ?? rec.payload.user,
      authorizing_integration_owners: rec.payload.authorizing_integration_owners,
      ...(rec.type === 2 ? { name: rec.payload.data.name } : {}),
    },
  });
  const interactionMessage = (rec: InteractionRecord, body: Obj, type: number): FakeMessage => {
    const m = createMessage(rec.payload.channel_id, botUser, body, interactionMessageExtra(rec, type));
    if (m.flags & 64) hiddenMessages.add(m.id);
    return m;
  };
  const handleCallback = (rec: InteractionRecord, body: Obj, withResponse: boolean): [number, Obj | undefined] => {
    if (rec.callback) throw new HttpError(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
    if (Date.now() - rec.createdAt > interactionDeadline) throw unknown(10062, 'interaction');
    const data: Obj = body.data ?? {};
    const isComponent = rec.type === 3;
    switch (body.type) {
      case 4: // CHANNEL_MESSAGE_WITH_SOURCE
        validateMessage(data, true);
        rec.original = interactionMessage(rec, data, rec.type === 2 ? 20 : 19);
        break;
      case 5: // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE: a "thinking..." message (flag LOADING 128)
        rec.original = interactionMessage(rec, { content: '', flags: 128 | ((data.flags ?? 0) & 64) }, rec.type === 2 ? 20 : 19);
        break;
      case 6: // DEFERRED_UPDATE_MESSAGE
        if (!isComponent) throw new HttpError(400, { message: 'Interaction callback type is invalid', code: 50035 });
        rec.original = sourceMessage.get(rec.id) ?? null;
        break;
      case 7: // UPDATE_MESSAGE
        if (!isComponent) throw new HttpError(400, { message: 'Interaction callback type is invalid', code: 50035 });
        validateMessage(data, false);
        rec.original = sourceMessage.get(rec.id) ?? null;
        if (rec.original) editMessage(rec.original, data);
        break;
      case 8: // APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
        if (rec.type !== 4) throw new HttpError(400, { message: 'Interaction callback type is invalid', code: 50035 });
        validateChoices(data.choices);
        break;
      case 9: // MODAL
        break;
      default:
        throw formError(['type'], 'BASE_TYPE_CHOICES', 'Value must be one of {4, 5, 6, 7, 8, 9, 10, 12}.');
    }
    rec.callback = { type: body.type, data: body.data };
    changed();
    if (!withResponse) return [204, undefined];
    // InteractionCallbackResponse, as returned for ?with_response=true.
    const m = rec.original;
    return [200, {
      interaction: {
        id: rec.id,
        type: rec.type,
        response_message_id: m?.id,
        response_message_loading: body.type === 5,
        response_message_ephemeral: m ? Boolean(m.flags & 64) : undefined,
      },
      resource: { type: body.type, ...(m && body.type !== 6 ? { message: m } : {}) },
    }];
  };
  const webhookInteraction = (app: string, token: string): InteractionRecord => {
    const rec = interactionByToken.get(token);
    if (app !== applicationId || !rec) throw unknown(10015, 'Webhook');
    if (Date.now() - rec.createdAt > tokenTtl) throw new HttpError(401, { message: 'Invalid Webhook Token', code: 50027 });
    return rec;
  };
  const webhookMessage = (rec: InteractionRecord, rawMid: string): FakeMessage => {
    const mid = decodeURIComponent(rawMid); // discord.js sends %40original
    const m = mid === '@original' ? rec.original : (rec.followUps.find((f) => f.id === mid) ?? (rec.original?.id === mid ? rec.original : null));
    if (!m) throw unknown(10008, 'Message');
    return m;
  };

  // --- REST ------------------------------------------------------------------------------------
  type Handler = (m: RegExpMatchArray, body: Obj, query: URLSearchParams) => [number, Obj | undefined];
  const routes: [string, RegExp, Handler][] = [
    ['GET', /^\/gateway\/bot$/, () => [200, {
      url: gatewayUrl,
      shards: options.recommendedShards ?? 1,
      // login() throws without session_start_limit (TESTING.md).
      session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
    }]],
    ['GET', /^\/gateway$/, () => [200, { url: gatewayUrl }]],
    ['GET', /^\/users\/@me$/, () => [200, { ...userObject(botUser), verified: true, mfa_enabled: false }]],
    ['GET', /^\/users\/(\d+)$/, (m) => {
      const u = users.get(m[1]!);
      if (!u) throw unknown(10013, 'User');
      return [200, userObject(u)];
    }],
    ['POST', /^\/users\/@me\/channels$/, (_m, body) => {
      if (!/^\d+$/.test(String(body.recipient_id))) throw formError(['recipient_id'], 'NUMBER_TYPE_COERCE', 'Value is not snowflake.');
      return [200, dmChannel(String(body.recipient_id))];
    }],
    ['GET', /^\/applications\/@me$/, () => [200, {
      id: applicationId, name: botUser.username, icon: null, description: '', bot_public: true, bot_require_code_grant: false,
      flags: 0, owner: userObject({ id: '100000000000000999', username: 'owner' }), team: null, verify_key: '0'.repeat(64),
      summary: '', tags: [], install_params: null, integration_types_config: { '0': {} }, bot: userObject(botUser),
    }]],
    ['GET', /^\/applications\/(\d+)\/commands$/, (m) => {
      if (m[1] !== applicationId) throw unknown(10002, 'Application');
      return [200, commandStore.get('') ?? []];
    }],
    ['PUT', /^\/applications\/(\d+)\/commands$/, (m, body) => {
      if (m[1] !== applicationId) throw unknown(10002, 'Application');
      return [200, storeCommands('', Array.isArray(body) ? body : [])];
    }],
    ['GET', /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, (m) => {
      if (m[1] !== applicationId) throw unknown(10002, 'Application');
      if (!guildById.has(m[2]!)) throw new HttpError(403, { message: 'Missing Access', code: 50001 });
      return [200, commandStore.get(m[2]!) ?? []];
    }],
    ['PUT', /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, (m, body) => {
      if (m[1] !== applicationId) throw unknown(10002, 'Application');
      // Discord answers 50001 for a guild the bot is not in.
      if (!guildById.has(m[2]!)) throw new HttpError(403, { message: 'Missing Access', code: 50001 });
      return [200, storeCommands(m[2]!, Array.isArray(body) ? body : [])];
    }],
    ['GET', /^\/guilds\/(\d+)$/, (m) => {
      const g = guildById.get(m[1]!);
      if (!g) throw unknown(10004, 'Guild');
      return [200, guildObject(g)];
    }],
    ['GET', /^\/guilds\/(\d+)\/channels$/, (m) => {
      const g = guildById.get(m[1]!);
      if (!g) throw unknown(10004, 'Guild');
      return [200, g.channels.map((c, i) => channelObject(g, c, i))];
    }],
    ['GET', /^\/guilds\/(\d+)\/roles$/, (m) => {
      const g = guildById.get(m[1]!);
      if (!g) throw unknown(10004, 'Guild');
      return [200, rolesOf(g)];
    }],
    ['GET', /^\/guilds\/(\d+)\/members\/(\d+)$/, (m) => {
      const g = guildById.get(m[1]!);
      if (!g) throw unknown(10004, 'Guild');
      const u = [botUser, ...(g.members ?? [])].find((x) => x.id === m[2]);
      if (!u) throw unknown(10007, 'Member');
      return [200, memberObject(g, u)];
    }],
    ['GET', /^\/channels\/(\d+)$/, (m) => {
      const found = guildChannel.get(m[1]!);
      if (found) return [200, channelObject(found.guild, found.channel, found.guild.channels.indexOf(found.channel))];
      const userId = dmUserByChannel.get(m[1]!);
      if (userId) return [200, dmChannel(userId)];
      throw unknown(10003, 'Channel');
    }],
    ['GET', /^\/channels\/(\d+)\/messages$/, (m, _b, q) => {
      if (!channelExists(m[1]!)) throw unknown(10003, 'Channel');
      requirePermissions(m[1]!, [Permissions.ReadMessageHistory]);
      let list = [...log(m[1]!)].filter((x) => !hiddenMessages.has(x.id)).reverse(); // newest first
      const before = q.get('before');
      const after = q.get('after');
      if (before) list = list.filter((x) => BigInt(x.id) < BigInt(before));
      if (after) list = list.filter((x) => BigInt(x.id) > BigInt(after));
      return [200, list.slice(0, Number(q.get('limit') ?? 50))];
    }],
    ['POST', /^\/channels\/(\d+)\/messages$/, (m, body) => {
      const channelId = m[1]!;
      if (!channelExists(channelId)) throw unknown(10003, 'Channel');
      const dmUser = dmUserByChannel.get(channelId);
      if (dmUser && closedDms.has(dmUser)) throw new HttpError(403, { message: 'Cannot send messages to this user', code: 50007 });
      requirePermissions(channelId, [Permissions.SendMessages]);
      validateMessage(body, true);
      // enforce_nonce: a repeat of a recent nonce in this channel returns the first message.
      const key = `${channelId}:${body.nonce}`;
      if (body.enforce_nonce && body.nonce !== undefined) {
        const seen = nonces.get(key);
        if (seen && Date.now() - seen.at < nonceWindow) return [200, seen.message];
      }
      const msg = createMessage(channelId, botUser, body);
      if (body.nonce !== undefined) nonces.set(key, { message: msg, at: Date.now() });
      // Discord echoes the bot's own messages over the gateway (intent-gated); fire and forget.
      void echoMessage(msg);
      return [200, msg];
    }],
    ['GET', /^\/channels\/(\d+)\/messages\/(\d+)$/, (m) => [200, findMessage(m[1]!, m[2]!)]],
    ['PATCH', /^\/channels\/(\d+)\/messages\/(\d+)$/, (m, body) => {
      const msg = findMessage(m[1]!, m[2]!);
      if (msg.author.id !== botUser.id) throw new HttpError(403, { message: 'Cannot edit a message authored by another user', code: 50005 });
      validateMessage(body, false);
      editMessage(msg, body);
      return [200, msg];
    }],
    ['DELETE', /^\/channels\/(\d+)\/messages\/(\d+)$/, (m) => {
      deleteMessage(findMessage(m[1]!, m[2]!));
      return [204, undefined];
    }],
    ['PUT', /^\/channels\/(\d+)\/messages\/(\d+)\/reactions\/([^/]+)\/@me$/, (m) => {
      const msg = findMessage(m[1]!, m[2]!);
      const emoji = parseEmoji(m[3]!);
      // Custom emoji: this fake's guilds have none. Unicode: it must be an emoji Discord knows.
      if (emoji.id || !knownUnicodeEmoji(emoji.name)) throw new HttpError(400, { message: 'Unknown Emoji', code: 10014 });
      const reactions = (msg.reactions ??= []);
      const r = reactions.find((x) => sameEmoji(x.emoji, emoji));
      // Reacting needs Read Message History; a new emoji also Add Reactions, and a message holds
      // at most 20 distinct ones (30010 Maximum number of reactions reached).
      requirePermissions(m[1]!, r ? [Permissions.ReadMessageHistory] : [Permissions.ReadMessageHistory, Permissions.AddReactions]);
      if (!r && reactions.length >= 20) throw new HttpError(400, { message: 'Maximum number of reactions reached (20)', code: 30010 });
      if (!r) reactions.push({ emoji, count: 1, me: true, count_details: { burst: 0, normal: 1 }, burst_colors: [], me_burst: false });
      else if (!r.me) {
        r.me = true;
        r.count += 1;
      }
      changed();
      return [204, undefined];
    }],
    ['DELETE', /^\/channels\/(\d+)\/messages\/(\d+)\/reactions\/([^/]+)\/@me$/, (m) => {
      const msg = findMessage(m[1]!, m[2]!);
      const emoji = parseEmoji(m[3]!);
      const r = msg.reactions?.find((x) => sameEmoji(x.emoji, emoji));
      if (r?.me) {
        r.me = false;
        r.count -= 1;
        if (r.count === 0) msg.reactions = msg.reactions!.filter((x) => x !== r);
      }
      changed();
      return [204, undefined];
    }],
    ['POST', /^\/interactions\/(\d+)\/([^/]+)\/callback$/, (m, body, q) => {
      const rec = interactions.get(m[1]!);
      if (!rec || rec.token !== m[2]) throw unknown(10062, 'interaction');
      return handleCallback(rec, body, q.get('with_response') === 'true');
    }],
    ['POST', /^\/webhooks\/(\d+)\/([^/]+)$/, (m, body, q) => {
      const rec = webhookInteraction(m[1]!, m[2]!);
      // Follow-ups need the interaction acknowledged first.
      if (!rec.callback) throw unknown(10015, 'Webhook');
      validateMessage(body, true);
      const msg = interactionMessage(rec, body, 0);
      rec.followUps.push(msg);
      changed();
      return q.get('wait') === 'true' ? [200, msg] : [204, undefined];
    }],
    ['GET', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/, (m) => [200, webhookMessage(webhookInteraction(m[1]!, m[2]!), m[3]!)]],
    ['PATCH', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/, (m, body) => {
      const msg = webhookMessage(webhookInteraction(m[1]!, m[2]!), m[3]!);
      validateMessage(body, false);
      editMessage(msg, body);
      return [200, msg];
    }],
    ['DELETE', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/, (m) => {
      const rec = webhookInteraction(m[1]!, m[2]!);
      const msg = webhookMessage(rec, m[3]!);
      deleteMessage(msg);
      if (rec.original === msg) rec.original = null;
      rec.followUps = rec.followUps.filter((f) => f !== msg);
      return [204, undefined];
    }],
  ];
  /** Interaction callbacks and webhook routes are authenticated by their token, not the bot token. */
  const needsAuth = (path: string) => !/^\/(interactions|webhooks)\//.test(path);

  const parseEmoji = (segment: string): { id: string | null; name: string } => {
    const text = decodeURIComponent(segment);
    const custom = /^(.+):(\d+)$/.exec(text);
    return custom ? { name: custom[1]!, id: custom[2]! } : { name: text, id: null };
  };
  const sameEmoji = (a: { id?: string | null; name: string }, b: { id?: string | null; name: string }) =>
    a.id ? a.id === b.id : !b.id && a.name === b.name;

  const readBody = (req: IncomingMessage): Promise<Buffer> =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks)));
      req.on('error', reject);
    });
  const parseBody = (raw: Buffer, contentType: string | undefined): Obj | undefined => {
    if (!raw.length) return undefined;
    const text = raw.toString('utf8');
    if (contentType?.startsWith('multipart/form-data')) {
      // Messages with files: the JSON is the payload_json part, files are files[n].
      const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
      const parts = boundary ? text.split(`--${boundary[1] ?? boundary[2]}`) : [];
      const payload = parts.find((p) => /name="payload_json"/.test(p));
      const files = parts.flatMap((p) => /name="(files\[\d+\])"; filename="([^"]*)"/.exec(p)?.slice(1, 3) ?? []);
      const json = payload ? JSON.parse(payload.slice(payload.indexOf('\r\n\r\n') + 4).replace(/\r\n$/, '')) : {};
      return files.length ? { ...json, _files: files.filter((_, i) => i % 2 === 1) } : json;
    }
    try {
      return JSON.parse(text);
    } catch {
      return { _raw: text };
    }
  };

  const echoMessage = (msg: FakeMessage) => dispatch('MESSAGE_CREATE', (s) => gatewayMessage(msg, s.intents), false);
  /** MESSAGE_CREATE as a session sees it: no MessageContent intent, no content (except DMs,
   *  mentions of the bot and the bot's own messages). */
  const gatewayMessage = (msg: FakeMessage, intents: number): Obj => {
    const visible = intents & Intents.MessageContent || !msg.guild_id || msg.author.id === botUser.id || msg.content.includes(`<@${botUser.id}>`);
    const g = msg.guild_id ? guildById.get(msg.guild_id) : undefined;
    const user = users.get(msg.author.id);
    const member = g && user ? (({ user: _u, ...rest }) => rest)(memberObject(g, user)) : undefined;
    return {
      ...msg,
      ...(member ? { member } : {}),
      ...(visible ? {} : { content: '', embeds: [], attachments: [], components: [] }),
    };
  };

  const handleHttp = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const body = parseBody(await readBody(req), req.headers['content-type']);
    const entry: RecordedRequest = { method, path: url.pathname, query: url.searchParams, body, headers: req.headers, status: 0, at: Date.now() };
    requests.push(entry);
    const answer = (status: number, payload: Obj | string | undefined, headers: Record<string, string> = {}) => {
      entry.status = status;
      if (payload === undefined) res.writeHead(status, headers).end();
      else if (typeof payload === 'string') res.writeHead(status, { 'content-type': 'text/plain', ...headers }).end(payload);
      else res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(payload));
      changed();
    };
    const rateLimited = (after: number, global = false) =>
      answer(429, { message: 'You are being rate limited.', retry_after: after, global }, {
        'retry-after': String(after),
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset-after': String(after),
        'x-ratelimit-reset': String(Date.now() / 1000 + after),
        'x-ratelimit-bucket': 'fakebucket',
        'x-ratelimit-scope': global ? 'global' : 'user',
        ...(global ? { 'x-ratelimit-global': 'true' } : {}),
      });
    if (options.globalLimitPerSecond !== undefined && !/^\/api\/v10\/interactions\//.test(url.pathname)) {
      while (globalWindow.length && globalWindow[0]! <= entry.at - 1000) globalWindow.shift();
      if (globalWindow.length >= options.globalLimitPerSecond) {
        const after = Math.max(0.001, (globalWindow[0]! + 1000 - entry.at) / 1000);
        return rateLimited(after, true);
      }
      globalWindow.push(entry.at);
    }
    const rule = failRules.find((r) => (!r.method || r.method.toUpperCase() === method) && r.pathPattern.test(url.pathname));
    if (rule) {
      rule.left -= 1;
      if (rule.left <= 0) failRules.splice(failRules.indexOf(rule), 1);
      if (rule.status === 429) return rateLimited(rule.retryAfterSeconds ?? 0.25, Boolean(rule.global));
      if (rule.status === 403) return answer(403, { message: 'Missing Permissions', code: 50013 });
      return answer(500, 'Internal Server Error');
    }

    // A random fault (setFaults): before the work, or after it in place of the answer.
    const fault = faults?.next() ?? null;
    const failInstead = () => {
      if (fault?.kind === '500') answer(500, 'Internal Server Error');
      else changed(); // silence: the request stays open until the client gives up
    };
    if (fault?.kind === '429') return rateLimited(fault.retryAfterSeconds);
    if (fault && !fault.applied) return failInstead();
    const send: typeof answer = fault ? () => failInstead() : answer;

    const versioned = /^\/api\/v10(\/.*)$/.exec(url.pathname);
    if (!versioned) return send(404, { message: '404: Not Found', code: 0 });
    const path = versioned[1]!;
    if (needsAuth(path) && path !== '/gateway') {
      const auth = req.headers.authorization ?? '';
      const ok = options.token === undefined ? auth.startsWith('Bot ') : auth === `Bot ${options.token}`;
      if (!ok) return send(401, { message: '401: Unauthorized', code: 0 });
    }
    if (hasLoneSurrogate(body)) return send(500, { message: '500: Internal Server Error', code: 0 });
    for (const [m, pattern, handler] of routes) {
      const match = m === method ? pattern.exec(path) : null;
      if (!match) continue;
      try {
        const [status, payload] = handler(match, body ?? {}, url.searchParams);
        return send(status, payload);
      } catch (err) {
        if (err instanceof HttpError) return send(err.status, err.body);
        return send(500, { message: String(err), code: 0 });
      }
    }
    return send(404, { message: '404: Not Found', code: 0 });
  };

  // --- server ----------------------------------------------------------------------------------
  const server = createServer((req, res) => {
    handleHttp(req, res).catch((err) => {
      if (!res.headersSent) res.writeHead(500).end(String(err));
    });
  });
  const wss = new WebSocketServer({ noServer: true });
  const sockets = new Set<WebSocket>();
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/gateway') return socket.destroy();
    wss.handleUpgrade(req, socket, head, (ws) => {
      // discord.js asks for ?v=10&encoding=json (and &compress=zlib-stream only with zlib-sync).
      if (url.searchParams.get('v') !== '10') return ws.close(4012, 'Invalid API version');
      if (url.searchParams.get('encoding') !== 'json' || url.searchParams.has('compress')) return ws.close(4002, 'Unsupported encoding');
      sockets.add(ws);
      const conn: { session: Session | null } = { session: null };
      ws.on('message', (data) => {
        onGatewayMessage(ws, conn, data.toString()).catch(() => ws.terminate());
      });
      ws.on('close', () => {
        sockets.delete(ws);
        if (conn.session?.conn === ws) conn.session.conn = null;
        changed();
      });
      void sendRaw(ws, { op: 10, d: { heartbeat_interval: heartbeatInterval } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const apiUrl = `http://127.0.0.1:${port}/api`;
  const gatewayUrl = `ws://127.0.0.1:${port}/gateway`;

  // --- driving helpers -------------------------------------------------------------------------
  const fake: FakeDiscord = {
    apiUrl,
    gatewayUrl,
    botUser,
    applicationId,
    requests,
    gatewayReceived,
    lastIntents: () => lastIntents,
    commands: (guildId) => commandStore.get(guildId ?? '') ?? [],
    messages: (channelId) => (channelLogs.get(channelId) ?? []).filter((m) => !hiddenMessages.has(m.id)),
    dmsTo: (userId) => {
      const ch = dmChannelByUser.get(userId);
      return ch ? (channelLogs.get(ch.id) ?? []).filter((m) => m.author.id === botUser.id) : [];
    },
    dmChannelId: (userId) => dmChannelByUser.get(userId)?.id,
    seedMessage: ({ channelId, content = '', embeds = [], author = botUser }) => {
      if (!channelExists(channelId)) throw new Error(`fake Discord: unknown channel ${channelId}`);
      knowUser(author);
      return createMessage(channelId, author, { content, embeds });
    },
    async sendInteraction(input) {
      const opts = optionList(input.options);
      const payload = baseInteraction(input, 2);
      payload.data = commandData(input.guildId, input.commandName, opts, input.type ?? 1);
      return deliverInteraction(payload);
    },
    async sendAutocomplete(input) {
      const opts = optionList(input.options).map((o) => (o.name === input.focused ? { ...o, focused: true } : o));
      if (!opts.some((o) => o.focused)) opts.push({ name: input.focused, type: 3, value: '', focused: true });
      const payload = baseInteraction(input, 4);
      payload.data = commandData(input.guildId, input.commandName, opts);
      return deliverInteraction(payload);
    },
    async sendButton(input) {
      const message = typeof input.message === 'string'
        ? [...channelLogs.values()].flat().find((m) => m.id === input.message)
        : input.message;
      if (!message) throw new Error(`fake Discord: unknown message ${String(input.message)}`);
      const payload = baseInteraction({ ...input, channelId: message.channel_id, guildId: input.guildId ?? message.guild_id }, 3);
      payload.data = { custom_id: input.customId, component_type: 2 };
      payload.message = message;
      sourceMessage.set(payload.id, message);
      return deliverInteraction(payload);
    },
    async sendReaction(input) {
      const removing = input.remove === true || input.add === false;
      const guildId = input.guildId ?? guildChannel.get(input.channelId)?.guild.id;
      const g = guildId ? guildById.get(guildId) : undefined;
      const user = users.get(input.userId) ?? { id: input.userId, username: `user${input.userId.slice(-4)}` };
      knowUser(user);
      const emoji = { id: input.emoji.id ?? null, name: input.emoji.name };
      const msg = channelLogs.get(input.channelId)?.find((m) => m.id === input.messageId);
      if (msg) {
        // Keep the stored message's reaction counts in step, so a fetch shows the reaction.
        const reactions = (msg.reactions ??= []);
        const r = reactions.find((x) => sameEmoji(x.emoji, emoji));
        if (!removing) {
          if (r) r.count += 1;
          else reactions.push({ emoji, count: 1, me: false, count_details: { burst: 0, normal: 1 }, burst_colors: [], me_burst: false });
        } else if (r) {
          r.count -= 1;
          if (r.count <= 0) msg.reactions = reactions.filter((x) => x !== r);
        }
      }
      const d: Obj = {
        user_id: user.id,
        channel_id: input.channelId,
        message_id: input.messageId,
        emoji,
        burst: false,
        type: 0,
        ...(guildId ? { guild_id: guildId } : {}),
        // Guild reaction adds carry the member; discord.js takes the user from it.
        ...(!removing && g ? { member: memberObject(g, user), message_author_id: msg?.author.id, burst_colors: [] } : {}),
      };
      return (await dispatch(removing ? 'MESSAGE_REACTION_REMOVE' : 'MESSAGE_REACTION_ADD', d)) > 0;
    },
    async sendMessage({ channelId, user, content }) {
      if (!channelExists(channelId)) throw new Error(`fake Discord: unknown channel ${channelId}`);
      knowUser(user);
      const message = createMessage(channelId, user, { content });
      const delivered = (await dispatch('MESSAGE_CREATE', (s) => gatewayMessage(message, s.intents))) > 0;
      return { message, delivered };
    },
    dispatch: (t, d) => dispatch(t, d),
    async reconnectGateway() {
      for (const s of sessions.values()) if (s.conn) await sendRaw(s.conn, { op: 7, d: null });
    },
    closeGateway(code = 4000) {
      for (const ws of sockets) ws.close(code);
    },
    waitForInteractionResponse: (interactionId, timeoutMs = 2_000) =>
      waitFor(() => {
        const rec = interactions.get(interactionId);
        return rec?.callback ? rec : undefined;
      }, timeoutMs, `the response to interaction ${interactionId}`),
    waitForRequest: (method, pathPattern, timeoutMs = 2_000) =>
      waitFor(() => requests.find((r) => r.method === method.toUpperCase() && pathPattern.test(r.path) && r.status), timeoutMs, `${method} ${pathPattern}`),
    waitForMessages: (channelId, count, timeoutMs = 2_000) =>
      waitFor(() => {
        const list = fake.messages(channelId);
        return list.length >= count ? list : undefined;
      }, timeoutMs, `${count} message(s) in ${channelId}`),
    waitFor,
    failNext(rule) {
      failRules.push({ ...rule, left: rule.count ?? 1 });
    },
    setFaults(options) {
      faults = options ? createFaultMode(options) : undefined;
      return faults?.counts;
    },
    dmClosed(userId, isClosed = true) {
      if (isClosed) closedDms.add(userId);
      else closedDms.delete(userId);
    },
    async close() {
      if (closed) return;
      closed = true;
      changed(); // rejects pending waiters, clearing their timers
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const ws of sockets) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}
