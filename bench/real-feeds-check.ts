// `npx tsx bench/real-feeds-check.ts [--feeds DIR] [--misses] [--batch LETTER]`: the understanding step on more real
// publishers, none of them in ../shared, both halves scored apart.
//
// The feeds are real captures that other projects committed to public GitHub repositories (as ../shared's were);
// bench/real-feeds/MANIFEST.tsv gives each file's publisher, its origin (github.com/OWNER/REPO@COMMIT:PATH) and its half.
// The files themselves are other publishers' text, so they are not in this repository: fetch each from its origin
// into a directory (default /work/realfeeds/feeds, or --feeds DIR). Without them the check prints that it skipped.
//
// The split was made once per batch, by publisher, when the files were collected: publishers sorted by the SHA-256
// of "real-feeds-30:" + publisher (the first 51) or "real-feeds-30b:" + publisher (the 40 collected after them) or "real-feeds-31:" + publisher (the 64 of
// batch 3, collected at stop 31) or "real-feeds-33:" + publisher (the 36 of batch 4, labels *-i.jsonl) or "real-feeds-35:" + publisher (the 33 of batch 5, labels *-j.jsonl)
// or "real-feeds-36:" + publisher (the 24 of batch 6, labels *-k.jsonl) or "real-feeds-37:" + publisher (the 16 of batch 7,
// labels *-l.jsonl) or "real-feeds-38:" + publisher (the 18 of batch 8, labels *-m.jsonl) or "real-feeds-39:" + publisher
// (the 14 of batch 9, labels *-n.jsonl) or "real-feeds-40:" + publisher (the 17 of batch 10, labels *-o.jsonl) or "real-feeds-41:" + publisher
// (the 16 of batch 11, labels *-p.jsonl) or "real-feeds-42:" + publisher (the 8 of batch 12, labels *-q.jsonl) or "real-feeds-43:" + publisher
// (the 16 of batch 13, labels *-r.jsonl) or "real-feeds-44:" + publisher (the 16 of batch 14, labels *-s.jsonl) or
// "real-feeds-45:" + publisher (the 16 of batch 15, labels *-t.jsonl) or "real-feeds-46:" + publisher (the 14 of batch 16,
// labels *-u.jsonl) or "real-feeds-47:" + publisher (the 15 of batch 17, labels *-v.jsonl) or "real-feeds-48:" + publisher
// (the 16 of batch 18, labels *-w.jsonl) or "real-feeds-49:" + publisher (the 16 of batch 19, labels *-x.jsonl) or
// "real-feeds-50:" + publisher (the 12 of batch 20, labels *-y.jsonl) or "real-feeds-51:" to "real-feeds-64:" + publisher
// (batches z, aa, ab, ac, ad, ae, af, ag, ah, ai, aj, ak, al and am, labels *-z.jsonl to *-am.jsonl; LABELLING.md keeps the list), the first half (rounded up) `tune`, the rest `measure`. Labels
// (bench/real-feeds/tune-labels*.jsonl, measure-labels*.jsonl; the first five items of each feed) were written from each item's own text before the bot
// ran on them, and committed first. Rules may be tuned on the tune half's misses (`--misses` prints those only);
// the measure half's are never printed, so its figures keep telling whether the rules hold on publishers nobody tuned on.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runEval, type Measure } from './run-eval.ts';

const HERE = fileURLToPath(new URL('./real-feeds/', import.meta.url));
const HALVES = ['tune', 'measure'] as const;

async function main(argv: string[]): Promise<number> {
  const feedsAt = argv.indexOf('--feeds');
  const feedDir = feedsAt >= 0 ? argv[feedsAt + 1] : '/work/realfeeds/feeds';
  // --batch i scores only the label files of one batch (tune-labels-i.jsonl, measure-labels-i.jsonl); default all.
  const batchAt = argv.indexOf('--batch');
  const batchSuffix = batchAt >= 0 ? `-${argv[batchAt + 1]}.jsonl` : '.jsonl';
  const manifest = readManifest();
  const absent = manifest.filter((row) => !existsSync(`${feedDir}/${row.file}`));
  if (absent.length === manifest.length) {
    console.log(`real-feeds-check skipped: none of the ${manifest.length} feeds of bench/real-feeds/MANIFEST.tsv is in ${feedDir}`);
    return 0;
  }
  if (absent.length) console.log(`missing feeds (their labels are unmatched): ${absent.map((row) => row.file).join(', ')}`);

  const byHalf = new Map<string, Measure[]>();
  for (const half of HALVES) {
    // Labels of a half may come in several files (tune-labels-a.jsonl, tune-labels-b.jsonl: written side by side).
    const labelsFiles = readdirSync(HERE).filter((name) => name.startsWith(`${half}-labels`) && name.endsWith(batchSuffix)).map((name) => `${HERE}${name}`);
    if (!labelsFiles.length) continue;
    const report = await runEval({ labelsFiles, feedDirs: [feedDir], unsplit: true });
    const outside = labelsFiles.flatMap(readLabelFeeds).filter((feed) => manifest.find((row) => row.file === feed)?.half !== half);
    if (outside.length) throw new Error(`${half} labels name feeds of another half: ${[...new Set(outside)].join(', ')}`);
    byHalf.set(half, report.measures);
    if (half === 'tune' && argv.includes('--misses')) {
      for (const miss of report.misses) console.error(JSON.stringify(miss));
      for (const title of report.unmatched) console.error(JSON.stringify({ unmatched: title }));
    }
  }
  const names = [...new Set([...byHalf.values()].flat().map((measure) => measure.name))];
  console.log(['measure'.padEnd(34), ...HALVES.map((half) => half.padStart(16))].join(''));
  for (const name of names) {
    const cells = HALVES.map((half) => {
      const found = byHalf.get(half)?.find((measure) => measure.name === name);
      return (found ? `${found.value} (${found.n})` : '-').padStart(16);
    });
    console.log([name.padEnd(34), ...cells].join(''));
  }
  return 0;
}

interface ManifestRow {
  file: string;
  publisher: string;
  half: string;
}

function readManifest(): ManifestRow[] {
  const [header, ...lines] = readFileSync(`${HERE}MANIFEST.tsv`, 'utf8').split('\n').filter((line) => line.trim());
  const columns = header.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    const cell = (name: string) => cells[columns.indexOf(name)] ?? '';
    return { file: cell('file'), publisher: cell('publisher'), half: cell('half') };
  });
}

function readLabelFeeds(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { feed: string }).feed);
}

process.exitCode = await main(process.argv.slice(2));
