// What a reader sees, checked without a label (SPEC.md "The summary" and issue 10's points 1 and 3): a summary
// that is one or two complete sentences, not cut, without boilerplate and not the headline again; a headline
// without a link aggregator's score in front or the outlet's name behind; a quote that is speech and a speaker
// that is a name. `npm run eval` counts each check's violations per half of the labelled items.
// Each rule is narrow on purpose: a check that flags correct output is worse than none.
import type { Article } from '../src/articles/article.ts';
import { isMostlyCjk } from '../src/articles/char-classes.ts';

export const READER_CHECKS = [
  'summary-empty',
  'summary-not-sentence-end',
  'summary-cut',
  'summary-unbalanced-quotes',
  'summary-boilerplate',
  'summary-is-headline',
  'headline-score-prefix',
  'headline-outlet-suffix',
  'speaker-in-headline-only',
  'speaker-not-name',
  'quote-too-short',
] as const;

export type ReaderCheck = (typeof READER_CHECKS)[number];

export interface Violation {
  check: ReaderCheck;
  /** The text that breaks the rule, as the reader sees it. */
  text: string;
}

export interface ReaderCheckOptions {
  /**
   * Whether the item has text of its own with a sentence in it (the eval: a label with a lead sentence).
   * A title-only item has no sentence to show, so the summary's sentence checks do not apply to it.
   */
  hasText: boolean;
}

// A sentence's stop, then the closing quotes and brackets after it.
const SENTENCE_END = /[.!?。！？]["'”’»)\]」』）]*$/u;
// Where a summary was cut: an ellipsis at its end ("… the company said …", "[...]").
const CUT_END = /(?:…|\.{3})["'”’»)\]]*$/u;
// What a feed or page puts around a story and a reader should never get as its summary. Written as the
// furniture is written, so that the same words in a story's prose ("subscribers", "cookies") do not match.
const BOILERPLATE = [
  /\bRead more\s*(?:[:»›→…]|\.{3}|$)/iu,
  /\bContinue reading\b/iu,
  /\bListen to (?:this|the) (?:post|article|story)\b/iu,
  /(?:^|[.!?]\s+)Subscribe\b(?! to (?:see|read|the \p{Lu}))/u,
  /\b(?:subscribe to|sign up for) (?:our|my|this) (?:free )?(?:newsletter|podcast|channel)\b/iu,
  /\bDiscussion\s*\|\s*Link\b/u,
  /\b(?:we use cookies|this (?:site|website) uses cookies|cookie (?:settings|preferences))\b/iu,
  // The button, not "readers accept cookies less often".
  /(?:^|[.!?]\s+)Accept (?:all )?cookies\b/u,
  /\bappeared first on\b/iu,
  /\bSource link\b/u,
  /\bContact the author\b/iu,
];
// A link aggregator's score or comment count before the title: "39 – Intel …", "120 points: …", "[42] …".
// A year opens headlines of its own ("2026 – the year in AI").
const SCORE_PREFIX = /^(?:(?!(?:19|20)\d\d\b)\d{1,6}\s+[–—-]\s|\d[\d,]*\s+(?:points?|votes?|upvotes?|comments?)\b|\[\d+\]\s)/iu;
// Words that are no one's name when they stand alone as a speaker.
const NOT_NAMES = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'this', 'that', 'there', 'here', 'the', 'a', 'an', 'company', 'spokesperson', 'spokesman', 'spokeswoman', 'officials', 'official', 'statement', 'report', 'study', 'post', 'blog', 'users', 'people', 'critics', 'experts', 'analysts', 'sources', 'source', 'today', 'yesterday', 'said', 'says']);
// A quotation shorter than this is a term or a name in quote marks, not what someone said. Short partial
// quotes are speech ("significantly exceeding our capacity", four words, is a labelled quote): two words at most.
const MIN_QUOTE_WORDS = 3;
const MIN_QUOTE_CJK_CHARS = 8;

