// Environment (and an optional .env file) → a typed, validated Config.
// A wrong setting stops start-up with one line that names the setting and the fix.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeedSource } from './feeds/feed-types.ts';
import { DEFAULT_FEEDS } from './feeds/default-feeds.ts';
import { projectDir } from './project-dir.ts';
import { outletStanding, type OutletStanding } from './digest/outlet-standing.ts';

export interface Config {
  /** undefined: the embedded SQLite file under dataDir. */
  storeUrl?: string;
  /** Distributed mode: delivery jobs on BullMQ queues in this Redis, stories announced through it. */
  queueUrl?: string;
  /** Keeps several bots apart in one shared store (STORE_NAMESPACE, default "newsbot"). */
  storeNamespace: string;
  dataDir: string;
  feeds: FeedSource[];
  topicsFile?: string;
  pollIntervalMs: number;
  /** DMs to one user are gathered within this window: at most one DM per user per window. */
  dmWindowMs: number;
  /** Discord and Slack API calls (delivery) give up after this long; the outbox retries later. */
  platformTimeoutMs: number;
  /** The first poll of a new feed announces at most this many of its newest items. */
  newFeedAnnounceLimit: number;
  retentionDays: number;
  /** Digest ranking's outlet-standing table, with OUTLET_WEIGHTS ("Reuters=3,My Blog=0") on top. */
  outletStanding: OutletStanding;
  logLevel: string;
  /** Feeds added in chat may use private/loopback addresses (a lab setup; never on a shared host). */
  allowPrivateFeedAddresses: boolean;
  /** Set when DISCORD_TOKEN is: the Discord adapter starts beside the console. */
  discord?: DiscordConfig;
  /** Set when SLACK_BOT_TOKEN is: the Slack adapter starts beside the others. */
  slack?: SlackConfig;
}

export interface SlackConfig {
  botToken: string;
  /** Socket Mode (no public URL needed): an app-level token, xapp-… */
  appToken?: string;
  /** HTTP mode: requests are verified with the signing secret. */
  signingSecret?: string;
  /** HTTP mode's port. */
  port: number;
  /** HTTP mode's listening address; default all interfaces (Slack must reach it). */
  host?: string;
  /** Users besides workspace admins and owners who may change autopost and feeds. */
  adminUserIds: string[];
  /** Default Slack's Web API; for tests and proxies. */
  apiUrl?: string;
}

