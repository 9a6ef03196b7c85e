// Feed HTML → the article's own prose as paragraphs. Captions, credits, share buttons, newsletter
// pleas and comment forms are dropped here so that no later step (summary, quote, search) sees them.
import { decodeHTML } from 'entities';

export interface CleanText {
  /** The article's paragraphs, whitespace collapsed, boilerplate removed, in order. */
  paragraphs: string[];
  /** Every link in the body with its text, for source attribution ("Source link", "via X"). */
  links: { text: string; href: string }[];
  /** The paragraphs removed as furniture: bylines and credits there still name the original outlet. */
  removed: string[];
}

// A body beyond this is not prose a summary needs; the caps bound the work for a 1 MB item or
// a page of nothing but tags.
const MAX_HTML = 100_000;
const MAX_TAGS = 10_000;
// Boilerplate and caption paragraphs are shorter than this (a doubled caption included).
const MAX_FURNITURE = 700;

// Elements that never hold the story's prose.
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'iframe', 'form', 'button', 'svg', 'figure', 'figcaption', 'img',
  'video', 'audio', 'picture', 'source', 'nav', 'aside', 'footer', 'header', 'select', 'textarea',
  'input', 'label', 'object', 'embed', 'template', 'head', 'title',
]);
// Elements whose end is a paragraph break.
const BLOCKS = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'br', 'tr',
  'table', 'section', 'article', 'pre', 'hr', 'dd', 'dt', 'dl', 'main',
]);

// Whole paragraphs that are site furniture, not story. Anchored so a sentence of the story that
// merely mentions "subscribe" survives.
const BOILERPLATE: RegExp[] = [
  // "Read more", "Read more of this story at Slashdot.", "Read the full story at The Verge." —
  // but not a sentence of the story that starts "Read more about …".
  /^(source link|read more( of this (story|article|post))?|read the full (story|article)|continue reading|click here)( (at|on) [^.]{1,60})?\s*[:.…»›→]*\s*$/i,
  /^read more:/i,
  /^read the latest\b/i,
  /^the post .{1,300} appeared first on .{1,120}$/i,
  /^(this|the) (article|story|post) (was )?(originally )?(appeared|published) (first )?(on|at|in)\b/i,
  /^subscribe to\b/i,
  /^(sign up|signup) (for|to)\b/i,
  /^(contact|email) (the author\b|[A-Z][\w.'-]+( [A-Z][\w.'-]+)* at )/i,
  /^follow (him|her|them|us|me) on\b/i,
  /^(leave a reply|leave a comment|post a comment|\d+ comments?)$/i,
  /^your email address will not be published\b/i,
  /^required fields are marked\b/i,
  /^(share|share this|share on|tweet|pin it|email this)( (article|story|post))?:?$/i,
  /^(related|related articles|related stories|more from|recommended|see also|also read)\b:?/i,
  /^for the latest .{0,200}click here\.?$/i,
  /^advertisement$/i,
  /^comments$/i,
  /^this article,? .{0,300}\b(first|originally) (appeared|published) (on|at|in)\b/i,
  /^this (story|article) (is|was) (published|produced|reported|distributed) (as part of|in partnership|with support)\b/i,
  /^discuss this (article|story|post)\b/i,
  /^to read this (article|story) in full\b/i,
  /^tags?: /i,
  /^buyer's guide: /i,
  /^submitted by \/?u\//i,
  /^\d+ points?,? (by \S+ )?(\d+ comments?|discuss)$/i,
  /^(company|website|ipo|founded|headquarters|employees|funding|acquisitions?): \S/i,
  // The signature line of an embedded tweet: "— Name (@handle) April 5, 2022".
  /^[—–-] .{1,80}\(@\w+\) \w+ \d{1,2}, \d{4}$/,
];

// All the rules as one pattern: one test per paragraph instead of one per rule.
const FURNITURE = new RegExp(BOILERPLATE.map((rule) => `(?:${rule.source})`).join('|'), 'i');

