// Where a paragraph has text in quote marks: curly, straight, German „…“ and »…«, French «…», single ‘…’
// and straight single '…' (British and Australian papers quote speech in single marks).
// Marks are matched by position, not by kind, because scrapers mix them (“probably" …).
import { isLetterOrDigitCode, isSpaceCode } from './char-classes.ts';

export interface QuotedSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index just after the closing mark (the paragraph's end when the quote is never closed). */
  close: number;
  /** The text between the marks. */
  text: string;
  /** False when the paragraph ends before a closing mark (a quote running into the next paragraph). */
  closed: boolean;
  single: boolean;
}

// Marks by code: the scans below look at every character of a paragraph, and comparing codes
// costs less than making a one-character string of each.
const LEFT_DOUBLE = 0x201c; // “
const RIGHT_DOUBLE = 0x201d; // ”
const LOW_DOUBLE = 0x201e; // „
const LEFT_SINGLE = 0x2018; // ‘
const RIGHT_SINGLE = 0x2019; // ’
const LEFT_GUILLEMET = 0xab; // «
const RIGHT_GUILLEMET = 0xbb; // »
const STRAIGHT = 0x22; // "
const STRAIGHT_SINGLE = 0x27; // '
const SPACE = 0x20;

/** Before an opening mark: the start, a space, an opening bracket or a dash (/[\s([{\u2014\u2013\-/:]/). */
function opensAfter(code: number): boolean {
  return isSpaceCode(code) || code === 0x28 || code === 0x5b || code === 0x7b || code === 0x2014 || code === 0x2013 || code === 0x2d || code === 0x2f || code === 0x3a;
}

export function quotedSpans(paragraph: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let index = 0;
  // Spanish sets a speaker's words between dashes, the first opening the paragraph with no space after it and
  // the second before the verb that says who spoke ("—Dobla todo —afirmó Ana Ruiz—. …"): the dashes are its marks.
  const dialogue = paragraph.charCodeAt(0) === EM_DASH ? DIALOGUE_CLOSE.exec(paragraph) : null;
  if (dialogue && LETTER_START.test(paragraph.slice(1, 2))) {
    const close = dialogue.index + dialogue[0].length - 1;
    spans.push({ open: 0, close: close + 1, text: paragraph.slice(1, dialogue.index).trim(), closed: true, single: false });
    index = close + 1;
  }
  while (index < paragraph.length) {
    const open = nextOpening(paragraph, index);
    if (open < 0) break;
    const mark = paragraph[open]!;
    const single = mark === '‘' || mark === "'";
    const close = closingFor(paragraph, open, mark);
    if (close < 0) {
      // An unclosed single mark is more likely an apostrophe than a quote, an unclosed » a pointer
      // ("Home »Tech"); an unclosed double mark is a quotation that goes on past the paragraph (or a
      // scraper dropped the close).
      // But a paragraph that opens with a single mark before a word and never closes it is a quotation
      // running into the next paragraph, as British papers set one ('Five years ago … / 'We are not …').
      if ((single && !(open === 0 && LETTER_START.test(paragraph.slice(1, 2)))) || mark === '»') {
        index = open + 1;
        continue;
      }
      spans.push({ open, close: paragraph.length, text: paragraph.slice(open + 1).trim(), closed: false, single });
      break;
    }
    spans.push({ open, close: close + 1, text: paragraph.slice(open + 1, close).trim(), closed: true, single });
    index = close + 1;
  }
  return spans;
}

// A letter.
const LETTER_START = /^\p{L}/u;
export const EM_DASH = 0x2014;
// The dash that closes a speaker's words in Spanish dialogue: after a space, straight before a lower-case verb.
const DIALOGUE_CLOSE = /\s—(?=\p{Ll})/u;

