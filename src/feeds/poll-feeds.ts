// The poll loop: each feed on its own schedule (interval + jitter), exponential backoff after
// failures (capped, never giving up), Retry-After honoured. One feed's failure is recorded on that
// feed and never stops the others.
import type { Article } from '../articles/article.ts';
import { articleId, linkId } from '../articles/article-id.ts';
import { buildArticle, feedContextOf } from '../articles/build-article.ts';
import { groupStories, STORY_WINDOW_MS } from '../articles/cluster-stories.ts';
import type { TopicTable } from '../articles/topics.ts';
import type { Logger } from '../logger.ts';
import type { FeedState, NewsStore } from '../store/store-types.ts';
import { FeedError, type FeedSource, type RawEntry } from './feed-types.ts';
import { publicOnlyFetch } from './address-guard.ts';
import { DEFAULT_MAX_BYTES, fetchFeed, formatBytes } from './fetch-feed.ts';
import { parseFeed } from './parse-feed.ts';

const MAX_BACKOFF_MS = 6 * 3_600_000;
/** Stored articles a new one is compared with for "the same story": the newest within the window. */
const RECENT_FOR_STORIES = 3000;
/** The recent articles are read from the store again this often (others may share the store). */
const RECENT_REFRESH_MS = 60_000;
/** The feed list (operator's + chat-added) is read again this often, new feeds' state with it. */
const FEED_LIST_REFRESH_MS = 60_000;
const JITTER = 0.1;
/** Shared polling: the store's set of feeds by when they are due, and how long a poll is leased
 * (longer than a poll takes; a process that dies mid-poll gives the feed up after this). */
const POLL_SET = 'poll-due';
const POLL_LEASE_MS = 60_000;

export interface PollerOptions {
  /** The operator's feeds (trusted). */
  feeds: FeedSource[];
  /** Feeds added in chat, read again every cycle; fetched from public addresses only. */
  listChatFeeds?: () => Promise<FeedSource[]>;
  /** fetch for chat-added feeds (default: one that refuses non-public addresses). */
  untrustedFetch?: typeof fetch;
  store: NewsStore;
  topics: TopicTable;
  logger: Logger;
  intervalMs: number;
  /** The first poll of a new feed announces at most this many of its newest items. */
  newFeedAnnounceLimit: number;
  retentionDays: number;
  /**
   * Called with each feed's new stories, oldest first, after they are stored and before they are
   * marked seen: it must be idempotent (after a crash it may see the same stories again).
   */
  onNewArticles: (articles: Article[]) => Promise<void>;
  /** Called with every batch of new articles once stored (announced or not): other processes are told. */
  onStored?: (articles: Article[]) => Promise<void>;
  fetch?: typeof fetch;
  now?: () => Date;
  random?: () => number;
  /** Feeds fetched at the same time. */
  concurrency?: number;
  /** Per fetch, redirects and body included (fetchFeed's default 15 s). */
  fetchTimeoutMs?: number;
  /** Response size cap after decompression (default 5 MB); a larger feed is read up to it. */
  maxFeedBytes?: number;
  /**
   * Other processes poll the same feeds from the same (shared) store: a due feed is leased in the
   * store before it is polled, so one process at a time polls it, whichever is free first.
   */
  shareFeeds?: boolean;
}

export type FeedOutcome = 'new' | 'unchanged' | 'not-modified' | 'failed';

export interface PollReport {
  feeds: number;
  outcomes: Record<FeedOutcome, number>;
  /** New stories announced in this cycle. */
  announced: number;
  /** New stories stored (announced or, for a new feed's back catalogue, stored quietly). */
  stored: number;
  /** New items older than RETENTION_DAYS: skipped, and not marked seen. */
  tooOld: number;
}