// Photo captions and credits: news agencies' "REUTERS/Name", "Photo by", "Image credit", "(Getty Images)".
const CAPTION = [
  /\b(REUTERS|AFP|AP Photo|Getty Images|Bloomberg via Getty|EPA|Shutterstock)\s*\/\s*[A-Z]/,
  /^(photo|image|picture|illustration|credit|photograph)( credit)?( by)?:? /i,
  /\((Reuters|AP|AFP|Getty Images|Bloomberg)(\/[\w ]+)?\)\s*$/,
  /\b(Image|Photo) credits?:/i,
];

const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
// Elements without content: they never open a skipped region.
const VOID = new Set(['img', 'br', 'hr', 'input', 'source', 'embed', 'meta', 'link', 'area', 'base', 'col', 'track', 'wbr', 'param']);
// Elements whose content is raw text up to their closing tag.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'template', 'noscript', 'iframe']);

/**
 * One pass over the HTML: text runs are found with indexOf, tags are read up to their ">" (quoted
 * attribute values may hold one). No tree is built and nothing recurses, so soup, unclosed tags
 * and deep nesting cost no more than clean markup.
 */
export function cleanHtml(html: string): CleanText {
  const source = html.length > MAX_HTML ? html.slice(0, MAX_HTML) : html;
  if (!source.includes('<')) return cleanPlainText(source);
  const blocks: string[] = [];
  const links: CleanText['links'] = [];
  const removed: string[] = [];
  let current = '';
  let linkText = '';
  // Inside an element whose text is never prose (figure, nav, …): its name and nesting depth.
  let skipping: string | undefined;
  let depth = 0;
  // The links being read, innermost last: their text is collected until they close.
  const open: { href: string; text: string }[] = [];

  const flush = () => {
    const text = current.trim() ? collapse(current) : '';
    // A short block that is nothing but a link is navigation (category links, "Source link").
    const isNavigation = linkText !== '' && text.length < 80 && text.replace(/\s/g, '') === linkText.replace(/\s/g, '') && text.split(' ').length < 8;
    if (text && !isNavigation) blocks.push(text);
    else if (text) removed.push(text);
    current = '';
    linkText = '';
  };
  const addText = (raw: string) => {
    if (skipping || !raw) return;
    const text = raw.includes('&') ? decodeHTML(raw) : raw;
    current += text;
    for (const link of open) link.text += text;
  };
  const onTag = (name: string, closing: boolean, attributes: string) => {
    if (skipping) {
      if (name === skipping && !attributes.endsWith('/')) depth += closing ? -1 : 1;
      if (depth === 0) skipping = undefined;
      return;
    }
    if (SKIPPED.has(name)) {
      if (!closing && !VOID.has(name) && !attributes.endsWith('/')) (skipping = name), (depth = 1);
      return;
    }
    if (BLOCKS.has(name)) flush();
    if (name !== 'a') return;
    if (!closing) {
      const href = HREF.exec(attributes);
      open.push({ href: decodeHTML(href?.[1] ?? href?.[2] ?? href?.[3] ?? ''), text: '' });
    } else {
      const link = open.pop();
      if (link?.href) {
        links.push({ text: collapse(link.text), href: link.href });
        linkText += link.text;
      }
    }
  };

  let at = 0;
  let tags = 0;
  while (at < source.length && tags < MAX_TAGS) {
    const lt = source.indexOf('<', at);
    if (lt < 0) {
      addText(source.slice(at));
      break;
    }
    addText(source.slice(at, lt));
    if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt + 4);
      at = end < 0 ? source.length : end + 3;
      continue;
    }
    if (source[lt + 1] === '!' || source[lt + 1] === '?') {
      const end = source.indexOf('>', lt);
      at = end < 0 ? source.length : end + 1;
      continue;
    }
    const closing = source.charCodeAt(lt + 1) === 47; // "/"
    const nameStart = lt + (closing ? 2 : 1);
    let nameEnd = nameStart;
    if (isLetter(source.charCodeAt(nameStart))) while (isNameChar(source.charCodeAt(nameEnd))) nameEnd++;
    if (nameEnd === nameStart) {
      // A "<" that opens no tag is text ("a < b").
      addText('<');
      at = lt + 1;
      continue;
    }
    const end = tagEnd(source, nameEnd);
    // A tag never closed is the end of the markup (a truncated body).
    if (end < 0) break;
    const name = source.slice(nameStart, nameEnd).toLowerCase();
    at = end + 1;
    tags++;
    if (!closing && RAW_TEXT.has(name)) {
      // Jump past the raw text: it is never prose.
      const close = rawEnd(name);
      close.lastIndex = at;
      at = close.exec(source)?.index ?? source.length;
      continue;
    }
    onTag(name, closing, end > nameEnd ? source.slice(nameEnd, end) : '');
  }
  flush();
  return { paragraphs: removeBoilerplate(blocks, removed), links, removed };
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Letters, digits, "_", ":" and "-", as in "h1", "dc:creator", "my-widget". */
function isNameChar(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 58) || code === 95 || code === 45;
}

