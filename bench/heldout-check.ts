// `npx tsx bench/heldout-check.ts`: a blind check of the understanding step on real publishers nobody tuned on.
//
// The labels (bench/heldout-check/labels.jsonl) describe items of ../shared/fixtures/heldout-feeds/: twelve real
// 2026 feeds (TIME, 404 Media, Product Hunt, Rest of World, Stratechery, Interconnects, BAIR, Google DeepMind,
// Engineering at Meta, The Gradient, geohot, Together AI), our best stand-in for the hidden set of issue 10. They
// were written from each item's title, description and content alone, without reading the rules or running any
// code on the items, and committed before anything ran on them. They are outside publisher-split.json and npm test.
//
// The sample (95 items): every item of the feeds with at most 12 items (Together AI 4, BAIR 3, Engineering at
// Meta 3, The Gradient 3, geohot 10, Rest of World 12, Stratechery 10), and a seeded sample of the larger feeds:
// TIME 20 of 100, Product Hunt 12 of 50, 404 Media 6 of 15, Google DeepMind 6 of 100, Interconnects 6 of 20.
// Each sample: a fresh mulberry32 generator seeded 20261203 per feed, a Fisher–Yates shuffle of the item
// indices in document order (for i from n-1 down to 1, j = floor(random() * (i + 1)), swap i and j), the first k.
//
// Run it at most at the start and at the end of a session. It prints only the aggregate figures (name, value,
// n): its misses are never printed or read, and no rule or test may be aimed at these items, or the check
// stops telling whether the rules hold on publishers nobody has seen.
import { fileURLToPath } from 'node:url';
import { hasSharedFixtures, sharedPath } from '../test/shared-fixtures.ts';
import { runEval } from './run-eval.ts';

const LABELS = fileURLToPath(new URL('./heldout-check/labels.jsonl', import.meta.url));

async function main(): Promise<number> {
  if (!hasSharedFixtures) {
    console.log('heldout-check skipped: needs ../shared/fixtures beside the repository');
    return 0;
  }
  const report = await runEval({ labelsFiles: [LABELS], feedDirs: [sharedPath('heldout-feeds')], unsplit: true });
  for (const { name, value, n } of report.measures) console.log(`${name} ${value} ${n}`);
  return 0;
}

process.exitCode = await main();
