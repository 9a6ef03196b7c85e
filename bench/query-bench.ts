// Query benchmark: builds a default (SQLite) store of 100,000 articles (quick: 10,000) made of
// sentences of real feed text, reopens it, and measures start-up, query latency over a mix of
// /news-like queries, and memory. Targets: p99 < 20 ms, start-up (open + first query) < 1 s.
import { runCliBench } from './cli-bench.ts';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/articles/article.ts';
import { openStore } from '../src/store/open-store.ts';
import type { SearchQuery } from '../src/store/store-types.ts';
import { seededRandom } from '../test/helpers/seeded-random.ts';

const FEEDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/fixtures/feeds');
const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 1000;

// Outlets with a long tail (weights fall off as 1/rank), as in real aggregator traffic.
const SOURCES = [
  'TechCrunch', 'The Verge', 'Reuters', 'VentureBeat', 'Bloomberg', 'Yahoo Finance', 'Wired',
  'Ars Technica', 'CNBC', 'MIT Technology Review', 'The Information', 'Engadget', 'ZDNet',
  'Financial Times', 'The Guardian', 'BBC News', 'Hugging Face', 'OpenAI', 'Google AI Blog',
  'arXiv', 'Hacker News', 'Business Insider', 'Forbes', 'Axios', 'Semafor', 'The Register',
  "Tom's Hardware", 'IEEE Spectrum', 'Nature', 'The New York Times', 'The Washington Post',
  'heise online', 'Golem.de', 'MarketWatch', 'Fortune', 'Platformer', 'SiliconANGLE',
  'AnandTech', 'Android Authority', 'MacRumors',
];
// Share of articles carrying each topic (`ai` comes first when present).
const TOPIC_SHARES: Record<string, number> = {
  models: 0.25, business: 0.2, research: 0.15, openai: 0.12, google: 0.1, 'open-source': 0.1,
  policy: 0.1, chips: 0.08, microsoft: 0.07, nvidia: 0.07, meta: 0.06, safety: 0.06, anthropic: 0.05,
  robotics: 0.04, apple: 0.04, xai: 0.02, deepseek: 0.02, mistral: 0.015,
};
export const FALLBACK_SENTENCES = [
  'OpenAI released a new reasoning model that it says beats earlier systems on coding benchmarks.',
  'Nvidia reported record data center revenue as demand for AI chips kept growing.',
  'European lawmakers agreed on rules for general-purpose AI models and their training data.',
  'Meta published the weights of its latest Llama model under a community license.',
  'Researchers showed that small language models can match larger ones on narrow tasks.',
  'Anthropic said its assistant can now use a computer by looking at the screen.',
  'Google added its Gemini model to search results in more countries.',
  'The startup raised funding to build robots that learn household chores from video.',
  'Regulators opened an inquiry into the partnership between Microsoft and an AI lab.',
  'Apple is expected to announce on-device AI features at its developer conference.',
  'Mistral released an open-weight model that runs on a single GPU.',
  'DeepSeek trained its model for a fraction of the usual cost, the company claimed.',
  'Safety researchers warned that evaluations miss risks that appear after deployment.',
  'The chipmaker plans a new factory to meet demand for high-bandwidth memory.',
  'Analysts said enterprise adoption of generative AI is slower than the hype suggests.',
];

