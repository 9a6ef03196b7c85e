// Composition root: config → store → poller → delivery → enabled adapters. Everything with I/O
// comes in through `BotIo`, so tests and the CLI pass their own streams, fetch and clock.
import { DEFAULT_LIMITS, UserError } from '../commands/command.ts';
import type { Config } from './config.ts';
import { loadTopicTable } from './articles/topics.ts';
import { createDelivery } from './delivery/deliver-stories.ts';
import { createDigestScheduler } from './digest/schedule-digests.ts';
import { nonPublicReason, publicOnlyFetch } from './feeds/address-guard.ts';
import { createPoller, type PollReport } from './feeds/poll-feeds.ts';
import type { Logger } from './logger.ts';
import { createConsoleAdapter } from './platforms/console/console-adapter.ts';
import type { TerminalPrinter } from './platforms/console/terminal-printer.ts';
import type { PlatformAdapter } from './platforms/platform.ts';
import { createBotRecords } from './store/bot-records.ts';
import { isSharedStore, openStore } from './store/open-store.ts';
import type { QueueConnection } from './queue/queue-connection.ts';
import type { StoryAnnouncements } from './queue/story-announcements.ts';
import type { PollQueue } from './queue/poll-queue.ts';
import type { DeliveryQueue } from './delivery/deliver-stories.ts';

export interface BotIo {
  logger: Logger;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A person at a terminal (stdin and stdout are TTYs). */
  interactive: boolean;
  /** Prints above the console prompt; shared with the logger. */
  printer?: TerminalPrinter;
  fetch?: typeof fetch;
  now?: () => Date;
}

export interface Bot {
  /** Resolves when the user asks to leave (Ctrl-C / Ctrl-D at the console prompt). */
  exitRequested: Promise<void>;
  /** One poll of every feed, delivered (`newsbot run --once`). */
  pollOnce(): Promise<PollReport>;
  /** Polls on schedule and prunes old articles until stop(). */
  startPolling(): void;
  stop(): Promise<void>;
}

const PRUNE_EVERY_MS = 6 * 3_600_000;
/** On a shared store other processes add articles this process's search index must learn of:
 * the newest every second, and a full scan hourly for anything missed (a clock far behind). */
const CATCH_UP_EVERY_MS = 3_600_000;
const CATCH_UP_RECENT_EVERY_MS = 1000;

