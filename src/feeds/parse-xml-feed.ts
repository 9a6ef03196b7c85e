// RSS 2.0, RSS 0.9x, RSS 1.0/RDF and Atom, read into a node tree (read-xml-tree.ts), mapped to
// RawEntry. feedFields finds the channel and items where rss-parser found them (this code used
// rss-parser until its xml2js/sax pass proved to cost more than our whole mapping); the fields come
// from the raw nodes, which keep what rss-parser's own mapping dropped: isPermaLink, xml:base,
// Atom content types, <source url>, every author but the first.
import type { FeedFormat, ParsedFeed, RawEntry } from './feed-types.ts';
import { htmlToText } from '../articles/clean-html.ts';
import { absoluteUrl, cleanText, imageUrl, isHttpUrl, plainTextAsHtml, undoDoubleEscapedHtml, uniqueStrings } from './feed-field-helpers.ts';
import { parseFeedDate } from './parse-feed-date.ts';
import { xmlRootName } from './xml-root-name.ts';
import { builderMarkup, innerMarkup, readXmlTree, type XmlElement, type XmlNode } from './read-xml-tree.ts';

type Fields = Record<string, unknown>;

// [element, property]: the raw node arrays kept on the item ('$' is the element's own attributes).
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
  ['xhtml:body', 'rawXhtmlBody'],
  ['body', 'rawBody'],
  ['fullitem', 'rawFullItem'],
  ['media:description', 'rawMediaDescription'],
  ['media:group', 'rawMediaGroups'],
  ['media:content', 'rawMediaContents'],
  ['media:thumbnail', 'rawMediaThumbnails'],
  ['enclosure', 'rawEnclosures'],
  ['itunes:summary', 'rawItunesSummary'],
  ['dc:description', 'rawDcDescription'],
  ['prism:publicationName', 'rawPublicationName'],
  // Dates, in the order they are read (published_DATES, then UPDATED_DATES below).
  ['pubDate', 'rawPubDate'],
  ['published', 'rawPublished'],
  ['issued', 'rawIssued'],
  ['dcterms:issued', 'rawDctermsIssued'],
  ['dc:date', 'rawDcDate'],
  ['created', 'rawCreated'],
  ['dcterms:created', 'rawDctermsCreated'],
  ['updated', 'rawUpdated'],
  ['modified', 'rawModified'],
  ['dcterms:modified', 'rawDctermsModified'],
] as const;

// An item's date: the first readable of these, publication dates before update dates, each
// family in the order RSS 2.0, Atom 1.0, Atom 0.3, Dublin Core terms, Dublin Core (RSS 1.0).
const PUBLISHED_DATES = ['rawPubDate', 'rawPublished', 'rawIssued', 'rawDctermsIssued', 'rawDcDate', 'rawCreated', 'rawDctermsCreated'];
const UPDATED_DATES = ['rawUpdated', 'rawModified', 'rawDctermsModified'];
const ITEM_DATES = [...PUBLISHED_DATES, ...UPDATED_DATES];
const RAW_FEED_FIELDS = [
  ['$', 'rawAttributes'],
  ['link', 'rawLinks'],
  ['title', 'rawTitle'],
  ['itunes:author', 'rawItunesAuthor'],
  ['itunes:owner', 'rawItunesOwner'],
  ['prism:publicationName', 'rawPublicationName'],
  ['image', 'rawImage'],
  ['copyright', 'rawCopyright'],
  ['rights', 'rawRights'],
  ['author', 'rawAuthor'],
  ['description', 'rawDescription'],
  ['subtitle', 'rawSubtitle'],
] as const;

/**
 * Parses an XML feed; rejects when the XML is not a readable feed (see readXmlTree, feedFields).
 * `checked`: xmlProblem found no fault in `text` (parseFeed's strict path).
 */
