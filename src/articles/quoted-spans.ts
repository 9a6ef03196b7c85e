// Where a paragraph has text in quote marks: curly, straight, German „…“, French «…», single ‘…’.
// Marks are matched by position, not by kind, because scrapers mix them (“probably" …).

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

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Before an opening mark: the start, a space, an opening bracket or a dash.
const OPENS_AFTER = /[\s([{\u2014\u2013\-/:]/u;

export function quotedSpans(paragraph: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let index = 0;
  while (index < paragraph.length) {
    const open = nextOpening(paragraph, index);
    if (open < 0) break;
    const mark = paragraph[open]!;
    const single = mark === '‘';
    const close = closingFor(paragraph, open, mark);
    if (close < 0) {
      // An unclosed single mark is more likely an apostrophe than a quote; an unclosed double
      // mark is a quotation that goes on past the paragraph (or a scraper dropped the close).
      if (single) {
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

function nextOpening(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const char = text[i]!;
    if (char !== '“' && char !== '„' && char !== '«' && char !== '"' && char !== '‘') continue;
    const before = i === 0 ? ' ' : text[i - 1]!;
    const after = text[i + 1] ?? ' ';
    if (char === '«') return i; // French puts a space inside: « nous le ferons »
    if (char === '“' || char === '„') {
      if (!/\s/.test(after)) return i;
    } else if (OPENS_AFTER.test(before) && (LETTER_OR_DIGIT.test(after) || after === '[' || after === '‘' || after === '.')) {
      return i;
    }
  }
  return -1;
}

function closingFor(text: string, open: number, mark: string): number {
  for (let i = open + 2; i < text.length; i++) {
    const char = text[i]!;
    const after = text[i + 1] ?? ' ';
    if (mark === '‘') {
      // ’ between letters is an apostrophe (it’s), not the close; a scraper may close with ”.
      if ((char === '’' || char === '”') && !LETTER_OR_DIGIT.test(after) && !/\s/.test(text[i - 1]!)) return i;
      continue;
    }
    if (mark === '«') {
      if (char === '»') return i;
      continue;
    }
    if (char === '”' || (mark === '„' && char === '“')) return i;
    if (char === '"' && !/\s/.test(text[i - 1]!) && !LETTER_OR_DIGIT.test(after)) return i;
    // A straight quote is also closed by the next curly close (mixed marks), never by an opening one.
    if (mark === '"' && char === '“' && /\s/.test(after)) return i;
  }
  return -1;
}
