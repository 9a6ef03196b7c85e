// Fuzzing (item 4 of the robustness issue): mutated documents derived from the real feeds in
// ../shared/fixtures/feeds go through parse → understand → render for Discord and Slack. parseFeed
// may refuse a document with a FeedError (the feed boundary, recorded on the feed); nothing else
// may throw, no document may take over a second, and the rendered messages stay within the
// platforms' limits and never ping. Prints one JSON line with the figures.
//   FUZZ_DOCS   documents to run (default 10,000, about a minute on 2 cores; 100000 for a long run)
//   FUZZ_SEED   the corpus seed (default fixed, so CI runs the same corpus every time)
//   FUZZ_START  the first document index (with FUZZ_DOCS=1, reruns one document)
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/articles/article.ts';
import { buildArticle } from '../src/articles/build-article.ts';
import { loadTopicTable } from '../src/articles/topics.ts';
import { FeedError } from '../src/feeds/feed-types.ts';
import { parseFeed } from '../src/feeds/parse-feed.ts';
import { storyMessage as discordStory, type DiscordMessageBody } from '../src/render/render-discord.ts';
import { storyMessage as slackStory, type SlackMessage } from '../src/render/render-slack.ts';
import { discordMessageProblem, hasLoneSurrogate } from './fakes/fake-discord.ts';
import { blockErrors } from './fakes/fake-slack.ts';
import { describeDocument, loadFuzzBases, makeFuzzDocument, type FuzzDocument } from './fuzz/make-fuzz-corpus.ts';
import { hasSharedFixtures, sharedPath } from './shared-fixtures.ts';

const DOCS = envInt('FUZZ_DOCS', 10_000);
const SEED = envInt('FUZZ_SEED', 20_261_120);
const START = envInt('FUZZ_START', 0);
/**
 * The bound: no document takes over a second. It is checked on the CPU time a document
 * uses (this process, user + system), which the test files running beside this one inflate far
 * less than wall time; and the few slowest documents are timed again, best of three, so a GC pause
 * left by an earlier document is not charged to them. A document that is slow is slow every time.
 * The slowest wall time of the first pass is reported beside it.
 */
const MAX_DOCUMENT_MS = 1_000;
/** Documents timed again after the pass, and how often. */
const RETIME_SLOWEST = 5;
const RETIME_RUNS = 3;
const FEED_URL = 'https://fuzz.example/feed.xml';
const SEEN_AT = new Date('2026-11-20T12:00:00Z');

function envInt(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 0) throw new Error(`${name} must be a whole number, got ${value}`);
  return number;
}

interface Outcome {
  ms: number;
  cpuMs: number;
  feedError: boolean;
  articles: number;
}

const topics = loadTopicTable();

/** One document through the whole pipeline; throws (with what went wrong) on any misbehaviour. */
async function runDocument(doc: FuzzDocument): Promise<Outcome> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const elapsed = () => {
    const used = process.cpuUsage(cpu);
    return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
  };
  let feed;
  try {
    feed = await parseFeed(doc.body, { url: FEED_URL, contentType: doc.contentType, truncated: doc.truncated });
  } catch (error) {
    if (error instanceof FeedError) return { ...elapsed(), feedError: true, articles: 0 };
    throw error;
  }
  const context = { url: FEED_URL, title: feed.title, link: feed.link };
  for (const entry of feed.entries) {
    const article = buildArticle(entry, context, topics, SEEN_AT);
    checkArticle(article);
    // Both forms each platform may send: the full post and the minimal one (after a refusal).
    for (const minimal of [false, true]) {
      checkDiscord(discordStory(article, ['Other Outlet'], minimal));
      checkSlack(slackStory(article, ['Other Outlet'], minimal));
    }
  }
  return { ...elapsed(), feedError: false, articles: feed.entries.length };
}