export async function parseXmlFeed(text: string, options: { url: string; maxEntries: number; checked: boolean }): Promise<ParsedFeed> {
  const inlined = inlineXhtml(text);
  // xmlProblem's verdict was on `text`: the inlining can pair a construct with the wrong end tag.
  const output = feedFields(readXmlTree(inlined, options.checked && inlined === text));
  const format = formatOf(text);

  const feedBase = xmlBase(output.rawAttributes, options.url);
  const linkBase = feedBase ?? options.url;
  const channelLink =
    format === 'atom' ? atomAlternateLink(output.rawLinks, linkBase) : absoluteUrl(firstText(output.rawLinks), linkBase);
  const context: EntryContext = { feedUrl: options.url, feedBase, channelLink };

  const items = output.items.slice(0, options.maxEntries);
  return {
    format,
    title: format === 'atom' ? atomTitle(first(output.rawTitle)) : htmlTitle(firstText(output.rawTitle)),
    link: channelLink,
    publisher: podcastPublisher(output),
    publication: cleanText(firstText(output.rawPublicationName)),
    ownerNames: ownerNames(output),
    entries: items.map((item) => (format === 'atom' ? atomEntry(item, context) : rssEntry(item, context))),
  };
}

/** A podcast's publisher: itunes:author, else the name in itunes:owner. */
function podcastPublisher(channel: Fields): string | undefined {
  const owner = first(channel.rawItunesOwner);
  return cleanText(firstText(channel.rawItunesAuthor) ?? firstText(isRecord(owner) ? owner['itunes:name'] : undefined));
}

// The words a local government's name opens with ("Town of Marlow"), as its site writes it (find-source
// reads the same names back).
export const LOCAL_GOVERNMENT_KINDS = '(?:Town|City|Village|Borough|Township|County|Municipality|Parish)';
// A local government's name as its own site writes it ("the latest news from the Town of Marlow").
// (Its words hold no stop: "the Town of Marlow. An invented outlet" ends at Marlow.)
const LOCAL_GOVERNMENT = new RegExp(String.raw`\b${LOCAL_GOVERNMENT_KINDS}\s+of\s+\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*){0,2}(?![\p{L}'’-])`, 'u');

/**
 * The names a feed gives its site outside its title: its image's title, its copyright line, its Atom
 * author's name, and a local government its description names ("Get the latest news from the Town of
 * Marlow", a municipal site's feed titled by its place, "Marlow, ME").
 */
function ownerNames(channel: Fields): string[] {
  const image = first(channel.rawImage);
  const author = first(channel.rawAuthor);
  const copyright = firstText(channel.rawCopyright) ?? firstText(channel.rawRights);
  const description = firstText(channel.rawDescription) ?? firstText(channel.rawSubtitle);
  const government = description && /\bof\s/.test(description) ? LOCAL_GOVERNMENT.exec(description)?.[0] : undefined;
  return uniqueStrings([isRecord(image) ? firstText(image.title) : undefined, copyright, isRecord(author) ? firstText(author.name) : undefined, government].map((name) => cleanText(name)));
}

/**
 * The channel's and items' fields as rss-parser 3.13 gave them, refusing what it refused: no
 * element at all, a root other than a truthy feed/rss/rdf:RDF, an <rss> or RDF without a
 * <channel>, an Atom <link> without attributes (it read link.$.rel unguarded), an Atom feed or
 * entry holding only text.
 */
