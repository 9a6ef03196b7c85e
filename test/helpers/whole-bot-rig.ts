// The whole-process rig shared by the crash-safety and platform-fault tests: the local feed server
// (two feeds that gain items while the bot runs), the fake Discord and fake Slack, a data
// directory whose store already holds autopost channels and subscriptions, the environment for a
// child `newsbot run`, and the final audit (every story exactly once to every channel and
// subscriber that follows it). Everything listens on 127.0.0.1.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { articleId } from '../../src/articles/article-id.ts';
import type { Article } from '../../src/articles/article.ts';
import { createBotRecords } from '../../src/store/bot-records.ts';
import { openStore } from '../../src/store/open-store.ts';
import { startFakeDiscord, type FakeDiscord, type FakeUser } from '../fakes/fake-discord.ts';
import { startFakeSlack, type FakeSlack } from '../fakes/fake-slack.ts';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.ts';
import { auditDeliveries, discordTargets, slackTargets, type AuditReport } from './delivery-audit.ts';
import { freePort } from './bot-process.ts';
import { rss, type TestItem } from './rss.ts';

const GUILD = '200000000000000021';
export const DISCORD_CHANNELS = [
  { id: '300000000000000021', name: 'ai-news', topics: ['ai'] },
  { id: '300000000000000022', name: 'chips', topics: ['chips'] },
];
export const DISCORD_USERS = [
  { id: '400000000000000021', username: 'ada', topics: ['ai'] },
  { id: '400000000000000022', username: 'bo', topics: ['policy'] },
];
export const SLACK_CHANNELS = [
  { id: 'C0AINEWS', name: 'ai-news', topics: ['ai'], member: true },
  // Public, the bot never invited: it posts through chat:write.public, and a lookup joins first.
  { id: 'C0POLICY', name: 'policy', topics: ['policy'], member: false },
];
export const SLACK_USERS = [
  { id: 'U0ADA', name: 'ada', topics: ['ai'] },
  { id: 'U0BO', name: 'bo', topics: ['chips'] },
];
const SIGNING_SECRET = 'rig-signing-secret';
const FEEDS = ['/alpha.xml', '/beta.xml'];
/** A feed shows its newest items only, as real ones do. */
const ITEMS_SHOWN = 40;
const NAMES = ['Zephyr', 'Quill', 'Harbor', 'Lumen', 'Cobalt', 'Juniper', 'Sable', 'Tundra', 'Orchid', 'Falcon', 'Ember', 'Marlin'];

export interface Published {
  feedUrl: string;
  url: string;
}

export interface Rig {
  dir: string;
  dataDir: string;
  feeds: FeedServer;
  discord: FakeDiscord;
  slack: FakeSlack;
  /** Environment for `newsbot run` against this rig. */
  env: Record<string, string>;
  published: Published[];
  /** Adds one item to the next feed (alternating). */
  publish(): void;
  /**
   * Whether every published story reached every channel and subscriber following one of its
   * topics, stories and topics being what the bot logged with each "new story" (bot-process logs).
   */
  complete(logs: { msg?: string; url?: unknown; topics?: unknown; story?: unknown; mergedStories?: unknown }[]): boolean;
  /** Platform requests so far (both fakes), to tell when the bot has gone quiet. */
  platformRequests(): number;
  /** Opens the store (the bot must be stopped), audits, checks the SQLite files (none for a shared store). */
  audit(): Promise<AuditReport & { notStored: number; stored: number; stories: number; sqlite: string[] }>;
  close(): Promise<void>;
}

export interface RigFakes {
  /** How long the fake Discord's enforce_nonce dedupes (default 5 min, as Discord's "few minutes"). */
  nonceWindowMs?: number;
}

