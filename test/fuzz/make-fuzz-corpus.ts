// The fuzz corpus: documents derived from the real feeds in ../shared/fixtures/feeds by seeded
// mutations (byte flips, truncations, tag duplication, entity soup, two documents mixed, deep
// nesting, charset lies, hostile links). Document i of seed s is made from (s, i) alone, so one failure is made
// again without the thousands before it:
//   FUZZ_SEED=s FUZZ_START=i FUZZ_DOCS=1 npx vitest run test/fuzz-feeds.test.ts
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../helpers/seeded-random.ts';

export interface FuzzBase {
  name: string;
  bytes: Buffer;
  /** Byte offsets just after each </item> or </entry>, to cut a smaller document from the base. */
  itemEnds: number[];
}

export interface FuzzDocument {
  index: number;
  /** The fixture it came from. */
  base: string;
  /** What was done to it, in order, e.g. ["window(3 items)", "flip(5)", "truncate(@1234)"]. */
  steps: string[];
  body: Buffer;
  contentType?: string;
  /** Parse it as a body cut at the size cap (the poller's oversize: 'truncate'). */
  truncated?: boolean;
}

/** Every fixture feed in `dir` (MANIFEST.tsv aside), sorted by name so a seed means one corpus. */
export function loadFuzzBases(dir: string): FuzzBase[] {
  return readdirSync(dir)
    .filter((name) => name !== 'MANIFEST.tsv')
    .sort()
    .map((name) => {
      const bytes = readFileSync(path.join(dir, name));
      const text = bytes.toString('latin1'); // one char per byte: offsets stay byte offsets
      const itemEnds: number[] = [];
      const end = /<\/(?:[\w.-]+:)?(?:item|entry)\s*>/g;
      for (let match = end.exec(text); match; match = end.exec(text)) itemEnds.push(match.index + match[0].length);
      return { name, bytes, itemEnds };
    });
}

/** The seeded PRNG: the same seed gives the same corpus on every machine. */
export const prng = seededRandom;

/** Document `index` of the corpus for `seed`. */
export function makeFuzzDocument(bases: FuzzBase[], seed: number, index: number): FuzzDocument {
  const random = prng(mix(seed, index));
  const int = (max: number) => Math.floor(random() * max); // 0 .. max-1
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;

  const base = pick(bases);
  const steps: string[] = [];
  let body = window(base, random, steps);
  const count = 1 + int(3);
  for (let step = 0; step < count; step++) {
    const mutation = pick(MUTATIONS);
    body = mutation(body, { random, int, pick, bases, steps });
  }
  const contentType = random() < 0.6 ? undefined : pick(CONTENT_TYPES);
  if (contentType) steps.push(`content-type(${contentType})`);
  const truncated = steps.some((step) => step.startsWith('truncate')) && random() < 0.5;
  if (truncated) steps.push('parsed-as-cut-at-cap');
  return { index, base: base.name, steps, body, contentType, ...(truncated ? { truncated } : {}) };
}

/** A one-line description of a document, for failure messages and the slowest-document report. */
export function describeDocument(doc: FuzzDocument): string {
  return `#${doc.index} ${doc.base} [${doc.steps.join(', ')}] ${doc.body.length} bytes`;
}

