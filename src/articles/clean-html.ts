// Feed HTML → the article's own prose as paragraphs. Captions, credits, share buttons, newsletter
// pleas and comment forms are dropped here so that no later step (summary, quote, search) sees them.
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

export interface CleanText {
  /** The article's paragraphs, whitespace collapsed, boilerplate removed, in order. */
  paragraphs: string[];
  /** Every link in the body with its text, for source attribution ("Source link", "via X"). */
  links: { text: string; href: string }[];
}

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
  /^(source link|read more|read the full (story|article)|continue reading|click here)\b/i,
  /^read the latest\b/i,
  /^the post .{1,300} appeared first on .{1,120}$/i,
  /^(this|the) (article|story|post) (was )?(originally )?(appeared|published) (first )?(on|at|in)\b/i,
  /^subscribe to\b/i,
  /^(sign up|signup) (for|to)\b/i,
  /^(contact|email) (the author|[A-Z][\w.'-]+( [A-Z][\w.'-]+)* at) /i,
  /^follow (him|her|them|us|me) on\b/i,
  /^(leave a reply|leave a comment|post a comment|\d+ comments?)$/i,
  /^your email address will not be published\b/i,
  /^required fields are marked\b/i,
  /^(share|share this|share on|tweet|pin it|email this)( (article|story|post))?:?$/i,
  /^(related|related articles|related stories|more from|recommended|see also|also read)\b:?/i,
  /^for the latest .{0,200}click here\.?$/i,
  /^advertisement$/i,
  /^comments$/i,
];

// Photo captions and credits: news agencies' "REUTERS/Name", "Photo by", "Image credit", "(Getty Images)".
const CAPTION = [
  /\b(REUTERS|AFP|AP Photo|Getty Images|Bloomberg via Getty|EPA|Shutterstock)\s*\/\s*[A-Z]/,
  /^(photo|image|picture|illustration|credit|photograph)( credit)?( by)?:? /i,
  /\((Reuters|AP|AFP|Getty Images|Bloomberg)(\/[\w ]+)?\)\s*$/,
  /\b(Image|Photo) credits?:/i,
];

export function cleanHtml(html: string): CleanText {
  const document = parseDocument(html, { decodeEntities: true });
  const blocks: string[] = [];
  const links: CleanText['links'] = [];
  let current = '';

  const flush = () => {
    const text = collapse(current);
    if (text) blocks.push(text);
    current = '';
  };
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        current += (node as unknown as { data: string }).data;
      } else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
        const element = node as Element;
        const name = element.name.toLowerCase();
        if (SKIPPED.has(name)) continue;
        if (name === 'a' && element.attribs.href) {
          links.push({ text: collapse(textOf(element)), href: element.attribs.href });
        }
        if (BLOCKS.has(name)) flush();
        walk(element.children);
        if (BLOCKS.has(name)) flush();
      } else if (node.type === 'cdata') {
        walk((node as unknown as { children: ChildNode[] }).children);
      }
    }
  };
  walk(document.children);
  flush();

  return { paragraphs: removeBoilerplate(blocks), links };
}

function removeBoilerplate(blocks: string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const block of blocks) {
    const text = undoubled(block);
    if (BOILERPLATE.some((rule) => rule.test(text))) continue;
    if (CAPTION.some((rule) => rule.test(text))) continue;
    // Scrapers repeat captions and pleas; a paragraph already kept is not kept twice.
    const key = text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(text);
  }
  return kept;
}

/** "Caption.Caption." (a scraper's doubled text) → "Caption." */
function undoubled(text: string): string {
  const half = text.length / 2;
  if (Number.isInteger(half) && text.slice(0, half) === text.slice(half)) return text.slice(0, half);
  return text;
}

function textOf(element: Element): string {
  let out = '';
  for (const child of element.children) {
    if (child.type === 'text') out += (child as unknown as { data: string }).data;
    else if (child.type === 'tag') out += textOf(child as Element);
  }
  return out;
}

export function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}