export async function startRig(extraEnv: Record<string, string> = {}, fakes: RigFakes = {}): Promise<Rig> {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsbot-whole-'));
  const dataDir = path.join(dir, 'data');
  const feeds = await startFeedServer();
  const members: FakeUser[] = DISCORD_USERS.map(({ id, username }) => ({ id, username }));
  const discord = await startFakeDiscord({
    token: 'rig-token',
    guilds: [{ id: GUILD, name: 'AI', channels: DISCORD_CHANNELS.map(({ id, name }) => ({ id, name })), members }],
    ...(fakes.nonceWindowMs !== undefined ? { nonceWindowMs: fakes.nonceWindowMs } : {}),
  });
  const slack = await startFakeSlack({
    users: SLACK_USERS.map(({ id, name }) => ({ id, name })),
    channels: SLACK_CHANNELS.map(({ id, name, member }) => ({ id, name, is_member: member })),
    signingSecret: SIGNING_SECRET,
    botToken: 'xoxb-rig',
  });

  // The store of record: the SQLite file in DATA_DIR, or the shared one extraEnv names.
  const storeOptions = { dataDir, storeUrl: extraEnv.STORE_URL, namespace: extraEnv.STORE_NAMESPACE };
  // Autopost channels and subscriptions, as /autopost and reactions would have left them.
  const store = await openStore(storeOptions);
  const records = createBotRecords(store);
  const setAt = new Date().toISOString();
  for (const channel of DISCORD_CHANNELS) await records.setChannel({ platform: 'discord', channelId: channel.id, serverId: GUILD, topics: channel.topics, setBy: 'rig', setAt });
  for (const channel of SLACK_CHANNELS) await records.setChannel({ platform: 'slack', channelId: channel.id, serverId: slack.teamId, topics: channel.topics, setBy: 'rig', setAt });
  for (const user of DISCORD_USERS) await records.setSubscription({ platform: 'discord', userId: user.id, topics: user.topics });
  for (const user of SLACK_USERS) await records.setSubscription({ platform: 'slack', userId: user.id, topics: user.topics });
  await store.close();

  const items = new Map<string, TestItem[]>(FEEDS.map((feed) => [feed, []]));
  for (const feed of FEEDS) feeds.setFeed(feed, rss(feedTitle(feed), []));
  writeFileSync(path.join(dir, 'feeds.txt'), FEEDS.map((feed) => `${feeds.url(feed)} ${feedTitle(feed)}`).join('\n'));
  const published: Published[] = [];

  const env = {
    DATA_DIR: dataDir,
    DEFAULT_FEEDS: 'off',
    FEEDS_FILE: path.join(dir, 'feeds.txt'),
    POLL_INTERVAL_MINUTES: '0.02',
    DM_WINDOW_MINUTES: '0.05',
    NEW_FEED_ANNOUNCE_LIMIT: '100',
    PLATFORM_TIMEOUT_SECONDS: '2',
    LOG_LEVEL: 'info',
    DISCORD_TOKEN: 'rig-token',
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_URL: discord.apiUrl,
    SLACK_BOT_TOKEN: 'xoxb-rig',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_PORT: String(await freePort()),
    // Test servers listen on 127.0.0.1 only.
    SLACK_HOST: '127.0.0.1',
    SLACK_API_URL: slack.apiUrl,
    ...extraEnv,
  };

  const targets = () => [
    ...discordTargets(discord, DISCORD_CHANNELS, DISCORD_USERS),
    ...slackTargets(slack, SLACK_CHANNELS, SLACK_USERS),
  ];

  return {
    dir,
    dataDir,
    feeds,
    discord,
    slack,
    env,
    published,
    publish() {
      const n = published.length;
      const feed = FEEDS[n % FEEDS.length]!;
      const url = `https://news.example${feed.replace('.xml', '')}/${n}`;
      const list = items.get(feed)!;
      list.unshift({ ...itemText(n), link: url, guid: url, pubDate: new Date().toUTCString() });
      list.length = Math.min(list.length, ITEMS_SHOWN);
      feeds.setFeed(feed, rss(feedTitle(feed), list));
      published.push({ feedUrl: feeds.url(feed), url });
    },
    complete(logs) {
      // What the bot logged with each "new story" (the latest line wins: a re-poll after a kill logs again).
      const byUrl = new Map<string, { topics: string[]; story: string }>();
      // A story split off one posted before was shown there, under a former id (see delivery-audit.ts).
      const formerOf = new Map<string, string[]>();
      for (const line of logs) {
        if (line.msg === 'new story' && typeof line.url === 'string') byUrl.set(line.url, { topics: line.topics as string[], story: String(line.story) });
        if (line.msg === 'new story' && Array.isArray(line.mergedStories)) formerOf.set(String(line.story), line.mergedStories.map(String));
      }
      if (!published.every((item) => byUrl.has(item.url))) return false;
      const stories = new Map<string, { urls: string[]; topics: Set<string> }>();
      for (const [url, { topics, story }] of byUrl) {
        const entry = stories.get(story) ?? { urls: [], topics: new Set<string>() };
        entry.urls.push(url);
        for (const topic of topics) entry.topics.add(topic);
        stories.set(story, entry);
      }
      return targets().every((target) => {
        const seen = new Set(target.messages.flat());
        const shown = (id: string) => stories.get(id)?.urls.some((url) => seen.has(url)) ?? false;
        return [...stories].every(([id, story]) => !target.topics.some((topic) => story.topics.has(topic)) || shown(id) || (formerOf.get(id) ?? []).some(shown));
      });
    },
    platformRequests: () => discord.requests.length + slack.calls.length,
    async audit() {
      const opened = await openStore(storeOptions);
      const articles: Article[] = [];
      let notStored = 0;
      try {
        for (const item of published) {
          const article = await opened.getArticle(articleId({ guid: item.url, link: item.url, categories: [] } as never, item.feedUrl));
          if (article) articles.push(article);
          else notStored++;
        }
      } finally {
        await opened.close();
      }
      const report = auditDeliveries(articles, targets());
      const sqlite = storeOptions.storeUrl
        ? []
        : [await sqliteHealth(path.join(dataDir, 'newsbot.sqlite')), await sqliteHealth(path.join(dataDir, 'search-index.sqlite'))];
      return { ...report, lost: report.lost + notStored, notStored, stored: articles.length, stories: new Set(articles.map((a) => a.story)).size, sqlite };
    },
    async close() {
      await Promise.allSettled([feeds.close(), discord.close(), slack.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function feedTitle(feed: string): string {
  return feed === '/alpha.xml' ? 'Alpha Wire' : 'Beta Daily';
}

const COMPANIES = ['Acmera', 'Borealis', 'Cirrus', 'Dynamo', 'Everest', 'Fathom', 'Gossamer', 'Helix', 'Indigo', 'Jasper', 'Kestrel', 'Lattice', 'Monsoon', 'Nebula', 'Obsidian', 'Pinnacle', 'Quasar', 'Redwood', 'Solstice', 'Tessera', 'Umbra', 'Vertex', 'Willow', 'Xenon', 'Yonder', 'Zenith'];
const PLACES = ['Oslo', 'Lagos', 'Lima', 'Hanoi', 'Quito', 'Perth', 'Tunis', 'Riga', 'Accra', 'Dakar', 'Cusco'];

/**
 * Distinct stories (no two share a name, so none is "the same story" as another), each plainly
 * about AI; every third about chips, every third about policy.
 */
function itemText(n: number): { title: string; description: string } {
  const company = `${COMPANIES[n % COMPANIES.length]}${n >= COMPANIES.length ? Math.floor(n / COMPANIES.length) + 1 : ''}`;
  const product = `${company.slice(0, 3).toUpperCase()}-${n + 7}`;
  const place = `${PLACES[n % PLACES.length]}`;
  switch (n % 3) {
    case 0:
      return {
        title: `${company} releases ${product}, an open AI language model`,
        description: `${company} released ${product}, an artificial intelligence model its ${place} researchers trained on ${(n + 2) * 3} trillion tokens.`,
      };
    case 1:
      return {
        title: `${company} unveils ${product} AI accelerator chip`,
        description: `${company} showed ${product}, a semiconductor for training artificial intelligence models, built at its ${place} fab with ${(n + 3) * 5} billion transistors.`,
      };
    default:
      return {
        title: `${place} lawmakers propose AI rules after ${company} chatbot complaint`,
        description: `Regulators in ${place} proposed legislation governing artificial intelligence after ${company}'s chatbot ${product} drew ${(n + 4) * 11} complaints.`,
      };
  }
}

/** "file: journal_mode=wal, integrity ok" — the store must survive a kill mid-write. */
async function sqliteHealth(file: string): Promise<string> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    // Read-write: the FTS5 integrity check writes a scratch table. Nothing else has it open now.
    const opened = new sqlite3.Database(file, sqlite3.OPEN_READWRITE, (error) => (error ? reject(error) : resolve(opened)));
  });
  const get = (sql: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => db.get(sql, (error: Error | null, row: Record<string, unknown>) => (error ? reject(error) : resolve(row))));
  try {
    const mode = Object.values(await get('PRAGMA journal_mode'))[0];
    const integrity = Object.values(await get('PRAGMA integrity_check'))[0];
    return `${path.basename(file)}: journal_mode=${String(mode)}, integrity ${String(integrity)}`;
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
}
