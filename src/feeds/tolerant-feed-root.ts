// Documents a browser-grade reader shows although rss-parser would not find their items: a root
// with a prefix (<r:rss>, <atom:feed>), RSS 1.0 whose elements carry a prefix for the RSS 1.0
// namespace (<rss:item>) instead of using it as the default, an <rss> with its items but no
// <channel>. Each is rewritten to the shape rss-parser reads; any other document is returned as is.
import { escapeRegExp } from '../escape-reg-exp.ts';
import { xmlRootName } from './xml-root-name.ts';

// Namespaces whose prefix may be dropped from element names: their elements are the feed's own.
const FEED_NAMESPACES = new Set([
  'http://purl.org/rss/1.0/',
  'http://www.w3.org/2005/Atom',
  'http://purl.org/atom/ns#',
  'http://backend.userland.com/rss2',
  'http://blogs.law.harvard.edu/tech/rss',
]);

/** The document with its feed elements unprefixed and an <rss> channel supplied when missing. */
export function tolerantFeedRoot(xml: string): string {
  const root = xmlRootName(xml);
  if (root === undefined) return xml;
  return withChannel(withoutFeedPrefixes(xml, root));
}

/**
 * A root named "p:rss" or "p:feed" puts the whole feed under prefix p; an RDF root may bind a
 * prefix to the RSS 1.0 namespace for channel and items. Either prefix is dropped from element
 * names. A prefix bound to Atom inside RSS 2.0 (atom:link rel="self") is left alone: those elements
 * are not the feed's own.
 */
function withoutFeedPrefixes(xml: string, root: string): string {
  const [prefix, local] = root.includes(':') ? root.split(':', 2) as [string, string] : [undefined, root];
  const prefixes: string[] = [];
  if (prefix !== undefined && (local === 'rss' || local === 'feed')) prefixes.push(prefix);
  if (local === 'RDF') {
    const start = xml.slice(xml.indexOf(`<${root}`), xml.indexOf('>', xml.indexOf(`<${root}`)) + 1);
    for (const match of start.matchAll(/\sxmlns:([A-Za-z_][\w.-]*)\s*=\s*(["'])(.*?)\2/g)) {
      if (FEED_NAMESPACES.has(match[3]!) && match[1] !== prefix) prefixes.push(match[1]!);
    }
  }
  if (prefixes.length === 0) return xml;
  const names = new RegExp(`<(/?)(?:${prefixes.map(escapeRegExp).join('|')}):(?=[A-Za-z_])`, 'g');
  return xml.replace(names, '<$1');
}

/**
 * An <rss> that holds its items directly: they are wrapped in the <channel> RSS 2.0 requires. An
 * RSS 1.0 document without a <channel> (its items are siblings of the channel there) gets an empty one.
 */
function withChannel(xml: string): string {
  const root = xmlRootName(xml);
  const isRss = root === 'rss';
  if ((!isRss && root !== 'rdf:RDF') || /<(?:[\w.-]+:)?channel[\s>/]/.test(xml)) return xml;
  // A prefixed <rss:channel> is a channel too (the repair drops an undeclared rss: prefix).
  const startAt = xml.indexOf(`<${root}`);
  const startEnd = xml.indexOf('>', startAt);
  if (startEnd < 0 || xml[startEnd - 1] === '/') return xml;
  if (!isRss) return `${xml.slice(0, startEnd + 1)}<channel></channel>${xml.slice(startEnd + 1)}`;
  const close = xml.lastIndexOf('</rss');
  const end = close > startEnd ? close : xml.length;
  return `${xml.slice(0, startEnd + 1)}<channel>${xml.slice(startEnd + 1, end)}</channel>${xml.slice(end)}`;
}
