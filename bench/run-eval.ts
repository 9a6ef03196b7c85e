// `npm run eval`: the understanding step against hand labels (../shared/fixtures/labels/items.jsonl).
// Prints one JSON line per measure; `--misses` also prints every miss (to stderr) to learn from.
// The core, runEval, is what test/eval.test.ts checks the targets against.
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/articles/article.ts';
import { buildArticle } from '../src/articles/build-article.ts';
import { loadTopicTable } from '../src/articles/topics.ts';
import { hasSharedFixtures, sharedPath } from '../test/shared-fixtures.ts';
import { findLabelledItems, readLabels, type Label, type LabelQuote } from './eval-labels.ts';

/** The company topics of the table; label companies outside this list (e.g. amazon) are not scored. */
export const COMPANY_TOPICS = ['openai', 'anthropic', 'google', 'meta', 'microsoft', 'nvidia', 'apple', 'xai', 'mistral', 'deepseek'];

export interface Measure {
  name: string;
  value: number;
  /** How many items the measure is taken over. */
  n: number;
  target?: string;
  note?: string;
}

export interface Miss {
  measure: string;
  feed: string;
  title: string;
  expected: unknown;
  got: unknown;
}

export interface EvalReport {
  measures: Measure[];
  misses: Miss[];
  /** Labels whose item was not found in its feed (should be none). */
  unmatched: string[];
}

export async function runEval(options: { labelsFile?: string; feedDirs?: string[] } = {}): Promise<EvalReport> {
  const labels = readLabels(options.labelsFile ?? sharedPath('labels/items.jsonl'));
  const { items, missing } = await findLabelledItems(labels, options.feedDirs ?? [sharedPath('feeds'), sharedPath('articles')]);
  const topics = loadTopicTable();
  const seenAt = new Date('2026-01-01T00:00:00Z');
  const misses: Miss[] = [];
  const miss = (measure: string, label: Label, expected: unknown, got: unknown) =>
    misses.push({ measure, feed: label.feed, title: label.title, expected, got });

  const ai = { tp: 0, fp: 0, fn: 0 };
  const companies = { tp: 0, fp: 0, fn: 0 };
  const quote = { labelled: 0, hit: 0, none: 0, falseAlarm: 0, speakerScored: 0, speakerRight: 0, unverifiable: 0 };
  let sourceRight = 0;
  let slowest = 0;

  for (const { label, entry, feed } of items) {
    // CPU time, so a busy machine does not count against the pipeline.
    const started = process.cpuUsage();
    const article = buildArticle(entry, feed, topics, seenAt);
    const used = process.cpuUsage(started);
    slowest = Math.max(slowest, (used.user + used.system) / 1000);

    // ai: is the `ai` topic given exactly to the items labelled is_ai?
    const isAi = article.topics.includes('ai');
    if (isAi && label.is_ai) ai.tp++;
    else if (isAi) (ai.fp++, miss('ai_precision', label, false, article.topics));
    else if (label.is_ai) (ai.fn++, miss('ai_recall', label, true, article.topics));

    // companies: over AI items only, since company topics apply together with `ai` (non-AI items have no topics).
    if (label.is_ai) {
      const expected = new Set(label.companies.filter((name) => COMPANY_TOPICS.includes(name)));
      const got = new Set(article.topics.filter((name) => COMPANY_TOPICS.includes(name)));
      for (const name of got) (expected.has(name) ? companies.tp++ : companies.fp++);
      for (const name of expected) if (!got.has(name)) companies.fn++;
      if ([...got].some((name) => !expected.has(name)) || [...expected].some((name) => !got.has(name))) {
        miss('company_f1', label, [...expected], [...got]);
      }
    }

    if (same(article.source, label.source)) sourceRight++;
    else miss('source_accuracy', label, label.source, article.source);

    scoreQuote(article, label, quote, miss);
  }

  const ratio = (part: number, whole: number) => (whole === 0 ? 1 : round(part / whole));
  const f1 = ({ tp, fp, fn }: typeof companies) => (tp + fp + fn === 0 ? 1 : round((2 * tp) / (2 * tp + fp + fn)));
  const measures: Measure[] = [
    { name: 'ai_precision', value: ratio(ai.tp, ai.tp + ai.fp), n: ai.tp + ai.fp, target: '>= 0.95', note: 'items tagged ai that are labelled is_ai' },
    { name: 'ai_recall', value: ratio(ai.tp, ai.tp + ai.fn), n: ai.tp + ai.fn, target: '>= 0.90', note: 'items labelled is_ai that are tagged ai' },
    { name: 'company_f1', value: f1(companies), n: items.filter(({ label }) => label.is_ai).length, note: `company topics (${COMPANY_TOPICS.join(', ')}) on items labelled is_ai; label companies outside the list not scored` },
    { name: 'source_accuracy', value: ratio(sourceRight, items.length), n: items.length, target: '>= 0.95' },
    { name: 'quote_hit_rate', value: ratio(quote.hit, quote.labelled), n: quote.labelled, target: '>= 0.85', note: 'items labelled with a quote whose chosen quote starts with the labelled or an alternative starts_with' },
    { name: 'quote_false_alarm_rate', value: ratio(quote.falseAlarm, quote.none), n: quote.none, target: '<= 0.05', note: 'items labelled with no quote that got one' },
    { name: 'speaker_accuracy', value: ratio(quote.speakerRight, quote.speakerScored), n: quote.speakerScored, target: '>= 0.85', note: 'items whose chosen quote hit and whose label names a speaker: same name (case and punctuation aside)' },
    { name: 'quotes_not_verbatim', value: quote.unverifiable, n: items.length, target: '0', note: 'chosen quotes not found verbatim in the article text' },
    { name: 'slowest_item_ms', value: round(slowest, 1), n: items.length, target: '< 50', note: 'CPU time of the slowest labelled item, first run (compiler warm-up included)' },
    { name: 'labels_unmatched', value: missing.length, n: labels.length, target: '0' },
  ];
  return { measures, misses, unmatched: missing.map((label) => `${label.feed}: ${label.title}`) };
}

