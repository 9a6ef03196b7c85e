// A fake Slack (Web API, response_url endpoint and Socket Mode WebSocket on one 127.0.0.1 port) that
// the real @slack/bolt App runs against, in HTTP mode and in Socket Mode. Tests drive it like Slack
// would: signed slash commands, Events API envelopes and button clicks are POSTed to Bolt's
// HTTPReceiver, or pushed as Socket Mode envelopes; the bot's Web API calls are answered the way Slack
// answers them, recorded, and kept as per-channel message logs. Protocol notes are from
// /work/shared/TESTING.md ("Fake Slack") plus what Bolt 4.7 / @slack/web-api 7 / socket-mode 2 need.
import { createHmac, randomUUID } from 'node:crypto';
import { request as httpRequest, createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { createFaultMode, type FaultCounts, type FaultMode, type FaultOptions } from './fault-mode.ts';

/** Loose API payload: the fake passes Slack JSON through, so typing every field buys nothing. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

export interface FakeSlackUser {
  id: string;
  name: string;
  real_name?: string;
  is_admin?: boolean;
  is_owner?: boolean;
  is_bot?: boolean;
  tz?: string;
}
export interface FakeSlackChannel {
  id: string;
  name: string;
  /**
   * Whether the bot is in the channel. Default true. In a public channel the bot is not in, it may
   * still post (chat:write.public) and edit its posts, but history, replies and reactions answer
   * not_in_channel (those scopes cover only conversations the app is in), and no reaction events
   * come from there. A private channel the bot is not in does not exist for it (channel_not_found).
   */
  is_member?: boolean;
  is_private?: boolean;
}
export interface FakeSlackOptions {
  teamId?: string;
  botUserId?: string;
  botId?: string;
  appId?: string;
  users?: FakeSlackUser[];
  /** When given, only these channels (plus DMs) exist: others answer channel_not_found. Default: any id. */
  channels?: FakeSlackChannel[];
  signingSecret?: string;
  /** When set, bot-token methods must carry exactly this token (else invalid_auth). */
  botToken?: string;
  /** When set, apps.connections.open must carry exactly this token (else invalid_auth). */
  appToken?: string;
  /** How long socketSlashCommand & co. wait for Bolt's ack. Slack gives 3 s. */
  ackTimeoutMs?: number;
  /** Check Block Kit payloads like Slack does (invalid_blocks). Default true. */
  validateBlocks?: boolean;
  /**
   * Slack downloads an image element's image_url when the message is posted and refuses the post
   * (invalid_blocks, "downloading image failed") when it cannot. Nothing here reaches the internet:
   * by default every well-formed http(s) URL downloads; a test names the ones that do not.
   */
  imageDownloads?: (url: string) => boolean;
  /**
   * Per-method rate limits as Slack documents them (429 + Retry-After). Default true:
   * chat.postMessage "1 message per second per channel, short bursts allowed" — the fake lets a
   * burst of 3 through within a second and refuses the fourth; conversations.history is Tier 3,
   * "50+ per minute" — the fake refuses the 51st call within a minute.
   */
  rateLimits?: boolean;
  /** A response_url takes "up to 5 times within 30 minutes" (Slack, Handling user interaction). */
  responseUrlUses?: number;
  responseUrlTtlMs?: number;
}

export interface SlackMessage {
  type: 'message';
  /** Where the fake keeps it. Not part of what the API returns. */
  channel: string;
  ts: string;
  text: string;
  user?: string;
  bot_id?: string;
  app_id?: string;
  subtype?: string;
  blocks?: Obj[];
  attachments?: Obj[];
  metadata?: { event_type: string; event_payload: Obj };
  thread_ts?: string;
  reply_count?: number;
  edited?: { user: string; ts: string };
  reactions?: { name: string; users: string[]; count: number }[];
  [key: string]: unknown;
}
export interface RecordedCall {
  /** Web API method, e.g. chat.postMessage. */
  method: string;
  /** Parsed body; form fields holding JSON (blocks, attachments, metadata) are parsed too. */
  body: Obj;
  headers: IncomingHttpHeaders;
  /** From `Authorization: Bearer`, or the body's token field. */
  token: string | undefined;
  /** HTTP status the fake answered with. */
  status: number;
  /** What the fake answered. */
  response: Obj;
  at: number;
}
export interface EphemeralMessage {
  channel: string;
  user: string;
  text: string;
  blocks?: Obj[];
  thread_ts?: string;
  message_ts: string;
  /** How it got there: the Web API, a response_url POST, or the body of a slash command's ack. */
  via: 'chat.postEphemeral' | 'response_url' | 'ack';
}
export interface FailRule {
  method: string;
  /** Default 'ratelimited' for status 429, 'internal_error' for 500. */
  error?: string;
  /** For 429: the Retry-After header, in whole seconds as Slack sends it. Default 1. */
  retryAfterSeconds?: number;
  /** 429: HTTP 429 + Retry-After. 500: HTTP 500. Omitted: HTTP 200 with {ok:false, error}. */
  status?: 429 | 500;
  /** How many matching calls fail. Default 1. */
  count?: number;
}
export interface SignOptions {
  /** 'bad': signed with another secret. 'missing': neither signature nor timestamp header. */
  signature?: 'valid' | 'bad' | 'missing';
  /** Unix seconds for x-slack-request-timestamp (and the signature). Default now. */
  timestamp?: number;
  /** Slack's x-slack-retry-num / x-slack-retry-reason on redelivered events. */
  retryNum?: number;
  retryReason?: string;
}
export interface HttpDelivery {
  status: number;
  /** Raw body of Bolt's HTTP answer (an ack's text or JSON; empty for a bare ack()). */
  body: string;
  /** The body parsed as JSON, when it is JSON. */
  json?: Obj;
  /** The response_url id given with the payload (slash commands and interactions). */
  responseId?: string;
  responseUrl?: string;
  /** event_id of an Events API envelope. */
  eventId?: string;
  /** Why Slack would not send this event at all (then nothing was sent, status 0). */
  skipped?: string;
}
export interface SlashCommandInput {
  /** Default '/news'. */
  command?: string;
  text?: string;
  userId: string;
  channelId: string;
  teamId?: string;
  channelName?: string;
  userName?: string;
}
export interface ButtonClickInput {
  userId: string;
  channelId: string;
  /** The message carrying the button. When the fake has it, the payload carries the message and the
   *  action_id must exist in its blocks (block_id and value default to the button's). */
  messageTs?: string;
  actionId: string;
  value?: string;
  blockId?: string;
  teamId?: string;
  /** Merged over the built block_actions payload. */
  extra?: Obj;
}
export interface ReactionInput {
  /** Default reaction_added. */
  type?: 'reaction_added' | 'reaction_removed';
  user: string;
  reaction: string;
  channel: string;
  ts: string;
  /** Default: the author of the stored message, when the fake has it. */
  itemUser?: string;
}
export interface SocketEnvelope {
  envelope_id: string;
  type: 'slash_commands' | 'events_api' | 'interactive';
  payload: Obj;
  accepts_response_payload: boolean;
  retry_attempt?: number;
  retry_reason?: string;
}
export interface SocketDelivery {
  envelopeId: string;
  /** The payload Bolt sent with its ack ({} for a bare ack()). */
  ack: Obj;
  responseId?: string;
  eventId?: string;
  /** Why Slack would not send this event at all (then nothing was sent). */
  skipped?: string;
}

