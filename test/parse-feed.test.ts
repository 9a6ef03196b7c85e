import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/articles/build-article.ts';
import { loadTopicTable } from '../src/articles/topics.ts';
import { FeedError, type ParsedFeed } from '../src/feeds/feed-types.ts';
import { MAX_FEED_ENTRIES, parseFeed } from '../src/feeds/parse-feed.ts';
import { parseFeedDate } from '../src/feeds/parse-feed-date.ts';
import { repairXml } from '../src/feeds/repair-xml.ts';
import { hasSharedFixtures, sharedPath } from './shared-fixtures.ts';

const ownFixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/feeds');
const FEED_URL = 'https://feeds.example.com/path/feed.xml';

function parseOwn(file: string, contentType?: string): Promise<ParsedFeed> {
  return parseFeed(readFileSync(path.join(ownFixtures, file)), { url: FEED_URL, contentType });
}

function parseText(text: string, contentType?: string): Promise<ParsedFeed> {
  return parseFeed(Buffer.from(text, 'utf8'), { url: FEED_URL, contentType });
}

const rssWith = (items: string) =>
  `<rss version="2.0"><channel><title>T</title><link>https://t.example.com/</link>${items}</channel></rss>`;

describe.skipIf(!hasSharedFixtures)('shared fixture feeds (MANIFEST.tsv item counts)', () => {
  const manifest = hasSharedFixtures
    ? readFileSync(sharedPath('feeds/MANIFEST.tsv'), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split('\t'))
        .map((columns) => ({ file: columns[0]!, count: Number(columns[5]) }))
    : [];
  // Items that are empty in the publisher's own bytes (<title></title><link></link>).
  const emptyInSource: Record<string, number> = { 'malformed-undeclared-latin1-no-xml-decl-cerclepsy.xml': 1 };

  it.each(manifest.filter(({ file }) => !file.endsWith('.html')))('$file yields $count items', async ({ file, count }) => {
    const feed = await parseFeed(readFileSync(sharedPath('feeds', file)), { url: 'https://publisher.example/feed' });
    expect(feed.entries).toHaveLength(count);
    const untitled = feed.entries.filter((entry) => !entry.title && !entry.link);
    expect(untitled).toHaveLength(emptyInSource[file] ?? 0);
    for (const entry of feed.entries) {
      if (entry.link) expect(entry.link).toMatch(/^https?:\/\//);
    }
  });

  it('refuses the HTML "Document Moved" page', async () => {
    const body = readFileSync(sharedPath('feeds/malformed-html-document-moved-marketwatch.html'));
    await expect(parseFeed(body, { url: 'https://publisher.example/feed' })).rejects.toThrow(
      new FeedError('not a feed: the server sent an HTML page'),
    );
  });
});

describe('charset', () => {
  it('decodes undeclared non-UTF-8 bytes as windows-1252', async () => {
    const feed = await parseOwn('charset-undeclared-latin1.xml');
    expect(feed.entries[0]!.title).toBe('Café “quoted” news');
  });

  it('decodes a declared iso-8859-1 as windows-1252 (0x97 is an em dash, 0x80 the euro)', async () => {
    const feed = await parseOwn('charset-declared-latin1-cp1252-bytes.xml');
    expect(feed.entries[0]!.title).toBe('Before—after € price');
  });

  it('reads text a CMS encoded twice as it was meant, and leaves real accents alone', async () => {
    const feed = await parseText(
      rssWith(
        '<item><title>Thereâ€™s a new channel in town â€“ Quillmark Chat</title><description>&lt;p&gt;Weâ€™re excited: â€œcafÃ© modeâ€\u009d ships today.&lt;/p&gt;</description></item>' +
          '<item><title>SÃO PAULO: «café» Nº 5, naïve façade</title><description>Plain.</description></item>',
      ),
    );
    expect(feed.entries[0]!.title).toBe('There’s a new channel in town – Quillmark Chat');
    expect(feed.entries[0]!.html).toBe('<p>We’re excited: “café mode” ships today.</p>');
    expect(feed.entries[1]!.title).toBe('SÃO PAULO: «café» Nº 5, naïve façade');
  });

  it('reads UTF-8 bytes under a declaration that says UTF-16', async () => {
    const feed = await parseOwn('charset-utf16-declared-utf8-bytes.xml');
    expect(feed.entries[0]!.title).toBe('Déjà vu – naïve');
  });

  it('reads real UTF-16 by its BOM', async () => {
    const feed = await parseOwn('charset-utf16le-bom.xml');
    expect(feed.entries[0]!.title).toBe('Ελληνικά 中文');
  });

  it("uses the XML declaration's encoding (gb2312)", async () => {
    const feed = await parseOwn('charset-declared-gb2312.xml');
    expect(feed.entries[0]!.title).toBe('中文新闻');
  });

  it('lets the HTTP charset win over the default', async () => {
    // "Привет" in windows-1251, no declaration
    const title = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
    const [before, after] = rssWith('<item><title>TITLE</title></item>').split('TITLE');
    const body = Buffer.concat([Buffer.from(before!), title, Buffer.from(after!)]);
    const feed = await parseFeed(body, { url: FEED_URL, contentType: 'application/rss+xml; charset=windows-1251' });
    expect(feed.entries[0]!.title).toBe('Привет');
  });

  it('lets a UTF-8 BOM win over a wrong HTTP charset', async () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rssWith('<item><title>Zürich</title></item>'))]);
    const feed = await parseFeed(body, { url: FEED_URL, contentType: 'text/xml; charset=iso-8859-1' });
    expect(feed.entries[0]!.title).toBe('Zürich');
  });

  it('gunzips a raw gzip body that came without Content-Encoding', async () => {
    const body = gzipSync(Buffer.from(rssWith('<item><title>Zipped</title></item>')));
    const feed = await parseFeed(body, { url: FEED_URL });
    expect(feed.entries.map((entry) => entry.title)).toEqual(['Zipped']);
  });

  it('refuses a gzip body that inflates past 5 MB', async () => {
    const bomb = gzipSync(Buffer.alloc(6 * 1024 * 1024, 0x20));
    await expect(parseFeed(bomb, { url: FEED_URL })).rejects.toThrow(/not a feed: gzip body inflates past/);
  });
});

