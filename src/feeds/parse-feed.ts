// One entry point from response bytes to entries, for every feed format we read.
// Well-formed feeds take the strict path only; repairs run only after it failed or found nothing.
import { FeedError, type ParsedFeed } from './feed-types.ts';
import { decodeFeedText } from './decode-feed-text.ts';
import { parseJsonFeed } from './parse-json-feed.ts';
import { parseXmlFeed } from './parse-xml-feed.ts';
import { repairXml } from './repair-xml.ts';
import { xmlRootName } from './xml-root-name.ts';

/**
 * At most this many entries are returned per feed (the first ones in document order, which is
 * newest first in practice). Bounds the work per poll; the response size cap bounds the rest.
 */
export const MAX_FEED_ENTRIES = 5_000;

const FEED_ROOTS = /^(?:rss|rss:rss|feed|atom:feed|rdf:RDF|RDF)$/;
const HTML_ROOTS = new Set(['html', 'head', 'body', 'title', 'meta', 'link', 'script', 'style', 'div', 'p', 'br', 'b', 'a', 'h1', 'center', 'table', 'iframe', 'noscript']);

/**
 * Parses a feed body (RSS 2.0/0.9x, RSS 1.0/RDF, Atom, JSON Feed 1.0/1.1).
 * Throws FeedError('not a feed: ...') for an empty body, an HTML page, JSON that is not a JSON
 * Feed, XML that is not a feed, or XML too broken to repair.
 */
export async function parseFeed(body: Buffer, options: { url: string; contentType?: string }): Promise<ParsedFeed> {
  const text = decodeFeedText(body, options.contentType);
  const trimmed = text.trimStart();
  if (trimmed === '') throw new FeedError('not a feed: the body is empty');

  const limits = { url: options.url, maxEntries: MAX_FEED_ENTRIES };
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return parseJsonFeed(trimmed, limits);

  const xml = withoutControlCharacters(text);
  const root = xmlRootName(xml);
  let strict: ParsedFeed | undefined;
  let failure: unknown;
  if (root !== undefined && FEED_ROOTS.test(root)) {
    try {
      strict = await parseXmlFeed(xml, limits);
      if (strict.entries.length > 0) return strict;
    } catch (error) {
      failure = error;
    }
  }

  const repaired = repairXml(xml);
  const repairedRoot = xmlRootName(repaired);
  if (repairedRoot !== undefined && FEED_ROOTS.test(repairedRoot)) {
    try {
      const feed = await parseXmlFeed(repaired, limits);
      if (feed.entries.length > 0 || strict === undefined) return feed;
    } catch (error) {
      failure ??= error;
    }
  }
  if (strict !== undefined) return strict; // a readable feed that simply has no items

  if (isHtmlPage(text, root)) throw new FeedError('not a feed: the server sent an HTML page');
  if (root === undefined) throw new FeedError('not a feed: the body is neither XML nor JSON');
  if (repairedRoot === undefined || !FEED_ROOTS.test(repairedRoot)) {
    throw new FeedError(`not a feed: XML whose root is <${repairedRoot ?? root}>, not RSS, RDF or Atom`);
  }
  throw new FeedError(`not a feed: unreadable XML (${firstLine(failure)})`);
}

/**
 * XML 1.0 forbids C0 control characters, even as references; CMSs leak them from editors and
 * they would end up in titles and bodies. The scan is cheap, so it runs before the strict parse.
 */
function withoutControlCharacters(text: string): string {
  const illegal = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;
  return illegal.test(text) ? text.replace(illegal, '') : text;
}

function isHtmlPage(text: string, root: string | undefined): boolean {
  return /^\s*<!doctype\s+html/i.test(text) || (root !== undefined && HTML_ROOTS.has(root.toLowerCase()));
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 200);
}
