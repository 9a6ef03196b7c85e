// Understanding's cost beside parsing's, by CPU time: the ingest bench's loop (parseFeed, then
// buildArticle over every entry, every fixture feed, several rounds) timed with process.cpuUsage,
// so other processes on a shared machine do not count. Prints the understand-to-parse ratio (all
// rounds and warm ones) and the median warm pass of each. `--ingest` prints the bench's own
// figures instead (runIngestBench, quick: false: wall time). Under
// `node --cpu-prof --import tsx bench/profile-understand.ts 30` it shows where the time goes.
import { readFileSync, readdirSync } from 'node:fs';
import { buildArticle } from '../src/articles/build-article.ts';
import { loadDomainWords } from '../src/articles/domain-words.ts';
import { loadTopicTable } from '../src/articles/topics.ts';
import { parseFeed } from '../src/feeds/parse-feed.ts';
import { runIngestBench } from './ingest-bench.ts';
import { sharedPath } from '../test/shared-fixtures.ts';

const args = process.argv.slice(2);
const rounds = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 10);

if (args.includes('--ingest')) {
  const figures: Record<string, number> = {};
  await runIngestBench({ quick: false, log: (figure) => {
    const { name, value } = figure as { name: string; value: number };
    figures[name] = value;
  } });
  const { user, system } = process.cpuUsage();
  console.log(JSON.stringify({
    ratio: figures.understand_to_parse_ratio,
    warm: figures.understand_to_parse_ratio_warm,
    parse_ms: figures.ingest_parse_ms,
    understand_ms: figures.ingest_understand_ms,
    process_cpu_ms: Math.round((user + system) / 1000),
  }));
} else {
  // The bench's loop, timed by this process's CPU time (the machine is shared: wall time counts
  // other processes' work too): parse, then understand, every feed, every round.
  const dir = sharedPath('feeds');
  const topics = loadTopicTable();
  topics.match('warm-up', '');
  loadDomainWords();
  const files = readdirSync(dir).filter((file) => file !== 'MANIFEST.tsv').map((name) => ({ url: `https://fixtures.example/${name}`, body: readFileSync(`${dir}/${name}`) }));
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  const parse: number[] = [];
  const understand: number[] = [];
  let items = 0;
  for (let round = 0; round < rounds; round++) {
    let parsing = 0;
    let understanding = 0;
    items = 0;
    for (const { url, body } of files) {
      let since = process.cpuUsage();
      const feed = await parseFeed(body, { url }).catch(() => undefined);
      parsing += cpuMs(since);
      since = process.cpuUsage();
      const seenAt = new Date();
      for (const entry of feed?.entries ?? []) buildArticle(entry, { url, title: feed?.title, link: feed?.link, publisher: feed?.publisher }, topics, seenAt);
      understanding += cpuMs(since);
      items += feed?.entries.length ?? 0;
    }
    parse.push(parsing);
    understand.push(understanding);
  }
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const warm = (values: number[]) => (values.length > 1 ? values.slice(1) : values);
  const fixed = (value: number, digits = 1) => Number(value.toFixed(digits));
  console.log(JSON.stringify({
    items,
    rounds,
    cpu_ratio: fixed(sum(understand) / sum(parse), 2),
    cpu_ratio_warm: fixed(sum(warm(understand)) / sum(warm(parse)), 2),
    first_understand_ms: fixed(understand[0]!),
    warm_understand_ms_median: fixed(median(warm(understand))),
    warm_parse_ms_median: fixed(median(warm(parse))),
  }));
}
