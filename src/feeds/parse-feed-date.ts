// Feed dates as publishers really write them. Date.parse is not used for zone-less strings because
// it reads them in the machine's local time zone; a date without a zone is taken as UTC instead.

const MONTHS: Record<string, number> = {
  // English first; then the Portuguese, Spanish, German, French and Italian forms that feeds
  // from CMSs with localised date output actually send ("Seg, 24 Set 2018").
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  fev: 2, abr: 4, mai: 5, ago: 8, set: 9, out: 10, dez: 12,
  ene: 1, dic: 12,
  mär: 3, mrz: 3, okt: 10,
  fév: 2, avr: 4, juin: 6, juil: 7, aoû: 8, aou: 8, déc: 12,
  gen: 1, mag: 5, giu: 6, lug: 7, ott: 10,
};

// Offsets in minutes for the zone names RFC 822 allows plus a few that feeds use anyway.
const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  akst: -540, akdt: -480, hst: -600,
  wet: 0, west: 60, bst: 60, cet: 60, cest: 120, met: 60, mest: 120, eet: 120, eest: 180,
  msk: 180, ist: 330, jst: 540, kst: 540, aest: 600, aedt: 660, nzst: 720, nzdt: 780,
};

// A zone name, a numeric offset, or both run together as JavaScript and some servers write them
// ("GMT+0000", "UTC-05:00": the offset is what counts).
const ZONE = String.raw`(Z|[A-Za-z]{1,5}|(?:GMT|UTC)?[+-]\d{2}(?::?\d{2})?)`;
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?`;
// 2024-01-31T10:00:00Z, 2022-07-26 13:01:01 (no zone), 2020/1/10 14:33:00, 2024-01-31
const ISO_LIKE = new RegExp(String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s]+${TIME})?\s*${ZONE}?$`, 'i');
// Sun, 10 Dec 17 10:00:00 -0800 / Seg, 24 Set 2018 19:42:40 -0300 / 1 Jan 2023 00:00:00 GMT
const RFC_822_LIKE = new RegExp(
  String.raw`^(?:[^\d\s,]+\.?,?\s*)?(\d{1,2})[\s-]+([^\d\s.,-]+)\.?[\s-]+(\d{2,4})(?:\s+${TIME})?\s*${ZONE}?$`,
  'i',
);
// JavaScript's Date.prototype.toString: Tue Apr 19 2022 10:00:00 GMT+0000 (the comment is gone by then)
const JS_DATE = new RegExp(String.raw`^(?:[A-Za-z]{3},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:\s+${TIME})?\s*${ZONE}?$`, 'i');
// ISO 8601 basic format: 20240131T100000Z, 20240131
const ISO_BASIC = new RegExp(String.raw`^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(?:(\d{2})(?:[.,]\d+)?)?)?\s*${ZONE}?$`, 'i');
const HAS_EXPLICIT_ZONE = /(?:\dZ|\b(?:GMT|UTC)\b|[+-]\d{2}:?\d{2})\s*$/i;

/** An ISO 8601 UTC string for a feed date, or undefined when it cannot be read with confidence. */
export function parseFeedDate(value: string | undefined | null): string | undefined {
  // RFC 822 comments ("(UTC)", "(Coordinated Universal Time)") say nothing the offset does not.
  const text = value?.replace(/\([^()]*\)/g, ' ').trim().replace(/\s+/g, ' ');
  if (!text) return undefined;

  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    return build(Number(y), Number(mo), Number(d), h, mi, s, zone);
  }
  const rfc = RFC_822_LIKE.exec(text);
  if (rfc) {
    const [, d, monthName, y, h, mi, s, zone] = rfc;
    const month = monthNumber(monthName!);
    if (month === undefined) return undefined;
    return build(fullYear(y!), month, Number(d), h, mi, s, zone);
  }
  const js = JS_DATE.exec(text);
  if (js) {
    const [, monthName, d, y, h, mi, s, zone] = js;
    const month = monthNumber(monthName!);
    if (month === undefined) return undefined;
    return build(Number(y), month, Number(d), h, mi, s, zone);
  }
  const basic = ISO_BASIC.exec(text);
  if (basic) {
    const [, y, mo, d, h, mi, s, zone] = basic;
    return build(Number(y), Number(mo), Number(d), h, mi, s, zone);
  }
  // Anything else (e.g. JavaScript's "Tue Apr 19 2022 10:00:00 GMT+0000") only when it names its zone.
  if (HAS_EXPLICIT_ZONE.test(text)) {
    const ms = Date.parse(text);
    if (Number.isFinite(ms)) return sane(new Date(ms));
  }
  return undefined;
}

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  return MONTHS[lower] ?? MONTHS[lower.slice(0, 4)] ?? MONTHS[lower.slice(0, 3)];
}

/** RFC 2822 rule for two-digit years: 00-49 are 2000s, 50-99 are 1900s. */
function fullYear(year: string): number {
  const n = Number(year);
  if (year.length === 2) return n < 50 ? 2000 + n : 1900 + n;
  return n;
}

function build(
  year: number,
  month: number,
  day: number,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  zone: string | undefined,
): string | undefined {
  const offset = zoneOffsetMinutes(zone);
  if (offset === undefined) return undefined;
  const h = Number(hour ?? 0);
  const mi = Number(minute ?? 0);
  const s = Number(second ?? 0);
  // Impossible values are refused, never rolled over ("24:30" is not half past midnight tomorrow);
  // only 24:00:00, ISO 8601's end of the day, is read (as the next midnight).
  if (month < 1 || month > 12 || day < 1 || day > 31 || mi > 59 || s > 60) return undefined;
  if (h > 24 || (h === 24 && (mi !== 0 || s !== 0))) return undefined;
  const ms = Date.UTC(year, month - 1, day, h, mi, s) - offset * 60_000;
  const date = new Date(ms);
  // Reject rolled-over dates such as 31 Feb rather than silently moving them into March.
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return undefined;
  return sane(date);
}

function zoneOffsetMinutes(zone: string | undefined): number | undefined {
  if (!zone) return 0; // no zone: UTC, not the server's local time
  const numeric = /^(?:GMT|UTC)?([+-])(\d{2}):?(\d{2})?$/i.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return numeric[1] === '-' ? -minutes : minutes; // "-0000" is UTC too
  }
  // RFC 822's military zones ("A".."Z" but "J") were defined with their signs reversed, so RFC 2822
  // says to read them as an unknown offset: UTC.
  if (/^[A-IK-Z]$/i.test(zone)) return 0;
  return ZONES[zone.toLowerCase()];
}

function sane(date: Date): string | undefined {
  const year = date.getUTCFullYear();
  if (!Number.isFinite(date.getTime()) || year < 1970 || year > 2200) return undefined;
  return date.toISOString();
}