// The marks each scan below acts on: the scans jump from one to the next (a pattern finds a
// character in native code; most of a paragraph is no mark, and a loop in JavaScript looked at
// every character of it).
const OPENING_MARK = /[“„«»"‘']/g;
const CLOSING_MARK = /[’”»«"“']/g;

/** The index of the next character of `marks` at or after `from`, or -1. */
function nextMark(text: string, from: number, marks: RegExp): number {
  marks.lastIndex = from;
  return marks.test(text) ? marks.lastIndex - 1 : -1;
}

function nextOpening(text: string, from: number): number {
  for (let i = nextMark(text, from, OPENING_MARK); i >= 0; i = nextMark(text, i + 1, OPENING_MARK)) {
    const char = text.charCodeAt(i);
    const before = i === 0 ? SPACE : text.charCodeAt(i - 1);
    const after = codeAfter(text, i);
    if (char === LEFT_GUILLEMET) return i; // French puts a space inside: « nous le ferons »
    // German may quote »so«: » opens before a word (French closes with it, after one or a space).
    if (char === RIGHT_GUILLEMET) {
      if (opensAfter(before) && isLetterOrDigitCode(after)) return i;
      continue;
    }
    if (char === LEFT_DOUBLE || char === LOW_DOUBLE) {
      if (!isSpaceCode(after)) return i;
    } else if ((char === LEFT_SINGLE || char === STRAIGHT_SINGLE) && isDecade(text, i)) {
      continue;
    } else if (char === STRAIGHT_SINGLE) {
      // 'These are not toys,': a straight single mark opens only before a letter or digit ("it's"
      // has a letter before it, not a space).
      if (opensAfter(before) && isLetterOrDigitCode(after)) return i;
    } else if (opensAfter(before) && (isLetterOrDigitCode(after) || after === 0x5b || after === LEFT_SINGLE || after === 0x2e)) {
      return i;
    }
  }
  return -1;
}

function closingFor(text: string, open: number, mark: string): number {
  const kind = mark.charCodeAt(0);
  for (let i = nextMark(text, open + 2, CLOSING_MARK); i >= 0; i = nextMark(text, i + 1, CLOSING_MARK)) {
    const char = text.charCodeAt(i);
    if (kind === LEFT_SINGLE) {
      // ’ between letters is an apostrophe (it’s), not the close; a scraper may close with ”.
      if ((char === RIGHT_SINGLE || char === RIGHT_DOUBLE) && !isLetterOrDigitCode(codeAfter(text, i)) && !isSpaceCode(text.charCodeAt(i - 1))) return i;
      continue;
    }
    if (kind === STRAIGHT_SINGLE) {
      if (char === STRAIGHT_SINGLE && closesSingle(text, i)) return i;
      continue;
    }
    if (kind === LEFT_GUILLEMET || kind === RIGHT_GUILLEMET) {
      if (char === (kind === LEFT_GUILLEMET ? RIGHT_GUILLEMET : LEFT_GUILLEMET)) return i;
      continue;
    }
    if (char === RIGHT_DOUBLE || (kind === LOW_DOUBLE && char === LEFT_DOUBLE)) return i;
    if (char === STRAIGHT && !isSpaceCode(text.charCodeAt(i - 1)) && (!isLetterOrDigitCode(codeAfter(text, i)) || isFootnoteMark(text, i))) return i;
    // A straight quote is also closed by the next curly close (mixed marks), never by an opening one.
    if (kind === STRAIGHT && char === LEFT_DOUBLE && isSpaceCode(codeAfter(text, i))) return i;
  }
  return -1;
}

// A space and a lowercase word: the noun a plural's possessive owns, unless it is a word no noun is
// ("'exercises' for 'Services'": a preposition after the mark says it closed a quotation).
const SPACE_LOWERCASE = /^\s\p{Ll}/u;
const NO_NOUN = /^\s(?:for|and|or|but|to|of|in|on|at|by|with|from|as|is|are|was|were|the|a|an)\b/;

/**
 * A straight single mark at `i` closes a quotation when it follows a word or its punctuation and no
 * letter follows it ("don't" is an apostrophe), and it is not a plural's possessive before the noun
 * it owns ("the workers' union").
 */
function closesSingle(text: string, i: number): boolean {
  const after = codeAfter(text, i);
  if (isLetterOrDigitCode(after) || isSpaceCode(text.charCodeAt(i - 1))) return false;
  return !(text.charCodeAt(i - 1) === 0x73 && isSpaceCode(after) && SPACE_LOWERCASE.test(text.slice(i + 1, i + 3)) && !NO_NOUN.test(text.slice(i + 1, i + 8)));
}

/** `…built."1`: a footnote's number after a quotation's closing mark and its full stop. */
function isFootnoteMark(text: string, i: number): boolean {
  return /[.!?,]/.test(text[i - 1]!) && /^\d{1,2}(?:\s|$)/.test(text.slice(i + 1, i + 4));
}

/**
 * A single mark before a decade ("the mid ‘00s", "the '90s") stands for the century's dropped digits:
 * an elision, not an opening quote, though editors' smart quotes often turn it the wrong way (‘).
 */
function isDecade(text: string, i: number): boolean {
  // A digit after the mark first: nearly every single mark is an apostrophe or a quote before a letter.
  const after = codeAfter(text, i);
  return after >= 0x30 && after <= 0x39 && DECADE.test(text.slice(i + 1, i + 5));
}

// Two digits and an "s" ending the word: "00s", "90s".
const DECADE = /^\d\ds(?![\p{L}\p{N}])/u;

/** The code of the character after `i`; a space at the end. */
function codeAfter(text: string, i: number): number {
  return i + 1 < text.length ? text.charCodeAt(i + 1) : SPACE;
}
