// RSS 2.0, RSS 0.9x, RSS 1.0/RDF and Atom through rss-parser, mapped to RawEntry.
// rss-parser finds the items; the fields come from the raw xml2js nodes (asked for with
// keepArray custom fields), because its own mapping drops attributes we need: isPermaLink,
// xml:base, Atom content types, <source url>, every author but the first.
import Parser from 'rss-parser';
import type { FeedFormat, ParsedFeed, RawEntry } from './feed-types.ts';
import { absoluteUrl, cleanText, escapeHtml, isHttpUrl, undoDoubleEscapedHtml, uniqueStrings } from './feed-field-helpers.ts';
import { parseFeedDate } from './parse-feed-date.ts';
import { xmlRootName } from './xml-root-name.ts';

/** A node as xml2js builds it: text, or an object with text `_`, attributes `$` and child arrays. */
type XmlNode = string | { _?: string; $?: Record<string, string>; [child: string]: unknown };
type Fields = Record<string, unknown>;

// [element, property]: kept as raw node arrays on the item ('$' is the element's own attributes).
const RAW_ITEM_FIELDS = [
  ['$', 'rawAttributes'],
  ['link', 'rawLinks'],
  ['feedburner:origLink', 'rawOrigLink'],
  ['guid', 'rawGuid'],
  ['id', 'rawId'],
  ['title', 'rawTitle'],
  ['dc:title', 'rawDcTitle'],
  ['content', 'rawContent'],
  ['summary', 'rawSummary'],
  ['author', 'rawAuthors'],
  ['dc:creator', 'rawCreators'],
  ['category', 'rawCategories'],
  ['dc:subject', 'rawSubjects'],
  ['source', 'rawSource'],
  ['pubDate', 'rawPubDate'],
  ['dc:date', 'rawDcDate'],
  ['published', 'rawPublished'],
  ['updated', 'rawUpdated'],
] as const;
const RAW_FEED_FIELDS = [
  ['$', 'rawAttributes'],
  ['link', 'rawLinks'],
  ['title', 'rawTitle'],
] as const;

// rss-parser calls new Date(x).toISOString() on Atom dates unguarded: one unreadable date would
// throw away the whole feed. Normalise them while xml2js reads the text; unreadable becomes ''.
const ATOM_DATE_ELEMENTS = new Set(['published', 'updated']);
function normaliseAtomDate(value: string, name: string): string {
  return ATOM_DATE_ELEMENTS.has(name) ? (parseFeedDate(value) ?? '') : value;
}

/** Parses an XML feed; rejects with rss-parser's/sax's error when the XML is not a readable feed. */
export async function parseXmlFeed(text: string, options: { url: string; maxEntries: number }): Promise<ParsedFeed> {
  const parserOptions: unknown = {
    // A <rss> without a version attribute is still RSS 2.0 in practice.
    defaultRSS: 2,
    xml2js: { valueProcessors: [normaliseAtomDate] },
    customFields: {
      // rss-parser's typings allow [from, to, options] only for items; its code takes it for both.
      feed: RAW_FEED_FIELDS.map(([from, to]) => [from, to, { keepArray: true }]),
      item: RAW_ITEM_FIELDS.map(([from, to]) => [from, to, { keepArray: true }]),
    },
  };
  const parser = new Parser(parserOptions as Parser.ParserOptions<Fields, Fields>);
  const output = (await parser.parseString(inlineXhtml(text))) as unknown as Fields & { items: Fields[] };
  const format = formatOf(text);

  const feedBase = xmlBase(output.rawAttributes, options.url);
  const linkBase = feedBase ?? options.url;
  const channelLink =
    format === 'atom' ? atomAlternateLink(output.rawLinks, linkBase) : absoluteUrl(firstText(output.rawLinks), linkBase);
  const context: EntryContext = { feedUrl: options.url, feedBase, channelLink };

  const items = output.items.slice(0, options.maxEntries);
  return {
    format,
    title: cleanText(titleText(first(output.rawTitle))),
    link: channelLink,
    entries: items.map((item) => (format === 'atom' ? atomEntry(item, context) : rssEntry(item, context))),
  };
}

interface EntryContext {
  feedUrl: string;
  /** The feed-level xml:base, absolute, when the feed has one. */
  feedBase?: string;
  channelLink?: string;
}

function formatOf(text: string): FeedFormat {
  const root = xmlRootName(text) ?? '';
  if (root === 'feed' || root.endsWith(':feed')) return 'atom';
  if (/(^|:)RDF$/.test(root)) return 'rss1';
  return 'rss2';
}

