// Understanding's cost beside parsing's, by CPU time: the ingest bench's loop (parseFeed, then
// buildArticle over every entry, every fixture feed, several rounds) timed with process.cpuUsage,
// so other processes on a shared machine do not count. Prints the understand-to-parse ratio (all
// rounds and warm ones) and the median warm pass of each. `--ingest` prints the bench's own
// figures instead (runIngestBench, quick: false: wall time). `--regexes` times one cold pass's regular
// expressions instead (see timeRegexes). `--feeds` prints where the first pass's extra cost and the
// slowest items are (see timeFeeds). Under
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
} else if (args.includes('--regexes')) {
  await timeRegexes(Number(args.find((arg) => /^\d+$/.test(arg)) ?? 15));
} else if (args.includes('--feeds')) {
  await timeFeeds(Number(args.find((arg) => /^\d+$/.test(arg)) ?? 4));
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

/**
 * What the cold pass pays to compile regular expressions: V8 compiles a pattern on its first
 * execution (to bytecode) and again on its second (to machine code), once per process for each
 * source and flags (a pattern built anew per call with the same source is compiled once), and once
 * for each kind of text it reads: Latin-1 strings and two-byte ones (any character past U+00FF: a
 * curly quote) get code of their own. One understanding pass lists the patterns it runs (through
 * RegExp.prototype.exec) with the first text of each kind each read; then each is compiled afresh
 * (an empty group added to its source escapes V8's cache) and run twice on each of those texts, less
 * twice a third run: the least of three tries, so a collection or another process's turn does not
 * count. The hook sends every string method through the spec's slow path: split's patterns appear
 * with a `y` flag added.
 */
async function timeRegexes(top: number): Promise<void> {
  const { topics, feeds } = await parsedFixtures();
  const seen = new Map<string, { source: string; flags: string; texts: Map<boolean, string>; runs: number }>();
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function listedExec(this: RegExp, text: string) {
    const key = `/${this.source}/${this.flags}`;
    let pattern = seen.get(key);
    if (!pattern) seen.set(key, (pattern = { source: this.source, flags: this.flags.replace('g', '').replace('y', ''), texts: new Map(), runs: 0 }));
    pattern.runs++;
    const wide = isTwoByte(String(text));
    if (!pattern.texts.has(wide)) pattern.texts.set(wide, String(text));
    return exec.call(this, text);
  };
  try {
    for (const { url, feed } of feeds) {
      const seenAt = new Date();
      for (const entry of feed?.entries ?? []) buildArticle(entry, { url, title: feed?.title, link: feed?.link, publisher: feed?.publisher }, topics, seenAt);
    }
  } finally {
    RegExp.prototype.exec = exec;
  }
  let fresh = 0;
  const rows = [...seen].map(([pattern, { source, flags, texts, runs }]) => {
    let best = Infinity;
    for (let trial = 0; trial < 3; trial++) {
      const regex = new RegExp(`${source}(?:)${'(?:)'.repeat(++fresh % 1000)}`, flags);
      let compiling = 0;
      for (const text of texts.values()) {
        const started = performance.now();
        regex.exec(text);
        regex.exec(text);
        const compiled = performance.now();
        regex.exec(text);
        compiling += compiled - started - 2 * (performance.now() - compiled);
      }
      best = Math.min(best, compiling);
    }
    return { pattern, runs, two_byte: texts.has(true), compile_ms: Math.max(0, best) };
  });
  const compileMs = rows.reduce((sum, row) => sum + row.compile_ms, 0);
  console.log(JSON.stringify({ patterns: rows.length, compile_ms: Number(compileMs.toFixed(1)) }));
  rows.sort((a, b) => b.compile_ms - a.compile_ms);
  for (const row of rows.slice(0, top)) console.log(JSON.stringify({ ...row, compile_ms: Number(row.compile_ms.toFixed(2)), pattern: row.pattern.slice(0, 160) }));
}

/**
 * Where the cold pass pays and which items are slow, by CPU time: understanding each feed's items
 * (parsed once, beforehand) for several rounds, each feed's first round beside its best later one,
 * and each item's. The feeds whose first round costs most over their warm one (new code paths met,
 * patterns compiled), then the items slowest warm and slowest cold.
 */
async function timeFeeds(rounds: number): Promise<void> {
  const { topics, feeds } = await parsedFixtures();
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const feedMs = feeds.map((): number[] => []);
  const itemMs = new Map<string, number[]>();
  for (let round = 0; round < Math.max(rounds, 2); round++) {
    feeds.forEach(({ name, url, feed }, index) => {
      const seenAt = new Date();
      let total = 0;
      (feed?.entries ?? []).forEach((entry, item) => {
        const started = cpuMs();
        buildArticle(entry, { url, title: feed?.title, link: feed?.link, publisher: feed?.publisher }, topics, seenAt);
        const spent = cpuMs() - started;
        total += spent;
        const key = `${name}#${item}`;
        itemMs.set(key, [...(itemMs.get(key) ?? []), spent]);
      });
      feedMs[index]!.push(total);
    });
  }
  const fixed = (value: number) => Number(value.toFixed(1));
  const coldAndWarm = (times: number[]) => ({ cold_ms: fixed(times[0]!), warm_ms: fixed(Math.min(...times.slice(1))) });
  const byFeed = feeds.map(({ name, feed }, index) => ({ feed: name, items: feed?.entries.length ?? 0, ...coldAndWarm(feedMs[index]!) }));
  const sum = (values: number[]) => fixed(values.reduce((total, value) => total + value, 0));
  console.log(JSON.stringify({ rounds: Math.max(rounds, 2), cold_ms: sum(byFeed.map((row) => row.cold_ms)), warm_ms: sum(byFeed.map((row) => row.warm_ms)) }));
  for (const row of byFeed.sort((a, b) => b.cold_ms - b.warm_ms - (a.cold_ms - a.warm_ms)).slice(0, 10)) console.log(JSON.stringify({ ...row, extra_cold_ms: fixed(row.cold_ms - row.warm_ms) }));
  const items = [...itemMs].map(([item, times]) => ({ item, ...coldAndWarm(times) }));
  for (const which of ['warm_ms', 'cold_ms'] as const) {
    for (const row of items.sort((a, b) => b[which] - a[which]).slice(0, 5)) console.log(JSON.stringify({ slowest: which, ...row }));
  }
}

/** The topic table and word list built (start-up, as in the bench), and every fixture feed parsed once, untimed. */
async function parsedFixtures() {
  const dir = sharedPath('feeds');
  const topics = loadTopicTable();
  topics.match('warm-up', '');
  loadDomainWords();
  const feeds = [];
  for (const name of readdirSync(dir).filter((file) => file !== 'MANIFEST.tsv')) {
    const url = `https://fixtures.example/${name}`;
    feeds.push({ name, url, feed: await parseFeed(readFileSync(`${dir}/${name}`), { url }).catch(() => undefined) });
  }
  return { topics, feeds };
}

/** A character past Latin-1: V8 stores such a string two bytes a character, and compiles apart for it. */
function isTwoByte(text: string): boolean {
  for (let at = 0; at < text.length; at++) if (text.charCodeAt(at) > 0xff) return true;
  return false;
}