function checkArticle(article: Article): void {
  invariant(typeof article.headline === 'string' && article.headline.trim() !== '', 'article without a headline');
  invariant(/^https?:\/\//.test(article.url), `article url not http(s): ${article.url}`);
  invariant(Number.isFinite(Date.parse(article.published)), `unreadable published: ${article.published}`);
  invariant(Array.isArray(article.topics) && typeof article.summary === 'string', 'article fields missing');
}

function checkDiscord(message: DiscordMessageBody): void {
  invariant(message.allowed_mentions.parse.length === 0, 'discord: mentions allowed');
  const [embed] = message.embeds ?? [];
  invariant(embed !== undefined, 'discord: no embed');
  invariant(embed.title.length > 0 && embed.title.length <= 256, `discord: title of ${embed.title.length} characters`);
  invariant((embed.description?.length ?? 0) <= 4096, 'discord: description over 4096');
  invariant((embed.author?.name.length ?? 0) <= 256, 'discord: author over 256');
  invariant(embed.url === undefined || /^https?:\/\//.test(embed.url), `discord: url ${embed.url}`);
  const fields = (embed.fields ?? []).map((field) => field.value);
  const size = [embed.title, embed.description ?? '', embed.author?.name ?? '', embed.footer?.text ?? '', ...fields].join('').length;
  invariant(size <= 6000, 'discord: embed over 6000 characters');
  // Discord renders mentions in an embed's description and field values (not in its title, author
  // or footer): there feed text shows every @, <@ and <# as text.
  const rendered = [embed.description ?? '', ...fields].join('\n');
  invariant(!/@(?!\u200b)/.test(rendered), 'discord: a live @ in the description or a field');
  invariant(!/<[@#]/.test(rendered), 'discord: a live <@ or <# mention in the description or a field');
  // Every string well-formed (no half emoji), and nothing the fake Discord would refuse.
  invariant(!hasLoneSurrogate(message), 'discord: a lone surrogate');
  const problem = discordMessageProblem(message);
  invariant(problem === undefined, `discord: the fake refuses it: ${problem}`);
}

function checkSlack(message: SlackMessage): void {
  invariant(message.text.length <= 3000, 'slack: text over 3000');
  invariant(message.blocks.length <= 50, 'slack: over 50 blocks');
  for (const block of message.blocks) {
    const texts = [(block.text as { text?: string } | undefined)?.text, ...((block.elements as { text?: string }[] | undefined) ?? []).map((element) => element.text)];
    for (const text of texts) {
      if (text === undefined) continue;
      invariant(text.length <= 3000, 'slack: section over 3000');
      // Only our own control sequences: the link and the date. Feed text cannot open one.
      const controls = text.match(/<[^>]*>/g) ?? [];
      for (const control of controls) {
        invariant(/^<https?:\/\/[^|<>\s]+\|[^<>]*>$/.test(control) || /^<!date\^\d+\^/.test(control), `slack: control sequence ${JSON.stringify(control.slice(0, 80))}`);
      }
    }
  }
  // The notification text is escaped like the blocks: no <!channel> of its own.
  invariant(!/[<>]/.test(message.text), 'slack: an unescaped < or > in the fallback text');
  invariant(!hasLoneSurrogate(message), 'slack: a lone surrogate');
  const errors = blockErrors(message.blocks);
  invariant(errors.length === 0, `slack: the fake refuses the blocks: ${errors.join('; ')}`);
}

function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

describe.skipIf(!hasSharedFixtures)('fuzzing parse → understand → render', () => {
  // About 6 ms a document on 2 cores; the long mode gets room to match.
  const timeout = 120_000 + DOCS * 20;

  it(`survives ${DOCS} mutated fixture documents (seed ${SEED})`, { timeout }, async () => {
    const bases = loadFuzzBases(sharedPath('feeds'));
    expect(bases.length).toBeGreaterThan(10);
    // The unmutated fixtures first: they warm the JIT so the timings below are the documents'.
    for (const base of bases) {
      await runDocument({ index: -1, base: base.name, steps: ['unmutated'], body: base.bytes });
    }

    let slowest = { ms: 0, doc: '' };
    let slowestCpu: Array<{ ms: number; index: number }> = [];
    let feedErrors = 0;
    let articles = 0;
    let peakRss = process.memoryUsage.rss();
    const started = performance.now();
    for (let index = START; index < START + DOCS; index++) {
      const doc = makeFuzzDocument(bases, SEED, index);
      let outcome: Outcome;
      try {
        outcome = await runDocument(doc);
      } catch (error) {
        const reproduce = `FUZZ_SEED=${SEED} FUZZ_START=${index} FUZZ_DOCS=1 npx vitest run test/fuzz-feeds.test.ts`;
        console.error(`fuzz failure on document ${describeDocument(doc)}\nreproduce: ${reproduce}`);
        throw new Error(`document #${index} (seed ${SEED}, ${doc.base}): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
      if (outcome.ms > slowest.ms) slowest = { ms: outcome.ms, doc: describeDocument(doc) };
      if (slowestCpu.length < RETIME_SLOWEST || outcome.cpuMs > slowestCpu.at(-1)!.ms) {
        slowestCpu = [...slowestCpu, { ms: outcome.cpuMs, index }].sort((a, b) => b.ms - a.ms).slice(0, RETIME_SLOWEST);
      }
      if (outcome.feedError) feedErrors++;
      articles += outcome.articles;
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
    }

    const total = performance.now() - started;
    let retimed = { ms: 0, doc: '' };
    for (const { index } of slowestCpu) {
      const doc = makeFuzzDocument(bases, SEED, index);
      let best = Infinity;
      for (let run = 0; run < RETIME_RUNS; run++) best = Math.min(best, (await runDocument(doc)).cpuMs);
      if (best > retimed.ms) retimed = { ms: best, doc: describeDocument(doc) };
    }

    const report = {
      name: 'fuzz',
      documents: DOCS,
      seed: SEED,
      start: START,
      slowest_ms: Math.round(slowest.ms),
      slowest_doc: slowest.doc,
      slowest_cpu_ms: Math.round(slowestCpu[0]?.ms ?? 0),
      slowest_cpu_retimed_ms: Math.round(retimed.ms),
      slowest_cpu_retimed_doc: retimed.doc,
      peak_rss_mb: Math.round(peakRss / (1024 * 1024)),
      feed_errors: feedErrors,
      articles,
      total_s: Math.round(total / 100) / 10,
    };
    console.log(JSON.stringify(report));
    expect(retimed.ms, `slowest document: ${retimed.doc}`).toBeLessThan(MAX_DOCUMENT_MS);
  });
});