function scoreQuote(
  article: Article,
  label: Label,
  counts: { labelled: number; hit: number; none: number; falseAlarm: number; speakerScored: number; speakerRight: number; unverifiable: number },
  miss: (measure: string, label: Label, expected: unknown, got: unknown) => void,
): void {
  const chosen = article.quote;
  if (chosen && !article.text.includes(chosen.text)) {
    counts.unverifiable++;
    miss('quotes_not_verbatim', label, 'a substring of the text', chosen.text);
  }
  if (!label.quote) {
    counts.none++;
    if (chosen) (counts.falseAlarm++, miss('quote_false_alarm_rate', label, null, chosen));
    return;
  }
  counts.labelled++;
  const matched = chosen && [label.quote, ...label.alternatives].find((wanted) => startsWith(chosen.text, wanted));
  if (!chosen || !matched) {
    miss('quote_hit_rate', label, label.quote, chosen);
    return;
  }
  counts.hit++;
  if (matched.speaker) {
    counts.speakerScored++;
    if (chosen.speaker && same(chosen.speaker, matched.speaker)) counts.speakerRight++;
    else miss('speaker_accuracy', label, matched.speaker, chosen.speaker);
  }
}

function startsWith(text: string, wanted: LabelQuote): boolean {
  return normal(text).startsWith(normal(wanted.starts_with));
}

function same(a: string, b: string): boolean {
  return normal(a).replace(/[^\p{L}\p{N} ]/gu, '') === normal(b).replace(/[^\p{L}\p{N} ]/gu, '');
}

/** Case, curly-vs-straight marks and spacing do not make a quote different. */
function normal(text: string): string {
  return text.replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

async function main(argv: string[]): Promise<number> {
  if (!hasSharedFixtures) {
    console.log(JSON.stringify({ name: 'eval', skipped: 'needs ../shared/fixtures beside the repository' }));
    return 0;
  }
  const report = await runEval();
  for (const measure of report.measures) console.log(JSON.stringify(measure));
  if (argv.includes('--misses')) {
    for (const miss of report.misses) console.error(JSON.stringify(miss));
    for (const title of report.unmatched) console.error(JSON.stringify({ unmatched: title }));
  }
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
