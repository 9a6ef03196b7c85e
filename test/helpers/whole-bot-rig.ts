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
import { latestWindow, type DigestSchedule, type DigestWindow } from '../../src/digest/digest-window.ts';
import { createBotRecords } from '../../src/store/bot-records.ts';
import { openStore } from '../../src/store/open-store.ts';
import { startFakeDiscord, type FakeDiscord, type FakeUser } from '../fakes/fake-discord.ts';
import { startFakeSlack, type FakeSlack } from '../fakes/fake-slack.ts';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.ts';
import { article } from './articles.ts';
import { auditDeliveries, discordLinks, discordTargets, slackLinks, slackTargets, type AuditReport } from './delivery-audit.ts';
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

/** A channel set to daily digests (`/autopost set topics:ai mode:digest`), and the window it must get. */
export interface DigestChannel {
  platform: 'discord' | 'slack';
  id: string;
  name: string;
  schedule: DigestSchedule;
  /** The one window due during the test: exactly one digest for it, no other post. */
  window: DigestWindow;
  /** Due before the bot first starts (it was "down"): sent late. */
  late: boolean;
}

export interface DigestAudit {
  windows: number;
  /** Windows whose digest arrived (once or more). */
  posted: number;
  duplicates: number;
  lost: number;
  /** Per channel: "name: window, N digest(s), stories …". */
  perChannel: string[];
  problems: string[];
}

/** Stories per digest in the digest channels. */
const DIGEST_SIZE = 5;
/** Stories already stored when the bot first starts, published before the late window's end. */
const BACKDATED_STORIES = 3;

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
  /** Digest channels (startRig's `digests`), each with the window it must receive. */
  digestChannels: DigestChannel[];
  /** Opens the store (the bot must be stopped), audits, checks the SQLite files (none for a shared store). */
  audit(): Promise<AuditReport & { notStored: number; stored: number; stories: number; sqlite: string[]; digests: DigestAudit }>;
  close(): Promise<void>;
}

export interface RigOptions {
  /** How long the fake Discord's enforce_nonce dedupes (default 5 min, as Discord's "few minutes"). */
  nonceWindowMs?: number;
  /**
   * Adds channels set to daily digests (UTC): on Discord one whose window was due an hour before
   * the rig started (the bot was down then: it is sent late, from stories already stored) and one
   * due at the first whole minute 15 s after; on Slack one due a minute later.
   */
  digests?: boolean;
}

