// Feed faults (item 3 of the robustness issue), through the real poller, a real in-memory store and
// the fake feed host on 127.0.0.1. In every cycle a healthy feed is polled beside the faulty one:
// the fault is recorded on its own feed in one line (or read safely), the healthy feed delivers.
// Below them, one small test per quirk the faults found, at the function that was fixed.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../src/articles/article.ts';
import { articleId, linkId } from '../src/articles/article-id.ts';
import { loadTopicTable } from '../src/articles/topics.ts';
import { decodeFeedText } from '../src/feeds/decode-feed-text.ts';
import { FeedError } from '../src/feeds/feed-types.ts';
import { fetchFeed } from '../src/feeds/fetch-feed.ts';
import { MAX_FEED_ENTRIES, parseFeed } from '../src/feeds/parse-feed.ts';
import { createPoller, type PollerOptions, type PollReport } from '../src/feeds/poll-feeds.ts';
import { MAX_XML_DEPTH, repairXml } from '../src/feeds/repair-xml.ts';
import { xmlProblem } from '../src/feeds/xml-problem.ts';
import { openStore } from '../src/store/open-store.ts';
import type { NewsStore } from '../src/store/store-types.ts';
import { storyMessage as slackStory } from '../src/render/render-slack.ts';
import { makeGzipBomb, startFeedServer, type FeedServer } from './fakes/feed-server.ts';
import { aiItems, rss, type TestItem } from './helpers/rss.ts';

const topics = loadTopicTable();
const logger = pino({ level: 'silent' });
const now = new Date('2026-11-20T13:00:00Z');
const MB = 1024 * 1024;
/** Generous: a fault that is not stopped costs hundreds of MB to GB; a stopped one a few dozen. */
const MEMORY_BOUND_MB = 100;

let server: FeedServer;
let store: NewsStore;
let announced: Article[];
let healthyCount = 0;

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  store = await openStore({ storeUrl: 'memory:', dataDir: '' });
  announced = [];
});
afterEach(async () => {
  await store.close();
});

function poller(urls: string[], overrides: Partial<PollerOptions> = {}) {
  return createPoller({
    feeds: urls.map((url) => ({ url })),
    store,
    topics,
    logger,
    intervalMs: 600_000,
    newFeedAnnounceLimit: 3,
    retentionDays: 90,
    onNewArticles: async (articles) => void announced.push(...articles),
    now: () => now,
    random: () => 0.5,
    ...overrides,
  });
}

/** A fresh healthy feed with one story, polled in the same cycle as a faulty one. */
function healthyFeed(): { url: string; headline: string } {
  const name = `healthy-${++healthyCount}`;
  server.setFeed(`/${name}.xml`, rss('Healthy', aiItems(name, 1)));
  return { url: server.url(`/${name}.xml`), headline: `${name} 0: OpenAI ships a new AI model` };
}

/** Polls the faulty feed beside a healthy one; checks the healthy one delivered. */
async function pollBesideHealthy(faultUrl: string, overrides: Partial<PollerOptions> = {}): Promise<PollReport> {
  const healthy = healthyFeed();
  const report = await poller([faultUrl, healthy.url], overrides).pollAll();
  expect(announced.map((article) => article.headline)).toContain(healthy.headline);
  expect((await store.getFeedState(healthy.url))!.lastError).toBeUndefined();
  return report;
}

/** The fault is on its own feed, in one line. */
async function expectRecorded(url: string, reason: string | RegExp): Promise<void> {
  const state = await store.getFeedState(url);
  expect(state?.failures).toBe(1);
  expect(state?.lastError).toMatch(reason);
  expect(state!.lastError!).not.toMatch(/\n/);
  expect(state!.lastError!.length).toBeLessThanOrEqual(300);
}

