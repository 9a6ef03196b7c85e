// One entry point from response bytes to entries, for every feed format we read.
// Well-formed feeds take the strict path only; repairs run only after it failed or found nothing,
// or straight away when a quick scan shows the document is not well-formed.
import { FeedError, type ParsedFeed } from './feed-types.ts';
import { decodeFeedText } from './decode-feed-text.ts';
import { parseJsonFeed } from './parse-json-feed.ts';
import { parseXmlFeed } from './parse-xml-feed.ts';
import { MAX_XML_DEPTH, repairXml } from './repair-xml.ts';
import { xmlProblem } from './xml-problem.ts';
import { tolerantFeedRoot } from './tolerant-feed-root.ts';
import { xmlRootName } from './xml-root-name.ts';

/**
 * At most this many entries are returned per feed (the first ones in document order, which is
 * newest first in practice). Bounds the work per poll; the response size cap bounds the rest.
 */
export const MAX_FEED_ENTRIES = 5_000;

const FEED_ROOTS = /^(?:rss|rss:rss|feed|atom:feed|rdf:RDF|RDF)$/;
const HTML_ROOTS = new Set(['html', 'head', 'body', 'title', 'meta', 'link', 'script', 'style', 'div', 'p', 'br', 'b', 'a', 'h1', 'center', 'table', 'iframe', 'noscript']);

export interface ParseFeedOptions {
  url: string;
  contentType?: string;
  /**
   * The body was cut at the response size cap (fetchFeed's oversize: 'truncate'): only the items
   * that end before the cut are read, and a body holding none is refused.
   */
  truncated?: boolean;
}

/**
 * Parses a feed body (RSS 2.0/0.9x, RSS 1.0/RDF, Atom, JSON Feed 1.0/1.1).
 * Throws FeedError('not a feed: ...') for an empty body, an HTML page, JSON that is not a JSON
 * Feed, XML that is not a feed, or XML too broken to repair. Throws nothing else.
 */
export async function parseFeed(body: Buffer, options: ParseFeedOptions): Promise<ParsedFeed> {
  const text = decodeFeedText(body, options.contentType);
  const trimmed = text.trimStart();
  if (trimmed === '') throw new FeedError('not a feed: the body is empty');

  const limits = { url: options.url, maxEntries: MAX_FEED_ENTRIES };
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    if (options.truncated) throw new FeedError('not a feed: a JSON Feed cut at the size cap cannot be read');
    return parseJsonFeed(trimmed, limits);
  }

  let xml = withoutInternalSubset(withoutControlCharacters(text));
  if (options.truncated) xml = upToLastCompleteItem(xml);
  xml = tolerantFeedRoot(xml);
  const root = xmlRootName(xml);
  let strict: ParsedFeed | undefined;
  let failure: unknown;
  // A cut body, a visibly broken one and a too-deep one (it must be flattened first) go straight
  // to the repair instead of paying for a strict parse that can only fail or overflow the stack.
  const tryStrict = !options.truncated && xmlProblem(xml, MAX_XML_DEPTH) === undefined;
  if (tryStrict && root !== undefined && FEED_ROOTS.test(root)) {
    try {
      strict = await parseXmlFeed(xml, { ...limits, checked: true });
      if (strict.entries.length > 0) return strict;
    } catch (error) {
      failure = error;
    }
  }

  const repaired = repairXml(xml);
  const repairedRoot = xmlRootName(repaired);
  if (repairedRoot !== undefined && FEED_ROOTS.test(repairedRoot)) {
    try {
      const feed = await parseXmlFeed(repaired, { ...limits, checked: false });
      if (feed.entries.length > 0 || strict === undefined) return feed;
    } catch (error) {
      failure ??= error;
    }
  }
  if (strict !== undefined) return strict; // a readable feed that simply has no items

  if (isHtmlPage(text, root)) throw new FeedError('not a feed: the server sent an HTML page');
  if (root === undefined) throw new FeedError('not a feed: the body is neither XML nor JSON');
  // Text that is not markup at all (a README with a <link> in it) only looked like XML.
  if (!FEED_ROOTS.test(root) && !trimmed.startsWith('<')) throw new FeedError('not a feed: no RSS, Atom or JSON Feed in it');
  if (repairedRoot === undefined || !FEED_ROOTS.test(repairedRoot)) {
    throw new FeedError(`not a feed: XML whose root is <${repairedRoot ?? root}>, not RSS, RDF or Atom`);
  }
  throw new FeedError(unreadableReason(failure));
}