export async function runQueryBench(options: { quick: boolean; log: (figure: object) => void }): Promise<void> {
  const { quick, log } = options;
  const articles = quick ? 10_000 : 100_000;
  const queryCount = quick ? 500 : 700;
  const random = seededRandom(42);
  const corpus = readCorpus();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'newsbot-query-bench-'));
  try {
    // Build through the public API, in batches (one keyv statement + one index transaction each).
    const buildStart = performance.now();
    const now = Date.now();
    const store = await openStore({ dataDir });
    for (let start = 0; start < articles; start += BATCH) {
      const batch: Article[] = [];
      for (let i = start; i < Math.min(start + BATCH, articles); i++) {
        // Oldest first, as a poller meets them; published spread over 90 days.
        const published = now - 90 * DAY_MS * (1 - (i + random()) / articles);
        batch.push(makeArticle(i, published, corpus, random));
      }
      await store.putArticles(batch);
    }
    await store.close();
    const buildMs = performance.now() - buildStart;
    log({ name: 'query_build_time', value: round(buildMs / 1000), unit: 's', articles });
    log({ name: 'query_build_rate', value: Math.round(articles / (buildMs / 1000)), unit: 'articles/s', articles });
    log({ name: 'query_store_size', value: round(dirSizeMb(dataDir)), unit: 'MB', articles });

    // Start-up: open the store and answer the first query (the default `/news`: topic ai).
    const queries = makeQueries(queryCount, corpus, now, random);
    const openStart = performance.now();
    const reopened = await openStore({ dataDir });
    const first = await reopened.search({ topic: 'ai', limit: 5 });
    log({ name: 'query_startup', value: round(performance.now() - openStart), unit: 'ms', articles });
    if (first.articles.length === 0) throw new Error('query bench: the reopened store found nothing');

    const timings = new Map<string, number[]>();
    let empty = 0;
    for (const { kind, query } of queries) {
      const start = performance.now();
      const result = await reopened.search(query);
      const ms = performance.now() - start;
      if (result.articles.length === 0) empty++;
      timings.set(kind, [...(timings.get(kind) ?? []), ms]);
    }
    const all = [...timings.values()].flat();
    log({ name: 'query_p50', value: round(percentile(all, 0.5)), unit: 'ms', articles, queries: all.length });
    log({ name: 'query_p99', value: round(percentile(all, 0.99)), unit: 'ms', articles, queries: all.length });
    log({ name: 'query_max', value: round(percentile(all, 1)), unit: 'ms', articles, queries: all.length });
    for (const [kind, ms] of timings) {
      log({ name: 'query_p99', value: round(percentile(ms, 0.99)), unit: 'ms', articles, kind, queries: ms.length });
    }
    log({ name: 'query_empty_results', value: empty, unit: 'queries', articles, queries: all.length });
    const countStart = performance.now();
    await reopened.countByTopic();
    log({ name: 'query_count_by_topic', value: round(performance.now() - countStart), unit: 'ms', articles });
    // The whole bench process, so it includes what building the corpus left on the JS heap.
    log({ name: 'query_rss', value: Math.round(process.memoryUsage().rss / 2 ** 20), unit: 'MB', articles });
    await reopened.close();
    // The command line against the same store: `newsbot query` start-up, and `newsbot --help`.
    runCliBench({ dataDir, articles, log });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

interface Corpus {
  titles: string[];
  sentences: string[];
  /** Words by how many sentences hold them, most common first (len >= 4, letters only). */
  words: string[];
}

/** Titles and description sentences of the fixture feeds: a regex and a tag strip are enough. */
function readCorpus(): Corpus {
  const titles = new Set<string>();
  const sentences = new Set<string>();
  if (existsSync(FEEDS_DIR)) {
    for (const name of readdirSync(FEEDS_DIR).filter((file) => file.endsWith('.xml'))) {
      const xml = readFileSync(path.join(FEEDS_DIR, name), 'utf8');
      const fields = /<(title|description|summary|content|content:encoded)\b[^>]*>([\s\S]*?)<\/\1>/g;
      for (const [, tag, body] of xml.matchAll(fields)) {
        const text = plainText(body);
        if (tag === 'title') {
          if (text.length >= 20 && text.length <= 200) titles.add(text);
          continue;
        }
        for (const sentence of text.split(/(?<=[.!?])\s+/)) {
          if (sentence.length >= 30 && sentence.length <= 400) sentences.add(sentence);
        }
      }
    }
  }
  if (sentences.size < 200) for (const sentence of FALLBACK_SENTENCES) sentences.add(sentence);
  if (titles.size < 50) for (const sentence of FALLBACK_SENTENCES) titles.add(sentence.replace(/\.$/, ''));
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    for (const word of new Set(sentence.toLowerCase().match(/\p{L}{4,}/gu) ?? [])) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const words = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([word]) => word);
  return { titles: [...titles], sentences: [...sentences], words };
}

