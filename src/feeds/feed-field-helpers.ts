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
 * Some generators escape an HTML body twice: it arrives as "&lt;p&gt;..." with no real tag.
 * When the body has no '<' and opens with an escaped tag, undo the extra layer.
 */
export function undoDoubleEscapedHtml(html: string | undefined): string | undefined {
  if (html === undefined || html.includes('<') || !/^\s*&lt;[a-z][a-z0-9]*(?:\s|&gt;|\/)/i.test(html)) return html;
  return decodeHTML(html);
}
