// The hand labels of ../shared/fixtures/labels/items.jsonl and the feed items they describe.
// An item is found in its feed by guid, else link, else title (feeds without guids or links exist).
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { RawEntry } from '../src/feeds/feed-types.ts';
import { parseFeed } from '../src/feeds/parse-feed.ts';
import { feedContextOf, type FeedContext } from '../src/articles/build-article.ts';
import { canonicalUrl } from '../src/articles/canonical-url.ts';
import { cleanHeadline } from '../src/articles/clean-headline.ts';

export interface LabelQuote {
  starts_with: string;
  speaker: string | null;
}

export interface Label {
  feed: string;
  guid: string | null;
  link: string | null;
  title: string;
  is_ai: boolean;
  companies: string[];
  topics: string[];
  source: string;
  has_full_text: boolean;
  quote: LabelQuote | null;
  alternatives: LabelQuote[];
  notes: string;
  /** The first words of the sentence the summary should open with; null when the item has no text of its own. */
  lead?: { starts_with: string } | null;
}

export interface LabelledItem {
  label: Label;
  entry: RawEntry;
  feed: FeedContext;
}

export function readLabels(file: string): Label[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Label);
}

/** Every label with its feed entry; labels whose item cannot be found are returned apart. */
export async function findLabelledItems(
  labels: Label[],
  feedDirs: string[],
): Promise<{ items: LabelledItem[]; missing: Label[] }> {
  const feeds = new Map<string, Awaited<ReturnType<typeof parseFeed>> | undefined>();
  // One context per feed file: whether the feed credits outlets in its titles is read from all its items.
  const contexts = new Map<string, FeedContext>();
  const items: LabelledItem[] = [];
  const missing: Label[] = [];
  for (const label of labels) {
    const file = feedDirs.map((dir) => path.join(dir, label.feed)).find((candidate) => existsSync(candidate));
    if (!file) {
      missing.push(label);
      continue;
    }
    const url = `https://fixtures.example/${label.feed}`;
    if (!feeds.has(file)) feeds.set(file, await parseFeed(readFileSync(file), { url }).catch(() => undefined));
    const parsed = feeds.get(file);
    const entry = parsed && findEntry(parsed.entries, label);
    if (!parsed || !entry) {
      missing.push(label);
      continue;
    }
    if (!contexts.has(file)) contexts.set(file, feedContextOf(url, parsed));
    items.push({ label, entry, feed: contexts.get(file)! });
  }
  return { items, missing };
}

function findEntry(entries: RawEntry[], label: Label): RawEntry | undefined {
  if (label.guid) {
    const byGuid = entries.find((entry) => entry.guid === label.guid);
    if (byGuid) return byGuid;
  }
  const title = normalTitle(label.title);
  if (label.link) {
    const link = canonicalUrl(label.link);
    const byLink = entries.filter((entry) => entry.link === label.link || (link && canonicalUrl(entry.link) === link));
    // A podcast's items may all link to the show's page: then the title tells them apart.
    if (byLink.length > 0) return byLink.find((entry) => normalTitle(entry.title ?? '') === title) ?? byLink[0];
  }
  return entries.find((entry) => normalTitle(entry.title ?? '') === title);
}

function normalTitle(title: string): string {
  return cleanHeadline(title, []).toLowerCase();
}