describe('links', () => {
  it('resolves item links against the channel link, itself resolved against the feed URL', async () => {
    const feed = await parseOwn('links-relative-to-channel.xml');
    expect(feed.link).toBe('https://feeds.example.com/news/');
    expect(feed.entries.map((entry) => entry.link)).toEqual([
      'https://feeds.example.com/content/abc-123',
      'https://feeds.example.com/news/story/42',
      'https://other.example.org/x',
    ]);
  });

  it('resolves Atom links against feed and entry xml:base, preferring rel=alternate', async () => {
    const feed = await parseOwn('links-atom-xml-base.xml');
    expect(feed.format).toBe('atom');
    expect(feed.link).toBe('https://blog.example.net/writing/');
    expect(feed.entries.map((entry) => entry.link)).toEqual([
      'https://blog.example.net/writing/2024/first',
      'https://blog.example.net/archive/second',
    ]);
  });

  it('uses a permalink guid as the link when the item has none', async () => {
    const feed = await parseOwn('links-guid-as-link.xml');
    expect(feed.entries.map((entry) => [entry.guid, entry.link])).toEqual([
      ['https://guid.example.com/posts/1', 'https://guid.example.com/posts/1'],
      ['https://guid.example.com/posts/2', 'https://guid.example.com/posts/2'],
      ['https://guid.example.com/?p=3', undefined],
      ['c57f1115-2f03-4022', undefined],
    ]);
  });
});

describe('JSON Feed', () => {
  it('reads version 1 with odd dates, numeric ids, external_url and escaped content', async () => {
    const feed = await parseOwn('jsonfeed-1.0-odd-dates.json');
    expect(feed.format).toBe('jsonfeed');
    expect(feed.title).toBe('Odd Dates');
    const [first, second, third, fourth] = feed.entries;
    expect(first).toMatchObject({
      guid: '101',
      link: 'https://json.example.com/posts/101',
      published: '2022-07-26T13:01:01.000Z',
      html: '<p>One</p>',
      summaryHtml: 'Short',
      categories: ['ai', 'llm'],
    });
    expect(second).toMatchObject({
      title: 'RFC 822 – linked',
      published: '2019-05-31T19:17:58.000Z',
      link: 'https://json.example.com/posts/102',
      sourceUrl: 'https://elsewhere.example.org/story',
      html: 'Plain &lt;text&gt;<br>\nsecond line',
    });
    expect(third).toMatchObject({ published: '2026-02-16T00:00:00.000Z', html: '<p>escaped twice</p>' });
    expect(fourth!.published).toBeUndefined();
    expect(fourth!.link).toBe('https://elsewhere.example.org/104');
  });

  it('reads version 1.1 authors[] before the legacy author', async () => {
    const feed = await parseOwn('jsonfeed-1.1-authors.json');
    expect(feed.entries.map((entry) => entry.author)).toEqual(['Ada, Grace', 'Legacy']);
    expect(feed.entries[1]!.published).toBe('2020-01-10T14:33:00.000Z');
    expect(feed.entries[1]!.html).toBe('B');
  });

  it('refuses JSON that is not a JSON Feed, and malformed JSON', async () => {
    await expect(parseText('{"items": []}')).rejects.toThrow(/^not a feed: JSON that is not a JSON Feed/);
    await expect(parseText('{"version": "https://jsonfeed.org/version/1", ')).rejects.toThrow(/^not a feed: .*malformed JSON/);
  });
});

