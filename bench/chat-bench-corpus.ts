// The store and the questions the chat benchmarks share: articles of AI-news sentences spread
// over 90 days, and what members ask /news, as neutral command calls each platform sends its way.
import type { Args } from '../commands/command.ts';
import type { Article } from '../src/articles/article.ts';
import type { NewsStore } from '../src/store/store-types.ts';
import { seededRandom } from '../test/helpers/seeded-random.ts';
import { FALLBACK_SENTENCES } from './query-bench.ts';

const DAY_MS = 86_400_000;
const BATCH = 1000;

export const SOURCES = ['TechCrunch', 'The Verge', 'Reuters', 'VentureBeat', 'Bloomberg', 'Wired', 'Ars Technica', 'CNBC', 'The Information', 'Engadget', 'ZDNet', 'Financial Times', 'The Register', 'Axios', 'Semafor'];
export const TOPICS = ['models', 'open-source', 'research', 'policy', 'business', 'chips', 'safety', 'robotics', 'openai', 'anthropic', 'google', 'meta', 'microsoft', 'nvidia'];
// Real-sounding AI-news sentences, the same the query bench falls back to.
const SENTENCES = FALLBACK_SENTENCES;
export const QUERY_WORDS = ['model', 'chips', 'license', 'benchmarks', 'regulators', 'robots', 'gemini', 'weights', 'revenue', 'safety'];

/** Fills the store with `count` articles, oldest first, in batches. */
export async function fillStore(store: NewsStore, count: number, random: () => number): Promise<void> {
  const now = Date.now();
  for (let start = 0; start < count; start += BATCH) {
    const batch: Article[] = [];
    for (let i = start; i < Math.min(start + BATCH, count); i++) batch.push(makeArticle(i, now - 90 * DAY_MS * (1 - i / count), random));
    await store.putArticles(batch);
  }
}

/** What members ask: /news by topic, with words, by source, recent only, page 2, and help. */
export function makeCalls(count: number, random: () => number): { command: string; args: Args }[] {
  return Array.from({ length: count }, () => {
    const roll = random();
    const topic = pick(['ai', ...TOPICS], random);
    if (roll < 0.3) return { command: 'news', args: { topic } };
    if (roll < 0.6) return { command: 'news', args: { topic, query: `${pick(QUERY_WORDS, random)} ${pick(QUERY_WORDS, random)}` } };
    if (roll < 0.75) return { command: 'news', args: { source: pick(SOURCES, random) } };
    if (roll < 0.9) return { command: 'news', args: { topic, since: '7d', limit: 10 } };
    if (roll < 0.95) return { command: 'news', args: { topic, page: 2 } };
    return { command: 'help', args: {} };
  });
}

function makeArticle(i: number, publishedMs: number, random: () => number): Article {
  const source = pick(SOURCES, random);
  const topics = random() < 0.8 ? ['ai'] : [];
  for (const topic of TOPICS) if (random() < 0.1) topics.push(topic);
  const sentences = Array.from({ length: 3 + Math.floor(random() * 8) }, () => pick(SENTENCES, random));
  const published = new Date(publishedMs).toISOString();
  return {
    id: `chat-bench-${i}`,
    feedUrl: `https://feeds.example.com/${i % 50}.xml`,
    url: `https://news.example.com/${i}`,
    headline: `${sentences[0]!.slice(0, 60)} (${i})`,
    source,
    published,
    firstSeen: published,
    quote: random() < 0.4 ? { text: sentences[1]!, speaker: 'A spokesperson' } : null,
    summary: sentences.slice(0, 2).join(' '),
    topics,
    story: `story-${i}`,
    text: sentences.join(' '),
  };
}

export { seededRandom };

function pick<T>(items: T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
