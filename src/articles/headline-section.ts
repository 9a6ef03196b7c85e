// Which part of a post the headline is about. Newsletters and roundups have sections, each under
// a short heading; a feed item's headline names one of them, and its quote and lead come from
// there, not from the intro or another section.

import { isLetterOrDigitCode } from './char-classes.ts';
import { comparable } from './comparable-text.ts';
import { isNewsletterIntro } from './lead-boilerplate.ts';

export interface Section {
  /** First paragraph of the section (its heading), inclusive. */
  start: number;
  /** One past its last paragraph. */
  end: number;
  /** The heading is run into the section's first paragraph ("<b>OpenAI's lobbying push.</b> OpenAI has tripled …"): that paragraph is the story's too. */
  runIn: boolean;
}

// Words that say nothing of a story's subject.
const STOP = new Set(
  'this that with from have will your what when where which about their there them they into over more most than then just also only after before says said here heres week today news newsletter edition issue could would should might'.split(' '),
);
// A post needs this many headings before it is read as sections: one is enough, under a newsletter's
// intro ("Hi everyone," and the writer's aside, then "OpenAI launches GPT-5.5" over its story).
const MIN_HEADINGS = 1;
const MIN_RUN_IN_HEADS = 2;
const MIN_RUN_IN_OVERLAP = 2;

/**
 * The section the headline names, or undefined when the post has no sections or the headline is
 * about the whole (its words are not gathered in one section).
 */
export function headlineSection(paragraphs: string[], headline: string, runIn?: ReadonlyMap<string, number>): Section | undefined {
  // Only a post that opens as a newsletter does ("Welcome back to …", "Hi friends,", a sponsor
  // line): an article's subheadings divide one story.
  if (!paragraphs.slice(0, 3).some((paragraph) => isNewsletterIntro(paragraph))) return undefined;
  const wanted = keyWords(headline);
  if (wanted.size < 2) return undefined;
  // A newsletter may run each section's heading into its first paragraph, in bold ("<b>California.</b> State Senator …"):
  // two such paragraphs or more are its sections' starts.
  const runInStarts = runIn === undefined || runIn.size < MIN_RUN_IN_HEADS ? undefined : runIn;
  const headings: number[] = [];
  for (let i = 0; i + 1 < paragraphs.length && i < 200; i++) {
    if ((isHeading(paragraphs[i]!) && !isHeading(paragraphs[i + 1]!)) || runInStarts?.has(paragraphs[i]!)) headings.push(i);
  }
  if (headings.length < MIN_HEADINGS) return undefined;
  const headingOf = (paragraph: string) => {
    const head = runInStarts?.get(paragraph);
    return head !== undefined ? paragraph.slice(0, head) : isHeading(paragraph) ? paragraph : undefined;
  };
  // The intro before the first heading is a part too: a headline about it names no section.
  const starts = headings[0]! > 0 ? [0, ...headings] : headings;
  const parts: Section[] = starts.map((start, k) => ({ start, end: starts[k + 1] ?? paragraphs.length, runIn: runInStarts?.has(paragraphs[start]!) ?? false }));
  const headingWords = parts.map(({ start }) => {
    const head = headingOf(paragraphs[start]!);
    return head !== undefined ? overlap(wanted, keyWords(head)) : 0;
  });
  const scores = parts.map(({ start, end }, k) => 2 * headingWords[k]! + overlap(wanted, keyWords(paragraphs.slice(start, Math.min(end, start + 3)).join(' '))));
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k]! > scores[best]!) best = k;
  // A head run in with its text names a section the headline is about only when it names the headline's subject
  // itself, two of its words ("OpenAI's lobbying push." for "OpenAI's lobbying spend triples"): a bold phrase opening a
  // digest's paragraph may share a word by chance. Such a part still counts against the others.
  if (parts[best]!.runIn && headingWords[best]! < MIN_RUN_IN_OVERLAP) return undefined;
  const runnerUp = Math.max(0, ...scores.filter((_, k) => k !== best));
  // Clearly this section: enough of the headline's words, twice what any other part has.
  if (scores[best]! < 3 || scores[best]! < 2 * runnerUp || parts[best]!.start === 0) return undefined;
  // A newsletter's top is about something else (its intro, another story); an article's top
  // already speaks of what its headline says, and its subheadings only divide it.
  // (The top is what stands above the first heading, not the heading itself.)
  if (overlap(wanted, keyWords(paragraphs.slice(0, Math.min(3, headings[0]!)).join(' '))) >= 2) return undefined;
  return parts[best];
}

