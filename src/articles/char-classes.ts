// Character classes by UTF-16 code unit, for scans that look at every character of an article:
// a table lookup where a one-character regex test (or a one-character string) per character cost
// more than the rest of the scan. A lone surrogate is in no class, as for the patterns they
// replace when those test one code unit.

const LETTER_OR_DIGIT = 1;
const SPACE = 2;
const UPPER = 4;
const LETTER = 8;
// Scripts written without spaces between words (Chinese, Japanese) or that join particles to any word
// (Korean, Thai): "DeepSeek" in "在发布DeepSeek-V4后" is a word of its own.
const UNSPACED = 16;

const CLASSES = classTable();

function classTable(): Uint8Array {
  const table = new Uint8Array(65536);
  const letterOrDigit = /[\p{L}\p{N}]/u;
  const space = /\s/;
  const upper = /\p{Lu}/u;
  const letter = /\p{L}/u;
  const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\u30fc]/u;
  for (let code = 0; code < 65536; code++) {
    if (isSurrogateCode(code)) continue;
    const char = String.fromCharCode(code);
    if (letterOrDigit.test(char)) table[code]! |= LETTER_OR_DIGIT;
    if (space.test(char)) table[code]! |= SPACE;
    if (upper.test(char)) table[code]! |= UPPER;
    if (letter.test(char)) table[code]! |= LETTER;
    if (unspaced.test(char)) table[code]! |= UNSPACED;
  }
  return table;
}

/** /[\p{L}\p{N}]/u on one code unit. */
export function isLetterOrDigitCode(code: number): boolean {
  return (CLASSES[code]! & LETTER_OR_DIGIT) !== 0;
}

/** /\s/ on one code unit. */
export function isSpaceCode(code: number): boolean {
  return (CLASSES[code]! & SPACE) !== 0;
}

/** /\p{L}/u on one code unit. */
export function isLetterCode(code: number): boolean {
  return (CLASSES[code]! & LETTER) !== 0;
}

/**
 * A letter or digit's word class: 0 for neither, else whether its script is written with spaces
 * between words. A word ends where the class changes ("DeepSeek" then "识图").
 */
export function wordClassCode(code: number): number {
  return CLASSES[code]! & (LETTER_OR_DIGIT | UNSPACED);
}

/** A letter of a script written without spaces between words (UNSPACED). */
export function isUnspacedCode(code: number): boolean {
  return (CLASSES[code]! & UNSPACED) !== 0;
}

/** /\p{Lu}/u on one code unit. */
export function isUpperCode(code: number): boolean {
  return (CLASSES[code]! & UPPER) !== 0;
}

/** Whether a code unit is half of a surrogate pair (a character the tables above do not classify). */
export function isSurrogateCode(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

// Text with a character beyond the BMP: the tables do not classify it, so patterns read it.
const SURROGATE = /[\ud800-\udfff]/;

/**
 * Calls `visit` with the start and end of each match of `pattern`, a global pattern of one
 * character of a class (`isStart`) and any number of another (`isTail`), greedy: found by the
 * tables, without a match object each, unless the text has a character beyond the BMP.
 */
export function forEachMatch(text: string, pattern: RegExp, isStart: (code: number) => boolean, isTail: (code: number) => boolean, visit: (at: number, end: number) => void): void {
  if (SURROGATE.test(text)) {
    for (const match of text.matchAll(pattern)) visit(match.index, match.index + match[0].length);
    return;
  }
  for (let at = 0; at < text.length; ) {
    if (!isStart(text.charCodeAt(at))) {
      at++;
      continue;
    }
    let end = at + 1;
    while (end < text.length && isTail(text.charCodeAt(end))) end++;
    visit(at, end);
    at = end;
  }
}

/** Half or more of the characters other than spaces are Chinese or Japanese. */
export function isMostlyCjk(text: string): boolean {
  return openingScript([text], text.length) === 'cjk';
}

/** CJK on one code unit: kana and the CJK ideographs. */
export function isCjkCode(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff);
}

/** A high surrogate at `i` followed by a low one: one character in two code units. */
function isPairAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
}

/**
 * The script a text's opening is mostly written in, read from its first `sample` characters across
 * paragraphs (no string is built): 'cjk' when Chinese or Japanese characters are half or more of those
 * other than spaces, 'hangul' when Hangul is half or more of the letters.
 */
export function openingScript(paragraphs: readonly string[], sample: number): 'cjk' | 'hangul' | undefined {
  // By code unit (a pattern test per character cost more than the rest of the summary's checks): a
  // surrogate pair is one character, neither Chinese nor Japanese here nor a space.
  let cjk = 0;
  let other = 0;
  let hangul = 0;
  let latin = 0;
  let read = 0;
  for (const paragraph of paragraphs) {
    for (let i = 0; i < paragraph.length && read < sample; i++, read++) {
      const code = paragraph.charCodeAt(i);
      if (isCjkCode(code)) cjk++;
      else if (!isSpaceCode(code)) {
        other++;
        if (code >= 0xac00 && code <= 0xd7a3) hangul++;
        else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
        if (isPairAt(paragraph, i)) i++;
      }
    }
    if (read >= sample) break;
  }
  if (cjk + other === 0) return undefined;
  if (cjk >= other) return 'cjk';
  return hangul > 0 && hangul >= latin ? 'hangul' : undefined;
}
