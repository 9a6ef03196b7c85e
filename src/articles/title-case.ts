// Title case: most words of four letters or more capitalised, as headlines and headings are
// written. Their capitals say nothing about names, and a line in title case is a heading.
import { isLetterCode, isUpperCode } from './char-classes.ts';

// Text with a character beyond the BMP: the character tables do not classify it, so patterns read it.
const SURROGATE = /[\ud800-\udfff]/;

export function isTitleCase(headline: string): boolean {
  const words = headline.split(/\s+/).slice(1);
  // Asked of every candidate sentence: a table lookup per character, not two patterns per word.
  const astral = SURROGATE.test(headline);
  let long = 0;
  let capitalised = 0;
  for (const word of words) {
    const first = astral ? firstLetterByPattern(word) : firstLetter(word);
    if (first === undefined) continue;
    long++;
    if (first) capitalised++;
  }
  if (long < 2) return false;
  return capitalised / long >= 0.7;
}

/**
 * For a word whose first letters (after any non-letters) are four or more: whether the first is a
 * capital (/^\P{L}*\p{L}{4}/u, then /^\P{L}*\p{Lu}/u). Undefined for a shorter word.
 */
function firstLetter(word: string): boolean | undefined {
  let at = 0;
  while (at < word.length && !isLetterCode(word.charCodeAt(at))) at++;
  if (at + 4 > word.length) return undefined;
  for (let i = at + 1; i < at + 4; i++) if (!isLetterCode(word.charCodeAt(i))) return undefined;
  return isUpperCode(word.charCodeAt(at));
}

const FOUR_LETTERS = /^\P{L}*\p{L}{4}/u;
const FIRST_UPPER = /^\P{L}*\p{Lu}/u;

function firstLetterByPattern(word: string): boolean | undefined {
  if (!FOUR_LETTERS.test(word)) return undefined;
  return FIRST_UPPER.test(word);
}