/** Runs `work` and reports how far RSS and the heap rose above where they started (sampled). */
async function memoryRise<T>(work: () => Promise<T>): Promise<{ result: T; rssMb: number; heapMb: number }> {
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sample = () => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  };
  const timer = setInterval(sample, 5);
  try {
    const result = await work();
    sample();
    return { result, rssMb: (peakRss - before.rss) / MB, heapMb: (peakHeap - before.heapUsed) / MB };
  } finally {
    clearInterval(timer);
  }
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>Laughs</title><link>https://laughs.example/</link>
<item><title>Laughs 1: OpenAI ships a new AI model &lol9;</title><link>https://laughs.example/1</link>
<description>OpenAI said the new AI model is faster. &lol9;</description></item>
<item><title>&lol9;</title><link>https://laughs.example/2</link><description>&lol9;&lol9;&lol9;</description></item>
</channel></rss>`;

function storyArticle(): Article {
  return {
    id: 'a1', feedUrl: 'https://x.example/feed', url: 'https://x.example/a', headline: 'Headline', source: 'X',
    published: now.toISOString(), firstSeen: now.toISOString(), quote: null, summary: 'Summary.', topics: ['ai'], story: 'a1', text: '',
  };
}

/** An RSS document whose item holds `depth` nested elements written as raw XML (not escaped). */
function deeplyNested(tag: string, depth: number): string {
  const deep = `<item><title>Deep 1: OpenAI ships a new AI model</title><link>https://deep.example/1</link>
<description>${`<${tag}>`.repeat(depth)}OpenAI said the model is faster.${`</${tag}>`.repeat(depth)}</description></item>`;
  const normal = `<item><title>Deep 2: Anthropic ships a new AI model</title><link>https://deep.example/2</link>
<description>Anthropic said the model is safer.</description></item>`;
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Deep</title><link>https://deep.example/</link>${deep}${normal}</channel></rss>`;
}

/** `count` compact items, a minute apart, newest first (all within the retention). */
function manyItems(count: number): string {
  const items: string[] = [];
  for (let i = 0; i < count; i++) {
    const date = new Date(now.getTime() - (i + 1) * 60_000).toUTCString();
    items.push(`<item><title>Big ${i}: OpenAI ships an AI model</title><link>https://big.example/${i}</link><pubDate>${date}</pubDate></item>`);
  }
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title><link>https://big.example/</link>${items.join('\n')}</channel></rss>`;
}