/** Where a tag ends: its first ">" outside an attribute value in quotes; -1 if none. */
function tagEnd(source: string, from: number): number {
  let quote = '';
  let afterEquals = false;
  for (let i = from; i < source.length; i++) {
    const char = source[i]!;
    if (quote) {
      if (char === quote) quote = '';
      continue;
    }
    if (char === '>') return i;
    // A quote opens a value only right after "=" (a stray quote is just a character).
    if ((char === '"' || char === "'") && afterEquals) quote = char;
    if (char === '=') afterEquals = true;
    else if (char !== ' ' && char !== '\t' && char !== '\n' && char !== '\r') afterEquals = false;
  }
  return -1;
}

const rawEnds = new Map<string, RegExp>();
function rawEnd(name: string): RegExp {
  let pattern = rawEnds.get(name);
  if (!pattern) rawEnds.set(name, (pattern = new RegExp(`</${name}\\b`, 'gi')));
  return pattern;
}

/** A body without markup: paragraphs are its blank-line-separated parts, entities decoded. */
function cleanPlainText(text: string): CleanText {
  const decoded = text.includes('&') ? decodeHTML(text) : text;
  const removed: string[] = [];
  const blocks = decoded.split(/\n\s*\n/).map(collapse).filter(Boolean);
  return { paragraphs: removeBoilerplate(blocks, removed), links: [], removed };
}

function removeBoilerplate(blocks: string[], removed: string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const block of blocks) {
    const text = undoubled(block);
    // Furniture is short; a long paragraph is prose (and testing it against every rule costs time).
    if (text.length < MAX_FURNITURE && (FURNITURE.test(text) || CAPTION.some((rule) => rule.test(text)))) {
      removed.push(text);
      continue;
    }
    // Scrapers repeat captions and pleas; a paragraph already kept is not kept twice.
    if (seen.has(text)) continue;
    seen.add(text);
    kept.push(text);
  }
  return kept;
}

/** "Caption.Caption." (a scraper's doubled text) → "Caption." */
function undoubled(text: string): string {
  const half = text.length / 2;
  // Cheap test first: most paragraphs are not doubled.
  if (!Number.isInteger(half) || text.charCodeAt(0) !== text.charCodeAt(half)) return text;
  const first = text.slice(0, half);
  return text.endsWith(first) ? first : text;
}

// Whitespace that is not already a single space: runs, newlines, tabs, no-break and zero-width spaces.
const UNTIDY_SPACE = /\s{2,}|[^\S ]|\u200b/g;

export function collapse(text: string): string {
  return text.replace(UNTIDY_SPACE, ' ').replace(/ {2,}/g, ' ').trim();
}
