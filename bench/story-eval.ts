// Story pairs for `npm run eval`: the hand-written story groups (test/fixtures/stories/*.json),
// clustered together in one batch, scored as pairs of articles per half of the split. Groups of
// story-groups.json were tuned on (half `tune`); the later files give each group and decoy its half.
// `story_shuffle_stable` is 1 when shuffled input (5 seeds) gives exactly the same groups, and
// `story_arrival_stable` when the articles arriving poll by poll in shuffled order do too (polls
// of 1, 2, 3 and 7 articles: a bot that polls often sees a few new articles each time).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/articles/article.ts';
import { assignStories, groupStories, storyPairKeptApart, storyPairScore } from '../src/articles/cluster-stories.ts';
import { seededRandom } from '../test/helpers/seeded-random.ts';
import type { Half, Measure } from './run-eval.ts';

interface FixtureArticle {
  source: string;
  published: string;
  headline: string;
  summary: string;
  text?: string;
}

interface StorySet {
  groups: Array<{ id: string; half?: Half; articles: FixtureArticle[] }>;
  decoys: Array<FixtureArticle & { id: string; half?: Half }>;
}

/** One fixture article with the event it tells (a decoy is an event of its own) and its half. */
export interface StoryCase {
  event: string;
  half: Half;
  article: Article;
}

export const STORY_FILES = ['story-groups.json', 'story-groups-2.json', 'story-groups-3.json', 'story-groups-4.json', 'story-groups-5.json', 'story-groups-6.json', 'story-groups-7.json', 'story-groups-8.json', 'story-groups-9.json', 'story-groups-10.json', 'story-groups-11.json', 'story-groups-12.json', 'story-groups-13.json', 'story-groups-14.json'].map((name) =>
  fileURLToPath(new URL(`../test/fixtures/stories/${name}`, import.meta.url)),
);

/** Every article of the story files that exist; the first file's groups are the tuning half. */
export function readStoryCases(files = STORY_FILES): StoryCase[] {
  const cases: StoryCase[] = [];
  files.forEach((file, index) => {
    if (!existsSync(file)) return;
    const set = JSON.parse(readFileSync(file, 'utf8')) as StorySet;
    const halfOf = (half: Half | undefined) => (index === 0 ? 'tune' : half ?? 'measure');
    // Ids are prefixed by the file so two files may reuse a group id.
    const prefix = index === 0 ? '' : `f${index}:`;
    for (const group of set.groups) {
      group.articles.forEach((item, i) => {
        cases.push({ event: prefix + group.id, half: halfOf(group.half), article: storyArticle(`${prefix}${group.id}#${i}`, item) });
      });
    }
    for (const decoy of set.decoys) cases.push({ event: prefix + decoy.id, half: halfOf(decoy.half), article: storyArticle(prefix + decoy.id, decoy) });
  });
  return cases;
}

/** An Article as build-article makes it from a fixture article: the summary is the text's lead. */
export function storyArticle(id: string, fields: Partial<Article> & Pick<Article, 'headline' | 'source' | 'published'>): Article {
  const summary = fields.summary ?? '';
  return {
    feedUrl: 'https://feeds.example/ai',
    url: `https://news.example/${encodeURIComponent(id)}`,
    firstSeen: fields.published,
    quote: null,
    summary,
    topics: ['ai'],
    story: id,
    text: summary,
    ...fields,
    // Last, so a decoy's own id does not drop the file's prefix (two files' decoys may share an id).
    id,
  };
}

export interface PairScore {
  precision: number;
  recall: number;
  /** Pairs that belong together, pairs put together. */
  pairs: number;
  predicted: number;
  wrong: string[];
  missed: string[];
}

/** Pairwise precision and recall of `stories` (one per case) over the cases `included` picks. */
export function scorePairs(cases: StoryCase[], stories: string[], included: (item: StoryCase) => boolean = () => true): PairScore {
  let predicted = 0;
  let correct = 0;
  let pairs = 0;
  const wrong: string[] = [];
  const missed: string[] = [];
  const chosen = cases.map((item, i) => ({ item, story: stories[i] })).filter(({ item }) => included(item));
  for (let i = 0; i < chosen.length; i++) {
    for (let j = i + 1; j < chosen.length; j++) {
      const same = chosen[i]!.item.event === chosen[j]!.item.event;
      const together = chosen[i]!.story === chosen[j]!.story;
      const pair = `${chosen[i]!.item.article.id} ~ ${chosen[j]!.item.article.id}`;
      if (same) pairs++;
      if (together) predicted++;
      if (same && together) correct++;
      else if (together) wrong.push(pair);
      else if (same) missed.push(pair);
    }
  }
  return { precision: predicted ? correct / predicted : 1, recall: pairs ? correct / pairs : 1, pairs, predicted, wrong, missed };
}

/** The groups as a comparable string: each group's sorted article ids, the groups sorted. */
export function groupingOf(articles: Article[]): string {
  const groups = new Map<string, string[]>();
  for (const article of articles) groups.set(article.story, [...(groups.get(article.story) ?? []), article.id]);
  return [...groups.values()].map((ids) => ids.sort().join(',')).sort().join('\n');
}