/**
 * XML 1.0 forbids C0 control characters, even as references; CMSs leak them from editors and
 * they would end up in titles and bodies. The scan is cheap, so it runs before the strict parse.
 * References to them ("&#x1F;") are dropped by the repair (repair-xml.ts), which a strict parse
 * that met one hands the document to.
 */
function withoutControlCharacters(text: string): string {
  const illegal = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;
  return illegal.test(text) ? text.replace(illegal, '') : text;
}

/**
 * A DOCTYPE's internal subset ("<!DOCTYPE rss [ <!ENTITY ...> ]>") is where entities are declared:
 * the billion-laughs bomb (entities of entities: gigabytes from a few hundred bytes) and external
 * entities (XXE: "<!ENTITY x SYSTEM 'file:///etc/passwd'>"). Neither htmlparser2 (read-xml-tree)
 * nor sax (asked there for its verdict on broken documents) expands either today; the DOCTYPE is removed before any parser sees it so that stays true whatever a
 * dependency update brings. A reference to a removed entity then reads as literal text ("&lol9;"),
 * like any undefined entity. Feeds that declare HTML entities this way lose nothing: the repair
 * decodes HTML's named entities itself. Only a DOCTYPE in the prolog is one.
 */
function withoutInternalSubset(xml: string): string {
  // The first DOCTYPE or start tag: a DOCTYPE after a start tag is none (and the search stops
  // there instead of scanning a whole document that has none).
  const doctype = /<(?:!DOCTYPE\b|[A-Za-z_])/i.exec(xml);
  if (!doctype || doctype[0].length === 2) return xml;
  // The subset opens with '[' before the DOCTYPE's '>', outside its quoted public/system ids.
  let at = doctype.index + doctype[0].length;
  let quote: string | undefined;
  for (; at < xml.length; at++) {
    const char = xml[at]!;
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return xml; // no internal subset
    } else if (char === '[') {
      break;
    }
  }
  // The subset ends at the first ']' followed by '>' (declarations quote their values, but a
  // hostile document gains nothing by hiding one there: what follows is parsed as a document).
  const end = /\]\s*>/g;
  end.lastIndex = at;
  const close = end.exec(xml);
  return close ? xml.slice(0, doctype.index) + xml.slice(close.index + close[0].length) : xml.slice(0, doctype.index);
}

/** The end of the last complete RSS item or Atom entry (any prefix: rss:item, atom:entry). */
const ITEM_END = /<\/(?:[A-Za-z_][\w.-]*:)?(?:item|entry)\s*>/g;

/** A body cut at the size cap, without its last, incomplete item (the repair closes the rest). */
function upToLastCompleteItem(xml: string): string {
  let end = -1;
  ITEM_END.lastIndex = 0;
  for (let match = ITEM_END.exec(xml); match; match = ITEM_END.exec(xml)) end = match.index + match[0].length;
  if (end === -1) throw new FeedError('not a feed: no complete item before the size cap');
  return xml.slice(0, end);
}

function isHtmlPage(text: string, root: string | undefined): boolean {
  return /^\s*<!doctype\s+html/i.test(text) || (root !== undefined && HTML_ROOTS.has(root.toLowerCase()));
}

/**
 * The user's one line for a feed neither the strict parse nor the repair could read: where the
 * XML parser stopped when it said so, never a library's internal message ("Cannot read properties
 * of undefined").
 */
function unreadableReason(failure: unknown): string {
  const message = failure instanceof Error ? failure.message : String(failure ?? '');
  const line = /\bLine: (\d+)/.exec(message)?.[1];
  if (line !== undefined) return `not a feed: the XML is broken at line ${Number(line) + 1} and could not be repaired`;
  return 'not a feed: the XML has no RSS channel or Atom entries a reader can find';
}
