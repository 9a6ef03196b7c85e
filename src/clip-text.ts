// The one way text is shortened for a platform or a stored field. slice() counts UTF-16 units and
// can cut an emoji (or any astral character) in half, leaving a lone surrogate that cannot be
// encoded: Discord answers such a request with a 500, Slack shows garbage. Here the cut falls on a
// grapheme boundary (an emoji with its skin tone or ZWJ sequence stays whole), preferably at a
// word, and the result is always well-formed. Lengths are counted in UTF-16 units, which is never
// less than what Discord (code points) or Slack counts, so a clipped string fits either.

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export interface ClipOptions {
  /**
   * Escapes the text for the platform (mrkdwn, markdown). It runs BEFORE measuring: the escaped
   * result is what must fit, and the cut never falls inside an escape (`&amp;`, `\*`).
   */
  escape?: (text: string) => string;
  /** Added when the text was cut. Default '…'; '' for values that must not gain characters. */
  ellipsis?: string;
}

/** Lone surrogates (from a broken feed or an earlier bad cut) become U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** `text`, escaped, at most `max` UTF-16 units long, cut at a grapheme (preferably word) boundary. */
export function clipText(text: string, max: number, options: ClipOptions = {}): string {
  const escape = options.escape ?? ((plain: string) => plain);
  const ellipsis = options.ellipsis ?? '…';
  const whole = escape(wellFormed(text));
  if (whole.length <= max) return whole;
  const room = max - ellipsis.length;
  if (room <= 0) return ellipsis.slice(0, Math.max(max, 0));
  // Escaping only grows text, so what fits lies within the first `room` units: segment a little
  // more than that and drop the last grapheme, which the slice may have cut.
  const clean = wellFormed(text);
  const head = clean.slice(0, room + 32);
  const graphemes = [...segmenter.segment(head)].map((part) => part.segment);
  if (head.length < clean.length) graphemes.pop();
  // The longest prefix (in graphemes) whose escaped form fits; its escaped length grows with the
  // prefix, so a binary search finds it.
  const fits = (count: number) => escape(graphemes.slice(0, count).join('')).length <= room;
  let low = 0;
  let high = graphemes.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  let prefix = graphemes.slice(0, low).join('');
  // Prefer to end at a word: cut back to the last space when that keeps most of the text.
  const space = prefix.lastIndexOf(' ');
  if (space > prefix.length * 0.6) prefix = prefix.slice(0, space);
  // Trailing spaces and punctuation look cut off before an ellipsis.
  if (ellipsis) prefix = prefix.replace(/[\s,;:–—-]+$/, '');
  return `${escape(prefix)}${ellipsis}`;
}
