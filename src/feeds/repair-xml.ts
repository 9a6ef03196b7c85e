// Turns a broken feed into well-formed XML, the way a browser's forgiving parser would read it.
// Only called after a strict parse failed, so a well-formed feed never pays for this.
// Each rule fixes a class of breakage seen in real feeds, never one publisher's file.
import { decodeHTML } from 'entities';
import { xmlRootName } from './xml-root-name.ts';

/**
 * Elements nested deeper than this are flattened by the repair: their tags are dropped, their text
 * kept. Real feeds nest a few dozen levels (an HTML body written as raw elements); rss-parser
 * serialises such a body with xml2js's builder, which recurses once per level and overflows the
 * stack at a few thousand, after seconds of work. parseFeed sends deeper documents straight here.
 */
export const MAX_XML_DEPTH = 256;

/** Returns a repaired copy of an XML feed document. */
export function repairXml(text: string): string {
  return rewriteMarkup(cutAfterRootClose(dropBeforeRoot(text)));
}

// A declaration-like PI: the real one, or templates' mangled ones ("<?xml?xml ...??>", "<?phpxml ...?>").
// Not <?xml-stylesheet?>, which is a legitimate instruction.
const DECLARATION_LIKE = /<\?[A-Za-z]*xml(?![\w-])[\s\S]{0,1024}?\?>/i;
const FEED_ROOT_START = /<(?:rss|feed|rdf:RDF|RDF|rss:rss)[\s>/]/;

/**
 * Strict parsers reject anything before the declaration (even blank lines) and any declaration
 * that is not exactly <?xml ...?>. Generators put blank lines, comments, or a broken
 * template there. The declaration carries nothing we still need (the text is already decoded),
 * so everything up to and including it goes; without one, everything before the feed's root.
 */
function dropBeforeRoot(text: string): string {
  const rootAt = text.search(FEED_ROOT_START);
  const head = rootAt === -1 ? text.slice(0, 4096) : text.slice(0, rootAt);
  const declaration = DECLARATION_LIKE.exec(head);
  if (declaration) return text.slice(declaration.index + declaration[0].length);
  if (rootAt > 0) return text.slice(rootAt);
  const firstTag = text.indexOf('<');
  return firstTag > 0 ? text.slice(firstTag) : text;
}

/** Ad or CDN scripts injected after </rss> make "junk after document element". */
function cutAfterRootClose(xml: string): string {
  const root = xmlRootName(xml);
  if (!root) return xml;
  const closeTag = `</${root}`;
  let close = xml.lastIndexOf(closeTag);
  // Skip look-alikes such as </rss:channel> when the root is <rss>.
  while (close !== -1 && !/[\s>]/.test(xml.charAt(close + closeTag.length))) close = xml.lastIndexOf(closeTag, close - 1);
  if (close === -1) return xml; // truncated: rewriteMarkup closes it
  const end = xml.indexOf('>', close);
  return end === -1 ? xml : xml.slice(0, end + 1);
}