function feedFields(tree: Record<string, XmlNode> | undefined): Fields & { items: Fields[] } {
  if (tree === undefined) throw new Error('Unable to parse XML.');
  let channel: XmlNode;
  let items: unknown;
  if (tree.feed) {
    channel = tree.feed;
    // rss-parser read `.link` of a text-only <feed> or <entry>: a string's link() method, whose
    // `length` (1) sent it to read `.$` of the missing first link.
    if (typeof channel === 'string') throw new Error('An Atom feed without elements.');
    if (channel.link !== undefined) {
      checkAtomLinks(channel.link, 'alternate', 0);
      checkAtomLinks(channel.link, 'self', 1);
    }
    items = isRecord(channel) ? channel.entry : undefined;
  } else if (tree.rss || tree['rdf:RDF']) {
    const root = (tree.rss || tree['rdf:RDF']) as XmlNode;
    const channels = isRecord(root) ? root.channel : undefined;
    if (!Array.isArray(channels)) throw new Error('The feed has no channel.');
    channel = channels[0] as XmlNode;
    items = tree.rss ? (isRecord(channel) ? channel.item : undefined) : (root as XmlElement).item;
  } else {
    throw new Error('Feed not recognized as RSS 1 or 2.');
  }
  const isAtom = Boolean(tree.feed);
  const output: Fields & { items: Fields[] } = { ...copied(channel, RAW_FEED_FIELDS), items: [] };
  for (const node of asArray(items)) {
    const item = copied(node, RAW_ITEM_FIELDS);
    if (!isRecord(node)) {
      if (isAtom) throw new Error('An Atom entry without elements.');
      output.items.push(item);
      continue;
    }
    if (isAtom) {
      if (asArray(node.link).length > 0) checkAtomLinks(node.link, 'alternate', 0);
      if (node.content !== undefined) item.content = contentOf(first(node.content)!);
      if (node.summary !== undefined) item.summary = contentOf(first(node.summary)!);
    } else {
      const encoded = first(node['content:encoded']);
      // A body written as raw elements (no CDATA) is read as the description's is.
      if (encoded !== undefined) item['content:encoded'] = innerMarkup(encoded) ?? textOf(encoded) ?? encoded;
      if (node.description !== undefined) item.content = contentOf(first(node.description)!);
      const about = attributesOf(node)?.['rdf:about'];
      if (about) item['rdf:about'] = about;
    }
    output.items.push(item);
  }
  return output;
}

function copied(node: XmlNode, fields: ReadonlyArray<readonly [string, string]>): Fields {
  const out: Fields = {};
  if (!isRecord(node)) return out;
  for (const [from, to] of fields) if (node[from] !== undefined) out[to] = node[from];
  return out;
}

/** rss-parser's getLink read `.$.rel` of each link up to the wanted one, then the fallback's `.$`. */
function checkAtomLinks(links: unknown, rel: string, fallback: number): void {
  const list = asArray(links);
  for (const link of list) {
    const attributes = attributesOf(link);
    if (attributes === undefined) throw new Error('An Atom link without attributes.');
    if (attributes.rel === rel) return;
  }
  if (list[fallback] && attributesOf(list[fallback]) === undefined) throw new Error('An Atom link without attributes.');
}

/**
 * rss-parser's getContent: an element's text, or its child elements serialised; but a body written as
 * raw elements is read as a browser reads it, its text and elements in the order written.
 */