describe('repairs of broken XML', () => {
  it('skips blank lines before the declaration', async () => {
    expect((await parseOwn('repair-blank-lines-before-declaration.xml')).entries).toHaveLength(1);
  });

  it('drops comments and a mangled <?xml?xml ... ??> declaration', async () => {
    const feed = await parseOwn('repair-mangled-declaration.xml');
    expect(feed.entries.map((entry) => entry.title)).toEqual(['Mangled']);
  });

  it('reads a feed whose declaration is a <?phpxml ...?> instruction', async () => {
    expect((await parseOwn('repair-phpxml-declaration.xml')).entries[0]!.title).toBe('PHP template');
  });

  it('treats an undeclared rss: prefix as no prefix and quotes unquoted attributes', async () => {
    const feed = await parseOwn('repair-undeclared-rss-prefix.xml');
    expect(feed.title).toBe('Prefixed');
    expect(feed.entries).toHaveLength(2);
    expect(feed.entries[0]).toMatchObject({
      title: 'First prefixed',
      link: 'https://prefix.example.com/1',
      sourceName: 'Prefix Source',
      sourceUrl: 'https://prefix.example.com/feed',
      published: '2026-01-19T00:00:00.000Z',
    });
  });

  it('removes C0 control characters', async () => {
    const feed = await parseOwn('repair-control-characters.xml');
    expect(feed.entries[0]!.title).toBe('Control chars');
    expect(feed.entries[0]!.html).toBe('<p>wzxhzdk:0</p>');
  });

  it('drops references to characters XML forbids instead of failing the whole feed', async () => {
    const feed = await parseOwn('repair-control-references.xml');
    expect(feed.entries.map((entry) => entry.title)).toEqual(['Le délai de 1 mois est passé', 'Second article']);
    expect(feed.entries[0]!.html).toBe('Un texte avec un contrôle glissé 😀.');
  });

  it('turns HTML-only named entities into characters', async () => {
    const feed = await parseOwn('repair-html-entities.xml');
    expect(feed.entries[0]!.title).toBe('Re: café news — more… & &unknownthing;');
    expect(feed.entries[0]!.html).toBe('<p>x</p> © 2024');
  });

  it('escapes bare ampersands outside CDATA and leaves CDATA alone', async () => {
    const feed = await parseOwn('repair-bare-ampersand.xml');
    expect(feed.entries[0]).toMatchObject({
      title: 'Record, replay & measure',
      link: 'https://news.example.com/a?x=1&y=2',
      html: '<p>Tom &amp; Jerry & co</p>',
    });
  });

  it('cuts junk after the root element', async () => {
    const feed = await parseOwn('repair-junk-after-root.xml');
    expect(feed.entries.map((entry) => entry.title)).toEqual(['Junk after']);
    expect(repairXml('<rss><channel/></rss><script>x</script>')).toBe('<rss><channel/></rss>');
    expect(repairXml('<rss><rss:channel></rss:channel></rss>\n<p>x</p>')).toBe('<rss><channel></channel></rss>');
  });

  it('closes a CDATA section and elements cut off by a truncated body', async () => {
    const feed = await parseOwn('repair-truncated-cdata.xml');
    expect(feed.entries.map((entry) => entry.title)).toEqual(['Complete one', 'Complete two', 'Cut off']);
    expect(feed.entries[0]!.html).toBe('<p>Whole body & more</p>');
    expect(feed.entries[2]!.html).toContain('stops in the middle');
  });

  it('drops a tag cut off at the end and closes what is open', () => {
    expect(repairXml('<rss><channel><item><title>A</title><li')).toBe(
      '<rss><channel><item><title>A</title></item></channel></rss>',
    );
  });

  it('closes unclosed HTML tags and drops stray end tags inside items', async () => {
    const feed = await parseText(rssWith('<item><title>Br</title><description>one<br>two</p></description></item>'));
    expect(feed.entries[0]!.title).toBe('Br');
  });

  it('reads raw HTML whose attributes have no space between them', async () => {
    const feed = await parseText(rssWith('<item><title>Almanac</title><description><p>See <a href="https://almanac.example/"_target="_blank">the almanac</a> for more.</p></description></item>'));
    expect(feed.entries[0]!.title).toBe('Almanac');
    expect(feed.entries[0]!.html).toContain('the almanac</a> for more.');
  });

  it('escapes a bare < in text', async () => {
    const feed = await parseText(rssWith('<item><title>1 < 2 & 3 > 2</title></item>'));
    expect(feed.entries[0]!.title).toBe('1 < 2 & 3 > 2');
  });

  it('reads the legacy userland default namespace on <rss>', async () => {
    const feed = await parseOwn('legacy-userland-namespace.xml');
    expect(feed.entries.map((entry) => entry.title)).toEqual(['Namespaced item', 'Second']);
    expect(feed.entries[0]!.published).toBe('2014-01-22T14:31:31.000Z');
    expect(feed.entries[0]!.categories).toEqual(['Section/']);
  });

  it('counts only top-level items when items are illegally nested', async () => {
    const feed = await parseOwn('nested-items.xml');
    expect(feed.entries.map((entry) => entry.title)).toEqual(['Outer one', 'Outer two']);
  });
});