export interface FakeSlack {
  /** Pass as `clientOptions.slackApiUrl`. */
  apiUrl: string;
  /** ws://127.0.0.1:PORT/socket, handed out by apps.connections.open. */
  socketUrl: string;
  teamId: string;
  botUserId: string;
  botId: string;
  appId: string;
  signingSecret: string;
  /** Every Web API call, in order (including failed and unknown ones). */
  calls: RecordedCall[];
  /** Calls to methods the fake does not know: a test should expect none. */
  unknownMethods(): string[];
  /** The channel's messages as they are now (edits applied, deletions gone), oldest first. */
  messages(channel: string): SlackMessage[];
  message(channel: string, ts: string): SlackMessage | undefined;
  ephemerals(channel?: string): EphemeralMessage[];
  /** Bodies POSTed to a response_url, in order. */
  responses(responseId: string): Obj[];
  /** DM channel id for a user ("D" + user id). */
  dmChannelId(userId: string): string;
  /** Wall-clock times (ms) of each accepted chat.postMessage into the channel. */
  postTimes(channel: string): number[];
  /** Most chat.postMessage calls accepted into the channel within any 1-second window. */
  maxPostsPerSecond(channel: string): number;
  /** A message that exists in Slack but was not posted by the bot (e.g. a user's). */
  seedMessage(input: { channel: string; text?: string; user?: string; blocks?: Obj[]; thread_ts?: string }): SlackMessage;
  /** Resolves with check()'s first truthy value; re-checked on every fake event and every 25 ms. */
  waitFor<T>(check: () => T | undefined | null | false, timeoutMs?: number, what?: string): Promise<T>;
  /** First recorded call of the method (optionally matching `where`), waiting for it. */
  waitForCall(method: string, timeoutMs?: number, where?: (call: RecordedCall) => boolean): Promise<RecordedCall>;
  waitForMessages(channel: string, count: number, timeoutMs?: number): Promise<SlackMessage[]>;
  waitForResponses(responseId: string, count?: number, timeoutMs?: number): Promise<Obj[]>;
  failNext(rule: FailRule): void;
  /** Answers every call of `method` this much later from now on (0: at once again), as a slow Slack would. */
  delay(method: string, ms: number): void;
  /**
   * Random faults on every Web API call from now on (null: off): a share answered 429 with
   * Retry-After (whole seconds, at least 1, as Slack sends it), HTTP 500, or never (the client
   * times out); 500 and silence sometimes after the work was done (see fault-mode.ts). failNext
   * rules go first. Per-channel rates: filter `calls` by method and body.channel, use `at`.
   */
  setFaults(options: FaultOptions | null): FaultCounts | undefined;

  // HTTP mode: POST to Bolt's receiver (e.g. http://127.0.0.1:PORT/slack/events), signed.
  sendSlashCommand(receiverUrl: string, input: SlashCommandInput, opts?: SignOptions): Promise<HttpDelivery>;
  sendEvent(receiverUrl: string, event: Obj, opts?: SignOptions & { teamId?: string }): Promise<HttpDelivery>;
  sendInteraction(receiverUrl: string, input: ButtonClickInput, opts?: SignOptions): Promise<HttpDelivery>;
  /** The event Slack sends for a reaction (item_user filled from the stored message). */
  reactionEvent(input: ReactionInput): Obj;

  // Socket Mode: push envelopes to the connected Bolt app; resolve when it acks.
  socketConnected(timeoutMs?: number): Promise<void>;
  socketSlashCommand(input: SlashCommandInput): Promise<SocketDelivery>;
  socketEvent(event: Obj, opts?: { teamId?: string; retryAttempt?: number; retryReason?: string }): Promise<SocketDelivery>;
  socketInteraction(input: ButtonClickInput): Promise<SocketDelivery>;
  /** Every envelope pushed, with the ack once it came. */
  envelopes: (SocketEnvelope & { ack?: Obj; ackedAt?: number })[];
  /** Open Socket Mode connections right now. */
  socketCount(): number;

  close(): Promise<void>;
}

class SlackApiError extends Error {
  constructor(readonly error: string, readonly extra: Obj = {}) {
    super(error);
  }
}

// Message timestamps: "seconds.micros", strictly increasing within the process.
let lastMicros = 0;
export function slackTs(): string {
  lastMicros = Math.max(Date.now() * 1000, lastMicros + 1);
  return `${Math.floor(lastMicros / 1e6)}.${String(lastMicros % 1e6).padStart(6, '0')}`;
}
const tsNumber = (ts: unknown): number => (typeof ts === 'string' || typeof ts === 'number' ? Number(ts) : NaN);

const truthy = (v: unknown) => v === true || v === 'true' || v === '1' || v === 1;
/** Form fields the Web API client JSON-encodes. */
const JSON_FIELDS = ['blocks', 'attachments', 'metadata', 'user_auth_blocks'];

export function signSlackRequest(secret: string, timestamp: number, body: string): string {
  return 'v0=' + createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
}

