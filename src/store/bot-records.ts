// The small records that chat features keep: which channels auto-post what, who subscribed to
// which topics, each server's own feeds, and which messages are topic boards. Stored as keyv
// records through NewsStore, so every store (SQLite, Redis, PostgreSQL) holds them alike.
// Lists (channels, subscribers, servers) are kept as index records so delivery can iterate them.
import type { DigestSchedule } from '../digest/digest-window.ts';
import type { FeedSource } from '../feeds/feed-types.ts';
import type { NewsStore } from './store-types.ts';

export type Platform = 'discord' | 'slack' | 'console';

export interface ChannelSettings {
  platform: Platform;
  channelId: string;
  /** Discord guild / Slack workspace. */
  serverId?: string;
  topics: string[];
  /** Only stories from these feed URLs, when set. */
  feeds?: string[];
  /** mode:digest: one ranked digest per window instead of a post per story. */
  digest?: DigestSchedule;
  /** Set when delivery stopped because the platform refused (e.g. a 403): shown in /autopost status. */
  pausedReason?: string;
  /** Stories delivery gave up on here (newest last, a few): shown with their reason in /autopost status. */
  failedStories?: { headline: string; reason: string; at: string }[];
  setBy: string;
  setAt: string;
}

export interface Subscription {
  platform: Platform;
  userId: string;
  topics: string[];
  /** mode:digest: one digest DM per day instead of a DM per story. */
  digest?: DigestSchedule;
  /** The user's DMs are closed to the bot: recorded and skipped, not retried forever. */
  dmClosedAt?: string;
}

export interface ServerFeed {
  url: string;
  topics?: string[];
  addedBy: string;
  addedAt: string;
}

export interface BotRecords {
  getChannel(platform: Platform, channelId: string): Promise<ChannelSettings | undefined>;
  setChannel(settings: ChannelSettings): Promise<void>;
  deleteChannel(platform: Platform, channelId: string): Promise<void>;
  listChannels(platform: Platform): Promise<ChannelSettings[]>;

  getSubscription(platform: Platform, userId: string): Promise<Subscription | undefined>;
  setSubscription(subscription: Subscription): Promise<void>;
  listSubscriptions(platform: Platform): Promise<Subscription[]>;

  getServerFeeds(platform: Platform, serverId: string): Promise<ServerFeed[]>;
  setServerFeeds(platform: Platform, serverId: string, feeds: ServerFeed[]): Promise<void>;
  /** Every server's own feeds, for the poller (the same URL from two servers is polled once). */
  listAllServerFeeds(): Promise<FeedSource[]>;

  markBoard(platform: Platform, messageId: string): Promise<void>;
  isBoard(platform: Platform, messageId: string): Promise<boolean>;
}

/** More members than any list holds (channels, subscribers, servers): each is listed whole. */
const ALL = 10_000_000;

export function createBotRecords(store: NewsStore): BotRecords {
  // The lists are sorted sets, one member changed at a time, so two processes (or a command and
  // delivery) adding at once never drop each other's member. Older stores kept each list as one
  // JSON record: its members are still read, and moved into the set when the list is next changed.
  async function legacy(key: string): Promise<string[]> {
    return (await store.getRecord<string[]>(key)) ?? [];
  }
  async function list(key: string): Promise<string[]> {
    const members = new Set(await legacy(key));
    for (const { member } of await store.sets.range(key, Infinity, ALL)) members.add(member);
    return [...members];
  }
  async function moveLegacy(key: string): Promise<void> {
    const members = await legacy(key);
    if (members.length === 0) return;
    await store.sets.add(members.map((member) => ({ set: key, member, score: 0 })));
    await store.deleteRecord(key);
  }
  async function addTo(key: string, member: string): Promise<void> {
    await moveLegacy(key);
    await store.sets.add([{ set: key, member, score: 0 }]);
  }
  async function removeFrom(key: string, member: string): Promise<void> {
    await moveLegacy(key);
    await store.sets.remove([{ set: key, member }]);
  }
  async function all<T>(indexKey: string, recordKey: (member: string) => string): Promise<T[]> {
    const records = await store.getRecords<T>((await list(indexKey)).map(recordKey));
    return records.filter((record): record is T => record !== undefined);
  }

  const channelKey = (platform: Platform, id: string) => `channel:${platform}:${id}`;
  const subscriptionKey = (platform: Platform, id: string) => `subscription:${platform}:${id}`;
  const serverFeedsKey = (platform: Platform, id: string) => `server-feeds:${platform}:${id}`;

  return {
    getChannel: (platform, channelId) => store.getRecord(channelKey(platform, channelId)),
    async setChannel(settings) {
      await store.setRecord(channelKey(settings.platform, settings.channelId), settings);
      await addTo(`channels:${settings.platform}`, settings.channelId);
    },
    async deleteChannel(platform, channelId) {
      await store.deleteRecord(channelKey(platform, channelId));
      await removeFrom(`channels:${platform}`, channelId);
    },
    listChannels: (platform) => all(`channels:${platform}`, (id) => channelKey(platform, id)),

    getSubscription: (platform, userId) => store.getRecord(subscriptionKey(platform, userId)),
    async setSubscription(subscription) {
      const key = subscriptionKey(subscription.platform, subscription.userId);
      if (subscription.topics.length === 0) {
        await store.deleteRecord(key);
        await removeFrom(`subscribers:${subscription.platform}`, subscription.userId);
        return;
      }
      await store.setRecord(key, subscription);
      await addTo(`subscribers:${subscription.platform}`, subscription.userId);
    },
    listSubscriptions: (platform) => all(`subscribers:${platform}`, (id) => subscriptionKey(platform, id)),

    async getServerFeeds(platform, serverId) {
      return (await store.getRecord<ServerFeed[]>(serverFeedsKey(platform, serverId))) ?? [];
    },
    async setServerFeeds(platform, serverId, feeds) {
      await store.setRecord(serverFeedsKey(platform, serverId), feeds);
      if (feeds.length) await addTo('servers-with-feeds', `${platform}:${serverId}`);
      else await removeFrom('servers-with-feeds', `${platform}:${serverId}`);
    },
    async listAllServerFeeds() {
      const byUrl = new Map<string, FeedSource>();
      for (const server of await list('servers-with-feeds')) {
        const [platform, ...rest] = server.split(':');
        for (const feed of await this.getServerFeeds(platform as Platform, rest.join(':'))) {
          byUrl.set(feed.url, { url: feed.url, topics: feed.topics, untrusted: true });
        }
      }
      return [...byUrl.values()];
    },

    markBoard: (platform, messageId) => store.setRecord(`board:${platform}:${messageId}`, true),
    async isBoard(platform, messageId) {
      return (await store.getRecord<boolean>(`board:${platform}:${messageId}`)) === true;
    },
  };
}
