// Whether one topic term stands inside another as a whole word ("model" in "ai model"), by plain
// string search: the topic matcher asks it of every pair of terms when it is built, and a pattern
// compiled per pair cost ten times the rest of the build.
import { isLetterCode, isLetterOrDigitCode, isSurrogateCode } from './char-classes.ts';

/**
 * /(?<![\p{L}\p{N}])inner(?!\p{L})/u on `outer`, for terms normalised alike (single spaces, no
 * hyphens): no letter or digit may precede `inner`, no letter follow it.
 */
export function isTermInside(inner: string, outer: string): boolean {
  for (let at = outer.indexOf(inner); at >= 0; at = outer.indexOf(inner, at + 1)) {
    const before = at > 0 ? outer.codePointAt(at - 1 - (isLowSurrogateAt(outer, at - 1) ? 1 : 0))! : -1;
    const after = at + inner.length < outer.length ? outer.codePointAt(at + inner.length)! : -1;
    if (before >= 0 && isLetterOrDigitPoint(before)) continue;
    if (after >= 0 && isLetterPoint(after)) continue;
    return true;
  }
  return false;
}

function isLowSurrogateAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff && at > 0 && text.charCodeAt(at - 1) >= 0xd800 && text.charCodeAt(at - 1) <= 0xdbff;
}

// Beyond the BMP (or a lone surrogate) the character tables say nothing: the patterns decide.
function isLetterOrDigitPoint(point: number): boolean {
  if (point < 0x10000 && !isSurrogateCode(point)) return isLetterOrDigitCode(point);
  return /[\p{L}\p{N}]/u.test(String.fromCodePoint(point));
}

function isLetterPoint(point: number): boolean {
  if (point < 0x10000 && !isSurrogateCode(point)) return isLetterCode(point);
  return /\p{L}/u.test(String.fromCodePoint(point));
}
