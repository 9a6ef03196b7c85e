// The topic table and the matcher that tags an article with topics (`ai` first when it applies).
import { readFileSync } from 'node:fs';

export interface Topic {
  name: string;
  emoji: string;
  description: string;
  /** Score an article must reach for the topic to apply. */
  threshold: number;
  /** Term → weight. Terms with a capital (AI, Apple) match as written, lowercase terms ignore case. */
  terms: Record<string, number>;
  /** Term → weight subtracted (e.g. "meta-analysis" for the `meta` topic). */
  negative?: Record<string, number>;
  /** The topic applies only when this one does too (company topics require `ai`). */
  requires?: string;
}

export interface TopicTable {
  topics: Topic[];
  byName: Map<string, Topic>;
  /**
   * Tags title + text with topic names, in table order (so `ai` comes first). `given`: topics the
   * article has anyway (its feed's), which also satisfy other topics' `requires`.
   */
  match(title: string, text: string, given?: string[]): string[];
}

const defaultTableUrl = new URL('./default-topics.json', import.meta.url);

/** Loads the operator's table, or the default one; a bad file is a one-line error. */
export function loadTopicTable(file?: string): TopicTable {
  const source = file ?? defaultTableUrl;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(source, 'utf8'));
  } catch (error) {
    throw new Error(`TOPICS_FILE ${String(source)} could not be read as JSON: ${(error as Error).message}`);
  }
  const topics = (raw as { topics?: unknown }).topics;
  if (!Array.isArray(topics) || topics.length === 0) {
    throw new Error(`TOPICS_FILE ${String(source)} must hold {"topics": [...]} with at least one topic`);
  }
  for (const topic of topics as Topic[]) {
    if (!topic.name || !/^[a-z0-9-]+$/.test(topic.name) || !topic.emoji || typeof topic.threshold !== 'number' || !topic.terms) {
      throw new Error(
        `TOPICS_FILE ${String(source)}: topic ${JSON.stringify(topic.name)} needs a lowercase name, an emoji, a threshold and terms`,
      );
    }
  }
  return buildTopicTable(topics as Topic[]);
}

export function buildTopicTable(topics: Topic[]): TopicTable {
  const matchers = topics.map((topic) => ({ topic, positive: compile(topic.terms), negative: compile(topic.negative ?? {}) }));
  const byName = new Map(topics.map((topic) => [topic.name, topic]));
  return {
    topics,
    byName,
    match(title, text, given = []) {
      const applied = new Set<string>(given);
      for (const { topic, positive, negative } of matchers) {
        if (applied.has(topic.name)) continue;
        if (topic.requires && !applied.has(topic.requires)) continue;
        // A title hit counts double: a headline is what the story is about.
        const score = 2 * positive(title) + positive(text) - 2 * negative(title) - negative(text);
        if (score >= topic.threshold) applied.add(topic.name);
      }
      // Table order, so `ai` comes first whatever the feed gave.
      return topics.map((topic) => topic.name).filter((name) => applied.has(name));
    },
  };
}

/** One scorer per term set: sum of weights of the terms found, each term counted at most twice. */
function compile(terms: Record<string, number>): (text: string) => number {
  const entries = Object.entries(terms).filter(([, weight]) => weight !== 0);
  if (entries.length === 0) return () => 0;
  const exact = entries.filter(([term]) => isCaseSensitive(term));
  const folded = entries.filter(([term]) => !isCaseSensitive(term));
  const weights = new Map<string, number>([
    ...exact.map(([term, weight]) => [term, weight] as const),
    ...folded.map(([term, weight]) => [term.toLowerCase(), weight] as const),
  ]);
  const patterns = [
    exact.length ? new RegExp(bounded(exact.map(([term]) => term)), 'gu') : undefined,
    folded.length ? new RegExp(bounded(folded.map(([term]) => term)), 'giu') : undefined,
  ];
  return (text) => {
    let score = 0;
    const counts = new Map<string, number>();
    for (const [index, pattern] of patterns.entries()) {
      if (!pattern) continue;
      for (const found of text.matchAll(pattern)) {
        const key = index === 0 ? found[1]! : found[1]!.toLowerCase();
        const count = (counts.get(key) ?? 0) + 1;
        counts.set(key, count);
        if (count <= 2) score += weights.get(key) ?? 0;
      }
    }
    return score;
  };
}

/** Names and acronyms (any capital letter) match as written: "Apple" the company, not "apple". */
function isCaseSensitive(term: string): boolean {
  return /\p{Lu}/u.test(term);
}

/** Longest first so "generative AI" wins over "AI"; letters/digits may not touch either side. */
function bounded(terms: string[]): string {
  const sorted = [...terms].sort((a, b) => b.length - a.length).map(escape);
  return `(?<![\\p{L}\\p{N}])(${sorted.join('|')})(?![\\p{L}\\p{N}])`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[\\s-]');
}