function mix(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Most documents are the base cut down to its first few items (the head, then everything after the
 * last item: still a whole feed), which keeps 10,000 documents inside a CI minute or so; one in
 * seven is the whole fixture, large ones included.
 */
function window(base: FuzzBase, random: () => number, steps: string[]): Buffer {
  if (base.itemEnds.length <= 6 || random() < 1 / 7) {
    steps.push('whole');
    return base.bytes;
  }
  const keep = 1 + Math.floor(random() * 6);
  steps.push(`window(${keep} items)`);
  const head = base.bytes.subarray(0, base.itemEnds[keep - 1]);
  const tail = base.bytes.subarray(base.itemEnds.at(-1)!);
  return Buffer.concat([head, tail]);
}

interface Tools {
  random: () => number;
  int: (max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  bases: FuzzBase[];
  steps: string[];
}

type Mutation = (body: Buffer, tools: Tools) => Buffer;

/** At most this much is inserted by one step, so no document grows past a few hundred KB. */
const MAX_INSERT = 256 * 1024;

const byteFlips: Mutation = (body, { int, random, steps }) => {
  if (body.length === 0) return body;
  const out = Buffer.from(body);
  const flips = 1 + int(16);
  for (let i = 0; i < flips; i++) {
    const at = int(out.length);
    // Half bit flips, half any byte (high bytes and NULs are the interesting ones).
    out[at] = random() < 0.5 ? out[at]! ^ (1 << int(8)) : int(256);
  }
  steps.push(`flip(${flips})`);
  return out;
};

const truncation: Mutation = (body, { int, steps }) => {
  const at = int(body.length + 1);
  steps.push(`truncate(@${at})`);
  return body.subarray(0, at);
};

/** Copies one tag, or one whole element when its end is near, several times in place. */
const tagDuplication: Mutation = (body, { int, steps }) => {
  const text = body.toString('latin1');
  const start = text.indexOf('<', int(text.length));
  if (start === -1) return body;
  const tagEnd = text.indexOf('>', start);
  if (tagEnd === -1) return body;
  let end = tagEnd + 1;
  const name = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(start, start + 100))?.[1];
  if (name) {
    const close = text.indexOf(`</${name}>`, end);
    if (close !== -1 && close - start < 16 * 1024) end = close + name.length + 3;
  }
  const piece = body.subarray(start, end);
  const copies = Math.max(1, Math.min(1 + int(50), Math.floor(MAX_INSERT / Math.max(1, piece.length))));
  steps.push(`duplicate(${piece.length} bytes x${copies} @${start})`);
  return Buffer.concat([body.subarray(0, end), ...Array.from({ length: copies }, () => piece), body.subarray(end)]);
};

const SOUP = [
  '&amp;', '&amp;amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&nbsp;', '&mdash;', '&hellip;', '&eacute;',
  '&#0;', '&#x0;', '&#1;', '&#xD800;', '&#xDFFF;', '&#xFFFE;', '&#1114111;', '&#1114112;', '&#99999999999;',
  '&#', '&#x;', '&#x', '&;', '&', '&lol;', '&lol9;', '&amp;#8211;', '&#38;#38;', '&lt;script&gt;',
  '<', '>', '"', "'", ']]>', '<![CDATA[', '<!--', '-->', '<?', '?>', '<?xml version="1.0"?>',
  '<!DOCTYPE x [<!ENTITY a "&a;&a;">]>', '<!ENTITY b SYSTEM "file:///etc/passwd">', '&a;', '&b;',
  '<p>', '</p>', '<br>', '<div>', '</div>', '<item>', '</item>', '<entry>', '</entry>', '<title>', '</title>',
  '<link>', '</link>', '<![CDATA[<b>x</b>]]>', '<a href="javascript:alert(1)">x</a>',
  '@everyone', '@here', '<@123456789012345678>', '<@&1>', '<#1>', '<!channel>', '<!here>', '<https://x.example|y>',
  '“', '”', '"Quoted words," said Sam Altman.', '\u0000', '\u0008', '\u001b', '\ufeff', '\ufffe', '\u200b', '\u202e',
  '\ud83e\udd99', 'é', '\u0301', '中文', 'ملف', '\r\n', '\t', ' '.repeat(50), 'http://', 'https://ex ample.com/a b|c>d',
];

/** Sprinkles entities, markup fragments, mention forms and odd characters through the document. */
const entitySoup: Mutation = (body, { int, pick, steps }) => {
  const places = 1 + int(8);
  const offsets = Array.from({ length: places }, () => int(body.length + 1)).sort((a, b) => a - b);
  const parts: Buffer[] = [];
  let last = 0;
  for (const at of offsets) {
    parts.push(body.subarray(last, at));
    parts.push(Buffer.from(Array.from({ length: 1 + int(20) }, () => pick(SOUP)).join('')));
    last = at;
  }
  parts.push(body.subarray(last));
  steps.push(`entity-soup(${places})`);
  return Buffer.concat(parts);
};

/** The head of this document and the tail of another (a cache splicing two responses). */
const mixTwo: Mutation = (body, { int, pick, bases, steps, random }) => {
  const other = pick(bases);
  const otherBody = window(other, random, []);
  const cut = int(body.length + 1);
  const from = int(otherBody.length + 1);
  steps.push(`mix(@${cut} + ${other.name}@${from})`);
  return Buffer.concat([body.subarray(0, cut), otherBody.subarray(from)]);
};

/** Deeply nested elements (past MAX_XML_DEPTH now and then), closed or not. */
const deepNesting: Mutation = (body, { int, pick, steps, random }) => {
  const depth = 1 + int(3000);
  const tag = pick(['div', 'item', 'entry', 'p', 'x:y']);
  const closed = random() < 0.5;
  const at = int(body.length + 1);
  steps.push(`nest(${tag} x${depth}${closed ? '' : ', unclosed'} @${at})`);
  const inner = `<${tag}>`.repeat(depth) + 'deep text' + (closed ? `</${tag}>`.repeat(depth) : '');
  return Buffer.concat([body.subarray(0, at), Buffer.from(inner), body.subarray(at)]);
};

/** A lie about the charset: a BOM, or an XML declaration naming another encoding. */
const charsetLie: Mutation = (body, { pick, steps }) => {
  const lie = pick([
    '\ufeff',
    '\xff\xfe',
    '\xfe\xff',
    '<?xml version="1.0" encoding="utf-16"?>',
    '<?xml version="1.0" encoding="iso-8859-7"?>',
    '<?xml version="1.0" encoding="shift_jis"?>',
    '<?xml version="1.0" encoding="x-no-such-charset"?>',
    '<?xml version="1.0" encoding="UTF-8"?>',
  ]);
  steps.push(`charset(${JSON.stringify(lie)})`);
  const prefix = lie.startsWith('<') ? Buffer.from(lie) : Buffer.from(lie, lie === '\ufeff' ? 'utf8' : 'latin1');
  return Buffer.concat([prefix, body]);
};

const NASTY_URLS = [
  'javascript:alert(1)', 'data:text/html,<b>x</b>', 'https://x.example/a|b', 'https://x.example/<@123>?q=<!channel>',
  'http://[::1]/', 'https://x.example/%ZZ', '//x.example/protocol-relative', '  https://x.example/space  ',
  'https://user:pass@x.example/', `https://x.example/${'a'.repeat(5000)}`, 'https://x.example/?utm_source=rss&fbclid=1#frag',
  'relative/path', '', 'https://сбер.example/', 'https://x.example/‮evil',
];

/** A link, href or guid replaced by a hostile or odd URL. */
const linkSoup: Mutation = (body, { int, pick, steps }) => {
  const text = body.toString('latin1');
  const spots = [...text.matchAll(/<link>|<guid[^>]*>|<id>|href="|"url":\s*"/g)];
  if (spots.length === 0) return body;
  const spot = spots[int(spots.length)]!;
  const from = spot.index + spot[0].length;
  const to = text.slice(from, from + 2000).search(/[<"]/);
  const url = pick(NASTY_URLS);
  steps.push(`link(${JSON.stringify(url.slice(0, 40))} @${from})`);
  return Buffer.concat([body.subarray(0, from), Buffer.from(url), body.subarray(to === -1 ? from : from + to)]);
};

const MUTATIONS: Mutation[] = [
  byteFlips, byteFlips, truncation, truncation, tagDuplication, tagDuplication,
  entitySoup, entitySoup, mixTwo, deepNesting, charsetLie, linkSoup,
];

const CONTENT_TYPES = [
  'application/rss+xml',
  'application/atom+xml; charset=utf-8',
  'application/feed+json',
  'text/html; charset=utf-8',
  'text/xml; charset=iso-8859-1',
  'text/xml; charset=utf-16',
  'text/xml; charset=x-unknown',
  'application/xml; charset=shift_jis',
  'text/plain; charset="windows-1251"',
];
