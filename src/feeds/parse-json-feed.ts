// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1), read leniently: real feeds send
// RFC 822 or zone-less dates, numeric ids, both `author` (1.0) and `authors` (1.1).
import { FeedError, type ParsedFeed, type RawEntry } from './feed-types.ts';
import { absoluteUrl, cleanText, imageUrl, plainTextAsHtml, undoDoubleEscapedHtml, uniqueStrings } from './feed-field-helpers.ts';
import { parseFeedDate } from './parse-feed-date.ts';

type JsonObject = Record<string, unknown>;

/** Parses a JSON Feed document; throws FeedError when the text is not one. */
export function parseJsonFeed(text: string, options: { url: string; maxEntries: number }): ParsedFeed {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new FeedError('not a feed: the body is malformed JSON');
  }
  if (!isObject(document) || typeof document.version !== 'string' || !document.version.includes('jsonfeed.org')) {
    throw new FeedError('not a feed: JSON that is not a JSON Feed (no jsonfeed.org version)');
  }
  const link = absoluteUrl(stringOf(document.home_page_url), options.url);
  const base = link ?? options.url;
  const items = Array.isArray(document.items) ? document.items.slice(0, options.maxEntries) : [];
  return {
    format: 'jsonfeed',
    title: cleanText(stringOf(document.title)),
    link,
    // The feed's own author names its site as an Atom feed's does (ParsedFeed.ownerNames).
    ownerNames: uniqueStrings([authorOf(document)]),
    entries: items.filter(isObject).map((item) => jsonEntry(item, base)),
  };
}

function jsonEntry(item: JsonObject, base: string): RawEntry {
  const contentHtml = undoDoubleEscapedHtml(stringOf(item.content_html));
  const contentText = stringOf(item.content_text);
  const summary = stringOf(item.summary);
  const html = contentHtml ?? (contentText !== undefined ? plainTextAsHtml(contentText) : undefined);
  const externalUrl = absoluteUrl(stringOf(item.external_url), base);
  const id = typeof item.id === 'number' ? String(item.id) : stringOf(item.id);
  // `url` is the item's own page; `external_url` is what a link-blog post points at.
  const link = absoluteUrl(stringOf(item.url), base) ?? externalUrl;
  return {
    guid: id,
    link,
    title: cleanText(stringOf(item.title)),
    html: html ?? (summary !== undefined ? plainTextAsHtml(summary) : undefined),
    summaryHtml: html !== undefined && summary !== undefined ? plainTextAsHtml(summary) : undefined,
    author: authorOf(item),
    // date_updated is not in the spec but real generators write it.
    published: parseFeedDate(
      stringOf(item.date_published) ?? stringOf(item.date_modified) ?? stringOf(item.date_updated),
    ),
    categories: uniqueStrings(Array.isArray(item.tags) ? item.tags.map((tag) => cleanText(stringOf(tag))) : []),
    sourceUrl: stringOf(item.url) ? externalUrl : undefined,
    // The item's picture, else its banner; relative ones against the item's page.
    image: imageUrl(stringOf(item.image), link ?? base) ?? imageUrl(stringOf(item.banner_image), link ?? base),
  };
}

function authorOf(item: JsonObject): string | undefined {
  const authors = Array.isArray(item.authors) && item.authors.length > 0 ? item.authors : [item.author];
  const names = uniqueStrings(authors.map((author) => (isObject(author) ? cleanText(stringOf(author.name)) : undefined)));
  return names.length > 0 ? names.join(', ') : undefined;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
