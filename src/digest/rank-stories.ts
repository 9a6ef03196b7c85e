// Ranks a window's articles as stories for a digest. Articles already carry a story id (the
// articles that told the same story share it), so a story's coverage is the number of distinct
// outlets among its articles. Order: coverage, then the standing of the best outlet that told it
// (outlet-standing.ts), then recency. A story a channel was shown before comes back only when it
// grew by `updateGrowth` outlets since, marked as an update.
import type { Article } from '../articles/article.ts';
import { standingOf, type OutletStanding } from './outlet-standing.ts';

export interface DigestStory {
  story: string;
  /** The article shown: the one from the best-standing outlet, earliest among equals. */
  article: Article;
  /** Distinct outlets that told it in the window, the shown article's first. */
  outlets: string[];
  /** Shown in an earlier digest of the same place and grown since. */
  update: boolean;
}

export interface RankOptions {
  standing: OutletStanding;
  size: number;
  /** Story id → how many outlets it had when it was last shown here. */
  shownBefore?: Record<string, number>;
  /** New outlets a shown story needs to come back as an update. Default 2. */
  updateGrowth?: number;
}

export const DEFAULT_UPDATE_GROWTH = 2;

interface Candidate extends DigestStory {
  best: number;
  latest: number;
}

export function rankStories(articles: Article[], options: RankOptions): DigestStory[] {
  const byStory = new Map<string, Article[]>();
  for (const article of articles) {
    const group = byStory.get(article.story);
    if (group) group.push(article);
    else byStory.set(article.story, [article]);
  }
  const growth = options.updateGrowth ?? DEFAULT_UPDATE_GROWTH;
  const candidates: Candidate[] = [];
  for (const [story, group] of byStory) {
    group.sort((a, b) => time(a) - time(b) || a.id.localeCompare(b.id));
    const outlets = [...new Set(group.map((article) => article.source))];
    const shown = options.shownBefore?.[story];
    if (shown !== undefined && outlets.length < shown + growth) continue;
    let article = group[0]!;
    for (const other of group) if (standingOf(options.standing, other.source) > standingOf(options.standing, article.source)) article = other;
    // The key quote, when any outlet's article has one: the shown article's own first.
    const quote = article.quote ?? group.find((other) => other.quote)?.quote ?? null;
    candidates.push({
      story,
      article: quote === article.quote ? article : { ...article, quote },
      outlets: [article.source, ...outlets.filter((outlet) => outlet !== article.source)],
      update: shown !== undefined,
      best: standingOf(options.standing, article.source),
      latest: Math.max(...group.map(time)),
    });
  }
  candidates.sort((a, b) => b.outlets.length - a.outlets.length || b.best - a.best || b.latest - a.latest || a.story.localeCompare(b.story));
  return candidates.slice(0, options.size).map(({ story, article, outlets, update }) => ({ story, article, outlets, update }));
}

function time(article: Article): number {
  const published = Date.parse(article.published);
  return Number.isFinite(published) ? published : Date.parse(article.firstSeen) || 0;
}