/** One line for a person: what a cycle did, and what to do when no feed could be read. */
export function describePollReport(report: PollReport): string {
  const { outcomes } = report;
  const parts = [
    `${report.stored} new ${report.stored === 1 ? 'story' : 'stories'}`,
    `${outcomes.unchanged + outcomes['not-modified']} unchanged`,
    report.tooOld ? `${report.tooOld} too old (RETENTION_DAYS)` : '',
    `${outcomes.failed} failed`,
  ].filter(Boolean);
  const line = `polled ${report.feeds} ${report.feeds === 1 ? 'feed' : 'feeds'}: ${parts.join(', ')}`;
  return allFailed(report) ? `${line}. No feed could be read; offline? See the README's "Offline" section (npm run demo works without a network).` : line;
}

/** Every feed polled failed: nothing could be read (no network, or every address wrong). */
export function allFailed(report: PollReport): boolean {
  return report.feeds > 0 && report.outcomes.failed === report.feeds;
}

interface FeedFailure {
  url: string;
  error: string;
  failures: number;
  retryAt?: string;
}

interface FeedResult {
  outcome: FeedOutcome;
  announced: number;
  stored: number;
  tooOld: number;
  failure?: FeedFailure;
}

export interface Poller {
  /** Polls every feed once, due or not (`newsbot run --once`). */
  pollAll(): Promise<PollReport>;
  /** One step of the schedule: polls the feeds due now (on a shared store, those this process leases). */
  pollDue(): Promise<PollReport>;
  /** Polls on schedule until stop(). */
  start(): void;
  /** Aborts fetches in flight, waits for the loop to end. */
  stop(): Promise<void>;
  /** Articles another process stored (a shared store): new ones are grouped against them too. */
  noteStored(articles: Article[]): void;
  /**
   * Distributed mode (src/queue/poll-queue.ts), on a shared store: polls the feed if it is due and
   * this process gets its lease, and says when it is next due (undefined: no longer listed).
   */
  pollIfDue(url: string): Promise<number | undefined>;
  /** The feeds to poll (the operator's and chat-added ones) and when each is due, from the store. */
  listFeeds(): Promise<{ url: string; dueAt: number }[]>;
}

