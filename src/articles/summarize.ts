// The summary: one or two lead sentences of the cleaned text, at most about 300 characters.
import { clipText } from '../clip-text.ts';

const MAX = 300;

// A sentence ends at . ! or ? (plus closing quotes), then space, then a capital, digit or opening
// quote; not after a title or initial ("Mr.", "U.S.") and never inside "3.1".
const BOUNDARY = /([.!?]+["'”’)\]]*)\s+(?=["'“‘(]?[\p{Lu}\p{N}])/gu;
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|St|Jr|Sr|Inc|Corp|Co|Ltd|vs|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|(?:\p{Lu}\.)*\p{Lu})\.$/u;

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[1]!.length;
    if (ABBREVIATION.test(text.slice(Math.max(start, end - 12), end))) continue;
    sentences.push(text.slice(start, end).trim());
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences.filter(Boolean);
}

/** The lead: first sentence, plus the second when both fit. Cut at a word boundary when too long. */
export function summarize(paragraphs: string[], headline = ''): string {
  // Only the lead is needed: split paragraphs until two sentences are found.
  const sentences: string[] = [];
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(paragraph.length > 4 * MAX ? paragraph.slice(0, 4 * MAX) : paragraph)) {
      if (sentence !== headline) sentences.push(sentence);
    }
    if (sentences.length >= 2) break;
  }
  let summary = '';
  for (const sentence of sentences.slice(0, 2)) {
    const next = summary ? `${summary} ${sentence}` : sentence;
    if (summary && next.length > MAX) break;
    summary = next;
  }
  return truncate(summary, MAX);
}

/** Headlines and summaries are cut like every platform string: never inside an emoji. */
export function truncate(text: string, max: number): string {
  return clipText(text, max);
}
