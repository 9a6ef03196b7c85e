// How many words a quotation has: the matches of WORD, counted without making them. Quote
// candidates are counted several times each, and a quotation left open runs to its paragraph's end.
import { forEachMatch, isLetterOrDigitCode } from './char-classes.ts';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.%-]*/gu;

function isWordTail(code: number): boolean {
  return isLetterOrDigitCode(code) || code === 39 || code === 0x2019 || code === 46 || code === 37 || code === 45;
}

/** The number of WORD matches in a text. */
export function countWords(text: string): number {
  let count = 0;
  forEachMatch(text, WORD, isLetterOrDigitCode, isWordTail, () => count++);
  return count;
}