// One token of markup: CDATA, comment, the start of a processing instruction or a declaration
// (<!DOCTYPE, <!ENTITY), or a start/end tag (quoted values may hold '>'). The ends of instructions
// and declarations are found by forward searches in rewriteMarkup: a pattern that matched them
// whole scanned to the end of the document from every one that never ends ("<?" in text), which
// is quadratic time on a hostile document.
const MARKUP =
  /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)|<\?|<!(?=[A-Za-z])|<(\/?)([A-Za-z_][\w.:-]*)((?:[^<>"']|"[^"]*"|'[^']*')*)>/g;

/**
 * Finds the next match at or after `from`, for searches whose `from` only grows: an answer still
 * ahead is reused, and "none" stays none, so all the searches of one pass cost one scan.
 * Returns the end of the match, or -1.
 */
function forwardSearch(text: string, pattern: RegExp): (from: number) => number {
  const global = new RegExp(pattern.source, 'g');
  let at = -2;
  let end = -1;
  return (from) => {
    if (at === -1) return -1;
    if (at >= from) return end;
    global.lastIndex = from;
    const match = global.exec(text);
    at = match ? match.index : -1;
    end = match ? match.index + match[0].length : -1;
    return end;
  };
}

/**
 * One pass over the markup that:
 * - rewrites HTML named entities (&nbsp; &mdash; &colon;) as numeric references and escapes bare
 *   '&' and '<' in text, because HTML-minded templates write them unescaped;
 * - quotes unquoted attribute values (rss:version=2.0);
 * - drops an undeclared "rss:" prefix, which templates put on every element of plain RSS;
 * - closes unclosed elements, drops stray end tags, and closes a CDATA or comment cut off by a
 *   truncated body, so the complete items of a truncated feed survive;
 * - drops markup declarations (<!DOCTYPE ...>, <!ENTITY ...>): we never read a DTD, and one in the
 *   middle of a document (spliced feeds) makes every strict parser give up;
 * - flattens elements deeper than MAX_XML_DEPTH (tags dropped, text kept), which also keeps the
 *   search for an end tag's element short.
 * CDATA sections and comments are copied untouched: '&' is literal inside them.
 */
function rewriteMarkup(xml: string): string {
  const stripRssPrefix = /<\/?rss:/.test(xml) && !/xmlns:rss\s*=/.test(xml);
  const out: string[] = [];
  const open: string[] = [];
  // Start tags dropped below MAX_XML_DEPTH, by name, so their end tags are dropped too.
  const flattened = new Map<string, number>();
  let last = 0;
  const instructionEnd = forwardSearch(xml, /\?>/);
  const declarationBracket = forwardSearch(xml, /[[>]/);
  const subsetEnd = forwardSearch(xml, /\]\s*>/);
  MARKUP.lastIndex = 0;
  for (let match = MARKUP.exec(xml); match; match = MARKUP.exec(xml)) {
    out.push(repairText(xml.slice(last, match.index)));
    last = match.index + match[0].length;
    const token = match[0];
    const name = match[2];
    if (token === '<?' || token === '<!') {
      let end: number;
      if (token === '<?') {
        end = instructionEnd(match.index + 2);
      } else {
        // <!NAME ... > or <!NAME ... [ internal subset ] >
        end = declarationBracket(match.index + 2);
        if (end !== -1 && xml[end - 1] === '[') end = subsetEnd(end);
      }
      if (end === -1) {
        last = match.index; // never ends: its '<' is text, escaped with the text that follows
        continue;
      }
      // Instructions are copied (<?xml-stylesheet?>); declarations dropped.
      if (token === '<?') out.push(xml.slice(match.index, end));
      last = end;
      MARKUP.lastIndex = end;
      continue;
    }
    if (name === undefined) {
      out.push(closeCutOffSection(token));
      continue;
    }
    const tagName = stripRssPrefix ? name.replace(/^rss:/, '') : name;
    if (match[1] === '/') {
      const dropped = flattened.get(tagName);
      if (dropped) {
        flattened.set(tagName, dropped - 1);
        continue;
      }
      const depth = open.lastIndexOf(tagName);
      if (depth === -1) continue; // a stray end tag: drop it
      while (open.length > depth) out.push(`</${open.pop()}>`);
      continue;
    }
    const attributes = match[3] ?? '';
    const selfClosing = /\/\s*$/.test(attributes);
    if (open.length >= MAX_XML_DEPTH) {
      if (!selfClosing) flattened.set(tagName, (flattened.get(tagName) ?? 0) + 1);
      continue;
    }
    out.push(`<${tagName}${repairAttributes(attributes.replace(/\/\s*$/, ''), stripRssPrefix)}${selfClosing ? '/>' : '>'}`);
    if (!selfClosing) open.push(tagName);
  }
  // What follows the last token: text, or a tag cut off by truncation, which is dropped.
  let rest = xml.slice(last);
  const cutTag = rest.lastIndexOf('<');
  if (cutTag !== -1 && rest.indexOf('>', cutTag) === -1) rest = rest.slice(0, cutTag);
  out.push(repairText(rest));
  while (open.length > 0) out.push(`</${open.pop()}>`);
  return out.join('');
}

function closeCutOffSection(token: string): string {
  if (token.startsWith('<![CDATA[') && !token.endsWith(']]>')) return `${token}]]>`;
  if (token.startsWith('<!--') && (token.length < 7 || !token.endsWith('-->'))) return `${token}-->`;
  return token;
}

function repairText(text: string): string {
  if (!text.includes('&') && !text.includes('<')) return text;
  return repairEntities(text).replace(/</g, '&lt;');
}

// Read left to right, one part at a time: a quoted span, a name=value pair, a run of name
// characters, or any other character. Every alternative consumes what it scanned, so a long
// "attribute" (a broken tag swallowing a paragraph) costs linear time; a pattern that looked for
// name=value anywhere rescanned each run of name characters from every position in it.
const ATTRIBUTE_PART = /"[^"]*"|'[^']*'|([^\s="'<>]+)\s*=\s*("[^"]*"|'[^']*'|[^\s"'<>]+)|[^\s="'<>]+|[\s\S]/g;

function repairAttributes(attributes: string, stripRssPrefix: boolean): string {
  if (!attributes.trim()) return attributes;
  return attributes.replace(ATTRIBUTE_PART, (all, name: string | undefined, value: string | undefined, at: number) => {
    if (name === undefined || value === undefined) return all;
    const attributeName = stripRssPrefix ? name.replace(/^rss:/, '') : name;
    const quoted = value.startsWith('"') || value.startsWith("'") ? value : `"${value}"`;
    // Two attributes with no space between (`href="…"target="_blank"`), as hand-edited HTML has them: XML needs one.
    const space = at > 0 && !/\s/.test(attributes[at - 1]!) ? ' ' : '';
    return `${space}${attributeName}=${repairEntities(quoted).replace(/</g, '&lt;')}`;
  });
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

function repairEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)?/g, (all, reference?: string) => {
    if (!reference) return '&amp;';
    if (reference.startsWith('#')) return isXmlChar(reference) ? all : '';
    const name = reference.slice(0, -1);
    if (XML_ENTITIES.has(name)) return all;
    const decoded = decodeHTML(all);
    if (decoded === all) return `&amp;${reference}`; // unknown everywhere: show it as written
    return Array.from(decoded, (char) => `&#${char.codePointAt(0)};`).join('');
  });
}

/**
 * Whether a numeric reference ("#31;", "#x1F;") names a character XML 1.0 allows. A reference to a
 * C0 control, a lone surrogate or U+FFFE/FFFF is as fatal to a strict parser as the character
 * itself (CMSs write editors' stray controls out as references), and it carries nothing a reader
 * sees: dropped, as the raw characters are before parsing.
 */
function isXmlChar(reference: string): boolean {
  const hex = reference[1] === 'x' || reference[1] === 'X';
  const code = Number.parseInt(reference.slice(hex ? 2 : 1, -1), hex ? 16 : 10);
  if (code === 0x9 || code === 0xa || code === 0xd) return true;
  return (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}