export interface DiscordConfig {
  token: string;
  applicationId: string;
  /** Register commands in this server only (instant, for development). */
  guildId?: string;
  /** Default Discord's API; for tests and proxies. */
  apiUrl?: string;
  /**
   * Gateway shards (DISCORD_SHARDS, DISCORD_SHARD_IDS): 'auto' = Discord's recommended count, all
   * in this process; or `count` shards of which this process holds `ids` (default all). Unset: one.
   */
  shards?: 'auto' | { count: number; ids: number[] };
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/**
 * Relative paths (DATA_DIR, FEEDS_FILE, TOPICS_FILE) resolve against `baseDir`: the checkout,
 * beside package.json, whatever the current directory, so every newsbot command finds one store.
 */
export function loadConfig(env: Env = process.env, baseDir = projectDir()): Config {
  const cwd = baseDir;
  const dataDir = path.resolve(cwd, env.DATA_DIR || 'data');
  const storeUrl = env.STORE_URL?.trim() || undefined;
  if (storeUrl && !/^(sqlite|redis|rediss|postgres|postgresql|memory):/.test(storeUrl)) {
    throw new ConfigError(
      `STORE_URL=${storeUrl} is not supported: use sqlite://path, redis://host:6379 or postgres://user@host/db, or leave it unset for ${dataDir}/newsbot.sqlite`,
    );
  }
  const queueUrl = env.QUEUE_URL?.trim() || undefined;
  if (queueUrl && !/^rediss?:\/\/\S+$/.test(queueUrl)) {
    throw new ConfigError(`QUEUE_URL=${queueUrl} must be a Redis URL such as redis://127.0.0.1:6379, or unset for one process`);
  }
  if (queueUrl && !/^(redis|rediss|postgres|postgresql):/.test(storeUrl ?? '')) {
    throw new ConfigError('QUEUE_URL needs a store every process shares: set STORE_URL=redis://… or postgres://… (the default SQLite file is one process\'s)');
  }
  const storeNamespace = env.STORE_NAMESPACE?.trim() || 'newsbot';
  if (!/^[\w-]+$/.test(storeNamespace)) {
    throw new ConfigError(`STORE_NAMESPACE=${storeNamespace} may hold only letters, digits, "-" and "_"`);
  }
  const defaults = flag(env, 'DEFAULT_FEEDS', true) ? DEFAULT_FEEDS : [];
  const own = env.FEEDS_FILE ? readFeedsFile(path.resolve(cwd, env.FEEDS_FILE)) : [];
  const feeds = dedupeFeeds([...defaults, ...own]);
  if (feeds.length === 0) {
    throw new ConfigError('No feeds to poll: DEFAULT_FEEDS=off needs FEEDS_FILE pointing at a file with one feed URL per line');
  }
  const topicsFile = env.TOPICS_FILE ? path.resolve(cwd, env.TOPICS_FILE) : undefined;
  if (topicsFile && !existsSync(topicsFile)) {
    throw new ConfigError(`TOPICS_FILE=${env.TOPICS_FILE} does not exist: copy src/articles/default-topics.json and point TOPICS_FILE at the copy`);
  }
  return {
    storeUrl,
    queueUrl,
    storeNamespace,
    dataDir,
    feeds,
    topicsFile,
    pollIntervalMs: number(env, 'POLL_INTERVAL_MINUTES', 10, 0.01, 24 * 60) * 60_000,
    dmWindowMs: number(env, 'DM_WINDOW_MINUTES', 10, 0, 24 * 60) * 60_000,
    platformTimeoutMs: number(env, 'PLATFORM_TIMEOUT_SECONDS', 15, 1, 300) * 1000,
    newFeedAnnounceLimit: number(env, 'NEW_FEED_ANNOUNCE_LIMIT', 3, 0, 100),
    retentionDays: number(env, 'RETENTION_DAYS', 90, 1, 3650),
    outletStanding: standing(env),
    allowPrivateFeedAddresses: flag(env, 'ALLOW_PRIVATE_FEED_ADDRESSES', false),
    logLevel: oneOf(env, 'LOG_LEVEL', 'info', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    discord: discordConfig(env),
    slack: slackConfig(env),
  };
}

/** DISCORD_TOKEN switches Discord on; it needs DISCORD_APPLICATION_ID beside it. */
function discordConfig(env: Env): DiscordConfig | undefined {
  const token = env.DISCORD_TOKEN?.trim();
  const applicationId = env.DISCORD_APPLICATION_ID?.trim();
  const guildId = env.DISCORD_GUILD_ID?.trim() || undefined;
  const apiUrl = env.DISCORD_API_URL?.trim() || undefined;
  if (!token) {
    if (applicationId) throw new ConfigError('DISCORD_APPLICATION_ID is set but DISCORD_TOKEN is not: add the bot token (developer portal → Bot → Reset Token), or unset DISCORD_APPLICATION_ID');
    return undefined;
  }
  if (!applicationId) {
    throw new ConfigError('DISCORD_APPLICATION_ID is missing: DISCORD_TOKEN is set, so copy the Application ID from the Discord developer portal (General Information) into DISCORD_APPLICATION_ID');
  }
  if (!SNOWFLAKE.test(applicationId)) throw new ConfigError(`DISCORD_APPLICATION_ID=${applicationId} is not a Discord id: copy the 17-20 digit Application ID from the developer portal (General Information)`);
  if (guildId && !SNOWFLAKE.test(guildId)) throw new ConfigError(`DISCORD_GUILD_ID=${guildId} is not a Discord id: right-click the server with Developer Mode on → Copy Server ID, or unset it`);
  if (apiUrl && !/^https?:\/\/\S+$/.test(apiUrl)) throw new ConfigError(`DISCORD_API_URL=${apiUrl} must be an http(s) URL such as https://discord.com/api, or unset`);
  return { token, applicationId, guildId, apiUrl, shards: discordShards(env) };
}

/**
 * DISCORD_SHARDS=auto | N, DISCORD_SHARD_IDS=0,1. Splitting shards between processes needs a fixed
 * count: every process must use the same one, and "auto" asks Discord at each start, which can
 * differ between two starts.
 */
function discordShards(env: Env): DiscordConfig['shards'] {
  const shards = env.DISCORD_SHARDS?.trim().toLowerCase() || undefined;
  const idsText = env.DISCORD_SHARD_IDS?.trim() || undefined;
  if (shards === 'auto') {
    if (idsText) throw new ConfigError('DISCORD_SHARD_IDS needs a fixed DISCORD_SHARDS count (the same in every process), not auto: set DISCORD_SHARDS to the total number of shards');
    return 'auto';
  }
  if (!shards) {
    if (idsText) throw new ConfigError('DISCORD_SHARD_IDS is set but DISCORD_SHARDS is not: set DISCORD_SHARDS to the total number of shards (the same in every process)');
    return undefined;
  }
  if (!/^\d+$/.test(shards) || Number(shards) < 1) throw new ConfigError(`DISCORD_SHARDS=${shards} must be auto or a whole number of shards, 1 or more`);
  const count = Number(shards);
  if (!idsText) return { count, ids: Array.from({ length: count }, (_, id) => id) };
  const parts = idsText.split(',').map((part) => part.trim());
  const bad = parts.find((part) => !/^\d+$/.test(part) || Number(part) >= count);
  if (bad !== undefined) throw new ConfigError(`DISCORD_SHARD_IDS=${idsText}: "${bad}" is not a shard id from 0 to ${count - 1} (DISCORD_SHARDS=${count}); list them like 0,1`);
  return { count, ids: [...new Set(parts.map(Number))].sort((a, b) => a - b) };
}

const SNOWFLAKE = /^\d{17,20}$/;

/** SLACK_BOT_TOKEN switches Slack on: Socket Mode with SLACK_APP_TOKEN, else HTTP with SLACK_SIGNING_SECRET. */
function slackConfig(env: Env): SlackConfig | undefined {
  const botToken = env.SLACK_BOT_TOKEN?.trim();
  const appToken = env.SLACK_APP_TOKEN?.trim() || undefined;
  const signingSecret = env.SLACK_SIGNING_SECRET?.trim() || undefined;
  if (!botToken) {
    if (appToken || signingSecret) throw new ConfigError('SLACK_BOT_TOKEN is missing: copy the Bot User OAuth Token (xoxb-…) from your Slack app\'s OAuth & Permissions page');
    return undefined;
  }
  if (!botToken.startsWith('xoxb-')) throw new ConfigError('SLACK_BOT_TOKEN must be the Bot User OAuth Token, starting with xoxb- (OAuth & Permissions page)');
  if (appToken && !appToken.startsWith('xapp-')) throw new ConfigError('SLACK_APP_TOKEN must be an app-level token starting with xapp- (Basic Information → App-Level Tokens, scope connections:write)');
  if (!appToken && !signingSecret) {
    throw new ConfigError('SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode) is needed beside SLACK_BOT_TOKEN: see the README\'s Slack section');
  }
  const apiUrl = env.SLACK_API_URL?.trim() || undefined;
  if (apiUrl && !/^https?:\/\/\S+\/$/.test(apiUrl)) throw new ConfigError(`SLACK_API_URL=${apiUrl} must be an http(s) URL ending in /, such as https://slack.com/api/, or unset`);
  const adminUserIds = (env.SLACK_ADMIN_USER_IDS ?? '').split(/[\s,]+/).filter(Boolean);
  const host = env.SLACK_HOST?.trim() || undefined;
  return { botToken, appToken, signingSecret, port: number(env, 'SLACK_PORT', 3000, 1, 65535), host, adminUserIds, apiUrl };
}

/** Loads the .env beside package.json into process.env (real environment variables win), as dotenv would. */
export function loadDotEnv(dir = projectDir()): void {
  const file = path.join(dir, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}

/** One feed per line: `URL [name]`; blank lines and `#` comments ignored. */
export function readFeedsFile(file: string): FeedSource[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(`FEEDS_FILE=${file} cannot be read: create it with one feed URL per line`);
  }
  const feeds: FeedSource[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) continue;
    const [url = '', ...name] = line.split(/\s+/);
    if (!/^(https?|file):\/\/\S+$/.test(url)) {
      throw new ConfigError(`FEEDS_FILE=${file} line ${index + 1}: "${url}" is not an http(s):// or file:// URL`);
    }
    feeds.push({ url, name: name.join(' ') || undefined });
  }
  return feeds;
}

function dedupeFeeds(feeds: FeedSource[]): FeedSource[] {
  const byUrl = new Map<string, FeedSource>();
  for (const feed of feeds) byUrl.set(feed.url, { ...byUrl.get(feed.url), ...feed });
  return [...byUrl.values()];
}

function standing(env: Env): OutletStanding {
  try {
    return outletStanding(env.OUTLET_WEIGHTS);
  } catch (error) {
    throw new ConfigError(`OUTLET_WEIGHTS: ${(error as Error).message}; write Name=weight pairs separated by commas`);
  }
}

function number(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new ConfigError(`${name}=${raw} must be a number from ${min} to ${max} (default ${fallback})`);
  }
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['on', 'true', '1', 'yes'].includes(raw)) return true;
  if (['off', 'false', '0', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name}=${env[name]} must be on or off`);
}

function oneOf(env: Env, name: string, fallback: string, allowed: string[]): string {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!allowed.includes(raw)) throw new ConfigError(`${name}=${raw} must be one of ${allowed.join(', ')}`);
  return raw;
}
