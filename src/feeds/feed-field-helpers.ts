// Small text and URL helpers shared by the XML and JSON Feed readers.
import { decodeHTML } from 'entities';

/** Decodes entities (feeds often escape twice: "&amp;#8211;") and collapses whitespace. */
export function cleanText(value: string | undefined, { stripTags = false } = {}): string | undefined {
  if (value === undefined) return undefined;
  // [^<>]: a '<' that never closes is skipped at the next '<', not searched to the end each time.
  let text = stripTags ? value.replace(/<[^<>]*>/g, ' ') : value;
  if (text.includes('&')) text = decodeHTML(text);
  text = text.replace(/\s+/g, ' ').trim();
  return text || undefined;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// A wrapped line is a long one (text hard-wrapped at a column); a short line may be a list's item or a verse.
const MIN_WRAPPED_LINE = 40;
// A line that ends no sentence or clause: no stop, colon, closing quote or bracket at its end.
const ENDS_OPEN = /[^\s.!?:…"”'’)\]]$/u;

/**
 * Plain text (Atom's type="text", RSS's text fields, JSON Feed's content_text) as HTML: each line break
 * kept as one, except a break that only wraps a sentence (an abstract hard-wrapped at 80 columns): a
 * long line that ends open ("built on Seed3D 1.0, with") before one going on in lower case, or one
 * ending in a comma or a semicolon. That break is a space, so a sentence is not cut into paragraphs.
 */
export function plainTextAsHtml(text: string): string {
  const lines = text.split(/\r?\n/);
  let html = escapeHtml(lines[0]!);
  for (let i = 1; i < lines.length; i++) {
    const before = lines[i - 1]!.trimEnd();
    const line = lines[i]!.trim();
    const wraps = before.length >= MIN_WRAPPED_LINE && line !== '' && (/[,;]$/.test(before) || (ENDS_OPEN.test(before) && /^\p{Ll}/u.test(line)));
    html += wraps ? ` ${escapeHtml(line)}` : `<br>\n${escapeHtml(lines[i]!)}`;
  }
  return html;
}

/** An absolute http(s) URL for a possibly relative reference, or undefined when there is none. */
export function absoluteUrl(reference: string | undefined, base: string | undefined): string | undefined {
  const trimmed = reference?.trim();
  if (!trimmed) return undefined;
  try {
    const url = base ? new URL(trimmed, base) : new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Discord refuses an embed URL (thumbnail included) longer than this; Slack takes up to 3,000 for
 * an image. A longer image URL is dropped, never cut: a cut URL points at nothing.
 */
export const MAX_IMAGE_URL = 2048;

/** An item's image URL: absolute http(s) (relative resolved against `base`), at most MAX_IMAGE_URL. */
export function imageUrl(reference: string | undefined, base: string | undefined): string | undefined {
  const url = absoluteUrl(reference, base);
  return url !== undefined && url.length <= MAX_IMAGE_URL ? url : undefined;
}

/** True for an absolute http(s) URL, e.g. a guid that can double as the item's link. */
export function isHttpUrl(value: string | undefined): value is string {
  return value !== undefined && /^https?:\/\/\S+$/i.test(value.trim());
}

/** Non-empty trimmed strings, first occurrence of each kept. */
export function uniqueStrings(values: Array<string | undefined>): string[] {
  const seen = new Set<string>();
  for (const value of values) {
    const text = value?.replace(/\s+/g, ' ').trim();
    if (text) seen.add(text);
  }
  return [...seen];
}

/**
 * Some generators escape an HTML body twice (or three times: "&amp;lt;p&amp;gt;…" in CDATA): it arrives as "&lt;p&gt;..." with no real tag, or as text
 * with escaped tags after it ("… を発表した&lt;br clear='left'&gt;&lt;a href='…'&gt;&lt;img src='…'&gt;&lt;/a&gt;").
 * When the body has no '<' and opens with an escaped tag, or holds one with an attribute or a closing
 * one, undo the extra layer. (A lone "&lt;br&gt;" in prose may be a tag the text talks about: kept.)
 */
export function undoDoubleEscapedHtml(html: string | undefined): string | undefined {
  if (html === undefined || html.includes('<')) return html;
  // Escaped once more still ("&amp;lt;p&amp;gt;" inside CDATA): that layer comes off first.
  if (ESCAPED_TWICE_OPENING.test(html)) html = decodeHTML(html);
  if (!html.includes('&lt;')) return html;
  return ESCAPED_OPENING.test(html) || ESCAPED_TAG_INSIDE.test(html) ? decodeHTML(html) : html;
}

// A body that opens with an escaped tag ("&lt;p&gt;", "&lt;a href="), or one escaped twice over ("&amp;lt;p&amp;gt;").
const ESCAPED_OPENING = /^\s*&lt;[a-z][a-z0-9]*(?:\s|&gt;|\/)/i;
const ESCAPED_TWICE_OPENING = /^\s*&amp;lt;[a-z][a-z0-9]*(?:\s|&amp;gt;|\/)/i;
// An escaped tag with an attribute ("&lt;a href=", "&lt;img src=") or an escaped closing tag ("&lt;/a&gt;").
const ESCAPED_TAG_INSIDE = /&lt;(?:[a-z][a-z0-9]*\s+[a-z-]+=|\/[a-z][a-z0-9]*&gt;)/i;