function plainText(body: string): string {
  let text = body.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
  // Escaped HTML is common in descriptions: decode once, then strip tags.
  for (let pass = 0; pass < 2; pass++) {
    text = text
      .replace(/<[^>]*>/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#0*39;|&apos;/g, "'")
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code) % 0x110000))
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&');
  }
  return text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
}

function makeArticle(i: number, publishedMs: number, corpus: Corpus, random: () => number): Article {
  const source = SOURCES[zipfIndex(SOURCES.length, random)];
  const topics: string[] = random() < 0.75 ? ['ai'] : [];
  for (const [topic, share] of Object.entries(TOPIC_SHARES)) if (random() < share) topics.push(topic);
  const sentences = Array.from({ length: 3 + Math.floor(random() * 12) }, () => pick(corpus.sentences, random));
  const published = new Date(publishedMs).toISOString();
  return {
    id: `bench-${i}`,
    feedUrl: `https://feeds.example.com/${source.replace(/\W+/g, '-').toLowerCase()}.xml`,
    url: `https://news.example.com/${i}`,
    headline: pick(corpus.titles, random),
    source,
    published,
    firstSeen: published,
    quote: null,
    summary: sentences.slice(0, 2).join(' '),
    topics,
    story: `story-${Math.floor(i / 3)}`,
    text: sentences.join(' '),
  };
}

interface BenchQuery {
  kind: string;
  query: SearchQuery;
}

/** The /news mix: topic pages, topic + terms, common and rare terms, source and since filters. */
function makeQueries(count: number, corpus: Corpus, now: number, random: () => number): BenchQuery[] {
  const topics = ['ai', ...Object.keys(TOPIC_SHARES)];
  const medium = corpus.words.slice(50, 1000);
  const rare = corpus.words.slice(-2000);
  const kinds: Array<() => BenchQuery> = [
    () => ({ kind: 'topic', query: { topic: pick(topics, random), limit: 5, offset: random() < 0.2 ? 5 : 0 } }),
    () => ({ kind: 'topic+1term', query: { topic: pick(topics, random), terms: pick(medium, random), limit: 5 } }),
    () => ({
      kind: 'topic+2terms',
      query: { topic: pick(topics, random), terms: `${pick(medium, random)} ${pick(medium, random)}`, limit: 5 },
    }),
    () => ({
      kind: 'common-term',
      query: { topic: random() < 0.5 ? 'ai' : undefined, terms: pick(['ai', 'model', 'models', 'AI model'], random), limit: 5 },
    }),
    () => ({ kind: 'rare-term', query: { terms: pick(rare, random), limit: 5 } }),
    () => ({
      kind: 'source',
      query: {
        topic: random() < 0.7 ? 'ai' : undefined,
        source: SOURCES[zipfIndex(SOURCES.length, random)].toLowerCase(),
        terms: random() < 0.4 ? pick(['ai', 'model', ...medium.slice(0, 50)], random) : undefined,
        limit: 5,
      },
    }),
    () => ({
      kind: 'since',
      query: {
        topic: pick(topics, random),
        since: new Date(now - (random() < 0.5 ? 1 : 7) * DAY_MS),
        terms: random() < 0.4 ? pick(medium, random) : undefined,
        limit: 5,
      },
    }),
  ];
  return Array.from({ length: count }, (_, i) => kinds[i % kinds.length]());
}

function zipfIndex(n: number, random: () => number): number {
  const total = harmonic(n);
  let r = random() * total;
  for (let i = 0; i < n; i++) {
    r -= 1 / (i + 1);
    if (r <= 0) return i;
  }
  return n - 1;
}

function harmonic(n: number): number {
  let sum = 0;
  for (let i = 1; i <= n; i++) sum += 1 / i;
  return sum;
}

function pick<T>(items: T[], random: () => number): T {
  return items[Math.floor(random() * items.length)];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

function dirSizeMb(dir: string): number {
  return readdirSync(dir).reduce((sum, file) => sum + statSync(path.join(dir, file)).size, 0) / 2 ** 20;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
