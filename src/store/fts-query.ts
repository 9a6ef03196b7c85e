// Turns a user's free text into a safe FTS5 expression. The text is NEVER passed as FTS5 syntax:
// it is cut into words (letters and digits); words joined by in-word punctuation stay together as
// one quoted phrase ("gpt-5" -> "gpt 5", matching "GPT-5"; "node.js", "AT&T"), every other word
// is quoted alone, and the phrases are ANDed. Quotes, `*`, NEAR, AND/OR/NOT, parentheses and
// column filters therefore only ever reach FTS5 as plain words, or as nothing.

/** More phrases than a person types; bounds the work a pasted wall of text can cause. */
const MAX_PHRASES = 12;
const MAX_PHRASE_WORDS = 8;
/** Longer "words" are noise (base64, URLs squashed together); they would only match nothing. */
const MAX_WORD_LENGTH = 64;

/** The FTS5 expression for `text`, or undefined when it holds no word at all. */
export function toFtsPhrases(text: string): string | undefined {
  const phrases: string[] = [];
  // Anything but a letter, digit, mark or in-word joiner separates phrases.
  for (const chunk of text.replace(/[^\p{L}\p{N}\p{M}\-'’._/&+]+/gu, ' ').split(' ')) {
    const words = chunk.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu);
    if (!words) continue;
    const phrase = `"${words.slice(0, MAX_PHRASE_WORDS).map((word) => word.slice(0, MAX_WORD_LENGTH)).join(' ')}"`;
    if (!phrases.includes(phrase)) phrases.push(phrase);
    if (phrases.length === MAX_PHRASES) break;
  }
  return phrases.length > 0 ? phrases.join(' AND ') : undefined;
}