export function createPoller(options: PollerOptions): Poller {
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const concurrency = options.concurrency ?? 8;
  const shutdown = new AbortController();
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  /** When each feed is next due (ms), kept as polls set it: a wake-up reads this, not every feed's stored state. */
  const dueAt = new Map<string, number>();
  /**
   * The articles new ones are grouped against (newest last), read from the store once a minute and
   * added to as feeds are polled, instead of thousands of stored articles read back per feed.
   */
  let recent = new Map<string, Article>();
  let recentReadAt = -Infinity;
  let cycles = 0;

  /** Polls the feeds, `concurrency` at a time; with `take`, only those it grants (a lease) when their turn comes. */
  async function pollFeeds(feeds: FeedSource[], take?: (feed: FeedSource) => Promise<boolean>): Promise<PollReport> {
    const report: PollReport = {
      feeds: 0,
      outcomes: { new: 0, unchanged: 0, 'not-modified': 0, failed: 0 },
      announced: 0,
      stored: 0,
      tooOld: 0,
    };
    const failures: FeedFailure[] = [];
    const queue = [...feeds];
    const worker = async () => {
      for (let feed = queue.shift(); feed && !shutdown.signal.aborted; feed = queue.shift()) {
        if (take && !(await take(feed))) continue;
        report.feeds++;
        // A store hiccup on one feed is logged and the cycle goes on.
        const result: FeedResult = await pollFeed(feed).catch((error: unknown) => {
          options.logger.error({ feed: feed.url, err: error }, 'feed poll crashed');
          return { outcome: 'failed' as const, announced: 0, stored: 0, tooOld: 0 };
        });
        report.outcomes[result.outcome]++;
        report.announced += result.announced;
        report.stored += result.stored;
        report.tooOld += result.tooOld;
        if (result.failure) failures.push(result.failure);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, feeds.length) }, worker));
    // A step whose due feeds all went to other processes polled nothing and has nothing to say.
    if (!shutdown.signal.aborted && (report.feeds > 0 || !take)) logCycle(report, failures);
    return report;
  }

  /**
   * One line per cycle at info. A feed's failure is a warning when it starts failing (repeats are
   * debug: /news feeds shows them); when every feed failed, one line replaces them all.
   */
  function logCycle(report: PollReport, failures: FeedFailure[]): void {
    if (allFailed(report) && report.feeds > 1) {
      const reasons = new Map<string, number>();
      for (const { error } of failures) reasons.set(error, (reasons.get(error) ?? 0) + 1);
      const common = [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([error, count]) => `${error} (${count}×)`);
      options.logger.warn({ ...report, reasons: common }, describePollReport(report));
      return;
    }
    for (const failure of failures) {
      options.logger[failure.failures === 1 ? 'warn' : 'debug']({ feed: failure.url, failures: failure.failures, retryAt: failure.retryAt }, `feed failed: ${failure.error}`);
    }
    // After the first cycle, one with nothing to say (all unchanged) is logged only when debugging:
    // feeds fall due a few at a time, and a terminal would fill with "0 new" lines.
    const quiet = report.stored === 0 && report.tooOld === 0 && report.outcomes.failed === 0;
    options.logger[allFailed(report) ? 'warn' : quiet && cycles > 0 ? 'debug' : 'info'](report, describePollReport(report));
    cycles++;
  }

  async function pollFeed(feed: FeedSource): Promise<FeedResult> {
    const state: FeedState = (await options.store.getFeedState(feed.url)) ?? { url: feed.url, failures: 0 };
    const isNewFeed = !state.lastSuccessAt;
    const startedAt = now();
    state.lastPolledAt = startedAt.toISOString();
    try {
      const maxBytes = options.maxFeedBytes ?? DEFAULT_MAX_BYTES;
      const response = await fetchFeed(feed.url, {
        etag: state.etag,
        lastModified: state.lastModified,
        fetch: feed.untrusted ? (options.untrustedFetch ?? publicOnlyFetch) : options.fetch,
        signal: shutdown.signal,
        timeoutMs: options.fetchTimeoutMs,
        maxBytes,
        // A feed that outgrew the cap still works: its newest items come first, and the complete
        // ones before the cut are read. Junk past the cap (a gzip bomb) holds no item and fails.
        oversize: 'truncate',
      });
      if (response.status === 'not-modified') {
        await succeed(state);
        return { outcome: 'not-modified', announced: 0, stored: 0, tooOld: 0 };
      }
      const parsed = await parseFeed(response.body, {
        url: response.finalUrl,
        contentType: response.contentType,
        truncated: response.truncated,
      }).catch((error: unknown) => {
        if (!response.truncated || !(error instanceof FeedError)) throw error;
        throw new FeedError(`response larger than ${formatBytes(maxBytes)}, and no complete item in its first ${formatBytes(maxBytes)}`);
      });
      if (response.truncated) {
        options.logger.warn({ feed: feed.url, items: parsed.entries.length }, `feed larger than ${formatBytes(maxBytes)}: read the items before the cut`);
      }
      // Only entries never seen before are understood: a re-poll costs a parse and a lookup.
      const keyed = seenKeys(parsed.entries, feed.url, parsed.link);
      const allKeys = [...keyed.keys(), ...[...keyed.values()].flatMap(({ link }) => (link ? [link] : []))];
      const seen = await options.store.seenIds(allKeys);
      const oldest = startedAt.getTime() - options.retentionDays * 86_400_000;
      const context = { ...feedContextOf(feed.url, parsed, parsed.title ?? feed.name), topics: feed.topics };
      const unseen = [...keyed]
        .filter(([id, { link }]) => !seen.has(id) && !(link && seen.has(link)))
        .map(([id, { entry, link }]) => ({ id, link, article: buildArticle(entry, context, options.topics, startedAt) }));
      // Too old to keep, and not marked seen either: a longer RETENTION_DAYS later still stores it.
      const tooOld = unseen.filter(({ article }) => Date.parse(article.published) < oldest);
      const skipped = new Set(tooOld.flatMap(({ id, link }) => (link ? [id, link] : [id])));
      const fresh = await withStories(unseen.filter(({ article }) => Date.parse(article.published) >= oldest).map(({ article }) => article));

      // A new feed's back catalogue is stored but only its newest few are announced. Newest first
      // by date; items without one (dated when first seen, so all equal) keep the feed's order,
      // which is newest first: a channel then reads them in reverse document order.
      const newestFirst = [...fresh].sort((a, b) => b.published.localeCompare(a.published));
      const announce = (isNewFeed ? newestFirst.slice(0, options.newFeedAnnounceLimit) : newestFirst).reverse();

      // Crash safety: stories are stored and handed to delivery (which records them durably and
      // idempotently) before they are marked seen. A crash in between means the next poll sees
      // them again and delivery recognises them: never lost, never doubled. If recording fails,
      // the poll fails and is retried, also before anything is marked seen.
      await options.store.putArticles(fresh);
      if (fresh.length) await options.onStored?.(fresh);
      if (announce.length) await options.onNewArticles(announce);
      await options.store.markSeen(allKeys.filter((key) => !skipped.has(key)));
      state.etag = response.etag;
      state.lastModified = response.lastModified;
      state.itemCount = parsed.entries.length;
      await succeed(state);
      options.logger.debug({ feed: feed.url, items: parsed.entries.length, new: fresh.length, tooOld: tooOld.length }, 'feed polled');
      return { outcome: fresh.length ? 'new' : 'unchanged', announced: announce.length, stored: fresh.length, tooOld: tooOld.length };
    } catch (error) {
      if (shutdown.signal.aborted) return { outcome: 'failed', announced: 0, stored: 0, tooOld: 0 };
      return { outcome: 'failed', announced: 0, stored: 0, tooOld: 0, failure: await fail(state, error) };
    }
  }

  /** Articles that tell a story other outlets already told take that story's id ("also covered by"). */
  async function withStories(fresh: Article[]): Promise<Article[]> {
    if (fresh.length === 0) return fresh;
    const earliest = Math.min(...fresh.map((article) => Date.parse(article.published)));
    if (now().getTime() - recentReadAt >= RECENT_REFRESH_MS) await readRecent();
    if (earliest - STORY_WINDOW_MS < recentReadAt - 2 * STORY_WINDOW_MS) {
      // Older than what is kept (a new feed's back catalogue): compared with the store directly.
      const { articles: older } = await options.store.search({ since: new Date(earliest - STORY_WINDOW_MS), limit: RECENT_FOR_STORIES });
      const { articles, restoried } = groupStories(fresh, older);
      await storeRestoried(restoried);
      return articles;
    }
    const { articles: grouped, restoried } = groupStories(fresh, [...recent.values()]);
    await storeRestoried(restoried);
    // Known at once to the feeds polled next (and to those polled beside this one from now on).
    for (const article of grouped) {
      recent.delete(article.id);
      recent.set(article.id, article);
    }
    for (const id of recent.keys()) {
      if (recent.size <= RECENT_FOR_STORIES) break;
      recent.delete(id);
    }
    return grouped;
  }

  /** Stored articles whose story a fresh article changed (two stories merged): stored again, with
   * their former story ids, so every process and delivery see one story. */
  async function storeRestoried(restoried: Article[]): Promise<void> {
    if (restoried.length === 0) return;
    await options.store.putArticles(restoried);
    for (const article of restoried) if (recent.has(article.id)) recent.set(article.id, article);
  }

  /** The newest stored articles of the story window (those of other processes sharing the store too);
   * ones this process grouped meanwhile and has not stored yet are kept. */
  async function readRecent(): Promise<void> {
    recentReadAt = now().getTime();
    const since = new Date(recentReadAt - 2 * STORY_WINDOW_MS);
    const { articles } = await options.store.search({ since, limit: RECENT_FOR_STORIES });
    const read = new Map(articles.reverse().map((article) => [article.id, recent.get(article.id) ?? article]));
    for (const [id, article] of recent) if (!read.has(id) && Date.parse(article.published) >= since.getTime()) read.set(id, article);
    recent = read;
  }

  async function succeed(state: FeedState): Promise<void> {
    state.failures = 0;
    state.lastError = undefined;
    state.lastSuccessAt = now().toISOString();
    state.nextPollAt = new Date(now().getTime() + jittered(options.intervalMs)).toISOString();
    await setDue(state);
  }

  async function fail(state: FeedState, error: unknown): Promise<FeedFailure> {
    state.failures += 1;
    state.lastError = oneLine(error);
    const backoff = Math.min(MAX_BACKOFF_MS, options.intervalMs * 2 ** (state.failures - 1));
    const retryAfter = (error as { retryAfterMs?: number }).retryAfterMs ?? 0;
    const delay = Math.max(jittered(backoff), Math.min(retryAfter, MAX_BACKOFF_MS));
    state.nextPollAt = new Date(now().getTime() + delay).toISOString();
    await setDue(state);
    return { url: state.url, error: state.lastError, failures: state.failures, retryAt: state.nextPollAt };
  }

  /** Records when the feed is due next; on a shared store this also ends this process's lease. */
  async function setDue(state: FeedState): Promise<void> {
    const next = Date.parse(state.nextPollAt!);
    dueAt.set(state.url, next);
    await options.store.setFeedState(state);
    if (options.shareFeeds) await options.store.sets.add([{ set: POLL_SET, member: state.url, score: next }]);
  }

  /**
   * Polls the feeds due now. On a shared store each is leased just before its fetch, not all up
   * front: the processes that are free take the due feeds between them, a few at a time.
   */
  async function pollDue(feeds: FeedSource[]): Promise<PollReport> {
    const due = feeds.filter((feed) => (dueAt.get(feed.url) ?? 0) <= now().getTime());
    if (!options.shareFeeds || due.length === 0) return pollFeeds(due, async () => true);
    await listShared(due);
    return pollFeeds(due, lease);
  }

  /** Puts feeds in the shared poll set, each one new there due when this process last knew it. */
  async function listShared(feeds: FeedSource[]): Promise<void> {
    await options.store.sets.add(feeds.map((feed) => ({ set: POLL_SET, member: feed.url, score: dueAt.get(feed.url) ?? 0 })), { onlyNew: true });
  }

  async function lease(feed: FeedSource): Promise<boolean> {
    const at = now().getTime();
    if (await options.store.sets.claim(POLL_SET, feed.url, at, at + POLL_LEASE_MS)) return true;
    // Another process is polling it or has: its stored state says when it is due next.
    const next = (await options.store.getFeedState(feed.url))?.nextPollAt;
    dueAt.set(feed.url, Math.max(next ? Date.parse(next) : 0, at + 5000));
    return false;
  }

  function jittered(ms: number): number {
    return Math.round(ms * (1 - JITTER + 2 * JITTER * random()));
  }

  /** The operator's feeds, then chat-added ones not already among them. */
  async function allFeeds(): Promise<FeedSource[]> {
    const chat = (await options.listChatFeeds?.()) ?? [];
    const known = new Set(options.feeds.map((feed) => feed.url));
    return [...options.feeds, ...chat.filter((feed) => !known.has(feed.url))];
  }

  /** The feeds to poll, each one's due time read from the store once, when it first appears. */
  async function readFeedList(): Promise<FeedSource[]> {
    const feeds = await allFeeds();
    const listed = new Set(feeds.map((feed) => feed.url));
    for (const url of dueAt.keys()) if (!listed.has(url)) dueAt.delete(url);
    const unknown = feeds.filter((feed) => !dueAt.has(feed.url));
    const states = await Promise.all(unknown.map((feed) => options.store.getFeedState(feed.url)));
    unknown.forEach((feed, index) => {
      const next = states[index]?.nextPollAt;
      if (!dueAt.has(feed.url)) dueAt.set(feed.url, next ? Date.parse(next) : 0);
    });
    return feeds;
  }

  async function runLoop(): Promise<void> {
    let feeds: FeedSource[] = [];
    let listedAt = -Infinity;
    while (!shutdown.signal.aborted) {
      if (now().getTime() - listedAt >= FEED_LIST_REFRESH_MS) {
        feeds = await readFeedList();
        listedAt = now().getTime();
      }
      if ((await pollDue(feeds)).feeds > 0) continue;
      // Sleep until the next feed is due, or the feed list is read again (at most a minute).
      let next = Infinity;
      for (const feed of feeds) next = Math.min(next, dueAt.get(feed.url) ?? 0);
      const wait = Math.min(next - now().getTime(), listedAt + FEED_LIST_REFRESH_MS - now().getTime());
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(1000, Math.min(wait, 60_000)));
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  let listed: { feeds: Map<string, FeedSource>; at: number } | undefined;
  /** The feed list by URL, read again once a minute (the poll queue asks for one feed per job:
   * a lookup, not a scan of thousands of feeds per job). */
  async function currentFeeds(): Promise<Map<string, FeedSource>> {
    if (!listed || now().getTime() - listed.at >= FEED_LIST_REFRESH_MS) {
      listed = { feeds: new Map((await readFeedList()).map((feed) => [feed.url, feed])), at: now().getTime() };
    }
    return listed.feeds;
  }

  return {
    pollAll: async () => pollFeeds(await allFeeds()),
    async pollIfDue(url) {
      const feed = (await currentFeeds()).get(url);
      if (!feed) return undefined;
      if (options.shareFeeds) await listShared([feed]);
      const polled = (await pollFeeds([feed], options.shareFeeds ? lease : async () => true)).feeds > 0;
      const next = (await options.store.getFeedState(url))?.nextPollAt;
      const at = next ? Date.parse(next) : 0;
      // Not ours (another process holds it, perhaps a dead one whose lease has yet to lapse): look again soon.
      return polled ? at : Math.max(at, now().getTime() + 1000);
    },
    async listFeeds() {
      return [...(await currentFeeds()).keys()].map((url) => ({ url, dueAt: dueAt.get(url) ?? 0 }));
    },
    pollDue: async () => pollDue(await readFeedList()),
    start() {
      loop ??= runLoop().catch((error) => options.logger.error({ err: error }, 'poll loop stopped'));
    },
    async stop() {
      shutdown.abort(new Error('shutting down'));
      wake?.();
      await loop;
    },
    noteStored(articles) {
      // Another process's article, or one whose story another process changed (a merge).
      for (const article of articles) if (recent.get(article.id)?.story !== article.story) recent.set(article.id, article);
    },
  };
}

/**
 * Each entry by its article id (the first of duplicates wins), with the id of its canonical link
 * when that link identifies it: an item counts as seen when either was seen, so a publisher that
 * changes an item's guid but keeps its link does not repost it. A link shared by several items of
 * the document, or the feed's own home page, identifies none of them and is left out.
 */
function seenKeys(entries: RawEntry[], feedUrl: string, homePage: string | undefined): Map<string, { entry: RawEntry; link?: string }> {
  const keyed = new Map<string, { entry: RawEntry; link?: string }>();
  const linkCount = new Map<string, number>();
  for (const entry of entries) {
    const id = articleId(entry, feedUrl);
    if (keyed.has(id)) continue;
    const link = linkId(entry);
    keyed.set(id, { entry, link });
    if (link) linkCount.set(link, (linkCount.get(link) ?? 0) + 1);
  }
  const home = homePage ? linkId({ link: homePage, categories: [] }) : undefined;
  for (const value of keyed.values()) {
    if (value.link && (value.link === home || linkCount.get(value.link)! > 1)) value.link = undefined;
  }
  return keyed;
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim().slice(0, 300);
}
