// The URL people share, without the tracking that makes one article look like many.
import { rememberParsedUrl } from './known-outlets.ts';

const TRACKING = [
  /^utm_/i, /^fbclid$/i, /^gclid$/i, /^dclid$/i, /^gbraid$/i, /^wbraid$/i, /^msclkid$/i,
  /^yclid$/i, /^mc_cid$/i, /^mc_eid$/i, /^igshid$/i, /^_hsenc$/i, /^_hsmi$/i, /^mkt_tok$/i,
  /^ref_src$/i, /^ref_url$/i, /^cmpid$/i, /^ncid$/i, /^sr_share$/i, /^oly_enc_id$/i, /^rss$/i,
];

/** Absolute http(s) URL with tracking parameters and the fragment removed; undefined if not http(s). */
export function canonicalUrl(raw: string | undefined, base?: string): string | undefined {
  if (!raw) return undefined;
  // An item's link is made canonical more than once (its id, its url): remember the last few,
  // by base and link as given (strings whose hashes are kept, where a joined key is hashed anew).
  // A link that names its scheme and host is read without the base: it is remembered once for any base.
  const scope = base === undefined || ABSOLUTE.test(raw) ? '' : base;
  let byLink = recent.get(scope);
  const known = byLink?.get(raw);
  if (known !== undefined) return known ?? undefined;
  const canonical = canonicalize(raw, base);
  if (!byLink || byLink.size >= 64) {
    if (recent.size >= 8) recent.clear();
    recent.set(scope, (byLink = new Map()));
  }
  byLink.set(raw, canonical ?? null);
  return canonical;
}

// Base ('' for links read without one) → link → its canonical form (null: none).
const recent = new Map<string, Map<string, string | null>>();

// "https://host…" (after the spaces URL trims): the URL parser never reads the base for it.
const ABSOLUTE = /^\s*https?:\/\//i;

function canonicalize(raw: string, base: string | undefined): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const canonical = withoutTracking(url, raw);
  // The source lookups read the item's link next: its host and path go with it, not parsed again.
  rememberParsedUrl(canonical, url);
  return canonical;
}

/** The URL as a string without its fragment and tracking parameters. */
function withoutTracking(url: URL, raw: string): string {
  // Only a '#' in the link starts a fragment (the base's is never taken): most links have none,
  // and the setter re-serialises the whole URL.
  if (raw.includes('#')) url.hash = '';
  if (!url.search) return url.href;
  // The query is edited as written: only tracking parameters go, every other byte stays (the
  // URLSearchParams serialiser would rewrite "/" as %2F and %20 as "+", making another URL).
  const parameters = url.search.slice(1).split('&');
  const kept = parameters.filter((parameter) => !isTracking(parameter));
  if (kept.length === parameters.length) return url.href;
  const withoutQuery = url.href.slice(0, url.href.length - url.search.length);
  return kept.length > 0 ? `${withoutQuery}?${kept.join('&')}` : withoutQuery;
}

function isTracking(parameter: string): boolean {
  const rawKey = parameter.split('=', 1)[0]!;
  let key = rawKey;
  try {
    key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
  } catch {
    // A malformed escape is not a tracker's name: keep the parameter.
  }
  return TRACKING.some((rule) => rule.test(key));
}
