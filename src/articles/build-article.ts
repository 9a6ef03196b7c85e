// One feed entry → one Article: every summary field from the entry's own text and metadata.
import type { RawEntry } from '../feeds/feed-types.ts';
import type { Article } from './article.ts';
import { articleId } from './article-id.ts';
import { canonicalUrl } from './canonical-url.ts';
import { cleanHeadline } from './clean-headline.ts';
import { cleanHtml } from './clean-html.ts';
import { findSource } from './find-source.ts';
import { summarize } from './summarize.ts';
import type { TopicTable } from './topics.ts';

export interface FeedContext {
  url: string;
  title?: string;
  link?: string;
  /** Topics every item of this feed has (an AI lab's blog is all `ai`). */
  topics?: string[];
}

export function buildArticle(entry: RawEntry, feed: FeedContext, topics: TopicTable, seenAt: Date): Article {
  const clean = cleanHtml(entry.html ?? entry.summaryHtml ?? '');
  // A body that is only a "Comments" link (Hacker News) says nothing: fall back to the description.
  if (clean.paragraphs.length === 0 && entry.summaryHtml && entry.html) {
    clean.paragraphs.push(...cleanHtml(entry.summaryHtml).paragraphs);
  }
  const url = canonicalUrl(entry.link, feed.url) ?? canonicalUrl(entry.guid) ?? feed.link ?? feed.url;
  const source = findSource({ entry, clean, link: url, feedTitle: feed.title, feedLink: feed.link });
  const headline = cleanHeadline(entry.title, [source, entry.sourceName, feed.title]) || firstWords(clean.paragraphs);
  const text = clean.paragraphs.join('\n\n');
  const id = articleId(entry, feed.url);
  const firstSeen = seenAt.toISOString();
  return {
    id,
    feedUrl: feed.url,
    url,
    headline,
    source,
    published: entry.published ?? firstSeen,
    firstSeen,
    // The key quote and story clustering arrive with article understanding (issue 3).
    quote: null,
    summary: summarize(clean.paragraphs, headline),
    topics: topics.match(headline, text, feed.topics),
    story: id,
    text,
  };
}

function firstWords(paragraphs: string[]): string {
  const words = (paragraphs[0] ?? '').split(' ');
  return words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : words.join(' ') || '(untitled)';
}

