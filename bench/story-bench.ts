// Story clustering benchmark: assigns 30 fresh articles against 3,000 recent ones, the poller's
// worst case (a week of stored articles in view). The articles are synthetic, made from the
// hand-written test set (test/fixtures/stories/story-groups.json): each recent article takes one
// fixture article's headline and lead, an outlet from a long list, a time in the last week and a
// body of two made-up names and other leads (~800 characters, of which clustering reads 500). With
// only 116 fixture leads to draw from, every article shares far more with the others than real
// news does (each lead recurs ~26 times): a pessimistic load for the inverted index.
// Figures: `value` is the median time of a call whose recent articles were fingerprinted by an
// earlier call (the poller's steady state: each article is fingerprinted once, when it is fresh);
// `cold` is the median first call, every fingerprint computed (once after a restart).
// Target for `value`: well under 50 ms.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/articles/article.ts';
import { assignStories } from '../src/articles/cluster-stories.ts';
import { seededRandom } from '../test/helpers/seeded-random.ts';

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/stories/story-groups.json');
const DAY_MS = 24 * 60 * 60 * 1000;
const OUTLETS = [
  'TechCrunch', 'The Verge', 'Reuters', 'VentureBeat', 'Bloomberg', 'Yahoo Finance', 'Wired',
  'Ars Technica', 'CNBC', 'MIT Technology Review', 'The Information', 'Engadget', 'ZDNet',
  'Financial Times', 'The Guardian', 'BBC News', 'Axios', 'The Register', "Tom's Hardware", 'Fortune',
];

interface FixtureArticle {
  source: string;
  published: string;
  headline: string;
  summary: string;
}

export function readStoryFixture(file = FIXTURE): FixtureArticle[] {
  const set = JSON.parse(readFileSync(file, 'utf8')) as {
    groups: Array<{ articles: FixtureArticle[] }>;
    decoys: FixtureArticle[];
  };
  return [...set.groups.flatMap((group) => group.articles), ...set.decoys];
}

export async function runStoryBench(options: { quick: boolean; log: (figure: object) => void }): Promise<void> {
  const { quick, log } = options;
  const fixture = readStoryFixture();
  const random = seededRandom(7);
  const now = Date.parse('2026-03-20T12:00:00Z');
  const runs = quick ? 3 : 10;
  const recentCount = 3000;
  const freshCount = 30;

  const make = (prefix: string, n: number, ageDays: number): Article[] =>
    Array.from({ length: n }, (_, i) => {
      const base = fixture[Math.floor(random() * fixture.length)]!;
      // Real articles name people and places no other article names: two made-up names each.
      const parts = [base.summary, `${pseudoName(random)} and ${pseudoName(random)} were named in the filing.`];
      let length = parts[0]!.length + parts[1]!.length;
      while (length < 800) {
        const lead = fixture[Math.floor(random() * fixture.length)]!.summary;
        parts.push(lead);
        length += lead.length + 1;
      }
      // Joined, as build-article joins paragraphs (a flat string, as the store returns too).
      const text = parts.join(' ');
      const published = new Date(now - random() * ageDays * DAY_MS).toISOString();
      const id = `${prefix}-${i}`;
      return {
        id,
        feedUrl: 'https://bench.example/feed',
        url: `https://bench.example/${id}`,
        headline: base.headline,
        source: OUTLETS[Math.floor(random() * OUTLETS.length)]!,
        published,
        firstSeen: published,
        quote: null,
        summary: base.summary,
        topics: ['ai'],
        story: id,
        text,
      };
    });

  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < runs; run++) {
    // New ids every run: nothing is memoised, every fingerprint is computed.
    const recent = make(`recent${run}`, recentCount, 7);
    const first = make(`fresh${run}`, freshCount, 0.1);
    const start = performance.now();
    assignStories(first, recent);
    cold.push(performance.now() - start);
    // The next polls: the same recent articles, new fresh ones.
    for (let poll = 0; poll < 5; poll++) {
      const fresh = make(`fresh${run}-${poll}`, freshCount, 0.1);
      const again = performance.now();
      assignStories(fresh, recent);
      warm.push(performance.now() - again);
    }
  }
  log({
    name: 'story_assign_ms',
    value: round(median(warm)),
    unit: 'ms',
    fresh: freshCount,
    recent: recentCount,
    max: round(Math.max(...warm)),
    cold: round(median(cold)),
    runs,
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

const SYLLABLES = ['ka', 'lor', 'ven', 'tri', 'mo', 'sal', 'dun', 'ber', 'quo', 'zen', 'ra', 'fel', 'gis', 'tam', 'ord', 'vi'];

function pseudoName(random: () => number): string {
  const syllables = 2 + Math.floor(random() * 2);
  let word = '';
  for (let i = 0; i < syllables; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)]!;
  return word[0]!.toUpperCase() + word.slice(1);
}

// mulberry32: the same synthetic articles on every run.
