// runEval's `unsplit` option (used by bench/heldout-check.ts): a label set whose feeds are outside
// publisher-split.json is scored as one whole, where the default still refuses such feeds.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEval } from '../bench/run-eval.ts';

// An invented publisher that is in neither half of the split.
const FEED = 'rss2-unsplit-test-pellwick.xml';
const FEED_XML = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Pellwick Courier</title><link>https://pellwick.example/</link>
<item><title>Pellwick opens a new ferry pier</title><link>https://pellwick.example/ferry-pier</link>
<guid>https://pellwick.example/ferry-pier</guid>
<description>The town of Pellwick opened a new ferry pier on Monday after two years of work.</description></item>
</channel></rss>`;
const LABEL = {
  feed: FEED,
  guid: 'https://pellwick.example/ferry-pier',
  link: 'https://pellwick.example/ferry-pier',
  title: 'Pellwick opens a new ferry pier',
  is_ai: false,
  companies: [],
  topics: [],
  source: 'Pellwick Courier',
  has_full_text: false,
  quote: null,
  alternatives: [],
  notes: '',
  lead: { starts_with: 'The town of Pellwick opened a new ferry pier' },
};

function fixture(): { labelsFiles: string[]; feedDirs: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'unsplit-'));
  writeFileSync(path.join(dir, FEED), FEED_XML);
  writeFileSync(path.join(dir, 'labels.jsonl'), `${JSON.stringify(LABEL)}\n`);
  return { labelsFiles: [path.join(dir, 'labels.jsonl')], feedDirs: [dir] };
}

describe('runEval on labels outside the publisher split', () => {
  it('refuses them by default', async () => {
    await expect(runEval(fixture())).rejects.toThrow(/feeds missing from publisher-split.json: rss2-unsplit-test-pellwick.xml/);
  });

  it('scores them as one whole with unsplit, without halves or story sets', async () => {
    const report = await runEval({ ...fixture(), unsplit: true });
    const figure = (name: string) => report.measures.find((measure) => measure.name === name);
    expect(figure('labels_unmatched')?.value).toBe(0);
    expect(figure('items')?.value).toBe(1);
    expect(new Set(report.measures.map((measure) => measure.half))).toEqual(new Set(['all']));
    expect(report.measures.some((measure) => measure.name.startsWith('story_'))).toBe(false);
  });
});