function rssEntry(item: Fields, context: EntryContext): RawEntry {
  const base = linkBaseFor(item, context);
  const guidNode = first(item.rawGuid);
  const guid = cleanText(textOf(guidNode)) ?? stringOf(item['rdf:about']);
  const isPermaLink = attributesOf(guidNode)?.isPermaLink?.toLowerCase() !== 'false';
  // FeedBurner's <link> is a feedproxy redirect (dead since 2022); origLink is the publisher's URL.
  const link =
    absoluteUrl(firstText(item.rawOrigLink), base) ??
    absoluteUrl(firstText(item.rawLinks), base) ??
    (isPermaLink && isHttpUrl(guid) ? guid : undefined);
  const encoded = undoDoubleEscapedHtml(stringOf(item['content:encoded']));
  const description = undoDoubleEscapedHtml(stringOf(item.content)); // rss-parser puts <description> here
  const source = first(item.rawSource);
  return {
    guid,
    link,
    title: cleanText(firstText(item.rawTitle) ?? firstText(item.rawDcTitle)),
    html: encoded ?? description,
    summaryHtml: encoded !== undefined ? description : undefined,
    author: authorNames(item.rawCreators) ?? authorNames(item.rawAuthors),
    published: parseFeedDate(firstText(item.rawPubDate) ?? firstText(item.rawDcDate) ?? firstText(item.rawPublished)),
    categories: categoriesOf(item),
    sourceName: source !== undefined ? cleanText(textOf(source)) : undefined,
    sourceUrl: absoluteUrl(attributesOf(source)?.url, base),
  };
}

function atomEntry(item: Fields, context: EntryContext): RawEntry {
  const base = linkBaseFor(item, context);
  const guid = cleanText(firstText(item.rawId));
  const link =
    absoluteUrl(firstText(item.rawOrigLink), base) ??
    atomAlternateLink(item.rawLinks, base) ??
    (isHttpUrl(guid) ? guid : undefined);
  const content = atomBody(first(item.rawContent), item.content);
  const summary = atomBody(first(item.rawSummary), item.summary);
  const source = first(item.rawSource);
  return {
    guid,
    link,
    title: cleanText(titleText(first(item.rawTitle))),
    html: content ?? summary,
    summaryHtml: content !== undefined ? summary : undefined,
    author: authorNames(item.rawAuthors) ?? authorNames(item.rawCreators),
    // normaliseAtomDate already turned these into ISO strings (or '').
    published: parseFeedDate(firstText(item.rawPublished) ?? firstText(item.rawUpdated) ?? firstText(item.rawDcDate)),
    categories: categoriesOf(item),
    sourceName: typeof source === 'object' ? cleanText(titleText(first(source.title))) : undefined,
    sourceUrl: typeof source === 'object' ? atomAlternateLink(source.link, base) : undefined,
  };
}

/**
 * Relative links resolve against xml:base when the feed or entry sets one, else the channel's
 * own link (sites write item links relative to their home page), else the feed URL.
 */
function linkBaseFor(item: Fields, context: EntryContext): string {
  const entryBase = xmlBase(item.rawAttributes, context.feedBase ?? context.feedUrl);
  return entryBase ?? context.feedBase ?? context.channelLink ?? context.feedUrl;
}

function xmlBase(attributes: unknown, against: string): string | undefined {
  const value = isRecord(attributes) ? stringOf(attributes['xml:base']) : undefined;
  return value !== undefined ? absoluteUrl(value, against) : undefined;
}

/** Atom's rel="alternate" link (rel may be omitted), preferring an HTML one; never self/enclosure. */
function atomAlternateLink(links: unknown, base: string): string | undefined {
  const candidates = asArray(links).filter((node) => {
    const rel = attributesOf(node)?.rel;
    return rel === undefined || rel === 'alternate';
  });
  const html = candidates.find((node) => /html/.test(attributesOf(node)?.type ?? 'text/html')) ?? candidates[0];
  if (html === undefined) return undefined;
  const attributes = attributesOf(html);
  // An Atom feed written RSS-style (<link>url</link>) still has a link.
  const href = attributes?.href ?? textOf(html);
  return absoluteUrl(href, xmlBase(attributes, base) ?? base);
}

