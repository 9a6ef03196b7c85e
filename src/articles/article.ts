// An article is one feed item understood: the summary fields of SPEC.md plus what storage needs.

export interface Quote {
  text: string;
  speaker: string | null;
}

export interface Article {
  /** Stable across polls: guid, else canonical link, else a hash of title and date. */
  id: string;
  feedUrl: string;
  /** Canonical URL, tracking parameters removed. */
  url: string;
  headline: string;
  /** The outlet that wrote it, not the aggregator that carried it. */
  source: string;
  /** ISO 8601: the feed's date, else when we first saw it. */
  published: string;
  firstSeen: string;
  quote: Quote | null;
  /** One or two sentences that say what happened. */
  summary: string;
  /** Topic names from the topic table, `ai` first when it applies. */
  topics: string[];
  /** Shared by articles that tell the same story. */
  story: string;
  /**
   * Former ids of this story: stories merged into it when a later article told the same event as
   * both (see groupStories). Delivery counts what it posted under them as posts of this story.
   */
  mergedStories?: string[];
  /** Clean article text, kept for search and for later re-understanding. */
  text: string;
  /** The story's picture from the feed (see RawEntry.image), shown beside it on Discord and Slack. */
  image?: string;
}