describe('fields', () => {
  it('reads a description whose tags after its text were escaped twice as HTML, not as text showing markup', async () => {
    // An entity-escaped <description> that escapes its tags once more: the text, then "&amp;lt;br …&amp;gt;&amp;lt;a href=…".
    const feed = await parseText(`<?xml version="1.0"?><rss version="2.0"><channel><title>Quay Daily</title><link>https://quay.example/</link>
<item><title>Harbour opens a new quay</title><link>https://quay.example/a</link>
<description>The harbour opened its new quay on Monday&amp;lt;br clear='left'&amp;gt;&amp;lt;a href='https://quay.example/a'&amp;gt;&amp;lt;img src='https://quay.example/a.jpg'&amp;gt;&amp;lt;/a&amp;gt;</description></item>
<item><title>Line breaks explained</title><link>https://quay.example/b</link>
<description>Use the &amp;lt;br&amp;gt; tag sparingly in your harbour notices</description></item>
</channel></rss>`);
    const [escaped, prose] = feed.entries;
    expect(escaped!.html).toBe(`The harbour opened its new quay on Monday<br clear='left'><a href='https://quay.example/a'><img src='https://quay.example/a.jpg'></a>`);
    // A lone tag the text talks about stays text.
    expect(prose!.html).toBe('Use the &lt;br&gt; tag sparingly in your harbour notices');
    // What a reader is shown: the sentence, no markup.
    const summary = buildArticle(escaped!, { url: FEED_URL, title: feed.title }, loadTopicTable(), new Date('2026-01-01T00:00:00Z')).summary;
    expect(summary).toMatch(/^The harbour opened its new quay on Monday/);
    expect(summary).not.toMatch(/<|img src|href/);
  });

  it('reads a body escaped twice and then set in CDATA as HTML, its own escaped text kept as text', async () => {
    // An aggregator that escapes a post's HTML twice and wraps it in CDATA: "&amp;lt;p&amp;gt;" in the raw bytes.
    const feed = await parseText(`<?xml version="1.0"?><rss version="2.0"><channel><title>Quay Digest</title><link>https://digest.example/</link>
<item><title>Tide tables 0.4 | Quay Notes</title><link>https://quaynotes.example/tide-0-4</link>
<description><![CDATA[ &amp;lt;p&amp;gt;&amp;lt;strong&amp;gt;Release:&amp;lt;/strong&amp;gt; &amp;lt;a href="https://quaynotes.example/r"&amp;gt;tide 0.4&amp;lt;/a&amp;gt;&amp;lt;/p&amp;gt; &amp;lt;p&amp;gt;The harbour's tide tables now pin &amp;lt;code&amp;gt;moon&amp;amp;lt;3&amp;lt;/code&amp;gt; until the next release ships.&amp;lt;/p&amp;gt;]]></description></item>
</channel></rss>`);
    const [entry] = feed.entries;
    expect(entry!.html).toContain('<p><strong>Release:</strong>');
    const summary = buildArticle(entry!, { url: FEED_URL, title: feed.title }, loadTopicTable(), new Date('2026-01-01T00:00:00Z')).summary;
    expect(summary).toBe("The harbour's tide tables now pin moon<3 until the next release ships.");
  });

  it('reads plain text hard-wrapped at a column as whole sentences, keeping its real line breaks', async () => {
    const abstract = [
      'We present Kiln 4, a build system for large monorepos built on Kiln 3 [12], with',
      'substantial gains in cold-build speed, cache hit rates, and remote execution',
      'coverage. For caching, a content-addressed store replaces the timestamp checks,',
      'Kiln 4 reports a 3x speed-up on our largest repository.',
      '',
      'Short list:',
      'apples',
      'pears',
    ].join('\n');
    const feed = await parseText(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Kiln</title><entry><id>k4</id><title>Kiln 4</title><summary type="text">${abstract}</summary></entry></feed>`);
    expect(feed.entries[0]!.html).toBe(
      'We present Kiln 4, a build system for large monorepos built on Kiln 3 [12], with substantial gains in cold-build speed, cache hit rates, and remote execution coverage. For caching, a content-addressed store replaces the timestamp checks, Kiln 4 reports a 3x speed-up on our largest repository.<br>\n<br>\nShort list:<br>\napples<br>\npears',
    );
  });

  it('reads a description written as raw elements as a browser does: its words and elements in order', async () => {
    const feed = await parseText(
      rssWith(`<item><title>Kiln 3.2 released</title><description>
        <a href="/kiln/download.html">Kiln 3.2</a> is out. The <tt>kiln-users</tt> list moves to
        <a href="https://forum.kiln.example"><tt>forum.kiln.example</tt></a>.
        <p>One</p><ul><li>Two</li></ul><p>Three &amp; four</p></description></item>`),
    );
    const html = feed.entries[0]!.html!;
    expect(html.replace(/\s+/g, ' ').trim()).toBe(
      '<a href="/kiln/download.html">Kiln 3.2</a> is out. The <tt>kiln-users</tt> list moves to <a href="https://forum.kiln.example"><tt>forum.kiln.example</tt></a>. <p>One</p><ul><li>Two</li></ul><p>Three &amp; four</p>',
    );
  });

  it('reads a content:encoded body written as raw elements as the full body, the description as its summary', async () => {
    const feed = await parseText(
      rssWith(`<item><title>Shrimp prices fall</title><description><p>Buy local.</p></description>
        <content:encoded><div><img src="https://farm.example/shrimp.jpg"/></div><h4>Most shrimp eaten here is <i>imported</i>.</h4><p>Prices for local shrimp fell.</p></content:encoded></item>`).replace('<rss ', '<rss xmlns:content="http://purl.org/rss/1.0/modules/content/" '),
    );
    const entry = feed.entries[0]!;
    expect(entry.html!.replace(/\s+/g, ' ')).toContain('<h4>Most shrimp eaten here is <i>imported</i>.</h4><p>Prices for local shrimp fell.</p>');
    expect(entry.summaryHtml).toContain('Buy local.');
  });

  it('maps RSS fields: fullest body, summary, creators, categories, source, dates', async () => {
    const feed = await parseText(
      `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>  Fields &amp;amp; more </title><link>https://f.example.com/</link>
      <item><title><![CDATA[A &#8211;  title]]></title><link>https://f.example.com/a</link>
        <description>&lt;p&gt;Short&lt;/p&gt;</description>
        <content:encoded><![CDATA[<p>Long body</p>]]></content:encoded>
        <dc:creator>Ann</dc:creator><dc:creator>Bob</dc:creator>
        <category>AI</category><category domain="x"><![CDATA[ Models ]]></category>
        <source url="https://outlet.example.org/rss">Outlet</source>
        <pubDate>Tue, 05 Apr 2022 14:42:18 PDT</pubDate></item>
      <item><title>Author email</title><author>ed@example.com (Ed Editor)</author><dc:date>2022-04-05T10:00:00+02:00</dc:date></item>
      </channel></rss>`,
    );
    expect(feed).toMatchObject({ format: 'rss2', title: 'Fields & more', link: 'https://f.example.com/' });
    expect(feed.entries[0]).toEqual({
      guid: undefined,
      link: 'https://f.example.com/a',
      title: 'A – title',
      html: '<p>Long body</p>',
      summaryHtml: '<p>Short</p>',
      author: 'Ann, Bob',
      published: '2022-04-05T21:42:18.000Z',
      categories: ['AI', 'Models'],
      sourceName: 'Outlet',
      sourceUrl: 'https://outlet.example.org/rss',
    });
    expect(feed.entries[1]).toMatchObject({ author: 'Ed Editor', published: '2022-04-05T08:00:00.000Z' });
  });

  it('maps Atom fields: html titles, xhtml and text content, summary, authors, bad dates', async () => {
    const feed = await parseText(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Site &amp;amp; co</title>
      <link rel="self" href="https://a.example.com/feed"/><link rel="alternate" href="https://a.example.com/"/>
      <entry><id>https://a.example.com/1</id><title type="html">37 &amp;#8211; &lt;b&gt;Bold&lt;/b&gt;</title>
        <author><name>Ann</name></author><author><name>Bob</name></author>
        <category term="cs.AI" label="Artificial Intelligence"/><category term="cs.LG"/>
        <published>not a date</published><updated>2024-05-01T10:00:00+02:00</updated>
        <summary>Plain: a &lt; b</summary>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hi <b>there</b> you</p></div></content></entry>
      <entry><id>urn:2</id><title>Text</title><link href="https://a.example.com/2"/><published>junk</published>
        <content>line one &amp; two</content></entry>
      </feed>`,
    );
    expect(feed).toMatchObject({ format: 'atom', title: 'Site & co', link: 'https://a.example.com/' });
    expect(feed.entries[0]).toMatchObject({
      guid: 'https://a.example.com/1',
      link: 'https://a.example.com/1',
      title: '37 – Bold',
      html: '<p>Hi <b>there</b> you</p>',
      summaryHtml: 'Plain: a &lt; b',
      author: 'Ann, Bob',
      categories: ['Artificial Intelligence', 'cs.LG'],
      published: '2024-05-01T08:00:00.000Z',
    });
    expect(feed.entries[1]).toMatchObject({ html: 'line one &amp; two', published: undefined });
  });

  // HTML's <details><summary> in an escaped body is text to XML: it was taken for an Atom <summary>
  // holding markup, rewritten into a CDATA section inside the body's own, and the feed refused.
  it('reads an escaped body whose HTML holds <summary> or <title> elements', async () => {
    const feed = await parseText(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>Notes</title><link href="https://n.example.com/"/>
      <entry><id>urn:1</id><title>On reasoning tokens</title>
        <content type="html"><![CDATA[<p>Models skip the token.</p>
<details><summary><small>Fun fact</small></summary>
<p>This post tripped a filter.</p>
<img src="/a.png" alt="a refusal">
</details>]]></content></entry>
      <entry><id>urn:2</id><title>Second</title>
        <summary type="html"><![CDATA[<svg><title>Chart</title></svg><p>Two.</p>]]></summary></entry>
      </feed>`,
    );
    expect(feed.entries.map((entry) => entry.title)).toEqual(['On reasoning tokens', 'Second']);
    expect(feed.entries[0]!.html).toContain('<details><summary><small>Fun fact</small></summary>');
    expect(feed.entries[1]!.html ?? feed.entries[1]!.summaryHtml).toBe('<svg><title>Chart</title></svg><p>Two.</p>');
  });

  it('reads RSS 1.0 / RDF with rdf:about as the guid', async () => {
    const feed = await parseText(`<?xml version="1.0"?>
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://r.example.com/"><title>RDF</title><link>https://r.example.com/</link></channel>
      <item rdf:about="https://r.example.com/1"><title>One</title><link>https://r.example.com/1</link><dc:date>2024-03-01T20:01:00+00:00</dc:date><dc:subject>earth</dc:subject></item>
      </rdf:RDF>`);
    expect(feed.format).toBe('rss1');
    expect(feed.entries[0]).toMatchObject({ guid: 'https://r.example.com/1', published: '2024-03-01T20:01:00.000Z', categories: ['earth'] });
  });
});

describe('refusals', () => {
  it.each([
    ['an empty body', '', /^not a feed: the body is empty$/],
    ['whitespace only', ' \n\t ', /^not a feed: the body is empty$/],
    ['an HTML page', '<!DOCTYPE html><html><head><title>Hi</title></head><body>x</body></html>', /^not a feed: the server sent an HTML page$/],
    ['XML that is not a feed', '<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>', /^not a feed: XML whose root is <urlset>/],
    ['plain text', 'Service Unavailable', /^not a feed: the body is neither XML nor JSON$/],
    ['a JSON array', '[1, 2]', /^not a feed: JSON that is not a JSON Feed/],
  ])('refuses %s', async (_name, body, message) => {
    const attempt = parseText(body);
    await expect(attempt).rejects.toBeInstanceOf(FeedError);
    await expect(attempt).rejects.toThrow(message);
  });

  it('returns an empty feed that is well-formed but has no items', async () => {
    const feed = await parseText(rssWith(''));
    expect(feed.entries).toEqual([]);
  });
});

describe('entry cap', () => {
  it(`returns at most ${MAX_FEED_ENTRIES} entries from RSS`, async () => {
    const items = Array.from({ length: MAX_FEED_ENTRIES + 1 }, (_, i) => `<item><title>n${i}</title></item>`).join('');
    const feed = await parseText(rssWith(items));
    expect(feed.entries).toHaveLength(MAX_FEED_ENTRIES);
    expect(feed.entries.at(-1)!.title).toBe(`n${MAX_FEED_ENTRIES - 1}`);
  });

  it(`returns at most ${MAX_FEED_ENTRIES} entries from JSON Feed`, async () => {
    const items = Array.from({ length: MAX_FEED_ENTRIES + 1 }, (_, i) => ({ id: String(i), title: `n${i}` }));
    const feed = await parseText(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items }));
    expect(feed.entries).toHaveLength(MAX_FEED_ENTRIES);
  });
});

describe('parseFeedDate', () => {
  it.each([
    ['Wed, 02 Oct 2002 13:00:00 GMT', '2002-10-02T13:00:00.000Z'],
    ['Wed, 02 Oct 2002 15:00:00 +0200', '2002-10-02T13:00:00.000Z'],
    ['Tue, 05 Apr 2022 14:42:18 PDT', '2022-04-05T21:42:18.000Z'],
    ['Mon, 30 Sep 2019 15:30:00 PST', '2019-09-30T23:30:00.000Z'],
    ['Fri, 31 May 2019 12:17:58 EST', '2019-05-31T17:17:58.000Z'],
    ['Tue, 03 Sep 2019 18:00:00 -0000', '2019-09-03T18:00:00.000Z'],
    ['Thu, 07 Dec 17 10:00:29 -0800', '2017-12-07T18:00:29.000Z'],
    ['Sun, 10 Dec 99 10:00:00 GMT', '1999-12-10T10:00:00.000Z'],
    ['Wed, 19 jan 2026 00:00:00 GMT', '2026-01-19T00:00:00.000Z'],
    ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24T22:42:40.000Z'],
    ['1 Jan 2023 00:00 GMT', '2023-01-01T00:00:00.000Z'],
    ['2022-07-26 13:01:01', '2022-07-26T13:01:01.000Z'],
    ['2020/1/10 14:33:00', '2020-01-10T14:33:00.000Z'],
    ['2020-02-21T18:08:06+01:00', '2020-02-21T17:08:06.000Z'],
    ['2026-02-16T00:00:00.000Z', '2026-02-16T00:00:00.000Z'],
    ['2024-01-31', '2024-01-31T00:00:00.000Z'],
    ['  2024-01-31T10:00:00Z  ', '2024-01-31T10:00:00.000Z'],
    ['Tue Apr 19 2022 10:00:00 GMT+0000', '2022-04-19T10:00:00.000Z'],
    ['', undefined],
    ['sometime soon', undefined],
    ['31 Feb 2024 10:00:00 GMT', undefined],
    ['Wed, 02 Foo 2002 13:00:00 GMT', undefined],
    ['2024-13-01T00:00:00Z', undefined],
  ])('%j -> %s', (input, expected) => {
    expect(parseFeedDate(input)).toBe(expected);
  });
});