/** Atom text constructs: type text (or none) is plain text; html and inlined xhtml are HTML. */
function atomBody(node: XmlNode | undefined, serialised: unknown): string | undefined {
  if (node === undefined) return undefined;
  const type = attributesOf(node)?.type ?? 'text';
  const body = stringOf(serialised) ?? stringOf(textOf(node));
  if (body === undefined) return undefined;
  if (/html/.test(type)) return undoDoubleEscapedHtml(body);
  // Many feeds omit type="html" on escaped HTML: treat text that plainly holds tags as HTML.
  return /<\/?[a-z][a-z0-9]*[\s>/]/i.test(body) ? body : escapeHtml(body).replace(/\r?\n/g, '<br>\n');
}

/** A title as plain text: html-typed titles lose their tags. */
function titleText(node: XmlNode | undefined): string | undefined {
  const text = textOf(node);
  if (text === undefined) return undefined;
  const type = attributesOf(node)?.type;
  return type === 'html' || type === 'xhtml' ? text.replace(/<[^<>]*>/g, ' ') : text;
}

function authorNames(nodes: unknown): string | undefined {
  const names = asArray(nodes).map((node) => {
    if (typeof node === 'object' && node.name !== undefined) return cleanText(firstText(node.name));
    // RSS <author> is "email (Name)" by the spec; keep the name.
    const text = cleanText(textOf(node));
    return text?.match(/^\S+@\S+\s+\((.+)\)$/)?.[1] ?? text;
  });
  const unique = uniqueStrings(names);
  return unique.length > 0 ? unique.join(', ') : undefined;
}

function categoriesOf(item: Fields): string[] {
  const categories = asArray(item.rawCategories).map((node) => {
    const attributes = attributesOf(node);
    // Atom: <category term="x" label="Human name"/>; RSS: <category>name</category>
    return cleanText(attributes?.label ?? attributes?.term ?? textOf(node));
  });
  const subjects = asArray(item.rawSubjects).map((node) => cleanText(textOf(node)));
  return uniqueStrings([...categories, ...subjects]);
}

// Atom type="xhtml" holds markup, which xml2js splits into child objects (text order is lost).
// Rewrite each such construct as type="html" with its markup in CDATA before parsing.
const XHTML_START = /<(content|summary|title|subtitle)(\s[^<>]*?)type\s*=\s*(["'])xhtml\3([^<>]*?)(?<!\/)>/g;

function inlineXhtml(text: string): string {
  if (!text.includes('xhtml')) return text;
  const out: string[] = [];
  let last = 0;
  // Per element name, where its next end tag is. The search for an end tag only moves forward,
  // and a name with no end tag left is not searched again: a pattern matching start-to-end found
  // each unclosed start's missing end by scanning to the end of the document (quadratic time).
  const ends = new Map<string, { at: number; end: number }>();
  XHTML_START.lastIndex = 0;
  for (let match = XHTML_START.exec(text); match; match = XHTML_START.exec(text)) {
    const [start, name, before, , after] = match as unknown as [string, string, string, string, string];
    const innerStart = match.index + start.length;
    let close = ends.get(name);
    if (!close || (close.at !== -1 && close.at < innerStart)) {
      const endTag = new RegExp(`</${name}\\s*>`, 'g');
      endTag.lastIndex = innerStart;
      const found = endTag.exec(text);
      close = found ? { at: found.index, end: found.index + found[0].length } : { at: -1, end: -1 };
      ends.set(name, close);
    }
    if (close.at === -1) continue;
    const inner = text.slice(innerStart, close.at);
    // The xhtml <div> wrapper is a container, not content (RFC 4287 3.1.1.3).
    const unwrapped = /^\s*<div\b[^>]*>([\s\S]*)<\/div>\s*$/.exec(inner)?.[1] ?? inner;
    const cdata = unwrapped.replaceAll(']]>', ']]]]><![CDATA[>');
    out.push(text.slice(last, match.index), `<${name}${before}type="html"${after}><![CDATA[${cdata}]]></${name}>`);
    last = close.end;
    XHTML_START.lastIndex = close.end;
  }
  out.push(text.slice(last));
  return out.join('');
}

function textOf(node: unknown): string | undefined {
  if (typeof node === 'string') return node;
  if (isRecord(node) && typeof node._ === 'string') return node._;
  return undefined;
}

function firstText(nodes: unknown): string | undefined {
  for (const node of asArray(nodes)) {
    const text = textOf(node)?.trim();
    if (text) return text;
  }
  return undefined;
}

function attributesOf(node: unknown): Record<string, string> | undefined {
  return isRecord(node) && isRecord(node.$) ? (node.$ as Record<string, string>) : undefined;
}

function first(nodes: unknown): XmlNode | undefined {
  return asArray(nodes)[0];
}

function asArray(nodes: unknown): XmlNode[] {
  return Array.isArray(nodes) ? (nodes as XmlNode[]) : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