describe('feed faults through the poller', () => {
  it('a feed answering a byte at a time is cut by the timeout', async () => {
    server.setFeed('/slow.xml', rss('Slow', aiItems('slow', 2)));
    server.setBehaviour('/slow.xml', { kind: 'slow', intervalMs: 20 });
    const started = Date.now();
    await pollBesideHealthy(server.url('/slow.xml'), { fetchTimeoutMs: 400 });
    await expectRecorded(server.url('/slow.xml'), 'timed out after 400 ms');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('a gzip bomb (1 MB inflating to 1 GB) is stopped at the 5 MB cap, memory flat', async () => {
    server.setBehaviour('/bomb.xml', { kind: 'gzip-bomb', bytes: 1024 * MB });
    const { rssMb, heapMb } = await memoryRise(() => pollBesideHealthy(server.url('/bomb.xml')));
    await expectRecorded(server.url('/bomb.xml'), 'response larger than 5 MB, and no complete item in its first 5 MB');
    expect(rssMb).toBeLessThan(MEMORY_BOUND_MB);
    expect(heapMb).toBeLessThan(MEMORY_BOUND_MB);
  });

  it('a gzip bomb sent as the raw body (no Content-Encoding) is stopped at the inflate cap', async () => {
    server.setFeed('/raw-bomb.xml', makeGzipBomb(1024 * MB), { contentType: 'application/rss+xml' });
    const { rssMb } = await memoryRise(() => pollBesideHealthy(server.url('/raw-bomb.xml')));
    await expectRecorded(server.url('/raw-bomb.xml'), /^not a feed: gzip body inflates past/);
    expect(rssMb).toBeLessThan(MEMORY_BOUND_MB);
  });

  it('a redirect loop stops after 5 redirects', async () => {
    server.setBehaviour('/loop.xml', { kind: 'redirect-loop' });
    server.requests.length = 0;
    await pollBesideHealthy(server.url('/loop.xml'));
    await expectRecorded(server.url('/loop.xml'), 'too many redirects (over 5)');
    expect(server.requests.filter((request) => request.path === '/loop.xml')).toHaveLength(6);
  });

  it('100,000 items in one document (13 MB): the items in the first 5 MB are read, at most 5,000', async () => {
    const document = manyItems(100_000);
    expect(document.length).toBeGreaterThan(10 * MB);
    server.setFeed('/big.xml', document);
    const { result: report, rssMb } = await memoryRise(() => pollBesideHealthy(server.url('/big.xml')));
    const state = await store.getFeedState(server.url('/big.xml'));
    expect(state?.lastError).toBeUndefined();
    expect(state?.itemCount).toBe(MAX_FEED_ENTRIES);
    // The new feed's back catalogue is stored, its three newest announced (oldest first).
    expect(report.stored).toBe(MAX_FEED_ENTRIES + 1);
    expect(announced.filter((article) => article.headline.startsWith('Big')).map((article) => article.headline)).toEqual([
      'Big 2: OpenAI ships an AI model',
      'Big 1: OpenAI ships an AI model',
      'Big 0: OpenAI ships an AI model',
    ]);
    expect(rssMb).toBeLessThan(200); // 5 MB of XML as xml2js objects, 5,000 articles and their index (about 50 MB)
  });

  it('a body over the cap with no complete item in it is a clear error', async () => {
    server.setBehaviour('/huge.xml', { kind: 'oversized', bytes: 50 * MB });
    await pollBesideHealthy(server.url('/huge.xml'));
    await expectRecorded(server.url('/huge.xml'), 'response larger than 5 MB, and no complete item in its first 5 MB');
  });

  it('invalid UTF-8 is read: broken sequences become U+FFFD, Latin-1 under a UTF-8 label is read as such', async () => {
    const head = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bytes</title><link>https://bytes.example/</link>';
    const item = (n: number, title: Buffer) =>
      Buffer.concat([Buffer.from(`<item><link>https://bytes.example/${n}</link><title>`), title, Buffer.from('</title><description>OpenAI said the new AI model is faster.</description></item>')]);
    const broken = Buffer.concat([
      Buffer.from(head),
      // A valid "é", then a cut 3-byte sequence, a stray continuation byte and 0xff.
      item(1, Buffer.concat([Buffer.from('Café AI: '), Buffer.from([0xe2, 0x82]), Buffer.from(' OpenAI '), Buffer.from([0x80, 0xff]), Buffer.from(' model')])),
      Buffer.from('</channel></rss>'),
    ]);
    const latin1 = Buffer.concat([Buffer.from(head), item(2, Buffer.from('Caf\xe9 AI: OpenAI ships a model', 'latin1')), Buffer.from('</channel></rss>')]);
    server.setFeed('/broken-utf8.xml', broken);
    server.setFeed('/latin1-as-utf8.xml', latin1, { contentType: 'application/rss+xml; charset=utf-8' });
    const healthy = healthyFeed();
    await poller([server.url('/broken-utf8.xml'), server.url('/latin1-as-utf8.xml'), healthy.url]).pollAll();
    const headlines = announced.map((article) => article.headline);
    expect(headlines).toContain(healthy.headline);
    expect(headlines).toContain('Café AI: \ufffd OpenAI \ufffd\ufffd model');
    expect(headlines).toContain('Café AI: OpenAI ships a model');
    expect((await store.getFeedState(server.url('/broken-utf8.xml')))!.lastError).toBeUndefined();
  });

  it('billion laughs: DTD entities are never expanded, memory stays flat', async () => {
    server.setFeed('/laughs.xml', BILLION_LAUGHS);
    const { rssMb, heapMb } = await memoryRise(() => pollBesideHealthy(server.url('/laughs.xml')));
    expect(rssMb).toBeLessThan(MEMORY_BOUND_MB);
    expect(heapMb).toBeLessThan(MEMORY_BOUND_MB);
    const laughs = announced.filter((article) => article.feedUrl === server.url('/laughs.xml'));
    // The items are read; the undeclared references stay as written, nothing expands.
    expect(laughs.map((article) => article.headline)).toEqual(['&lol9;', 'Laughs 1: OpenAI ships a new AI model &lol9;']);
    for (const article of laughs) {
      expect(article.text.length).toBeLessThan(200);
      expect(article.text).not.toMatch(/lollol/);
    }
  });

  it('deeply nested elements (100,000 levels of <div>, then of <item>): no stack overflow, the items read', async () => {
    server.setFeed('/deep-div.xml', deeplyNested('div', 100_000));
    server.setFeed('/deep-item.xml', deeplyNested('item', 100_000));
    const started = Date.now();
    const healthy = healthyFeed();
    const report = await poller([server.url('/deep-div.xml'), server.url('/deep-item.xml'), healthy.url]).pollAll();
    expect(report.outcomes.failed).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    for (const feed of ['/deep-div.xml', '/deep-item.xml']) {
      const headlines = announced.filter((article) => article.feedUrl === server.url(feed)).map((article) => article.headline);
      expect(headlines).toContain('Deep 1: OpenAI ships a new AI model');
      expect(headlines).toContain('Deep 2: Anthropic ships a new AI model');
    }
    const deep = announced.find((article) => article.feedUrl === server.url('/deep-div.xml') && article.headline.startsWith('Deep 1'));
    expect(deep?.text).toBe('OpenAI said the model is faster.');
  });

  it('a feed flipping between two versions of the same items announces each story once', async () => {
    const items = aiItems('flip', 3);
    const versionA = rss('Flip', items);
    // The same items reordered, re-indented, with a different channel description: another ETag.
    const versionB = rss('Flip', [...items].reverse())
      .replace(/\n/g, '\n    ')
      .replace('<title>Flip</title>', '<title>Flip</title><description>Version B</description>');
    const fresh = { title: 'flip new: Anthropic ships a new AI model', link: 'https://news.example/flip/new', guid: 'https://news.example/flip/new', pubDate: new Date('2026-11-20T12:30:00Z').toUTCString() };
    const etags = new Set<string>();
    for (let poll = 0; poll < 8; poll++) {
      const version = poll % 2 === 0 ? versionA : versionB;
      // Midway the new story appears in both versions.
      server.setFeed('/flip.xml', poll >= 4 ? version.replace('<item>', `${rss('x', [fresh]).match(/<item>[\s\S]*?<\/item>/)![0]}\n<item>`) : version);
      await poller([server.url('/flip.xml')]).pollAll();
      etags.add((await store.getFeedState(server.url('/flip.xml')))!.etag!);
    }
    expect(etags.size).toBe(4);
    expect(announced.map((article) => article.headline.split(':')[0])).toEqual(['flip 2', 'flip 1', 'flip 0', 'flip new']);
  });

  it('an item whose guid changes while its link stays is not reposted', async () => {
    const item = (n: number, guid?: string): TestItem => ({
      title: `moved ${n}: OpenAI ships a new AI model`,
      link: `https://moved.example/story/${n}?utm_source=rss`,
      guid,
      pubDate: new Date(now.getTime() - n * 3_600_000).toUTCString(),
    });
    server.setFeed('/moved.xml', rss('Moved', [item(1, 'old-cms-1'), item(2, 'old-cms-2'), item(3)]));
    await poller([server.url('/moved.xml')]).pollAll();
    expect(announced).toHaveLength(3);
    announced = [];
    // A CMS migration: new guids (one item gains its first), the same links, one new story.
    server.setFeed('/moved.xml', rss('Moved', [item(0, 'tag:new-cms,2026:0'), item(1, 'tag:new-cms,2026:1'), item(2, 'tag:new-cms,2026:2'), item(3, 'tag:new-cms,2026:3')]));
    const report = await poller([server.url('/moved.xml')]).pollAll();
    expect(announced.map((article) => article.headline)).toEqual(['moved 0: OpenAI ships a new AI model']);
    expect(report.stored).toBe(1);
    // And the next poll, with the new guids now seen, is quiet.
    announced = [];
    server.setFeed('/moved.xml', rss('Moved', [item(0, 'tag:new-cms,2026:0'), item(1, 'tag:new-cms,2026:1')]) + '\n');
    await poller([server.url('/moved.xml')]).pollAll();
    expect(announced).toEqual([]);
  });

  it('items sharing one link (a podcast home page) are still told apart by their guids', async () => {
    const episode = (n: number): TestItem => ({
      title: `Episode ${n}: OpenAI ships a new AI model`,
      link: 'https://podcast.example/',
      guid: `episode-${n}`,
      pubDate: new Date(now.getTime() - n * 3_600_000).toUTCString(),
    });
    server.setFeed('/podcast.xml', rss('Podcast', [episode(2), episode(3)]));
    await poller([server.url('/podcast.xml')]).pollAll();
    server.setFeed('/podcast.xml', rss('Podcast', [episode(1), episode(2), episode(3)]));
    await poller([server.url('/podcast.xml')]).pollAll();
    // A lone new episode linking to the shared page, then another.
    server.setFeed('/podcast.xml', rss('Podcast', [episode(0)]));
    await poller([server.url('/podcast.xml')]).pollAll();
    expect(announced.map((article) => article.headline.split(':')[0])).toEqual(['Episode 3', 'Episode 2', 'Episode 1', 'Episode 0']);
  });

  it('items without dates are delivered, in reverse document order (feeds list newest first)', async () => {
    const undated = (prefix: string, count: number): TestItem[] =>
      Array.from({ length: count }, (_, i) => ({ title: `${prefix} ${i}: OpenAI ships a new AI model`, link: `https://undated.example/${prefix}/${i}` }));
    // A new feed: its first three items (the newest) are announced, the oldest of them first.
    server.setFeed('/undated.xml', rss('Undated', undated('u', 5)));
    await poller([server.url('/undated.xml')]).pollAll();
    expect(announced.map((article) => article.headline.split(':')[0])).toEqual(['u 2', 'u 1', 'u 0']);
    expect(announced.every((article) => article.published === now.toISOString())).toBe(true);
    announced = [];
    // New undated items on top of a known feed: all of them, the lowest in the document first.
    server.setFeed('/undated.xml', rss('Undated', [...undated('v', 4), ...undated('u', 5)]));
    await poller([server.url('/undated.xml')]).pollAll();
    expect(announced.map((article) => article.headline.split(':')[0])).toEqual(['v 3', 'v 2', 'v 1', 'v 0']);
    announced = [];
    // Nothing is reposted, even with an unreadable date added later.
    server.setFeed('/undated.xml', rss('Undated', [...undated('v', 4), ...undated('u', 5)]).replace('</link>', '</link><pubDate>sometime</pubDate>'));
    await poller([server.url('/undated.xml')]).pollAll();
    expect(announced).toEqual([]);
  });
});

describe('quirks the faults found', () => {
  const URL = 'https://feeds.example.com/feed.xml';
  const parse = (text: string, options: { truncated?: boolean } = {}) => parseFeed(Buffer.from(text), { url: URL, ...options });

  it('removes a DOCTYPE internal subset before parsing: no entity expansion, no external entity read', async () => {
    const laughs = await parse(BILLION_LAUGHS);
    expect(laughs.entries.map((entry) => entry.title)).toEqual(['Laughs 1: OpenAI ships a new AI model &lol9;', '&lol9;']);
    const xxe = await parse(`<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>
<rss version="2.0"><channel><title>X</title><item><title>Read &xxe; here</title></item></channel></rss>`);
    expect(xxe.entries[0]!.title).toBe('Read &xxe; here');
    // A DOCTYPE without a subset (RSS 0.91's) is harmless and stays.
    const netscape = await parse(`<?xml version="1.0"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>N</title><item><title>Caf&eacute; [1]</title></item></channel></rss>`);
    expect(netscape.entries[0]!.title).toBe('Café [1]');
  });

  it('drops a DOCTYPE spliced into the middle of a document instead of giving the feed up', async () => {
    const feed = await parse(`<rss version="2.0"><channel><title>S</title><item><title>A</title></item>
<!DOCTYPE x [<!ENTITY a "&a;&a;">]><item><title>B &a;</title></item></channel></rss>`);
    expect(feed.entries.map((entry) => entry.title)).toEqual(['A', 'B &a;']);
  });

  it('xmlProblem flags only what is not well-formed, so a broken feed skips the doomed strict parse', () => {
    const fine = `<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//N//DTD RSS 0.91//EN" "rss.dtd">
<rss a="1 > 0" b='&amp;&#38;&#x26;'><channel><title>Caf&eacute; &amp; co</title><x:y/><t:título>ok</t:título>
<![CDATA[ & < ]]><!-- & < --><?pi & ?></channel></rss>\n<!-- after --><?after?>\n`;
    expect(xmlProblem(fine, 10)).toBeUndefined();
    const problems: Array<[string, string]> = [
      ['<rss><t>A & B</t></rss>', 'a bare & (not an entity reference)'],
      ['<rss><t a="x & y"/></rss>', 'a bare & (not an entity reference)'],
      ['<rss><t>A</b></rss>', 'a mismatched end tag </b>'],
      ['<rss><t a=1>A</t></rss>', 'a malformed start tag <t>'],
      ['<rss><t>A</t></rss><script>x</script>', 'a second root element'],
      ['<rss><t>A</t></rss> junk', 'text outside the root element'],
      ['<rss><t>A', 'an unclosed <t>'],
      ['<rss><t>1 < 2</t></rss>', 'an invalid tag name'],
      ['<rss><![CDATA[cut', 'an unterminated CDATA section, comment or declaration'],
    ];
    for (const [xml, problem] of problems) expect(xmlProblem(xml, 10), xml).toBe(problem);
  });

  it('flattens elements nested deeper than MAX_XML_DEPTH, keeping their text', async () => {
    expect(xmlProblem('<a><b/><c><!-- <x><x><x> --><![CDATA[<y><y>]]></c></a>', 2)).toBeUndefined();
    expect(xmlProblem('<a><b><c></c></b></a>', 2)).toBe('elements nested deeper than 2');
    const repaired = repairXml(deeplyNested('div', 10_000));
    expect(xmlProblem(repaired, MAX_XML_DEPTH)).toBeUndefined();
    expect(repaired).toContain('OpenAI said the model is faster.');
    // The strict path never sees the deep document (xml2js's builder would overflow the stack).
    const feed = await parse(deeplyNested('div', 100_000));
    expect(feed.entries.map((entry) => entry.title)).toEqual(['Deep 1: OpenAI ships a new AI model', 'Deep 2: Anthropic ships a new AI model']);
    // An unclosed run (no end tags at all) costs no quadratic end-tag search either.
    const unclosed = await parse(deeplyNested('div', 100_000).replace(/<\/div>/g, ''));
    expect(unclosed.entries).toHaveLength(2);
  });

  it('reads 100,000 items within the cap, returning the first MAX_FEED_ENTRIES', async () => {
    const items = Array.from({ length: 100_000 }, (_, i) => `<item><guid>g${i}</guid></item>`).join('');
    const feed = await parse(`<rss version="2.0"><channel><title>T</title>${items}</channel></rss>`);
    expect(feed.entries).toHaveLength(MAX_FEED_ENTRIES);
    expect(feed.entries[0]!.guid).toBe('g0');
  });

  it('reads only the complete items of a body cut at the size cap', async () => {
    const cut = rss('Cut', aiItems('cut', 3)).slice(0, -60);
    expect(cut).toMatch(/<item>\s*<title>cut 2/);
    const feed = await parse(cut, { truncated: true });
    expect(feed.entries.map((entry) => entry.title?.split(':')[0])).toEqual(['cut 0', 'cut 1']);
    await expect(parse('<rss><channel><item><title>half', { truncated: true })).rejects.toThrow(
      new FeedError('not a feed: no complete item before the size cap'),
    );
    await expect(parse('{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1"}', { truncated: true })).rejects.toThrow(FeedError);
  });

  it('fetchFeed with oversize "truncate" keeps exactly the first maxBytes, over HTTP and from a file', async () => {
    server.setBehaviour('/truncate.xml', { kind: 'oversized', bytes: 10 * MB });
    const http = await fetchFeed(server.url('/truncate.xml'), { maxBytes: 100_000, oversize: 'truncate' });
    expect(http.status === 'ok' && http.body.length).toBe(100_000);
    expect(http.status === 'ok' && http.truncated).toBe(true);
    server.setFeed('/small.xml', rss('Small', aiItems('small', 1)));
    const small = await fetchFeed(server.url('/small.xml'), { maxBytes: 100_000, oversize: 'truncate' });
    expect(small.status === 'ok' && small.truncated).toBeUndefined();

    const dir = await mkdtemp(path.join(tmpdir(), 'newsbot-faults-'));
    try {
      const file = path.join(dir, 'big.xml');
      await writeFile(file, Buffer.alloc(4096, 'a'));
      const local = await fetchFeed(pathToFileURL(file).href, { maxBytes: 1000, oversize: 'truncate' });
      expect(local.status === 'ok' && [local.body.length, local.truncated]).toEqual([1000, true]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('decodes a UTF-8 label over bytes with no UTF-8 in them as windows-1252, and broken UTF-8 with U+FFFD', () => {
    const xml = (title: Buffer) => Buffer.concat([Buffer.from('<?xml version="1.0" encoding="UTF-8"?><t>'), title, Buffer.from('</t>')]);
    expect(decodeFeedText(xml(Buffer.from('Caf\xe9 \x93q\x94', 'latin1')))).toContain('<t>Café “q”</t>');
    expect(decodeFeedText(Buffer.from('Caf\xe9', 'latin1'), 'text/xml; charset=utf-8')).toBe('Café');
    expect(decodeFeedText(xml(Buffer.from([0x63, 0xc3, 0xa9, 0x20, 0xe9])))).toContain('<t>cé \ufffd</t>');
  });

  it('repairs hostile markup in linear time: a huge broken tag, stray "<?" and "<!X [", unclosed xhtml', async () => {
    // Each took from 5 s to minutes before (a pattern rescanning to the end of the document from
    // every occurrence); linear work takes milliseconds. The bound only tells a hang from work.
    const head = '<rss version="2.0"><channel><title>T</title><item><title>A</title>';
    const tail = '</item></channel></rss>';
    const timed = async (work: () => unknown) => {
      const started = performance.now();
      await work();
      return performance.now() - started;
    };
    expect(await timed(() => repairXml(`${head}<p ${'x'.repeat(200_000)}>${tail}`))).toBeLessThan(2_000);
    expect(await timed(() => repairXml(head + '<? a '.repeat(100_000) + tail))).toBeLessThan(2_000);
    expect(await timed(() => repairXml(head + '<!X ['.repeat(100_000) + tail))).toBeLessThan(2_000);
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title>${'<content type="xhtml">x '.repeat(50_000)}</entry></feed>`;
    expect(await timed(() => parse(atom).catch(() => undefined))).toBeLessThan(2_000);
    const titles = `<rss><channel><item><title>${'&lt;'.repeat(200_000)}x</title></item></channel></rss>`;
    expect(await timed(() => parse(titles))).toBeLessThan(2_000);
    // What they keep: an instruction is copied, a declaration dropped, a stray "<?" is text.
    expect(repairXml('<rss><?xml-stylesheet href="s.xsl"?><!ELEMENT x ANY><a>1 <? 2</a></rss>')).toBe(
      '<rss><?xml-stylesheet href="s.xsl"?><a>1 &lt;? 2</a></rss>',
    );
  });

  it('Slack: a "|" in a story URL is encoded, so it cannot end the link early', () => {
    const article = { ...storyArticle(), url: 'https://x.example/a|b' };
    const section = slackStory(article).blocks[0] as { text: { text: string } };
    expect(section.text.text).toMatch(/^\*<https:\/\/x\.example\/a%7Cb\|Headline>\*/);
  });

  it('linkId ignores tracking parameters and equals articleId for an item without a guid', () => {
    const entry = { link: 'https://a.example/x?utm_source=rss', categories: [] };
    expect(linkId(entry)).toBe(linkId({ link: 'https://a.example/x', categories: [] }));
    expect(linkId(entry)).toBe(articleId(entry, URL));
    expect(linkId({ categories: [] })).toBeUndefined();
  });
});
