// Ingest: articles per second through the pipeline (our parse + understanding) over every fixture
// feed, beside rss-parser alone on the same bytes in the same run, and their ratio.
import { readFileSync, readdirSync } from 'node:fs';
import Parser from 'rss-parser';
import { buildArticle } from '../src/articles/build-article.ts';
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
  const rounds = options.quick ? 2 : 10;
  const rssParser = new Parser();

  let articles = 0;
  let parseMs = 0;
  let understandMs = 0;
  let rssParserMs = 0;
  let rssParserItems = 0;
  for (let round = 0; round < rounds; round++) {
    for (const file of files) {
      const url = `https://fixtures.example/${file.name}`;
      let started = performance.now();
      const feed = await parseFeed(file.body, { url }).catch(() => undefined);
      parseMs += performance.now() - started;
      if (feed) {
        started = performance.now();
        const seenAt = new Date();
        for (const entry of feed.entries) buildArticle(entry, { url, title: feed.title, link: feed.link }, topics, seenAt);
        understandMs += performance.now() - started;
        articles += feed.entries.length;
      }
      // rss-parser alone, on the same bytes (as UTF-8 text: it takes strings), failures included.
      started = performance.now();
      const plain = await rssParser.parseString(file.body.toString('utf8')).catch(() => undefined);
      rssParserMs += performance.now() - started;
      rssParserItems += plain?.items.length ?? 0;
    }
  }
  const pipelineMs = parseMs + understandMs;
  const perSecond = (count: number, ms: number) => Math.round((count / ms) * 1000);
  options.log({ name: 'ingest_pipeline', value: perSecond(articles, pipelineMs), unit: 'articles/s', articles: articles / rounds, feeds: files.length, rounds });
  options.log({ name: 'ingest_rss_parser_alone', value: perSecond(rssParserItems, rssParserMs), unit: 'items/s', items: rssParserItems / rounds });
  options.log({ name: 'ingest_parse_ms', value: round(parseMs / rounds), unit: 'ms', note: 'our parse (decode, repair, rss-parser, JSON Feed) per pass over all fixture feeds' });
  options.log({ name: 'ingest_understand_ms', value: round(understandMs / rounds), unit: 'ms', note: 'clean text, source, summary, topics per pass' });
  options.log({ name: 'ingest_rss_parser_ms', value: round(rssParserMs / rounds), unit: 'ms', note: 'rss-parser alone per pass, same bytes' });
  options.log({ name: 'ingest_ratio_pipeline_to_rss_parser', value: round(pipelineMs / rssParserMs, 2), unit: 'x' });
  options.log({ name: 'understand_to_parse_ratio', value: round(understandMs / parseMs, 2), unit: 'x', target: '<= 1' });
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
