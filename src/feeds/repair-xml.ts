// Turns a broken feed into well-formed XML, the way a browser's forgiving parser would read it.
// Only called after a strict parse failed, so a well-formed feed never pays for this.
// Each rule fixes a class of breakage seen in real feeds, never one publisher's file.
import { decodeHTML } from 'entities';
import { xmlRootName } from './xml-root-name.ts';

/** Returns a repaired copy of an XML feed document. */
export function repairXml(text: string): string {
  return rewriteMarkup(cutAfterRootClose(dropBeforeRoot(text)));
}

// A declaration-like PI: the real one, or templates' mangled ones ("<?xml?xml ...??>", "<?phpxml ...?>").
// Not <?xml-stylesheet?>, which is a legitimate instruction.
const DECLARATION_LIKE = /<\?[A-Za-z]*xml(?![\w-])[\s\S]*?\?>/i;
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

// One token of markup: CDATA, comment, PI, doctype, or a start/end tag (quoted values may hold '>').
const MARKUP =
  /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)|<\?[\s\S]*?\?>|<![A-Za-z][^[>]*(?:\[[\s\S]*?\]\s*)?>|<(\/?)([A-Za-z_][\w.:-]*)((?:[^<>"']|"[^"]*"|'[^']*')*)>/g;

/**
 * One pass over the markup that:
 * - rewrites HTML named entities (&nbsp; &mdash; &colon;) as numeric references and escapes bare
 *   '&' and '<' in text, because HTML-minded templates write them unescaped;
 * - quotes unquoted attribute values (rss:version=2.0);
 * - drops an undeclared "rss:" prefix, which templates put on every element of plain RSS;
 * - closes unclosed elements, drops stray end tags, and closes a CDATA or comment cut off by a
 *   truncated body, so the complete items of a truncated feed survive.
 * CDATA sections and comments are copied untouched: '&' is literal inside them.
 */
function rewriteMarkup(xml: string): string {
  const stripRssPrefix = /<\/?rss:/.test(xml) && !/xmlns:rss\s*=/.test(xml);
  const out: string[] = [];
  const open: string[] = [];
  let last = 0;
  MARKUP.lastIndex = 0;
  for (let match = MARKUP.exec(xml); match; match = MARKUP.exec(xml)) {
    out.push(repairText(xml.slice(last, match.index)));
    last = match.index + match[0].length;
    const token = match[0];
    const name = match[2];
    if (name === undefined) {
      out.push(closeCutOffSection(token));
      continue;
    }
    const tagName = stripRssPrefix ? name.replace(/^rss:/, '') : name;
    if (match[1] === '/') {
      const depth = open.lastIndexOf(tagName);
      if (depth === -1) continue; // a stray end tag: drop it
      while (open.length > depth) out.push(`</${open.pop()}>`);
      continue;
    }
    const attributes = match[3] ?? '';
    const selfClosing = /\/\s*$/.test(attributes);
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

const ATTRIBUTE = /([^\s=]+)\s*=\s*("[^"]*"|'[^']*'|[^\s"']+)/g;

function repairAttributes(attributes: string, stripRssPrefix: boolean): string {
  if (!attributes.trim()) return attributes;
  return attributes.replace(ATTRIBUTE, (_all, name: string, value: string) => {
    const attributeName = stripRssPrefix ? name.replace(/^rss:/, '') : name;
    const quoted = value.startsWith('"') || value.startsWith("'") ? value : `"${value}"`;
    return `${attributeName}=${repairEntities(quoted).replace(/</g, '&lt;')}`;
  });
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

function repairEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)?/g, (all, reference?: string) => {
    if (!reference) return '&amp;';
    if (reference.startsWith('#')) return all;
    const name = reference.slice(0, -1);
    if (XML_ENTITIES.has(name)) return all;
    const decoded = decodeHTML(all);
    if (decoded === all) return `&amp;${reference}`; // unknown everywhere: show it as written
    return Array.from(decoded, (char) => `&#${char.codePointAt(0)};`).join('');
  });
}