/** Fisher–Yates with a seeded generator. */
export function shuffled<T>(items: T[], seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** The articles arriving in `order`, a few per poll, each poll against everything stored before
 * (stored articles whose story a poll changed are stored again, as the poller does). */
export function assignByPolls(articles: Article[], pollSize: number): Article[] {
  const stored = new Map<string, Article>();
  for (let start = 0; start < articles.length; start += pollSize) {
    const { articles: placed, restoried } = groupStories(articles.slice(start, start + pollSize), [...stored.values()]);
    for (const article of [...restoried, ...placed]) stored.set(article.id, article);
  }
  return [...stored.values()];
}

const SEEDS = [1, 2, 3, 4, 5];
/** Articles per poll in the arrival check: one, a few, and a busier poll. */
const POLL_SIZES = [1, 2, 3, 7];
/** The dense arrival check: every article's date moved onto one cycle of this many days. */
const DENSE_DAYS = 20;

/**
 * The same articles, each publication time moved onto one DENSE_DAYS cycle (its time since 2026
 * modulo the cycle), so the sets' events, written months apart, meet in each other's three-day
 * window (~65 articles a day): a busy store, where a fresh article's component runs through many
 * stored stories. Events and decoys keep their ids; which of them belong together is not scored here.
 */
export function denser(articles: Article[], days = DENSE_DAYS): Article[] {
  const cycle = days * 24 * 60 * 60 * 1000;
  const epoch = Date.parse('2026-01-01T00:00:00Z');
  return articles.map((article) => {
    const time = Date.parse(article.published);
    if (!Number.isFinite(time)) return article;
    const published = new Date(epoch + ((((time - epoch) % cycle) + cycle) % cycle)).toISOString();
    return { ...article, published, firstSeen: published };
  });
}

/** How many of the seeded arrival orders (each seed in polls of each size) give `expected`. */
function arrivalsGiving(articles: Article[], expected: string, seeds: number[], pollSizes: number[]): number {
  let same = 0;
  for (const pollSize of pollSizes) for (const seed of seeds) if (groupingOf(assignByPolls(shuffled(articles, seed), pollSize)) === expected) same++;
  return same;
}

export function storyMeasures(cases = readStoryCases()): Measure[] {
  if (cases.length === 0) return [];
  const articles = cases.map((item) => item.article);
  const assigned = assignStories(articles, []);
  const stories = assigned.map((article) => article.story);
  const measures: Measure[] = [];
  for (const half of ['tune', 'measure', 'all'] as const) {
    const score = scorePairs(cases, stories, (item) => half === 'all' || item.half === half);
    const n = cases.filter((item) => half === 'all' || item.half === half).length;
    const note = `${score.pairs} pairs that belong together, ${score.predicted} put together, over ${n} articles`;
    measures.push(
      { name: 'story_pair_precision', half, value: round(score.precision), n: score.predicted, target: '>= 0.95', note },
      { name: 'story_pair_recall', half, value: round(score.recall), n: score.pairs, target: '>= 0.85', note },
    );
  }
  const expected = groupingOf(assigned);
  const byShuffle = SEEDS.filter((seed) => groupingOf(assignStories(shuffled(articles, seed), [])) === expected).length;
  const arrivals = SEEDS.length * POLL_SIZES.length;
  const byArrival = arrivalsGiving(articles, expected, SEEDS, POLL_SIZES);
  const dense = denser(articles);
  const denseSeeds = SEEDS.slice(0, 3);
  const denseSizes = POLL_SIZES.slice(0, 3);
  const byDenseArrival = arrivalsGiving(dense, groupingOf(assignStories(dense, [])), denseSeeds, denseSizes);
  measures.push(
    { name: 'story_shuffle_stable', half: 'all', value: byShuffle === SEEDS.length ? 1 : 0, n: SEEDS.length, target: '1', note: `${byShuffle} of ${SEEDS.length} seeded shuffles of one batch give the same groups` },
    { name: 'story_arrival_stable', half: 'all', value: round(byArrival / arrivals), n: arrivals, note: `share of seeded arrival orders (${SEEDS.length} seeds, each in polls of ${POLL_SIZES.join(', ')} articles against all stored) giving the same groups as one batch` },
    { name: 'story_arrival_stable_dense', half: 'all', value: round(byDenseArrival / (denseSeeds.length * denseSizes.length)), n: denseSeeds.length * denseSizes.length, note: `the same with every date moved onto one ${DENSE_DAYS}-day cycle (a busy store): ${denseSeeds.length} seeds, polls of ${denseSizes.join(', ')}` },
  );
  return measures;
}

/** Misses of the story pairs, for `--misses`: each pair's score, or the hard rule that kept it apart. */
export function storyMisses(cases = readStoryCases()): Array<{ measure: string; half: Half; pair: string; score: number; keptApart?: string }> {
  const stories = assignStories(cases.map((item) => item.article), []).map((article) => article.story);
  const byId = new Map(cases.map((item) => [item.article.id, item]));
  const score = scorePairs(cases, stories);
  const miss = (measure: string, pair: string) => {
    const [a, b] = pair.split(' ~ ').map((id) => byId.get(id)!);
    const keptApart = storyPairKeptApart(a!.article, b!.article);
    // A pair reaching into the measure half is measure's: `--misses tune` must not show it.
    const half: Half = a!.half === 'tune' && b!.half === 'tune' ? 'tune' : 'measure';
    return { measure, half, pair, score: round(storyPairScore(a!.article, b!.article)), ...(keptApart ? { keptApart } : {}) };
  };
  return [...score.wrong.map((pair) => miss('story_pair_precision', pair)), ...score.missed.map((pair) => miss('story_pair_recall', pair))];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
