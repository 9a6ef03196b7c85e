// Bytes to text the way a browser would: servers lie about charsets, so every rule here is a
// fallback for a lie seen in real feeds.
import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import { FeedError } from './feed-types.ts';

/** A gzip body that arrived without Content-Encoding may not inflate past this (a gzip bomb guard). */
export const MAX_INFLATED_BYTES = 5 * 1024 * 1024;

// One UTF-8 multi-byte sequence, over bytes read as Latin-1 (a pattern's source).
const UTF8_SEQUENCE = String.raw`[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}`;

/**
 * Decodes a feed body to a string.
 * Order: gunzip when the bytes are raw gzip; then a BOM (it cannot lie, browsers let it win);
 * then the HTTP charset; then the XML declaration's encoding (a Latin-1 label over valid multi-byte
 * UTF-8 loses to the bytes); else UTF-8 when the bytes are valid UTF-8, else the encoding a
 * detector recognises for a non-Latin script (Shift_JIS, GB18030, KOI8-R, windows-1251…), else
 * windows-1252.
 */
export function decodeFeedText(body: Buffer, contentType?: string): string {
  return repairDoubleEncoded(decodeBytes(gunzipIfRawGzip(body), contentType));
}

function decodeBytes(bytes: Buffer, contentType: string | undefined): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);

  const declared =
    knownEncoding(charsetFromContentType(contentType)) ?? knownEncoding(xmlDeclarationEncoding(bytes));
  if (declared === 'utf-16le' || declared === 'utf-16be') {
    // A declaration that says UTF-16 over 8-bit bytes (no BOM, no NUL) is a template's lie.
    if (!hasNulByte(bytes)) return decodeUndeclared(bytes);
    return new TextDecoder(declared).decode(bytes);
  }
  if (declared === 'windows-1252') return decodeDeclaredLatin1(bytes);
  if (declared === 'utf-8') return decodeDeclaredUtf8(bytes);
  if (declared) return new TextDecoder(declared).decode(bytes);
  return decodeUndeclared(bytes);
}

/** Servers that gzip without saying so (or caches that store the gzip) send 1f 8b bytes. */
function gunzipIfRawGzip(body: Buffer): Buffer {
  if (body.length < 2 || body[0] !== 0x1f || body[1] !== 0x8b) return body;
  try {
    return gunzipSync(body, { maxOutputLength: MAX_INFLATED_BYTES });
  } catch (error) {
    const tooBig = error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
    throw new FeedError(
      tooBig
        ? `not a feed: gzip body inflates past ${MAX_INFLATED_BYTES} bytes`
        : 'not a feed: body looks gzipped but does not inflate',
    );
  }
}