export async function startRig(extraEnv: Record<string, string> = {}, fakes: RigOptions = {}): Promise<Rig> {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsbot-whole-'));
  const startedAt = Date.now();
  const digestChannels = fakes.digests ? digestChannelsFrom(startedAt) : [];
  const dataDir = path.join(dir, 'data');
  const feeds = await startFeedServer();
  const members: FakeUser[] = DISCORD_USERS.map(({ id, username }) => ({ id, username }));
  const discord = await startFakeDiscord({
    token: 'rig-token',
    guilds: [
      {
        id: GUILD,
        name: 'AI',
        channels: [...DISCORD_CHANNELS, ...digestChannels.filter((c) => c.platform === 'discord')].map(({ id, name }) => ({ id, name })),
        members,
      },
    ],
    ...(fakes.nonceWindowMs !== undefined ? { nonceWindowMs: fakes.nonceWindowMs } : {}),
  });
  const slack = await startFakeSlack({
    users: SLACK_USERS.map(({ id, name }) => ({ id, name })),
    channels: [...SLACK_CHANNELS, ...digestChannels.filter((c) => c.platform === 'slack').map((c) => ({ ...c, member: true }))].map(({ id, name, member }) => ({
      id,
      name,
      is_member: member,
    })),
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
  for (const channel of digestChannels) {
    const serverId = channel.platform === 'discord' ? GUILD : slack.teamId;
    await records.setChannel({ platform: channel.platform, channelId: channel.id, serverId, topics: ['ai'], setBy: 'rig', setAt, digest: channel.schedule });
  }
  // Stories told before the late digest's window ended, stored while the bot was still up.
  const backdated: Article[] = [];
  if (digestChannels.some((channel) => channel.late)) {
    const late = digestChannels.find((channel) => channel.late)!.window;
    const articles = Array.from({ length: BACKDATED_STORIES }, (_, i) =>
      article(`backdated-${i}`, {
        url: `https://news.example/earlier/${i}`,
        headline: `Earlier story ${i}: ${COMPANIES[i]} ships an AI model`,
        source: i % 2 ? 'Beta Daily' : 'Alpha Wire',
        published: new Date(late.end.getTime() - (i + 1) * 600_000).toISOString(),
        firstSeen: new Date(late.end.getTime() - (i + 1) * 600_000).toISOString(),
        topics: ['ai'],
        story: `backdated-${i}`,
      }),
    );
    await store.putArticles(articles);
    backdated.push(...articles);
  }
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

  /** The bot's posts in a digest channel: its digests (as their story links) and anything else. */
  const botPosts = (channel: DigestChannel) =>
    channel.platform === 'discord'
      ? discord
          .messages(channel.id)
          .filter((m) => m.author.id === discord.botUser.id)
          .map((m) => ({ title: m.content.startsWith(`**${channel.window.title}**`), late: m.content.includes('(late:'), links: discordLinks(m) }))
      : slack
          .messages(channel.id)
          .filter((m) => m.user === slack.botUserId)
          .map((m) => {
            const text = JSON.stringify(m.blocks ?? []);
            return { title: (m.blocks?.[0] as { text?: { text?: string } })?.text?.text === channel.window.title, late: text.includes('Late: I was offline'), links: slackLinks(m) };
          });
  const digestMessages = (channel: DigestChannel) => botPosts(channel).filter((post) => post.title);
  const otherPosts = (channel: DigestChannel) => botPosts(channel).filter((post) => !post.title).length;

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
    digestChannels,
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
      // Every digest window is due and its digest is there.
      if (digestChannels.some((channel) => Date.now() < channel.window.end.getTime() || digestMessages(channel).length === 0)) return false;
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
      const digests = auditDigests(digestChannels, [...backdated, ...articles], digestMessages, otherPosts);
      return {
        ...report,
        lost: report.lost + notStored,
        notStored,
        stored: articles.length,
        stories: new Set(articles.map((a) => a.story)).size,
        sqlite,
        digests,
      };
    },
    async close() {
      await Promise.allSettled([feeds.close(), discord.close(), slack.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The digest channels, their `at` times set around `startedAt` (see RigOptions.digests). */
function digestChannelsFrom(startedAt: number): DigestChannel[] {
  const hhmm = (time: number) => new Date(time).toISOString().slice(11, 16);
  const nextMinute = (time: number) => Math.ceil(time / 60_000) * 60_000;
  const channel = (platform: DigestChannel['platform'], id: string, name: string, due: number, late: boolean): DigestChannel => {
    // Set two hours before the rig started: the late window is after it, yesterday's are not.
    const schedule: DigestSchedule = { every: 'daily', at: hhmm(due), tz: 'UTC', size: DIGEST_SIZE, since: new Date(startedAt - 2 * 3_600_000).toISOString() };
    return { platform, id, name, schedule, window: latestWindow(schedule, new Date(due)), late };
  };
  return [
    channel('discord', '300000000000000023', 'digest-late', Math.floor(startedAt / 60_000) * 60_000 - 3_600_000, true),
    channel('discord', '300000000000000024', 'digest', nextMinute(startedAt + 15_000), false),
    channel('slack', 'C0DIGEST', 'digest', nextMinute(startedAt + 15_000) + 60_000, false),
  ];
}

/**
 * Each digest channel holds exactly one digest for its window and nothing else; the digest shows
 * stories of that window only, at most its size, and is not empty when a story of the window was
 * fetched 10 s before the window ended (well before any digest of it was built); a late one says
 * so. Which stories and in what order is digest.test.ts's to check: a story fetched in the last
 * seconds is rightly in the next digest, and story grouping may change after a digest was built.
 */
function auditDigests(
  channels: DigestChannel[],
  stored: Article[],
  digestMessages: (channel: DigestChannel) => { late: boolean; links: string[] }[],
  otherPosts: (channel: DigestChannel) => number,
): DigestAudit {
  const audit: DigestAudit = { windows: channels.length, posted: 0, duplicates: 0, lost: 0, perChannel: [], problems: [] };
  const byUrl = new Map(stored.map((article) => [article.url, article]));
  for (const channel of channels) {
    const name = `${channel.platform} #${channel.name}`;
    const digests = digestMessages(channel);
    const others = otherPosts(channel);
    if (digests.length) audit.posted++;
    else audit.lost++;
    audit.duplicates += Math.max(0, digests.length - 1);
    const links = digests[0]?.links ?? [];
    audit.perChannel.push(`${name}: ${channel.window.key}, ${digests.length} digest(s), ${links.length} stories${digests[0]?.late ? ', late' : ''}`);
    const start = channel.window.start.getTime();
    const end = channel.window.end.getTime();
    const inWindow = (article: Article | undefined) => article !== undefined && Date.parse(article.published) >= start && Date.parse(article.published) < end;
    const fetchedEarly = stored.some((article) => inWindow(article) && Date.parse(article.firstSeen) < end - 10_000);
    const problems = [
      digests.length !== 1 && `${digests.length} digests for ${channel.window.key}`,
      others > 0 && `${others} other posts`,
      links.some((link) => !inWindow(byUrl.get(link))) && `stories outside the window: ${JSON.stringify(links)}`,
      links.length > channel.schedule.size && `${links.length} stories, more than ${channel.schedule.size}`,
      digests[0] && fetchedEarly && links.length === 0 && 'empty, though stories of the window were fetched before it was due',
      digests[0] && digests[0].late !== channel.late && `late: ${digests[0].late}, expected ${channel.late}`,
    ].filter(Boolean);
    if (problems.length) audit.problems.push(`${name}: ${problems.join('; ')}`);
  }
  return audit;
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
