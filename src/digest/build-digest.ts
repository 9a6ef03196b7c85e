// One digest: the window's stored articles on the wanted topics, ranked (rank-stories.ts), under
// the window's title. The same function serves scheduled channel digests, digest DMs, /news today
// and `newsbot digest-preview`, so all of them show the same ranking.
import type { Article } from '../articles/article.ts';
import type { NewsStore } from '../store/store-types.ts';
import type { DigestWindow } from './digest-window.ts';
import type { OutletStanding } from './outlet-standing.ts';
import { rankStories, type DigestStory } from './rank-stories.ts';

export interface Digest {
  title: string;
  /** The window's key, e.g. daily:2026-12-02. */
  window: string;
  start: string;
  end: string;
  stories: DigestStory[];
  /** Sent after the bot missed the time it was due (it was down). */
  late?: boolean;
}

export interface DigestRequest {
  window: DigestWindow;
  topics: string[];
  /** Only articles from these feed URLs, when set (a channel's feeds: option). */
  feeds?: string[];
  size: number;
  standing: OutletStanding;
  shownBefore?: Record<string, number>;
  updateGrowth?: number;
}

/**
 * How many of a topic's newest articles in a window are ranked: a week of a busy store (100,000
 * articles in 90 days) is about 9,000. Beyond this the window's oldest articles are left out.
 */
export const MAX_WINDOW_ARTICLES = 20_000;

/**
 * A story published shortly before a window began but first fetched after it began (a feed polled
 * after the previous digest was built, or late to list it) belongs to this window: otherwise it is
 * in no digest at all. "Shortly": up to this long, so a new feed's back catalogue stays out.
 * One shown in the previous digest is not repeated (shownBefore).
 */
export const LATE_ARRIVAL_MS = 6 * 3_600_000;

export async function buildDigest(store: NewsStore, request: DigestRequest): Promise<Digest> {
  const { window } = request;
  const articles = new Map<string, Article>();
  const start = window.start.getTime();
  for (const topic of request.topics) {
    const result = await store.search({ topic, since: new Date(start - LATE_ARRIVAL_MS), limit: MAX_WINDOW_ARTICLES });
    for (const article of result.articles) {
      const published = Date.parse(article.published);
      if (published >= window.end.getTime()) continue;
      if (published < start && !(Date.parse(article.firstSeen) >= start)) continue;
      if (request.feeds?.length && !request.feeds.includes(article.feedUrl)) continue;
      articles.set(article.id, article);
    }
  }
  const stories = rankStories([...articles.values()], {
    standing: request.standing,
    size: request.size,
    shownBefore: request.shownBefore,
    updateGrowth: request.updateGrowth,
  });
  return {
    title: window.title,
    window: window.key,
    start: window.start.toISOString(),
    end: window.end.toISOString(),
    // The full text is for search, not for a digest kept in the outbox.
    stories: stories.map((story) => ({ ...story, article: { ...story.article, text: '' } })),
  };
}
