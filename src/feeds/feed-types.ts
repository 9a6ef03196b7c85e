// The shapes that cross the feed boundary: what a fetch returns, what a parse returns.
// Everything after parse-feed works on RawEntry, whatever the feed's format was.

/** One item of a feed, as the feed wrote it, before any understanding. */
export interface RawEntry {
  guid?: string;
  /** Absolute URL (relative links are resolved against the feed URL by the parser). */
  link?: string;
  /** The title as plain text: the feed readers read HTML-typed titles (and RSS's) through htmlToText. */
  title?: string;
  /** The fullest HTML body the item has: content:encoded, Atom content, JSON content_html... */
  html?: string;
  /** The short description/summary when the item has one besides the body. */
  summaryHtml?: string;
  author?: string;
  /** ISO 8601, only when the feed gave a date we could read. */
  published?: string;
  categories: string[];
  /** An item that credits another outlet itself, e.g. Google News' <source url="...">Name</source>. */
  sourceName?: string;
  sourceUrl?: string;
  /**
   * The story's picture, absolute http(s), at most 2,048 characters: the first usable of
   * media:thumbnail, a media:content picture, an image enclosure (XML), or image/banner_image
   * (JSON Feed). Not part of the article id: a feed that changes its picture keeps its item.
   */
  image?: string;
}

export type FeedFormat = 'rss2' | 'rss1' | 'atom' | 'jsonfeed';

export interface ParsedFeed {
  format: FeedFormat;
  title?: string;
  /** The site's home page, absolute. */
  link?: string;
  /**
   * Who publishes a podcast (itunes:author, else itunes:owner's name): a podcast's title is the
   * show's ("Giant Bombcast"), not its publisher's.
   */
  publisher?: string;
  /**
   * The publication's own name when the feed states it outright (PRISM's prism:publicationName, as
   * journals' RSS 1.0 feeds carry it): their titles wrap it in the platform's name and furniture
   * ("Halyard Online: Annals of Marine Robotics: Table of Contents").
   */
  publication?: string;
  /**
   * Names the feed gives its site outside its title, as written: its <image>'s title, its <copyright>
   * line (Atom's <rights>), its own Atom <author>'s name. A title may name only a section ("Technology")
   * or be written in capitals; these spell the site.
   */
  ownerNames?: string[];
  entries: RawEntry[];
}

/** A feed as configured: the operator's files and the defaults are trusted, chat-added ones are not. */
export interface FeedSource {
  url: string;
  name?: string;
  /** Topics this feed is known to cover, used as a hint (e.g. an AI lab's blog is all `ai`). */
  topics?: string[];
  /** Added in chat: fetched only from public addresses (the operator's files are trusted). */
  untrusted?: boolean;
}

/** The failure of one feed: recorded on that feed with a one-line reason, never thrown past the poller. */
export class FeedError extends Error {
  constructor(
    message: string,
    /** When the server said when to come back (429/503 Retry-After), in milliseconds. */
    readonly retryAfterMs?: number,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FeedError';
  }
}