// --- Block Kit checks (a subset of what Slack enforces, with Slack's limits) -----------------------
const BLOCK_TYPES = new Set(['section', 'header', 'divider', 'context', 'actions', 'image', 'rich_text', 'input', 'file', 'video', 'markdown', 'table', 'context_actions']);
/** By default an image downloads when its URL is a well-formed http(s) one. */
const wellFormedImageUrl = (url: string) => /^https?:\/\//i.test(url) && URL.canParse(url);
export function blockErrors(blocks: unknown, imageDownloads: (url: string) => boolean = wellFormedImageUrl): string[] {
  const errors: string[] = [];
  const err = (msg: string, path: string) => errors.push(`${msg} [json-pointer:${path}]`);
  const textObj = (t: unknown, path: string, max: number, plainOnly = false) => {
    if (!t || typeof t !== 'object') return err('must be a text object', path);
    const o = t as Obj;
    if (o.type !== 'plain_text' && (plainOnly || o.type !== 'mrkdwn')) return err(`must be ${plainOnly ? 'plain_text' : 'plain_text or mrkdwn'}`, `${path}/type`);
    if (typeof o.text !== 'string' || o.text.length === 0) return err('must be more than 0 characters', `${path}/text`);
    if (o.text.length > max) err(`must be less than ${max + 1} characters`, `${path}/text`);
  };
  const maxStr = (v: unknown, max: number, path: string) => {
    if (v !== undefined && (typeof v !== 'string' || v.length > max)) err(`must be a string of at most ${max} characters`, path);
  };
  const element = (e: unknown, path: string) => {
    if (!e || typeof e !== 'object' || typeof (e as Obj).type !== 'string') return err('must be an element object', path);
    const o = e as Obj;
    maxStr(o.action_id, 255, `${path}/action_id`);
    if (o.type === 'button') {
      textObj(o.text, `${path}/text`, 75, true);
      maxStr(o.value, 2000, `${path}/value`);
      maxStr(o.url, 3000, `${path}/url`);
      if (o.style !== undefined && o.style !== 'primary' && o.style !== 'danger') err('must be primary or danger', `${path}/style`);
    } else if (o.type === 'image') {
      // Block Kit's image block and element: image_url at most 3,000 characters, alt_text 2,000.
      if (typeof o.image_url !== 'string' && !o.slack_file) err('missing required field: image_url', `${path}/image_url`);
      else if (typeof o.image_url === 'string') {
        if (o.image_url.length > 3000) err('must be less than 3001 characters', `${path}/image_url`);
        else if (!imageDownloads(o.image_url)) err('downloading image failed', `${path}/image_url`);
      }
      if (typeof o.alt_text !== 'string') err('missing required field: alt_text', `${path}/alt_text`);
      else if (o.alt_text.length > 2000) err('must be less than 2001 characters', `${path}/alt_text`);
    }
  };
  if (!Array.isArray(blocks)) return ['must be an array [json-pointer:/blocks]'];
  if (blocks.length > 50) err('no more than 50 items allowed', '/blocks');
  const blockIds = new Set<string>();
  blocks.forEach((b: unknown, i) => {
    const path = `/blocks/${i}`;
    if (!b || typeof b !== 'object') return err('must be an object', path);
    const o = b as Obj;
    if (!BLOCK_TYPES.has(o.type)) return err(`unsupported type: ${String(o.type)}`, `${path}/type`);
    if (o.block_id !== undefined) {
      maxStr(o.block_id, 255, `${path}/block_id`);
      if (blockIds.has(o.block_id)) err(`duplicate block_id: ${o.block_id}`, `${path}/block_id`);
      blockIds.add(o.block_id);
    }
    switch (o.type) {
      case 'section':
        if (o.text === undefined && o.fields === undefined) err('must provide text or fields', path);
        if (o.text !== undefined) textObj(o.text, `${path}/text`, 3000);
        if (o.fields !== undefined) {
          if (!Array.isArray(o.fields) || o.fields.length > 10) err('must be an array of at most 10 items', `${path}/fields`);
          else o.fields.forEach((f: unknown, j: number) => textObj(f, `${path}/fields/${j}`, 2000));
        }
        if (o.accessory !== undefined) element(o.accessory, `${path}/accessory`);
        break;
      case 'header':
        textObj(o.text, `${path}/text`, 150, true);
        break;
      case 'context':
        if (!Array.isArray(o.elements) || o.elements.length === 0 || o.elements.length > 10) err('must be an array of 1 to 10 items', `${path}/elements`);
        else
          o.elements.forEach((e: Obj, j: number) =>
            e?.type === 'image' ? element(e, `${path}/elements/${j}`) : textObj(e, `${path}/elements/${j}`, 3000));
        break;
      case 'actions': {
        if (!Array.isArray(o.elements) || o.elements.length === 0 || o.elements.length > 25) {
          err('must be an array of 1 to 25 items', `${path}/elements`);
          break;
        }
        const actionIds = new Set<string>();
        o.elements.forEach((e: Obj, j: number) => {
          element(e, `${path}/elements/${j}`);
          if (typeof e?.action_id === 'string') {
            if (actionIds.has(e.action_id)) err(`duplicate action_id: ${e.action_id}`, `${path}/elements/${j}/action_id`);
            actionIds.add(e.action_id);
          }
        });
        break;
      }
      case 'image':
        element(o, path);
        break;
    }
  });
  return errors;
}

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const teamId = options.teamId ?? 'T0FAKE0001';
  const botUserId = options.botUserId ?? 'U0BOT00001';
  const botId = options.botId ?? 'B0BOT00001';
  const appId = options.appId ?? 'A0APP00001';
  const signingSecret = options.signingSecret ?? 'fake-signing-secret';
  const ackTimeoutMs = options.ackTimeoutMs ?? 3_000;
  const validate = options.validateBlocks ?? true;
  const imageDownloads = options.imageDownloads ?? wellFormedImageUrl;
  const rateLimits = options.rateLimits ?? true;
  const responseUrlUses = options.responseUrlUses ?? 5;
  const responseUrlTtl = options.responseUrlTtlMs ?? 30 * 60_000;
  /** Accepted calls per rate-limit bucket (method, or method + channel), as times (ms). */
  const buckets = new Map<string, number[]>();
  /** Refuses the call (ratelimited) when `bucket` already took `max` calls within `windowMs`. */
  const rateLimit = (bucket: string, max: number, windowMs: number) => {
    if (!rateLimits) return;
    const since = Date.now() - windowMs;
    const times = (buckets.get(bucket) ?? []).filter((t) => t > since);
    if (times.length >= max) {
      buckets.set(bucket, times);
      throw new SlackApiError('ratelimited', { retryAfter: Math.max(1, Math.ceil((times[0]! + windowMs - Date.now()) / 1000)) });
    }
    times.push(Date.now());
    buckets.set(bucket, times);
  };

  const users = new Map<string, FakeSlackUser>();
  users.set(botUserId, { id: botUserId, name: 'newsbot', is_bot: true });
  for (const u of options.users ?? []) users.set(u.id, u);
  const channels = options.channels ? new Map(options.channels.map((c) => [c.id, c])) : undefined;

  const logs = new Map<string, SlackMessage[]>();
  const ephemeralLog: EphemeralMessage[] = [];
  const responseLog = new Map<string, Obj[]>();
  const responseTargets = new Map<string, { channel: string; user: string; messageTs?: string; kind: 'command' | 'interaction'; createdAt?: number }>();
  const postTimesByChannel = new Map<string, number[]>();
  const failRules: (FailRule & { left: number })[] = [];
  const delays = new Map<string, number>();
  let faults: FaultMode | undefined;
  const calls: RecordedCall[] = [];
  const envelopes: FakeSlack['envelopes'] = [];
  let closed = false;
  let counter = 0;
  const nextId = (prefix: string) => `${prefix}${Date.now().toString(36).toUpperCase()}${(++counter).toString().padStart(4, '0')}`;

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
        if (closed) return finish(new Error(`fake Slack closed while waiting for ${what}`));
        let value: T | undefined | null | false;
        try {
          value = check();
        } catch (e) {
          return finish(e as Error);
        }
        if (value) finish(null, value);
      };
      const timeout = setTimeout(() => finish(new Error(`fake Slack: timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
      // Also poll: some conditions depend on state outside the fake.
      const poll = setInterval(recheck, 25);
      timers.add(timeout);
      timers.add(poll);
      waiters.add(recheck);
      recheck();
    });
  }

  // --- state ---------------------------------------------------------------------------------
  const log = (channel: string): SlackMessage[] => {
    let l = logs.get(channel);
    if (!l) logs.set(channel, (l = []));
    return l;
  };
  const dmChannelId = (userId: string) => `D${userId}`;
  const isDm = (channel: string) => /^D/.test(channel);
  /**
   * A channel argument as Slack resolves it: a user id posts into the DM with that user. `member`:
   * the method needs the bot in the conversation (history, replies, reactions). A private channel
   * the bot is not in is invisible to it.
   */
  const resolveChannel = (channel: unknown, member: boolean): string => {
    if (typeof channel !== 'string' || channel === '') throw new SlackApiError('channel_not_found');
    if (/^[UW]/.test(channel)) {
      if (!users.has(channel)) throw new SlackApiError('channel_not_found');
      return dmChannelId(channel);
    }
    if (isDm(channel) || !channels) return channel;
    const c = channels.get(channel);
    if (!c) throw new SlackApiError('channel_not_found');
    if (c.is_member === false && c.is_private) throw new SlackApiError('channel_not_found');
    if (member && c.is_member === false) throw new SlackApiError('not_in_channel');
    return channel;
  };
  const isMember = (channel: string) => isDm(channel) || channels?.get(channel)?.is_member !== false;
  const findMessage = (channel: string, ts: unknown): SlackMessage | undefined => logs.get(channel)?.find((m) => m.ts === ts);
  /** The message as the API returns it. */
  const apiView = (m: SlackMessage, withMetadata = true): Obj => {
    const { channel: _c, ...rest } = m;
    if (!withMetadata) delete rest.metadata;
    return rest;
  };
  const checkContent = (b: Obj, requireSome: boolean) => {
    if (requireSome && !b.text && b.blocks === undefined && b.attachments === undefined) throw new SlackApiError('no_text');
    if (b.blocks !== undefined && validate) {
      const errors = blockErrors(b.blocks, imageDownloads);
      if (errors.length) throw new SlackApiError('invalid_blocks', { errors, response_metadata: { messages: errors } });
    }
    if (b.metadata !== undefined) {
      const md = b.metadata;
      if (!md || typeof md !== 'object' || typeof md.event_type !== 'string' || !md.event_type || (md.event_payload !== undefined && (typeof md.event_payload !== 'object' || md.event_payload === null)))
        throw new SlackApiError('invalid_metadata_format');
    }
  };
  const botProfile = { id: botId, app_id: appId, name: 'newsbot', deleted: false, team_id: teamId, icons: {} };
  const storeBotMessage = (channel: string, b: Obj): SlackMessage => {
    const ts = slackTs();
    const m: SlackMessage = {
      type: 'message',
      channel,
      ts,
      text: typeof b.text === 'string' ? b.text : '',
      user: botUserId,
      bot_id: botId,
      app_id: appId,
      team: teamId,
      bot_profile: botProfile,
      ...(b.blocks !== undefined ? { blocks: b.blocks } : {}),
      ...(b.attachments !== undefined ? { attachments: b.attachments } : {}),
      ...(b.metadata !== undefined ? { metadata: { event_type: b.metadata.event_type, event_payload: b.metadata.event_payload ?? {} } } : {}),
    };
    attach(m, b.thread_ts, truthy(b.reply_broadcast));
    return m;
  };
  const attach = (m: SlackMessage, threadTs: unknown, broadcast: boolean) => {
    if (typeof threadTs === 'string' && threadTs) {
      m.thread_ts = threadTs;
      if (broadcast) m.subtype = 'thread_broadcast';
      const parent = findMessage(m.channel, threadTs);
      if (parent) {
        parent.thread_ts = parent.ts;
        parent.reply_count = (parent.reply_count ?? 0) + 1;
        parent.latest_reply = m.ts;
      }
    }
    log(m.channel).push(m);
    changed();
  };
  const isReply = (m: SlackMessage) => m.thread_ts !== undefined && m.thread_ts !== m.ts && m.subtype !== 'thread_broadcast';

  // --- Web API methods -------------------------------------------------------------------------
  type Handler = (b: Obj, token: string | undefined) => Obj;
  const methods: Record<string, Handler> = {
    'api.test': (b) => ({ args: b }),
    'auth.test': () => ({
      url: `https://fake-${teamId.toLowerCase()}.slack.com/`,
      team: 'Fake Team',
      user: users.get(botUserId)!.name,
      team_id: teamId,
      user_id: botUserId,
      bot_id: botId,
      is_enterprise_install: false,
    }),
    'apps.connections.open': () => ({ url: socketUrl }),
    'chat.postMessage': (b) => {
      const channel = resolveChannel(b.channel, false);
      checkContent(b, true);
      rateLimit(`chat.postMessage:${channel}`, 3, 1000);
      const m = storeBotMessage(channel, b);
      let times = postTimesByChannel.get(channel);
      if (!times) postTimesByChannel.set(channel, (times = []));
      times.push(Date.now());
      return { channel, ts: m.ts, message: apiView(m) };
    },
    'chat.update': (b) => {
      const channel = resolveChannel(b.channel, false);
      const m = findMessage(channel, b.ts);
      if (!m) throw new SlackApiError('message_not_found');
      if (m.user !== botUserId) throw new SlackApiError('cant_update_message');
      checkContent(b, false);
      // Slack keeps fields the update leaves out; an empty blocks array removes the blocks.
      if (typeof b.text === 'string') m.text = b.text;
      if (b.blocks !== undefined) {
        if (Array.isArray(b.blocks) && b.blocks.length === 0) delete m.blocks;
        else m.blocks = b.blocks;
      }
      if (b.attachments !== undefined) m.attachments = b.attachments;
      if (b.metadata !== undefined) m.metadata = { event_type: b.metadata.event_type, event_payload: b.metadata.event_payload ?? {} };
      m.edited = { user: botUserId, ts: slackTs() };
      changed();
      return { channel, ts: m.ts, text: m.text, message: apiView(m) };
    },
    'chat.delete': (b) => {
      const channel = resolveChannel(b.channel, false);
      const l = log(channel);
      const i = l.findIndex((m) => m.ts === b.ts);
      if (i < 0) throw new SlackApiError('message_not_found');
      if (l[i]!.user !== botUserId) throw new SlackApiError('cant_delete_message');
      l.splice(i, 1);
      changed();
      return { channel, ts: b.ts };
    },
    'chat.postEphemeral': (b) => {
      const channel = resolveChannel(b.channel, false);
      if (typeof b.user !== 'string' || !b.user) throw new SlackApiError('user_not_found');
      checkContent(b, true);
      const message_ts = slackTs();
      ephemeralLog.push({
        channel,
        user: b.user,
        text: typeof b.text === 'string' ? b.text : '',
        ...(b.blocks !== undefined ? { blocks: b.blocks } : {}),
        ...(b.thread_ts ? { thread_ts: b.thread_ts } : {}),
        message_ts,
        via: 'chat.postEphemeral',
      });
      changed();
      return { message_ts };
    },
    'conversations.open': (b) => {
      if (typeof b.channel === 'string' && b.channel) return { channel: { id: resolveChannel(b.channel, false) } };
      const ids = String(b.users ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      if (ids.length === 0) throw new SlackApiError('users_list_not_supplied');
      for (const id of ids) if (!users.has(id)) throw new SlackApiError('user_not_found');
      const id = ids.length === 1 ? dmChannelId(ids[0]!) : `G${ids.join('')}`;
      const existed = logs.has(id);
      log(id);
      return { no_op: existed, already_open: existed, channel: { id } };
    },
    'conversations.info': (b) => {
      // Like Slack: a private channel the bot is not in answers channel_not_found.
      const id = resolveChannel(b.channel, false);
      const known = channels?.get(id);
      return { channel: { id, name: channelName(id), is_member: known?.is_member !== false, is_private: known?.is_private === true, is_archived: false } };
    },
    'conversations.join': (b) => {
      // Public channels only (scope channels:join); a DM or a private channel cannot be joined.
      const id = resolveChannel(b.channel, false);
      const known = channels?.get(id);
      if (isDm(id) || known?.is_private) throw new SlackApiError('method_not_supported_for_channel_type');
      const already = isMember(id);
      if (known) known.is_member = true;
      return { channel: { id, name: channelName(id), is_member: true, is_private: false }, ...(already ? { warning: 'already_in_channel' } : {}) };
    },
    'conversations.history': (b) => {
      rateLimit('conversations.history', 50, 60_000);
      const channel = resolveChannel(b.channel, true);
      const withMetadata = truthy(b.include_all_metadata);
      const inclusive = truthy(b.inclusive);
      const oldest = b.oldest !== undefined ? tsNumber(b.oldest) : -Infinity;
      const latest = b.latest !== undefined ? tsNumber(b.latest) : Infinity;
      const limit = Math.min(Math.max(Number(b.limit ?? 100) || 100, 1), 999);
      const offset = b.cursor ? Number(Buffer.from(String(b.cursor), 'base64').toString().replace(/^offset:/, '')) || 0 : 0;
      const all = (logs.get(channel) ?? [])
        .filter((m) => !isReply(m))
        .filter((m) => {
          const t = tsNumber(m.ts);
          return (inclusive ? t >= oldest : t > oldest) && (inclusive ? t <= latest : t < latest);
        })
        .reverse();
      const page = all.slice(offset, offset + limit);
      const hasMore = offset + limit < all.length;
      return {
        messages: page.map((m) => apiView(m, withMetadata)),
        has_more: hasMore,
        pin_count: 0,
        response_metadata: { next_cursor: hasMore ? Buffer.from(`offset:${offset + limit}`).toString('base64') : '' },
      };
    },
    'conversations.replies': (b) => {
      const channel = resolveChannel(b.channel, true);
      const parent = findMessage(channel, b.ts);
      if (!parent) throw new SlackApiError('thread_not_found');
      const withMetadata = truthy(b.include_all_metadata);
      const thread = (logs.get(channel) ?? []).filter((m) => m === parent || (m.thread_ts === parent.ts && m !== parent));
      return { messages: thread.map((m) => apiView(m, withMetadata)), has_more: false, response_metadata: { next_cursor: '' } };
    },
    'users.info': (b) => {
      const u = users.get(String(b.user ?? ''));
      if (!u) throw new SlackApiError('user_not_found');
      const realName = u.real_name ?? u.name;
      return {
        user: {
          id: u.id,
          team_id: teamId,
          name: u.name,
          real_name: realName,
          deleted: false,
          tz: u.tz ?? 'Europe/London',
          is_admin: u.is_admin ?? false,
          is_owner: u.is_owner ?? false,
          is_primary_owner: false,
          is_restricted: false,
          is_ultra_restricted: false,
          is_bot: u.is_bot ?? false,
          is_app_user: false,
          profile: { real_name: realName, display_name: u.name, team: teamId, ...(u.is_bot ? { bot_id: botId } : {}) },
        },
      };
    },
    'reactions.add': (b) => {
      const channel = resolveChannel(b.channel, true);
      const m = findMessage(channel, b.timestamp);
      if (!m) throw new SlackApiError('message_not_found');
      const name = String(b.name ?? '').replace(/^:|:$/g, '');
      if (!name) throw new SlackApiError('invalid_name');
      const reactions = (m.reactions ??= []);
      const r = reactions.find((x) => x.name === name);
      if (r?.users.includes(botUserId)) throw new SlackApiError('already_reacted');
      if (r) {
        r.users.push(botUserId);
        r.count += 1;
      } else reactions.push({ name, users: [botUserId], count: 1 });
      changed();
      return {};
    },
    'reactions.remove': (b) => {
      const channel = resolveChannel(b.channel, true);
      const m = findMessage(channel, b.timestamp);
      if (!m) throw new SlackApiError('message_not_found');
      const name = String(b.name ?? '').replace(/^:|:$/g, '');
      const r = m.reactions?.find((x) => x.name === name);
      if (!r?.users.includes(botUserId)) throw new SlackApiError('no_reaction');
      r.users = r.users.filter((u) => u !== botUserId);
      r.count -= 1;
      if (r.count <= 0) m.reactions = m.reactions!.filter((x) => x !== r);
      changed();
      return {};
    },
  };

  const checkToken = (method: string, token: string | undefined) => {
    if (method === 'api.test') return;
    if (!token) throw new SlackApiError('not_authed');
    const isAppToken = token.startsWith('xapp-');
    if (method === 'apps.connections.open') {
      if (!isAppToken) throw new SlackApiError('not_allowed_token_type');
      if (options.appToken !== undefined && token !== options.appToken) throw new SlackApiError('invalid_auth');
      return;
    }
    if (isAppToken) throw new SlackApiError('not_allowed_token_type');
    if (options.botToken !== undefined && token !== options.botToken) throw new SlackApiError('invalid_auth');
  };

  // --- HTTP ------------------------------------------------------------------------------------
  const readBody = (req: IncomingMessage): Promise<string> =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });
  const parseBody = (raw: string, contentType: string | undefined, query: URLSearchParams): Obj => {
    const body: Obj = Object.fromEntries(query);
    if (!raw) return body;
    if (contentType?.startsWith('application/json')) {
      try {
        Object.assign(body, JSON.parse(raw));
      } catch {
        body._invalidJson = raw;
      }
    } else {
      for (const [k, v] of new URLSearchParams(raw)) body[k] = v;
    }
    for (const k of JSON_FIELDS) {
      if (typeof body[k] === 'string') {
        try {
          body[k] = JSON.parse(body[k]);
        } catch {
          // Slack answers invalid_blocks / invalid_metadata_format for these; keep the string so checks fail.
        }
      }
    }
    return body;
  };
  const sendJson = (res: ServerResponse, status: number, payload: Obj, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(payload));
  };

  const handleApi = (method: string, req: IncomingMessage, res: ServerResponse, body: Obj) => {
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : typeof body.token === 'string' ? body.token : undefined;
    const call: RecordedCall = { method, body, headers: req.headers, token, status: 0, response: {}, at: Date.now() };
    calls.push(call);
    const answer = (status: number, payload: Obj, headers: Record<string, string> = {}) => {
      call.status = status;
      call.response = payload;
      sendJson(res, status, payload, headers);
      changed();
    };

    const rule = failRules.find((r) => r.method === method);
    if (rule) {
      rule.left -= 1;
      if (rule.left <= 0) failRules.splice(failRules.indexOf(rule), 1);
      if (rule.status === 429 || (rule.status === undefined && rule.error === 'ratelimited')) {
        const after = rule.retryAfterSeconds ?? 1;
        return answer(429, { ok: false, error: rule.error ?? 'ratelimited' }, { 'retry-after': String(after) });
      }
      if (rule.status === 500) return answer(500, { ok: false, error: rule.error ?? 'internal_error' });
      return answer(200, { ok: false, error: rule.error ?? 'internal_error' });
    }

    // A random fault (setFaults): before the work, or after it in place of the answer.
    const fault = faults?.next() ?? null;
    const failInstead = () => {
      if (fault?.kind === '500') answer(500, { ok: false, error: 'internal_error' });
      else changed(); // silence: the request stays open until the client gives up
    };
    if (fault?.kind === '429') {
      return answer(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(Math.max(1, Math.round(fault.retryAfterSeconds))) });
    }
    if (fault && !fault.applied) return failInstead();
    const reply: typeof answer = fault ? () => failInstead() : answer;

    const handler = methods[method];
    if (!handler) return reply(200, { ok: false, error: 'unknown_method', req_method: method });
    try {
      checkToken(method, token);
      return reply(200, { ok: true, ...handler(body, token) });
    } catch (e) {
      if (e instanceof SlackApiError && e.error === 'ratelimited') {
        return reply(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(e.extra.retryAfter ?? 1) });
      }
      if (e instanceof SlackApiError) return reply(200, { ok: false, error: e.error, ...e.extra });
      return reply(500, { ok: false, error: 'fatal_error', detail: String(e) });
    }
  };

  /** What Slack does with a response_url body, or with the body of a slash command's ack. */
  const deliverResponse = (target: { channel: string; user: string; messageTs?: string }, b: Obj, via: 'response_url' | 'ack') => {
    if (truthy(b.delete_original)) {
      if (target.messageTs) {
        const l = log(target.channel);
        const i = l.findIndex((m) => m.ts === target.messageTs);
        if (i >= 0) l.splice(i, 1);
      }
      return;
    }
    if (truthy(b.replace_original) && target.messageTs) {
      const m = findMessage(target.channel, target.messageTs);
      if (m) {
        if (typeof b.text === 'string') m.text = b.text;
        if (b.blocks !== undefined) m.blocks = b.blocks;
        m.edited = { user: botUserId, ts: slackTs() };
        return;
      }
    }
    if (b.response_type === 'in_channel') {
      storeBotMessage(target.channel, { text: b.text, blocks: b.blocks, attachments: b.attachments, thread_ts: b.thread_ts });
      return;
    }
    ephemeralLog.push({
      channel: target.channel,
      user: target.user,
      text: typeof b.text === 'string' ? b.text : '',
      ...(b.blocks !== undefined ? { blocks: b.blocks } : {}),
      message_ts: slackTs(),
      via,
    });
  };

  const handleRespond = (id: string, res: ServerResponse, raw: string) => {
    const target = responseTargets.get(id);
    if (!target) return sendJson(res, 404, { ok: false, error: 'expired_url' });
    if (Date.now() - (target.createdAt ?? 0) > responseUrlTtl) return sendJson(res, 404, { ok: false, error: 'expired_url' });
    if ((responseLog.get(id)?.length ?? 0) >= responseUrlUses) return sendJson(res, 404, { ok: false, error: 'used_url' });
    let b: Obj;
    try {
      b = JSON.parse(raw);
    } catch {
      return sendJson(res, 400, { ok: false, error: 'invalid_payload' });
    }
    const list = responseLog.get(id) ?? [];
    responseLog.set(id, list);
    list.push(b);
    if (validate && b.blocks !== undefined && blockErrors(b.blocks, imageDownloads).length) {
      changed();
      return sendJson(res, 400, { ok: false, error: 'invalid_blocks', errors: blockErrors(b.blocks, imageDownloads) });
    }
    deliverResponse(target, b, 'response_url');
    changed();
    sendJson(res, 200, { ok: true });
  };

  const server = createServer((req, res) => {
    (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = await readBody(req);
      const api = /^\/api\/([A-Za-z0-9_.]+)$/.exec(url.pathname);
      const slow = api ? delays.get(api[1]!) : undefined;
      if (slow) await new Promise((resolve) => setTimeout(resolve, slow));
      if (api) return handleApi(api[1]!, req, res, parseBody(raw, req.headers['content-type'], url.searchParams));
      const respond = /^\/respond\/([^/]+)$/.exec(url.pathname);
      if (respond && req.method === 'POST') return handleRespond(respond[1]!, res, raw);
      sendJson(res, 404, { ok: false, error: 'not_found' });
    })().catch((err) => {
      if (!res.headersSent) res.writeHead(500).end(String(err));
    });
  });

  // --- Socket Mode -----------------------------------------------------------------------------
  const wss = new WebSocketServer({ noServer: true });
  const sockets = new Set<WebSocket>();
  const pendingAcks = new Map<string, (ack: Obj) => void>();
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/socket' || closed) return socket.destroy();
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('message', (data) => {
        let msg: Obj;
        try {
          msg = JSON.parse(data.toString());
        } catch {
          return;
        }
        const envelopeId = msg.envelope_id;
        if (typeof envelopeId !== 'string') return;
        const env = envelopes.find((e) => e.envelope_id === envelopeId);
        if (env && !env.ack) {
          env.ack = msg.payload ?? {};
          env.ackedAt = Date.now();
        }
        pendingAcks.get(envelopeId)?.(msg.payload ?? {});
        changed();
      });
      ws.on('close', () => {
        sockets.delete(ws);
        changed();
      });
      ws.on('error', () => ws.terminate());
      ws.send(JSON.stringify({
        type: 'hello',
        num_connections: sockets.size,
        debug_info: { host: 'applink-fake-1', build_number: 1, approximate_connection_time: 18060 },
        connection_info: { app_id: appId },
      }));
      changed();
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const apiUrl = `http://127.0.0.1:${port}/api/`;
  const socketUrl = `ws://127.0.0.1:${port}/socket`;

  const newResponseUrl = (target: { channel: string; user: string; messageTs?: string; kind: 'command' | 'interaction' }) => {
    const responseId = nextId('R');
    responseTargets.set(responseId, { ...target, createdAt: Date.now() });
    return { responseId, responseUrl: `http://127.0.0.1:${port}/respond/${responseId}` };
  };

  const pushEnvelope = (type: SocketEnvelope['type'], payload: Obj, extra: Partial<SocketEnvelope> = {}): Promise<{ envelopeId: string; ack: Obj }> => {
    const ws = [...sockets].reverse().find((s) => s.readyState === s.OPEN);
    if (!ws) return Promise.reject(new Error('fake Slack: no Socket Mode connection to push to'));
    const envelope: SocketEnvelope = {
      envelope_id: randomUUID(),
      type,
      payload,
      accepts_response_payload: type === 'slash_commands',
      ...extra,
    };
    envelopes.push(envelope);
    return new Promise((resolve, reject) => {
      const settle = (err: Error | null, ack?: Obj) => {
        clearTimeout(timeout);
        timers.delete(timeout);
        pendingAcks.delete(envelope.envelope_id);
        if (err) reject(err);
        else resolve({ envelopeId: envelope.envelope_id, ack: ack ?? {} });
      };
      const timeout = setTimeout(
        () => settle(new Error(`fake Slack: Bolt did not ack ${type} envelope ${envelope.envelope_id} within ${ackTimeoutMs} ms`)),
        ackTimeoutMs,
      );
      timers.add(timeout);
      pendingAcks.set(envelope.envelope_id, (ack) => settle(null, ack));
      ws.send(JSON.stringify(envelope), (err) => {
        if (err) settle(err);
      });
    });
  };

  /** Reaction events come only from conversations the app is in (reactions:read covers those). */
  const notSent = (event: Obj): string | undefined => {
    const channel = event.item?.channel;
    if (/^reaction_(added|removed)$/.test(String(event.type)) && typeof channel === 'string' && !isMember(channel)) {
      return `the bot is not a member of ${channel}: Slack sends no reaction events from there`;
    }
    return undefined;
  };

  // --- payload builders ------------------------------------------------------------------------
  const userName = (id: string) => users.get(id)?.name ?? `user-${id.toLowerCase()}`;
  const channelName = (id: string) => (isDm(id) ? 'directmessage' : channels?.get(id)?.name ?? `channel-${id.toLowerCase()}`);
  const slashPayload = (input: SlashCommandInput) => {
    const { responseId, responseUrl } = newResponseUrl({ channel: input.channelId, user: input.userId, kind: 'command' });
    const fields: Record<string, string> = {
      token: 'fake-verification-token',
      team_id: input.teamId ?? teamId,
      team_domain: 'fake',
      channel_id: input.channelId,
      channel_name: input.channelName ?? channelName(input.channelId),
      user_id: input.userId,
      user_name: input.userName ?? userName(input.userId),
      command: input.command ?? '/news',
      text: input.text ?? '',
      api_app_id: appId,
      is_enterprise_install: 'false',
      response_url: responseUrl,
      trigger_id: `${Date.now()}.${counter}.${'f'.repeat(32)}`,
    };
    return { fields, responseId, responseUrl };
  };
  const eventEnvelope = (event: Obj, team = teamId) => {
    const eventId = nextId('Ev');
    return {
      eventId,
      body: {
        token: 'fake-verification-token',
        team_id: team,
        context_team_id: team,
        context_enterprise_id: null,
        api_app_id: appId,
        event: { event_ts: slackTs(), ...event },
        type: 'event_callback',
        event_id: eventId,
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ enterprise_id: null, team_id: team, user_id: botUserId, is_bot: true, is_enterprise_install: false }],
        is_ext_shared_channel: false,
        event_context: `4-fake-${eventId}`,
      },
    };
  };
  const blockActionsPayload = (input: ButtonClickInput) => {
    const message = input.messageTs ? findMessage(input.channelId, input.messageTs) : undefined;
    let blockId = input.blockId;
    let value = input.value;
    let text = 'Button';
    if (message?.blocks) {
      let found: { block: Obj; el: Obj } | undefined;
      for (const block of message.blocks) {
        const els: Obj[] = [...(block.elements ?? []), ...(block.accessory ? [block.accessory] : [])];
        const el = els.find((e) => e?.action_id === input.actionId);
        if (el) {
          found = { block, el };
          break;
        }
      }
      if (!found) throw new Error(`fake Slack: message ${input.messageTs} in ${input.channelId} has no element with action_id ${input.actionId}`);
      blockId ??= found.block.block_id;
      value ??= found.el.value;
      text = found.el.text?.text ?? text;
    }
    const { responseId, responseUrl } = newResponseUrl({ channel: input.channelId, user: input.userId, messageTs: input.messageTs, kind: 'interaction' });
    const team = input.teamId ?? teamId;
    const payload: Obj = {
      type: 'block_actions',
      user: { id: input.userId, username: userName(input.userId), name: userName(input.userId), team_id: team },
      api_app_id: appId,
      token: 'fake-verification-token',
      container: input.messageTs
        ? { type: 'message', message_ts: input.messageTs, channel_id: input.channelId, is_ephemeral: !message }
        : { type: 'message', channel_id: input.channelId, is_ephemeral: true },
      trigger_id: `${Date.now()}.${counter}.${'f'.repeat(32)}`,
      team: { id: team, domain: 'fake' },
      enterprise: null,
      is_enterprise_install: false,
      channel: { id: input.channelId, name: channelName(input.channelId) },
      ...(message ? { message: apiView(message) } : {}),
      state: { values: {} },
      response_url: responseUrl,
      actions: [
        {
          action_id: input.actionId,
          block_id: blockId ?? 'fake-block',
          text: { type: 'plain_text', text, emoji: true },
          ...(value !== undefined ? { value } : {}),
          type: 'button',
          action_ts: slackTs(),
        },
      ],
      ...input.extra,
    };
    return { payload, responseId, responseUrl };
  };

  /**
   * POSTs to the app and waits for its answer, at most ackTimeoutMs: Slack gives an app 3 seconds
   * to acknowledge a command, interaction or event, in HTTP mode as in Socket Mode, then shows the
   * user an error (and retries an event). A later answer is not waited for: the call fails.
   */
  const post = (url: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: string }> =>
    new Promise((resolve, reject) => {
      // agent: false, no keep-alive, so Bolt's server.close() (app.stop()) does not wait on us.
      const req = httpRequest(url, { method: 'POST', agent: false, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          clearTimeout(deadline);
          timers.delete(deadline);
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', reject);
      });
      const deadline = setTimeout(() => {
        timers.delete(deadline);
        req.destroy();
        reject(new Error(`fake Slack: the app did not answer ${url} within ${ackTimeoutMs} ms`));
      }, ackTimeoutMs);
      timers.add(deadline);
      req.on('error', (error) => {
        clearTimeout(deadline);
        timers.delete(deadline);
        reject(error);
      });
      req.end(body);
    });
  const signedPost = async (url: string, body: string, contentType: string, opts: SignOptions = {}) => {
    const ts = opts.timestamp ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = { 'content-type': contentType };
    const mode = opts.signature ?? 'valid';
    if (mode !== 'missing') {
      headers['x-slack-request-timestamp'] = String(ts);
      headers['x-slack-signature'] = signSlackRequest(mode === 'bad' ? `${signingSecret}-wrong` : signingSecret, ts, body);
    }
    if (opts.retryNum !== undefined) {
      headers['x-slack-retry-num'] = String(opts.retryNum);
      headers['x-slack-retry-reason'] = opts.retryReason ?? 'http_timeout';
    }
    const res = await post(url, body, headers);
    let json: Obj | undefined;
    try {
      json = res.body ? JSON.parse(res.body) : undefined;
    } catch {
      json = undefined;
    }
    return { ...res, json };
  };
  /** A slash command's ack body is shown to the user, as a response_url POST would be. */
  const ackAsResponse = (channel: string, user: string, ack: Obj | string | undefined) => {
    if (ack === undefined || ack === '') return;
    const b = typeof ack === 'string' ? { text: ack } : ack;
    if (Object.keys(b).length === 0) return;
    deliverResponse({ channel, user }, b, 'ack');
    changed();
  };

  const fake: FakeSlack = {
    apiUrl,
    socketUrl,
    teamId,
    botUserId,
    botId,
    appId,
    signingSecret,
    calls,
    envelopes,
    unknownMethods: () => calls.filter((c) => c.response.error === 'unknown_method').map((c) => c.method),
    messages: (channel) => [...(logs.get(channel) ?? [])],
    message: (channel, ts) => findMessage(channel, ts),
    ephemerals: (channel) => ephemeralLog.filter((e) => channel === undefined || e.channel === channel),
    responses: (responseId) => [...(responseLog.get(responseId) ?? [])],
    dmChannelId,
    postTimes: (channel) => [...(postTimesByChannel.get(channel) ?? [])],
    maxPostsPerSecond(channel) {
      const times = postTimesByChannel.get(channel) ?? [];
      let best = 0;
      for (let i = 0, j = 0; i < times.length; i++) {
        while (times[i]! - times[j]! >= 1000) j++;
        best = Math.max(best, i - j + 1);
      }
      return best;
    },
    seedMessage({ channel, text = '', user, blocks, thread_ts }) {
      const author = user ?? [...users.values()].find((u) => !u.is_bot)?.id ?? 'U0HUMAN001';
      const m: SlackMessage = {
        type: 'message',
        channel,
        ts: slackTs(),
        text,
        user: author,
        team: teamId,
        ...(blocks ? { blocks } : {}),
      };
      attach(m, thread_ts, false);
      return m;
    },
    waitFor,
    waitForCall: (method, timeoutMs = 2_000, where) =>
      waitFor(() => calls.find((c) => c.method === method && c.status !== 0 && (!where || where(c))), timeoutMs, `a ${method} call`),
    waitForMessages: (channel, count, timeoutMs = 2_000) =>
      waitFor(() => {
        const l = logs.get(channel) ?? [];
        return l.length >= count ? [...l] : undefined;
      }, timeoutMs, `${count} message(s) in ${channel}`),
    waitForResponses: (responseId, count = 1, timeoutMs = 2_000) =>
      waitFor(() => {
        const l = responseLog.get(responseId) ?? [];
        return l.length >= count ? [...l] : undefined;
      }, timeoutMs, `${count} POST(s) to response_url ${responseId}`),
    failNext(rule) {
      failRules.push({ ...rule, left: rule.count ?? 1 });
    },
    delay(method, ms) {
      if (ms > 0) delays.set(method, ms);
      else delays.delete(method);
    },
    setFaults(options) {
      faults = options ? createFaultMode(options) : undefined;
      return faults?.counts;
    },

    async sendSlashCommand(receiverUrl, input, opts) {
      const { fields, responseId, responseUrl } = slashPayload(input);
      const res = await signedPost(receiverUrl, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', opts);
      if (res.status === 200) ackAsResponse(input.channelId, input.userId, res.json ?? res.body);
      return { ...res, responseId, responseUrl };
    },
    async sendEvent(receiverUrl, event, opts) {
      const skipped = notSent(event);
      if (skipped) return { status: 0, body: '', skipped };
      const { eventId, body } = eventEnvelope(event, opts?.teamId);
      const res = await signedPost(receiverUrl, JSON.stringify(body), 'application/json', opts);
      return { ...res, eventId };
    },
    async sendInteraction(receiverUrl, input, opts) {
      const { payload, responseId, responseUrl } = blockActionsPayload(input);
      const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
      const res = await signedPost(receiverUrl, body, 'application/x-www-form-urlencoded', opts);
      return { ...res, responseId, responseUrl };
    },
    reactionEvent(input) {
      const itemUser = input.itemUser ?? findMessage(input.channel, input.ts)?.user;
      return {
        type: input.type ?? 'reaction_added',
        user: input.user,
        reaction: input.reaction,
        ...(itemUser ? { item_user: itemUser } : {}),
        item: { type: 'message', channel: input.channel, ts: input.ts },
        event_ts: slackTs(),
      };
    },

    socketConnected: (timeoutMs = 5_000) =>
      waitFor(() => [...sockets].some((s) => s.readyState === s.OPEN), timeoutMs, 'a Socket Mode connection').then(() => undefined),
    async socketSlashCommand(input) {
      const { fields, responseId } = slashPayload(input);
      const { envelopeId, ack } = await pushEnvelope('slash_commands', fields);
      ackAsResponse(input.channelId, input.userId, ack);
      return { envelopeId, ack, responseId };
    },
    async socketEvent(event, opts = {}) {
      const skipped = notSent(event);
      if (skipped) return { envelopeId: '', ack: {}, skipped };
      const { eventId, body } = eventEnvelope(event, opts.teamId);
      const { envelopeId, ack } = await pushEnvelope('events_api', body, { retry_attempt: opts.retryAttempt ?? 0, retry_reason: opts.retryReason ?? '' });
      return { envelopeId, ack, eventId };
    },
    async socketInteraction(input) {
      const { payload, responseId } = blockActionsPayload(input);
      const { envelopeId, ack } = await pushEnvelope('interactive', payload);
      return { envelopeId, ack, responseId };
    },
    socketCount: () => [...sockets].filter((s) => s.readyState === s.OPEN).length,

    async close() {
      if (closed) return;
      closed = true;
      changed(); // rejects pending waiters, clearing their timers
      for (const t of timers) clearTimeout(t);
      timers.clear();
      // Close Socket Mode connections gracefully (close frame, wait for the client's), then force.
      await Promise.all(
        [...sockets].map(
          (ws) =>
            new Promise<void>((resolve) => {
              if (ws.readyState === ws.CLOSED) return resolve();
              const force = setTimeout(() => {
                ws.terminate();
                resolve();
              }, 1_000);
              ws.once('close', () => {
                clearTimeout(force);
                resolve();
              });
              ws.close(1000, 'fake Slack closing');
            }),
        ),
      );
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}