// How far down a scraped page its breadcrumb may stand: under a few lines of chrome (a banner, a plea).
const MAX_BREADCRUMB_INDEX = 6;
// A breadcrumb's trail before the headline: a few capitalised navigation words ("Home World",
// "Home / Markets / News /"), set off by separators or rooted at "Home". A sentence that merely ends with
// the headline's words has a subject of lower-case words or no separator ("Russian President Vladimir …").
const TRAIL = /^(?:Home\b[\s/›>»|:-]*(?:\p{Lu}[\p{L}&'’.-]*[\s/›>»|-]*){0,4}|(?:\p{Lu}[\p{L}&'’.-]*\s*(?:\p{Lu}[\p{L}&'’.-]*\s*)?[/›>»|]\s*){1,4})$/u;

/**
 * Where a scraped page's story begins after its navigation: a paragraph that is a breadcrumb ending in
 * the headline ("Home / World News / <headline>", "Home World <headline>") closes the page's top, and
 * what stands above it (banners, pleas, menus) is no more the story than the trail is. 0 when no
 * breadcrumb is found. Its words would otherwise open the lead and lend the headline's speaker a name
 * ("Home World Putin").
 */
export function afterBreadcrumb(paragraphs: string[], headline: string): number {
  // The headline is made comparable only once a paragraph of a breadcrumb's length asks: most items
  // have none.
  let key: string | undefined;
  for (let i = 0; i < Math.min(paragraphs.length - 1, MAX_BREADCRUMB_INDEX); i++) {
    const paragraph = paragraphs[i]!;
    if (paragraph.length > headline.length + 60 || paragraph.length <= headline.length) continue;
    key ??= comparable(headline);
    if (key.length < 12) return 0;
    const words = comparable(paragraph);
    if (!words.endsWith(` ${key}`)) continue;
    const trail = trailOf(paragraph, headline);
    if (trail !== undefined && TRAIL.test(trail)) return i + 1;
  }
  return 0;
}

/** The paragraph's text before the headline's letters, when it ends with them (quotes and case aside). */
function trailOf(paragraph: string, headline: string): string | undefined {
  let left = 0;
  for (let i = 0; i < headline.length; i++) if (isLetterOrDigitCode(headline.charCodeAt(i))) left++;
  let at = paragraph.length;
  while (at > 0 && left > 0) if (isLetterOrDigitCode(paragraph.charCodeAt(--at))) left--;
  // Back over what opens the headline (a quote mark) to the space before it.
  while (at > 0 && !/\s/.test(paragraph[at - 1]!)) at--;
  const trail = paragraph.slice(0, at).trim();
  return trail ? trail : undefined;
}

/**
 * A short line without a sentence's end: "The big story", "3. Chips get cheaper". A question is a
 * heading too ("Who is actually buying Grok?"): a section's title is often put as one.
 */
function isHeading(paragraph: string): boolean {
  if (paragraph.length > 90 || paragraph.length < 3) return false;
  const words = paragraph.split(/\s+/).length;
  return words <= 12 && !/[.!,;:]["'”’)]*$/.test(paragraph) && !/^["“‘#]/.test(paragraph);
}

/** The words that say what a text is about: four letters or more, no plural or possessive ending, no stop word. */
export function keyWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const found of longWords(text.toLowerCase())) {
    // Every ending the pattern takes off ends in "s": other words skip the replace.
    const word = found.endsWith('s') ? found.replace(/(?:'s|’s|s)$/, '') : found;
    if (!STOP.has(word) && word.length >= 4) words.add(word);
  }
  return words;
}

/** Whether `text` has two or more of the key words in `words`. */
export function sharesTwo(text: string, words: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const word of keyWords(text)) if (words.has(word) && ++shared === 2) return true;
  return false;
}

const LONG_WORD = /[\p{L}\p{N}][\p{L}\p{N}-]{3,}/gu;
// Characters beyond the BMP are not in the tables: a text with one is read by the pattern.
const SURROGATE = /[\ud800-\udfff]/;

/**
 * LONG_WORD's matches, found by character tables (every candidate quote's words are asked for):
 * in each run of letters, digits and hyphens, from its first letter or digit to its end, when
 * that is four characters or more.
 */
function longWords(text: string): string[] {
  if (SURROGATE.test(text)) return Array.from(text.matchAll(LONG_WORD), (match) => match[0]);
  const found: string[] = [];
  for (let at = 0; at < text.length; ) {
    if (!isLetterOrDigitCode(text.charCodeAt(at))) {
      at++;
      continue;
    }
    let end = at + 1;
    while (end < text.length && (isLetterOrDigitCode(text.charCodeAt(end)) || text.charCodeAt(end) === 45)) end++;
    if (end - at >= 4) found.push(text.slice(at, end));
    at = end;
  }
  return found;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let count = 0;
  for (const word of a) if (b.has(word)) count++;
  return count;
}