export async function startBot(config: Config, io: BotIo): Promise<Bot> {
  const now = io.now ?? (() => new Date());
  const topics = loadTopicTable(config.topicsFile);
  const store = await openStore({ storeUrl: config.storeUrl, dataDir: config.dataDir, namespace: config.storeNamespace });
  const records = createBotRecords(store);
  let requestExit!: () => void;
  const exitRequested = new Promise<void>((resolve) => (requestExit = resolve));

  // What every platform's commands see; the user and channel are added per command.
  const context = {
    store,
    records,
    topics,
    now,
    limits: DEFAULT_LIMITS,
    feeds: config.feeds,
    outletStanding: config.outletStanding,
    async checkFeedUrl(url: string) {
      if (config.allowPrivateFeedAddresses) return;
      const reason = await nonPublicReason(url);
      if (reason) throw new UserError(`Only feeds on the public internet can be added: ${reason}.`);
    },
  };

  // Discord and Slack join this list when their credentials are configured.
  const adapters: PlatformAdapter[] = [
    createConsoleAdapter({
      input: io.input,
      output: io.output,
      interactive: io.interactive,
      color: io.interactive,
      context,
      logger: io.logger,
      onExit: () => requestExit(),
      printer: io.printer,
    }),
  ];
  // discord.js and Bolt are loaded only when configured: they cost most of a second to load.
  if (config.discord) {
    const { createDiscordAdapter } = await import('./platforms/discord/discord-adapter.ts');
    adapters.push(
      createDiscordAdapter({
        token: config.discord.token,
        apiUrl: config.discord.apiUrl,
        shards: config.discord.shards,
        context,
        logger: io.logger.child({ platform: 'discord' }),
        requestTimeoutMs: config.platformTimeoutMs,
      }),
    );
  }
  if (config.slack) {
    const { createSlackAdapter } = await import('./platforms/slack/slack-adapter.ts');
    adapters.push(
      createSlackAdapter({ config: config.slack, host: config.slack.host, context, logger: io.logger.child({ platform: 'slack' }), requestTimeoutMs: config.platformTimeoutMs }),
    );
  }
  const transports = adapters.flatMap((adapter) => (adapter.transport ? [adapter.transport] : []));
  // Distributed mode: BullMQ and the Redis client load only when QUEUE_URL names a Redis.
  let queueConnection: QueueConnection | undefined;
  let announcements: StoryAnnouncements | undefined;
  let deliveryQueue: DeliveryQueue | undefined;
  if (config.queueUrl) {
    const { openQueueConnection } = await import('./queue/queue-connection.ts');
    const { createDeliveryQueue } = await import('./queue/delivery-queue.ts');
    queueConnection = await openQueueConnection(config.queueUrl, config.storeNamespace).catch(async (error: unknown) => {
      await store.close();
      throw error;
    });
    deliveryQueue = createDeliveryQueue({ connection: queueConnection, logger: io.logger });
  }
  const delivery = createDelivery({
    store,
    records,
    transports,
    logger: io.logger,
    now,
    dmWindowMs: config.dmWindowMs,
    queue: deliveryQueue,
  });
  const digests = createDigestScheduler({
    store,
    records,
    transports,
    logger: io.logger,
    standing: config.outletStanding,
    now,
  });
  const poller = createPoller({
    feeds: config.feeds,
    store,
    topics,
    logger: io.logger,
    intervalMs: config.pollIntervalMs,
    newFeedAnnounceLimit: config.newFeedAnnounceLimit,
    retentionDays: config.retentionDays,
    listChatFeeds: () => records.listAllServerFeeds(),
    untrustedFetch: config.allowPrivateFeedAddresses ? io.fetch : publicOnlyFetch,
    onNewArticles: async (articles) => {
      await delivery.enqueue(articles);
      for (const adapter of adapters) {
        await adapter.announce?.(articles).catch((error: unknown) => io.logger.error({ platform: adapter.name, err: error }, 'announce failed'));
      }
    },
    onStored: async (articles) => announcements?.announce(articles.map((article) => article.id)),
    fetch: io.fetch,
    now,
    shareFeeds: isSharedStore(config.storeUrl),
  });
  let pollQueue: PollQueue | undefined;
  if (queueConnection) {
    const { createPollQueue } = await import('./queue/poll-queue.ts');
    pollQueue = createPollQueue({ connection: queueConnection, poller, logger: io.logger });
    const { openStoryAnnouncements } = await import('./queue/story-announcements.ts');
    announcements = await openStoryAnnouncements({
      connection: queueConnection,
      logger: io.logger,
      onStored: async () => poller.noteStored(await store.catchUpRecent()),
    }).catch(async (error: unknown) => {
      await queueConnection!.close();
      await store.close();
      throw error;
    });
  }
  try {
    for (const adapter of adapters) await adapter.start();
  } catch (error) {
    for (const adapter of adapters) await adapter.stop().catch(() => undefined);
    await announcements?.close();
    await queueConnection?.close();
    await store.close();
    throw error;
  }

  let pruneTimer: NodeJS.Timeout | undefined;
  let catchUpTimer: NodeJS.Timeout | undefined;
  let recentTimer: NodeJS.Timeout | undefined;
  const sharedStore = isSharedStore(config.storeUrl);
  let stopped = false;
  // A digest is built once and kept as built: on a shared store it waits until this process's
  // search index has caught up with what other processes stored (the catch-up begun at open,
  // joined here), or a process that just started would send a digest missing those stories.
  const digestsReady = async () => {
    if (sharedStore) await store.catchUp();
  };
  const prune = async () => {
    const removed = await store.prune(new Date(now().getTime() - config.retentionDays * 86_400_000));
    if (removed) io.logger.info({ removed, retentionDays: config.retentionDays }, 'pruned old articles');
  };

  return {
    exitRequested,
    async pollOnce() {
      const report = await poller.pollAll();
      await delivery.flush();
      await digestsReady();
      await digests.runDue();
      return report;
    },
    startPolling() {
      // Distributed mode: feeds are polled as jobs any process takes; else this process's loop.
      if (pollQueue) pollQueue.start();
      else poller.start();
      delivery.start();
      void digestsReady()
        .catch((error: unknown) => void (stopped || io.logger.warn({ err: error }, 'search index catch-up failed: digests start without it')))
        .then(() => void (stopped || digests.start()));
      void prune().catch((error: unknown) => io.logger.error({ err: error }, 'prune failed'));
      pruneTimer = setInterval(() => void prune().catch((error: unknown) => io.logger.error({ err: error }, 'prune failed')), PRUNE_EVERY_MS);
      if (sharedStore) {
        catchUpTimer = setInterval(
          () => void store.catchUp().catch((error: unknown) => io.logger.error({ err: error }, 'search index catch-up failed')),
          CATCH_UP_EVERY_MS,
        );
        const catchUpRecent = () => {
          recentTimer = setTimeout(() => {
            store
              .catchUpRecent()
              .then((articles) => poller.noteStored(articles))
              .catch((error: unknown) => io.logger.warn({ err: error }, 'reading newly stored articles failed'))
              .finally(() => recentTimer && catchUpRecent());
          }, CATCH_UP_RECENT_EVERY_MS);
        };
        catchUpRecent();
      }
    },
    async stop() {
      stopped = true;
      clearInterval(pruneTimer);
      clearInterval(catchUpTimer);
      clearTimeout(recentTimer);
      recentTimer = undefined;
      await pollQueue?.stop();
      await poller.stop();
      await delivery.stop();
      await digests.stop();
      for (const adapter of adapters) await adapter.stop();
      await announcements?.close();
      await queueConnection?.close();
      await store.close();
    },
  };
}
