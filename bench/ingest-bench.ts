// Ingest: articles per second through the pipeline (our parse + understanding) over every fixture
// feed, beside rss-parser alone on the same bytes in the same run, and their ratio. rss-parser
// reads XML only (fed a JSON Feed, its XML reader crawls for seconds and fails), so the
// comparison with it is over the XML files; the pipeline figure covers every file.
import { readFileSync, readdirSync } from 'node:fs';
import Parser from 'rss-parser';
import { buildArticle } from '../src/articles/build-article.ts';
import { loadDomainWords } from '../src/articles/domain-words.ts';
import { loadTopicTable } from '../src/articles/topics.ts';
import { parseFeed } from '../src/feeds/parse-feed.ts';
import { hasSharedFixtures, sharedPath } from '../test/shared-fixtures.ts';

export async function runIngestBench(options: { quick: boolean; log: (figure: object) => void }): Promise<void> {
  if (!hasSharedFixtures) {
    options.log({ name: 'ingest', skipped: 'needs ../shared/fixtures/feeds beside the repository' });
    return;
  }
  const dir = sharedPath('feeds');
  const files = readdirSync(dir)
    .filter((name) => name !== 'MANIFEST.tsv')
    .map((name) => ({ name, body: readFileSync(`${dir}/${name}`) }));
  const topics = loadTopicTable();
  // The topic matcher is built on its first match (so `newsbot query` never pays for it); build it
  // here, before timing, as loading the table did before it was lazy: it is start-up, not ingest.
  // So is the word list that names unknown sites from their domains.
  topics.match('warm-up', '');
  loadDomainWords();
  const rounds = options.quick ? 2 : 10;
  const rssParser = new Parser();

  let articles = 0;
  let parseMs = 0;
  let understandMs = 0;
  let xmlArticles = 0;
  let xmlPipelineMs = 0;
  let rssParserMs = 0;
  let rssParserItems = 0;
  // The first round also pays V8's one-time work (compiling our regular expressions on first use,
  // running code before it is optimised); a bot that polls for days pays it once. The rounds after
  // it are kept apart too, so both the cold and the steady-state cost are printed.
  let warmParseMs = 0;
  let warmUnderstandMs = 0;
  for (let round = 0; round < rounds; round++) {
    for (const file of files) {
      const url = `https://fixtures.example/${file.name}`;
      let started = performance.now();
      const feed = await parseFeed(file.body, { url }).catch(() => undefined);
      const parsed = performance.now() - started;
      started = performance.now();
      const seenAt = new Date();
      for (const entry of feed?.entries ?? []) buildArticle(entry, { url, title: feed?.title, link: feed?.link, publisher: feed?.publisher }, topics, seenAt);
      const understood = performance.now() - started;
      parseMs += parsed;
      understandMs += understood;
      if (round > 0) {
        warmParseMs += parsed;
        warmUnderstandMs += understood;
      }
      articles += feed?.entries.length ?? 0;
      if (file.name.endsWith('.json')) continue;

      xmlPipelineMs += parsed + understood;
      xmlArticles += feed?.entries.length ?? 0;
      // rss-parser alone, on the same bytes (as UTF-8 text: it takes strings), failures included.
      started = performance.now();
      const plain = await rssParser.parseString(file.body.toString('utf8')).catch(() => undefined);
      rssParserMs += performance.now() - started;
      rssParserItems += plain?.items.length ?? 0;
    }
  }
  const perSecond = (count: number, ms: number) => Math.round((count / ms) * 1000);
  const pass = (ms: number) => round(ms / rounds);
  options.log({ name: 'ingest_pipeline', value: perSecond(articles, parseMs + understandMs), unit: 'articles/s', articles: articles / rounds, feeds: files.length, rounds });
  options.log({ name: 'ingest_pipeline_xml', value: perSecond(xmlArticles, xmlPipelineMs), unit: 'articles/s', articles: xmlArticles / rounds, ms_per_pass: pass(xmlPipelineMs) });
  options.log({ name: 'ingest_rss_parser_alone_xml', value: perSecond(rssParserItems, rssParserMs), unit: 'items/s', items: rssParserItems / rounds, ms_per_pass: pass(rssParserMs), note: 'parses no JSON Feed, fails on broken files' });
  options.log({ name: 'ingest_xml_pipeline_to_rss_parser', value: round(xmlPipelineMs / rssParserMs, 2), unit: 'x' });
  options.log({ name: 'ingest_parse_ms', value: pass(parseMs), unit: 'ms', note: 'decode, repair, XML reader (htmlparser2) or JSON Feed: one pass over every fixture feed' });
  options.log({ name: 'ingest_understand_ms', value: pass(understandMs), unit: 'ms', note: 'clean text, quote, source, summary, topics: one pass' });
  options.log({ name: 'understand_to_parse_ratio', value: round(understandMs / parseMs, 2), unit: 'x', target: '<= 1', note: `all ${rounds} rounds, the first (cold) one included` });
  options.log({ name: 'understand_to_parse_ratio_warm', value: round(warmUnderstandMs / warmParseMs, 2), unit: 'x', note: `rounds 2 to ${rounds}: after V8 compiled the patterns and the code` });
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
