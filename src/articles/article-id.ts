// A stable id per article, so a restart or a re-poll never makes an old item look new.
import { createHash } from 'node:crypto';
import type { RawEntry } from '../feeds/feed-types.ts';
import { canonicalUrl } from './canonical-url.ts';

/**
 * guid when the feed gives one (scoped to the feed unless it is a URL or tag: URI, which are
 * globally unique by design), else the canonical link, else title and date.
 */
export function articleId(entry: RawEntry, feedUrl: string): string {
  const guid = entry.guid?.trim();
  if (guid) {
    const global = /^(https?:|tag:|urn:)/i.test(guid);
    return hash(global ? `guid:${canonicalUrl(guid) ?? guid}` : `guid:${feedUrl}|${guid}`);
  }
  const link = canonicalUrl(entry.link);
  if (link) return hash(`link:${link}`);
  return hash(`title:${feedUrl}|${entry.title ?? ''}|${entry.published ?? ''}`);
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 20);
}
