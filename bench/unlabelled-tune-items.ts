// Lists, per tune-half real feed (publisher-split.json's `tune` files that live in ../shared/fixtures/feeds),
// the items no label file describes (matched as bench/eval-labels.ts matches: guid, else link, else title),
// so new labels go where real text is still unread. Measure-half feeds are never opened.
// Usage: npx tsx bench/unlabelled-tune-items.ts [--json]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFeed } from '../src/feeds/parse-feed.ts';
import { sharedPath } from '../test/shared-fixtures.ts';
import { findLabelledItems, readLabels } from './eval-labels.ts';

const labelsDir = fileURLToPath(new URL('../test/fixtures/labels/', import.meta.url));
const split = JSON.parse(readFileSync(path.join(labelsDir, 'publisher-split.json'), 'utf8')) as { tune: Record<string, string[] | string> };
const tuneFeeds = Object.entries(split.tune)
  .filter(([publisher]) => !publisher.startsWith('_'))
  .flatMap(([, files]) => files as string[])
  .filter((file) => existsSync(sharedPath('feeds', file)));

// Blind label files describe measure-half items only; they are not opened.
const labelFiles = [sharedPath('labels/items.jsonl'), ...readdirSync(labelsDir).filter((name) => name.endsWith('.jsonl') && !name.startsWith('blind')).map((name) => path.join(labelsDir, name))];
const labels = labelFiles.flatMap(readLabels).filter((label) => tuneFeeds.includes(label.feed));
const { items } = await findLabelledItems(labels, [sharedPath('feeds')]);

const asJson = process.argv.includes('--json');
for (const feed of tuneFeeds) {
  const parsed = await parseFeed(readFileSync(sharedPath('feeds', feed)), { url: `https://fixtures.example/${feed}` }).catch(() => undefined);
  if (!parsed) continue;
  // findLabelledItems parses each feed itself, so entries are compared by identity within its parse: match again here.
  const mine = items.filter(({ label }) => label.feed === feed).map(({ entry }) => JSON.stringify([entry.guid, entry.link, entry.title]));
  const open = parsed.entries.filter((entry) => !mine.includes(JSON.stringify([entry.guid, entry.link, entry.title])));
  if (!open.length) continue;
  if (!asJson) console.log(`${feed}: ${open.length} of ${parsed.entries.length} unlabelled`);
  for (const entry of open) {
    const textLength = (entry.html ?? entry.summaryHtml ?? '').length;
    if (asJson) console.log(JSON.stringify({ feed, guid: entry.guid ?? null, link: entry.link ?? null, title: entry.title ?? '', textLength }));
    else console.log(`  ${String(textLength).padStart(6)}  ${entry.title ?? '(no title)'}`);
  }
}