/** The checks `article` violates, with the offending text. */
export function readerChecks(article: Article, { hasText }: ReaderCheckOptions): Violation[] {
  const found: Violation[] = [];
  const flag = (check: ReaderCheck, text: string) => found.push({ check, text });
  const summary = article.summary.trim();
  const headline = article.headline.trim();

  if (hasText) {
    const end = endOf(summary, article.text);
    if (!summary) flag('summary-empty', article.summary);
    else if (isCutByUs(summary, end, article.text)) flag('summary-cut', summary.slice(-60));
    // A text with no sentence stop in it ("a photograph") has no complete sentence to show.
    else if (!SENTENCE_END.test(summary) && !CUT_END.test(summary) && /[.!?。！？]/u.test(article.text)) flag('summary-not-sentence-end', summary.slice(-60));
    if (summary && leavesQuoteOpen(summary, end, article.text)) flag('summary-unbalanced-quotes', summary);
    if (summary && comparable(summary) === comparable(headline)) flag('summary-is-headline', summary);
  }
  const boilerplate = BOILERPLATE.map((pattern) => pattern.exec(summary)).find(Boolean);
  if (boilerplate) flag('summary-boilerplate', boilerplate[0]);

  if (SCORE_PREFIX.test(headline)) flag('headline-score-prefix', headline);
  const suffix = /\s[-|–—]\s+([^-|–—]+)$/u.exec(headline)?.[1];
  if (suffix && outletKey(suffix) === outletKey(article.source)) flag('headline-outlet-suffix', headline);

  const quote = article.quote;
  if (quote) {
    // Chinese and Japanese set no spaces: their quotes are counted in characters.
    if (isMostlyCjk(quote.text) ? quote.text.replace(/[\s\p{P}]/gu, '').length < MIN_QUOTE_CJK_CHARS : countWords(quote.text) < MIN_QUOTE_WORDS) flag('quote-too-short', quote.text);
    const speaker = quote.speaker?.trim();
    if (speaker) {
      // A name's first word has a capital somewhere ("xAI", "eBay"); "the company", "officials" have none.
      // Names in scripts without case ("林小華") have no capital to look for.
      if (!/\p{Lu}|^[\p{sc=Han}\p{sc=Hangul}\p{sc=Katakana}]/u.test(speaker.split(/\s+/)[0]!) || NOT_NAMES.has(speaker.toLowerCase())) flag('speaker-not-name', speaker);
      if (inHeadlineOnly(speaker, headline, article.text)) flag('speaker-in-headline-only', speaker);
    }
  }
  return found;
}

/**
 * Where the summary's last words end in the article text, or -1 when the summary is not the text's own words
 * (it came from the feed's description): then whether it was cut, or cut a quotation, cannot be told.
 */
function endOf(summary: string, text: string): number {
  const tail = summary.replace(CUT_END, '').trimEnd().slice(-40);
  const at = tail ? text.indexOf(tail) : -1;
  return at < 0 ? -1 : at + tail.length;
}

/**
 * The summary was cut where the text goes on: it ends with an ellipsis the text does not have there, or in
 * the middle of a word. An ellipsis the text has there (a writer's "…", a teaser's) is the text's own.
 */
function isCutByUs(summary: string, end: number, text: string): boolean {
  const after = text.slice(end);
  // Where the text ends (a stray comma aside), the feed cut it or the writer stopped: an ellipsis there marks the feed's cut.
  if (end < 0 || !/[\p{L}\p{N}]/u.test(after)) return false;
  if (CUT_END.test(summary)) return !/^\s*["'”’»)\]]*\s*(?:…|\.{3}|\[(?:…|\.{3})\])/u.test(after);
  return /[\p{L}\p{N}]$/u.test(summary) && /^[\p{L}\p{N}]/u.test(after);
}

/**
 * A quotation the summary opens and does not close, which the text closes further on: the summary stopped
 * inside someone's words. A quotation the text itself never closes is the writer's.
 */
function leavesQuoteOpen(summary: string, end: number, text: string): boolean {
  const count = (within: string, mark: string) => within.split(mark).length - 1;
  const curly = count(summary, '“') > count(summary, '”');
  const straight = count(summary, '"') % 2 === 1;
  const guillemet = count(summary, '«') > count(summary, '»');
  if (end < 0 || !(curly || straight || guillemet)) return false;
  const rest = text.slice(end).split('\n\n')[0]!;
  return (curly && rest.includes('”')) || (straight && rest.includes('"')) || (guillemet && rest.includes('»'));
}

/**
 * The speaker's name is written in the headline and not one of its words is in the body: the speaker was
 * read from the headline's words, which the body never says (a person the body never names, a fragment).
 */
function inHeadlineOnly(speaker: string, headline: string, text: string): boolean {
  if (!headline.toLowerCase().includes(speaker.toLowerCase())) return false;
  const words = speaker.split(/\s+/).filter((word) => /\p{Lu}/u.test(word) && word.length > 2);
  if (words.length === 0) return false;
  const body = text.toLowerCase();
  return words.every((word) => !body.includes(word.toLowerCase().replace(/['’]s$/u, '')));
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function outletKey(name: string): string {
  return comparable(name).replace(/^the /, '');
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
