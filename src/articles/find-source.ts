// The outlet that wrote the story, not the aggregator that carried it.
import type { RawEntry } from '../feeds/feed-types.ts';
import type { CleanText } from './clean-html.ts';
import { outletForUrl } from './known-outlets.ts';

// Anchors by which a repost credits the original.
const CREDIT_ANCHOR = /^(source( link)?|original(ly published)?( at| on)?|read (the )?original|via .+)$/i;

export interface SourceContext {
  entry: RawEntry;
  clean: CleanText;
  /** The article link, canonical. */
  link?: string;
  feedTitle?: string;
  feedLink?: string;
}

export function findSource({ entry, clean, link, feedTitle, feedLink }: SourceContext): string {
  // 1. The item itself names its outlet (Google News' <source>).
  if (entry.sourceName?.trim()) return entry.sourceName.trim();
  // 2. A repost that links the original with a credit anchor.
  for (const anchor of clean.links) {
    if (CREDIT_ANCHOR.test(anchor.text)) {
      const outlet = outletForUrl(anchor.href);
      if (outlet) return outlet;
    }
  }
  // 3. The link's domain, when it is a known outlet.
  const byLink = outletForUrl(entry.sourceUrl) ?? outletForUrl(link);
  if (byLink) return byLink;
  // 4. The feed's own name, without section suffixes ("TechCrunch » AI" → "TechCrunch").
  const byFeed = outletForUrl(feedLink) ?? feedTitle?.split(/\s+[»|:–—-]\s+/)[0]?.trim();
  if (byFeed) return byFeed;
  return hostOf(link) ?? 'unknown';
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
}
