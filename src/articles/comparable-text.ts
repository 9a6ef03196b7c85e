/**
 * Letters and digits only, lowercased, one space between words: a headline and a paragraph that
 * repeats it (or a breadcrumb ending in it) compare without their punctuation and quote marks.
 */
export function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
