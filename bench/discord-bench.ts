// Discord bench: interaction received → reply sent, with the real discord.js client against the
// fake Discord on 127.0.0.1 and a default (SQLite) store of 100,000 articles (quick: 10,000).
// Timed at the fake: from sending INTERACTION_CREATE on the gateway to the recorded callback.
// Target: p99 < 100 ms (Discord voids an answer after 3 s; the adapter defers after 1.5 s).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { DEFAULT_LIMITS } from '../commands/command.ts';
import type { Article } from '../src/articles/article.ts';
import { loadTopicTable } from '../src/articles/topics.ts';
import { createDiscordAdapter } from '../src/platforms/discord/discord-adapter.ts';
import { createBotRecords } from '../src/store/bot-records.ts';
import { openStore } from '../src/store/open-store.ts';
import { startFakeDiscord, type CommandOptions } from '../test/fakes/fake-discord.ts';

const GUILD = '200000000000000001';
const CHANNEL = '300000000000000001';
const USER = { id: '400000000000000001', username: 'bench' };
const DAY_MS = 86_400_000;
const BATCH = 1000;

const SOURCES = ['TechCrunch', 'The Verge', 'Reuters', 'VentureBeat', 'Bloomberg', 'Wired', 'Ars Technica', 'CNBC', 'The Information', 'Engadget', 'ZDNet', 'Financial Times', 'The Register', 'Axios', 'Semafor'];
const TOPICS = ['models', 'open-source', 'research', 'policy', 'business', 'chips', 'safety', 'robotics', 'openai', 'anthropic', 'google', 'meta', 'microsoft', 'nvidia'];
const SENTENCES = [
  'OpenAI released a new reasoning model that it says beats earlier systems on coding benchmarks.',
  'Nvidia reported record data center revenue as demand for AI chips kept growing.',
  'European lawmakers agreed on rules for general-purpose AI models and their training data.',
  'Meta published the weights of its latest Llama model under a community license.',
  'Researchers showed that small language models can match larger ones on narrow tasks.',
  'Anthropic said its assistant can now use a computer by looking at the screen.',
  'Google added its Gemini model to search results in more countries.',
  'The startup raised funding to build robots that learn household chores from video.',
  'Regulators opened an inquiry into the partnership between Microsoft and an AI lab.',
  'Safety researchers warned that evaluations miss risks that appear after deployment.',
];
const QUERY_WORDS = ['model', 'chips', 'license', 'benchmarks', 'regulators', 'robots', 'gemini', 'weights', 'revenue', 'safety'];

export async function runDiscordBench(options: { quick: boolean; log: (figure: object) => void }): Promise<void> {
  const { quick, log } = options;
  const articles = quick ? 10_000 : 100_000;
  const interactions = quick ? 200 : 500;
  const random = seededRandom(7);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'newsbot-discord-bench-'));
  const fake = await startFakeDiscord({ guilds: [{ id: GUILD, name: 'bench', channels: [{ id: CHANNEL, name: 'news' }], members: [USER] }] });
  const store = await openStore({ dataDir });
  const adapter = createDiscordAdapter({
    token: 'bench-token',
    apiUrl: fake.apiUrl,
    context: { store, records: createBotRecords(store), topics: loadTopicTable(), now: () => new Date(), limits: DEFAULT_LIMITS, feeds: [] },
    logger: pino({ level: 'silent' }),
  });
  try {
    const now = Date.now();
    for (let start = 0; start < articles; start += BATCH) {
      const batch: Article[] = [];
      for (let i = start; i < Math.min(start + BATCH, articles); i++) batch.push(makeArticle(i, now - 90 * DAY_MS * (1 - i / articles), random));
      await store.putArticles(batch);
    }
    await adapter.start();

    const commands = makeCommands(interactions + 20, random);
    const timings: number[] = [];
    let deferred = 0;
    for (const [index, { commandName, options: commandOptions }] of commands.entries()) {
      const started = performance.now();
      const sent = await fake.sendInteraction({ guildId: GUILD, channelId: CHANNEL, user: USER, commandName, options: commandOptions });
      const record = await fake.waitForInteractionResponse(sent.id, 5_000);
      const ms = performance.now() - started;
      if (index < 20) continue; // warm-up: JIT, SQLite page cache, the source-name cache
      timings.push(ms);
      if (record.callback?.type === 5) deferred++;
    }
    const figure = { unit: 'ms', articles, interactions: timings.length };
    log({ name: 'discord_interaction_p50', value: round(percentile(timings, 0.5)), ...figure });
    log({ name: 'discord_interaction_p99', value: round(percentile(timings, 0.99)), ...figure });
    log({ name: 'discord_interaction_max', value: round(percentile(timings, 1)), ...figure });
    log({ name: 'discord_interaction_deferred', value: deferred, unit: 'interactions', articles, interactions: timings.length });
  } finally {
    await adapter.stop();
    await store.close();
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** What members type: /news pages by topic, with words, by source, recent only, and /topics-free help. */
function makeCommands(count: number, random: () => number): { commandName: string; options: CommandOptions }[] {
  return Array.from({ length: count }, (): { commandName: string; options: CommandOptions } => {
    const roll = random();
    const topic = pick(['ai', ...TOPICS], random);
    if (roll < 0.3) return { commandName: 'news', options: { topic } };
    if (roll < 0.6) return { commandName: 'news', options: { topic, query: `${pick(QUERY_WORDS, random)} ${pick(QUERY_WORDS, random)}` } };
    if (roll < 0.75) return { commandName: 'news', options: { source: pick(SOURCES, random) } };
    if (roll < 0.9) return { commandName: 'news', options: { topic, since: '7d', limit: 10 } };
    if (roll < 0.95) return { commandName: 'news', options: { topic, page: 2 } };
    return { commandName: 'help', options: {} };
  });
}

function makeArticle(i: number, publishedMs: number, random: () => number): Article {
  const source = pick(SOURCES, random);
  const topics = random() < 0.8 ? ['ai'] : [];
  for (const topic of TOPICS) if (random() < 0.1) topics.push(topic);
  const sentences = Array.from({ length: 3 + Math.floor(random() * 8) }, () => pick(SENTENCES, random));
  const published = new Date(publishedMs).toISOString();
  return {
    id: `discord-bench-${i}`,
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

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function pick<T>(items: T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