function bomEncoding(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = contentType?.match(/;\s*charset\s*=\s*["']?([^"';\s]+)/i);
  return match?.[1];
}

function xmlDeclarationEncoding(bytes: Buffer): string | undefined {
  // The declaration is ASCII in every 8-bit encoding; it may sit after junk, so look a little ahead.
  const head = bytes.subarray(0, 1024).toString('latin1');
  const match = head.match(/<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/i);
  return match?.[1];
}

/** The WHATWG name for a label, or undefined when TextDecoder does not know it. */
function knownEncoding(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const normalized = label.trim().toLowerCase();
  // Browsers decode Latin-1 and ASCII labels as windows-1252: the 0x80-0x9f bytes in such feeds
  // are curly quotes and dashes, never C1 controls.
  if (/^(iso[-_]?8859[-_]1|latin-?1|l1|us-ascii|ascii|iso_8859-1:1987|cp819)$/.test(normalized)) {
    return 'windows-1252';
  }
  if (normalized === 'utf-16' || normalized === 'utf16') return 'utf-16le';
  try {
    return new TextDecoder(normalized).encoding;
  } catch {
    return undefined;
  }
}

function hasNulByte(bytes: Buffer): boolean {
  return bytes.subarray(0, 4096).includes(0);
}

/** No usable label: UTF-8 when the bytes are valid UTF-8, else a detected script, else windows-1252. */
function decodeUndeclared(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const detected = detectNonLatinEncoding(bytes);
    return detected ? iconv.decode(bytes, detected) : decodeWindows1252(bytes);
  }
}

/**
 * A Latin-1 (or ASCII) label over bytes that are valid UTF-8 holding multi-byte sequences: the
 * server's default label over a UTF-8 document ("cafÃ©" otherwise). Byte pairs that are valid
 * UTF-8 are vanishingly rare in real Latin-1 text ("Ã©" would have to be meant), so the bytes win,
 * as the mirror of decodeDeclaredUtf8's rule.
 */
function decodeDeclaredLatin1(bytes: Buffer): string {
  const latin1 = bytes.toString('latin1');
  if (!MULTI_BYTE_UTF8.test(latin1)) return decodeWindows1252(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return isMostlyUtf8(latin1) ? decodeMixed(latin1) : decodeWindows1252(bytes);
  }
}

// Any one high byte, or a UTF-8 multi-byte sequence (tried first), over bytes read as Latin-1.
const HIGH_BYTE_OR_SEQUENCE = new RegExp(`${UTF8_SEQUENCE}|[\\x80-\\xff]`, 'g');

/**
 * Whether most bytes past ASCII are in UTF-8 sequences: a document written in UTF-8 into which a
 * template or an old post put a few Latin-1 bytes ("s\xc3\xb8ndag" beside "s\xf8ndag" under a
 * Latin-1 label). Real Latin-1 text has almost no such sequences.
 */
function isMostlyUtf8(latin1: string): boolean {
  let inSequences = 0;
  let high = 0;
  for (const [found] of latin1.matchAll(HIGH_BYTE_OR_SEQUENCE)) {
    high += found.length;
    if (found.length > 1) inSequences += found.length;
  }
  return inSequences * 2 >= high;
}

/** Each UTF-8 sequence as UTF-8, each stray high byte as windows-1252 (a mixed document, see isMostlyUtf8). */
function decodeMixed(latin1: string): string {
  return latin1.replace(HIGH_BYTE_OR_SEQUENCE, (found) => (found.length > 1 ? Buffer.from(found, 'latin1').toString('utf8') : windows1252Char(found)));
}

// Encodings the detector's answer is taken for: scripts windows-1252 cannot show at all. A Latin
// answer (ISO-8859-2, windows-1250…) is not taken: on short Western text the detector confuses them,
// and windows-1252 is what browsers use for undeclared Western pages.
const DETECTABLE = new Set([
  'shift_jis', 'euc-jp', 'iso-2022-jp', 'gb2312', 'gb18030', 'big5', 'euc-kr', 'euc-tw', 'iso-2022-kr', 'iso-2022-cn',
  'koi8-r', 'windows-1251', 'iso-8859-5', 'maccyrillic', 'x-mac-cyrillic', 'ibm855', 'ibm866',
  'windows-1253', 'iso-8859-7', 'windows-1255', 'iso-8859-8', 'tis-620',
]);
// The detector's answer on a sample this long is as good as on the whole (and bounded in time).
const DETECTION_SAMPLE = 8 * 1024;
// Text in a non-Latin script is mostly bytes >= 0x80, even between tags; Western text in a legacy
// encoding has a few percent (accents, curly quotes). Below this share the detector (tens of
// milliseconds per call) is not asked.
const MIN_HIGH_BYTE_SHARE = 0.1;
// Below this confidence the detector is guessing (it reports ~0.4 for a few lines of Russian).
const MIN_CONFIDENCE = 0.3;

function detectNonLatinEncoding(bytes: Buffer): string | undefined {
  const sample = bytes.subarray(0, DETECTION_SAMPLE);
  let high = 0;
  for (const byte of sample) if (byte >= 0x80) high++;
  if (high < sample.length * MIN_HIGH_BYTE_SHARE) return undefined;
  const { encoding, confidence } = jschardet.detect(sample);
  const name = encoding?.toLowerCase();
  if (!name || confidence < MIN_CONFIDENCE || !DETECTABLE.has(name) || !iconv.encodingExists(name)) return undefined;
  return name;
}

/**
 * A UTF-8 label over bytes that may not be UTF-8. Bytes holding no UTF-8 multi-byte sequence at
 * all are a legacy document under a server's default label ("caf\xe9"): windows-1252, as for an
 * undeclared one. Otherwise it is UTF-8 with a few broken bytes (a CMS cut a character in half),
 * and each broken sequence becomes U+FFFD, as in a browser.
 */
function decodeDeclaredUtf8(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (!MULTI_BYTE_UTF8.test(bytes.toString('latin1'))) return decodeWindows1252(bytes);
    return new TextDecoder('utf-8').decode(bytes);
  }
}

// One UTF-8 multi-byte sequence anywhere.
const MULTI_BYTE_UTF8 = new RegExp(UTF8_SEQUENCE);

// windows-1252 bytes 0x80-0x9f (undefined ones stay C1, as in the WHATWG table).
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Node 20's TextDecoder('windows-1252') decodes 0x80-0x9f as C1 controls (plain Latin-1), which
 * turns the em dashes and curly quotes of "iso-8859-1" feeds into invisible characters.
 */
function decodeWindows1252(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/[\x80-\x9f]/g, windows1252Char);
}

/** A byte read as Latin-1, as windows-1252 shows it (0x80-0x9f differ: see WINDOWS_1252_HIGH). */
function windows1252Char(char: string): string {
  const code = char.charCodeAt(0);
  return code >= 0x80 && code <= 0x9f ? WINDOWS_1252_HIGH[code - 0x80]! : char;
}

// A character of a UTF-8 continuation byte (0x80-0xbf) as windows-1252 shows it.
const CONTINUATION = `[\\u0080-\\u00bf${WINDOWS_1252_HIGH}]`;
// One UTF-8 sequence whose bytes were read as windows-1252 and encoded again: "â€™" for "’", "Ã©" for "é".
const DOUBLE_ENCODED = new RegExp(`[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}|[\\u00f0-\\u00f4]${CONTINUATION}{3}`, 'g');
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Text a CMS encoded as UTF-8 twice (its UTF-8 bytes read as windows-1252, then written out as
 * UTF-8 again): "weâ€™re" is "we’re", whatever the bytes' label said. Each such run is read back
 * to its bytes and decoded; a run that is not valid UTF-8 then is left as written. Real text
 * almost never has a lead letter (Â-ô) right before the right number of these symbols.
 */
export function repairDoubleEncoded(text: string): string {
  return text.replace(DOUBLE_ENCODED, (run) => {
    const bytes = Uint8Array.from(run, (char) => (char.charCodeAt(0) <= 0xff ? char.charCodeAt(0) : 0x80 + WINDOWS_1252_HIGH.indexOf(char)));
    try {
      return STRICT_UTF8.decode(bytes);
    } catch {
      return run;
    }
  });
}