function contentOf(node: XmlNode): unknown {
  if (typeof node === 'string') return node;
  return innerMarkup(node) ?? (typeof node._ === 'string' ? node._ : builderMarkup(node));
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
  // A guid is the link only when it is a permalink (isPermaLink="false" says it is just an id).
  const link =
    absoluteUrl(firstText(item.rawOrigLink), base) ??
    absoluteUrl(firstText(item.rawLinks), base) ??
    (isPermaLink && isHttpUrl(guid) ? guid : undefined);
  // The full body: content:encoded, an XHTML body, a "fullitem"; the description is the summary.
  const body =
    undoDoubleEscapedHtml(stringOf(item['content:encoded'])) ?? markupOf(first(item.rawXhtmlBody)) ?? markupOf(first(item.rawBody)) ?? loosePlainText(first(item.rawFullItem));
  // rss-parser puts <description> (its markup serialised when written unescaped) in `content`.
  const description = undoDoubleEscapedHtml(stringOf(item.content)) ?? otherDescription(item);
  const source = first(item.rawSource);
  return {
    guid,
    link,
    title: htmlTitle(firstText(item.rawTitle) ?? firstText(item.rawDcTitle)),
    html: body ?? description,
    summaryHtml: body !== undefined ? description : undefined,
    author: authorNames(item.rawCreators) ?? authorNames(item.rawAuthors),
    published: itemDate(item),
    categories: categoriesOf(item),
    // An item of a feed that mixes publications (a publisher's feed of all its journals) names its own
    // in PRISM.
    sourceName: source !== undefined ? cleanText(textOf(source)) : cleanText(firstText(item.rawPublicationName)),
    sourceUrl: absoluteUrl(attributesOf(source)?.url, base),
    image: itemImage(item, context, link),
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
  // A YouTube entry has no summary: its description is in media:group.
  const summary = atomBody(first(item.rawSummary), item.summary) ?? otherDescription(item);
  const source = first(item.rawSource);
  return {
    guid,
    link,
    title: atomTitle(first(item.rawTitle)),
    html: content ?? summary,
    summaryHtml: content !== undefined ? summary : undefined,
    author: authorNames(item.rawAuthors) ?? authorNames(item.rawCreators),
    published: itemDate(item),
    categories: categoriesOf(item),
    sourceName: typeof source === 'object' ? atomTitle(first(source.title)) : undefined,
    // The feed it came from: its page, else (a planet's <source> often gives only this) its own address.
    sourceUrl: typeof source === 'object' ? (atomAlternateLink(source.link, base) ?? atomSelfLink(source.link, base)) : undefined,
    image: itemImage(item, context, link),
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
  return html === undefined ? undefined : linkAddress(html, base);
}

/** An Atom element's rel="self" link: the feed's own address. */
function atomSelfLink(links: unknown, base: string): string | undefined {
  const self = asArray(links).find((node) => attributesOf(node)?.rel === 'self');
  return self === undefined ? undefined : linkAddress(self, base);
}

/** A <link> element's address, resolved against its xml:base (an Atom feed written RSS-style, <link>url</link>, still has one). */
function linkAddress(node: unknown, base: string): string | undefined {
  const attributes = attributesOf(node);
  return absoluteUrl(attributes?.href ?? textOf(node), xmlBase(attributes, base) ?? base);
}

/** The first readable date of the item, by ITEM_DATES' precedence. */
function itemDate(item: Fields): string | undefined {
  for (const field of ITEM_DATES) {
    for (const node of asArray(item[field])) {
      const date = parseFeedDate(textOf(node));
      if (date !== undefined) return date;
    }
  }
  return undefined;
}

/**
 * Descriptions besides RSS's <description> and Atom's <summary>, in this order: Media RSS's
 * (on the item or in a media:group: YouTube, podcasts), iTunes' summary, Dublin Core's.
 */
function otherDescription(item: Fields): string | undefined {
  const groups = asArray(item.rawMediaGroups).filter(isRecord);
  // Beside an item's pictures only, media:description is a photo caption (news sites), not the item's.
  const contents = asArray(item.rawMediaContents);
  const picturesOnly = contents.length > 0 && contents.every(isPicture);
  const itemDescription = picturesOnly ? undefined : first(item.rawMediaDescription);
  const media = itemDescription ?? first(groups.flatMap((group) => asArray(group['media:description'])));
  if (media !== undefined) {
    // Media RSS: type="plain" (the default) or "html".
    const text = textOf(media);
    const html = attributesOf(media)?.type === 'html' ? stringOf(text) : plainTextOrNone(stringOf(text));
    if (html !== undefined) return html;
  }
  return loosePlainText(first(item.rawItunesSummary)) ?? loosePlainText(first(item.rawDcDescription));
}

/**
 * The item's image, the first usable (absolute http(s), at most 2,048 characters) of, in order:
 * media:thumbnail (on the item, in a media:group as YouTube writes it, inside a media:content),
 * a media:content picture (medium="image" or an image/* type; on the item or in a media:group),
 * an enclosure of an image/* type (RSS <enclosure>, Atom <link rel="enclosure">).
 */
function itemImage(item: Fields, context: EntryContext, link: string | undefined): string | undefined {
  const groups = asArray(item.rawMediaGroups).filter(isRecord);
  const contents = [...asArray(item.rawMediaContents), ...groups.flatMap((group) => asArray(group['media:content']))];
  const thumbnails = [item.rawMediaThumbnails, ...groups.map((group) => group['media:thumbnail']), ...contents.filter(isRecord).map((content) => content['media:thumbnail'])];
  const enclosures = [...asArray(item.rawEnclosures), ...asArray(item.rawLinks).filter((node) => attributesOf(node)?.rel === 'enclosure')];
  const candidates = [...thumbnails.flatMap(asArray), ...contents.filter(isPicture), ...enclosures.filter((node) => /^image\//i.test(attributesOf(node)?.type ?? ''))];
  // Relative URLs resolve against xml:base when one is set, else the item's own page (where the
  // picture belongs), else what the item's links resolve against.
  const base = xmlBase(item.rawAttributes, context.feedBase ?? context.feedUrl) ?? context.feedBase ?? link ?? linkBaseFor(item, context);
  for (const node of candidates) {
    const attributes = attributesOf(node);
    const url = imageUrl(attributes?.url ?? attributes?.href, base);
    if (url !== undefined) return url;
  }
  return undefined;
}

/** A media:content that is a picture: medium="image", or an image/* type without a medium. */
function isPicture(node: XmlNode): boolean {
  const attributes = attributesOf(node);
  return /^image\b/.test(attributes?.medium ?? attributes?.type ?? '');
}

/**
 * Atom text constructs by type (Atom 1.0 text/html/xhtml, Atom 0.3 MIME types and modes).
 * `serialised`: rss-parser's copy, which keeps the markup of child elements.
 */
function atomBody(node: XmlNode | undefined, serialised: unknown): string | undefined {
  if (node === undefined) return undefined;
  const attributes = attributesOf(node);
  let body = stringOf(serialised) ?? stringOf(textOf(node));
  if (body === undefined) return undefined;
  // Atom 0.3 mode="base64": the content is base64 of the text.
  if (attributes?.mode === 'base64') body = Buffer.from(body, 'base64').toString('utf8');
  const type = attributes?.type;
  if (type === undefined) return loosePlainText(body);
  // html, xhtml (inlined as html before parsing), text/html, application/xhtml+xml.
  if (/html/i.test(type)) return undoDoubleEscapedHtml(body);
  return plainTextOrNone(body);
}

/** An Atom title as plain text: type text (the default) as written, html/xhtml read as HTML. */
function atomTitle(node: XmlNode | undefined): string | undefined {
  const text = textOf(node);
  if (text === undefined) return undefined;
  const attributes = attributesOf(node);
  if (attributes?.mode === 'base64') return atomTitle(Buffer.from(text, 'base64').toString('utf8'));
  return /html/i.test(attributes?.type ?? '') ? htmlTitle(text) : cleanText(text);
}

/** A title holding HTML (RSS's, Atom's html) as plain text. */
function htmlTitle(html: string | undefined): string | undefined {
  return html === undefined ? undefined : htmlToText(html) || undefined;
}

/** Serialised markup of an inlined XHTML element (xhtml:body), see inlineXhtml. */
function markupOf(node: XmlNode | undefined): string | undefined {
  return stringOf(textOf(node));
}

/** A field that should be text but often holds escaped HTML: HTML when it plainly has tags. */
function loosePlainText(node: XmlNode | undefined): string | undefined {
  const text = stringOf(textOf(node));
  if (text === undefined) return undefined;
  return /<\/?[a-z][a-z0-9]*[\s>/]/i.test(text) ? undoDoubleEscapedHtml(text) : plainTextAsHtml(text);
}

function plainTextOrNone(text: string | undefined): string | undefined {
  return text === undefined ? undefined : plainTextAsHtml(text);
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

// Text constructs that hold markup as XML elements: Atom type="xhtml" (or application/xhtml+xml,
// Atom 0.3 mode="xml"), an RSS xhtml:body, and titles or bodies written with raw inline elements
// ("Example <b>Atom</b>"). xml2js splits such markup into child objects and loses the text order,
// so each is rewritten before parsing as type="html" with its markup in CDATA.
const MARKUP_HOLDER_START = /<(content|summary|title|subtitle|xhtml:body|body)(\s[^<>]*?)?(?<!\/)>/g;
// Cheap test for whether any construct needs it: "xhtml" anywhere, or a title/content/summary
// whose text is followed by a child element's start tag. Two tests, not one alternation: a
// pattern opening with '<' skips ahead to each '<', an alternation tries every position.
const HOLDS_MARKUP = /<(?:content|summary|title|subtitle)(?:\s[^<>]*)?>[^<]*<[A-Za-z_]/;
const TYPE_ATTRIBUTE = /\s(?:type|mode)\s*=\s*(["'])(.*?)\1/g;

function inlineXhtml(text: string): string {
  if (!text.includes('xhtml') && !HOLDS_MARKUP.test(text)) return text;
  const out: string[] = [];
  let last = 0;
  // Per element name, where its next end tag is. The search for an end tag only moves forward,
  // and a name with no end tag left is not searched again: a pattern matching start-to-end found
  // each unclosed start's missing end by scanning to the end of the document (quadratic time).
  const ends = new Map<string, { at: number; end: number }>();
  MARKUP_HOLDER_START.lastIndex = 0;
  // The next CDATA section at or after the search: a start tag inside one is text ("<details><summary>…"
  // in an escaped body), and the search goes on after the section. Found moving forward only, as the
  // end tags are.
  let section = text.indexOf('<![CDATA[');
  scan: for (let match = MARKUP_HOLDER_START.exec(text); match; match = MARKUP_HOLDER_START.exec(text)) {
    while (section !== -1 && section < match.index) {
      const sectionEnd = text.indexOf(']]>', section);
      if (sectionEnd === -1) break scan;
      section = text.indexOf('<![CDATA[', sectionEnd);
      if (sectionEnd > match.index) {
        MARKUP_HOLDER_START.lastIndex = sectionEnd;
        continue scan;
      }
    }
    const [start, name, attributes = ''] = match as unknown as [string, string, string | undefined];
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
    const types = [...attributes.matchAll(TYPE_ATTRIBUTE)].map((type) => type[2]!.toLowerCase());
    // Escaped HTML (type="html", mode="escaped") and base64 are text to XML: nothing to inline;
    // nor is a construct without child elements.
    const escaped = types.some((type) => type === 'html' || type === 'text/html' || type === 'escaped' || type === 'base64');
    if (escaped || !/<[A-Za-z_]/.test(inner.includes('<![CDATA[') ? inner.replace(CDATA_SECTIONS, '') : inner)) continue;
    // The xhtml <div> wrapper is a container, not content (RFC 4287 3.1.1.3).
    const unwrapped = /^\s*<(?:[\w-]+:)?div\b[^>]*>([\s\S]*)<\/(?:[\w-]+:)?div>\s*$/.exec(inner)?.[1] ?? inner;
    const cdata = unwrapped.replaceAll(']]>', ']]]]><![CDATA[>');
    const kept = attributes.replace(TYPE_ATTRIBUTE, '');
    out.push(text.slice(last, match.index), `<${name}${kept} type="html"><![CDATA[${cdata}]]></${name}>`);
    last = close.end;
    MARKUP_HOLDER_START.lastIndex = close.end;
  }
  out.push(text.slice(last));
  return out.join('');
}

const CDATA_SECTIONS = /<!\[CDATA\[[\s\S]*?\]\]>/g;

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
