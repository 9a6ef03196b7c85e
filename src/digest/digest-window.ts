// When a channel's digest is due and which stretch of time it covers, in the channel's own IANA
// time zone (Intl does the zone arithmetic, so DST changes need no table of our own).
// A daily digest at 09:00 Europe/Berlin covers the time since the previous 09:00 Berlin, which is
// 23 or 25 hours on the nights the clocks change; its key is the local date it is due on, so a
// window is one key however often (or by however many processes) it is computed.

export type DigestEvery = 'daily' | 'weekly';

export interface DigestSchedule {
  every: DigestEvery;
  /** Local time of day, "HH:MM" (24 h). */
  at: string;
  /** Weekly digests: the local weekday, 0 = Sunday … 6 = Saturday. */
  on?: number;
  /** IANA name, e.g. Europe/Berlin; default UTC. */
  tz: string;
  /** Stories per digest (1–10). */
  size: number;
  /** When it was set (ISO): windows due before then are not sent. */
  since?: string;
}

export interface DigestWindow {
  /** "daily:2026-12-02": the local date the digest is due on. */
  key: string;
  start: Date;
  /** When the digest is due; the window is [start, end). */
  end: Date;
  /** "AI news — Tuesday 2 December". */
  title: string;
}

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let format = formatters.get(tz);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, format);
  }
  return format;
}

/** True for names Intl knows (Europe/Berlin, America/New_York, UTC). */
export function isTimeZone(tz: string): boolean {
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** The local calendar date and time of `instant` in `tz`. */
function localParts(instant: number, tz: string): LocalDate & { hour: number; minute: number; second: number } {
  const parts: Record<string, number> = {};
  for (const part of formatter(tz).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** How far `tz` is ahead of UTC at `instant`, in ms. */
function offsetAt(instant: number, tz: string): number {
  const p = localParts(instant, tz);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a local wall-clock time happens in `tz`. A time skipped by a spring-forward change
 * (02:30 on that night) becomes the same time on the later offset, i.e. just after the gap; a time
 * that happens twice in autumn is one of its two occurrences, the same one on every call.
 */
export function localToInstant(date: LocalDate, minutes: number, tz: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
  const first = wall - offsetAt(wall, tz);
  const second = wall - offsetAt(first, tz);
  // Two candidates differ only around a change: prefer the earlier one that reads as `wall`.
  const candidates = [Math.min(first, second), Math.max(first, second)];
  for (const candidate of candidates) if (candidate + offsetAt(candidate, tz) === wall) return candidate;
  return Math.max(first, second);
}

function addDays(date: LocalDate, days: number): LocalDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

function weekday(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

function isoDate(date: LocalDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** "09:00" → minutes after midnight, or undefined when it is not a time of day. */
export function parseTimeOfDay(text: string): number | undefined {
  const match = /^(\d{1,2})(?::(\d{2}))?$/.exec(text.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : undefined;
}

/**
 * The latest window of `schedule` due at or before `now`: the one to send now if it has not been
 * sent. Older missed windows are not returned: after a long outage only the last one is sent.
 */
export function latestWindow(schedule: DigestSchedule, now: Date): DigestWindow {
  const minutes = parseTimeOfDay(schedule.at) ?? 9 * 60;
  const step = schedule.every === 'weekly' ? 7 : 1;
  const today = localParts(now.getTime(), schedule.tz);
  let due: LocalDate = { year: today.year, month: today.month, day: today.day };
  const wanted = schedule.every === 'weekly' ? (schedule.on ?? 1) : undefined;
  if (wanted !== undefined) due = addDays(due, -((weekday(due) - wanted + 7) % 7));
  if (localToInstant(due, minutes, schedule.tz) > now.getTime()) due = addDays(due, -step);
  const end = localToInstant(due, minutes, schedule.tz);
  const start = localToInstant(addDays(due, -step), minutes, schedule.tz);
  return { key: `${schedule.every}:${isoDate(due)}`, start: new Date(start), end: new Date(end), title: digestTitle(schedule.every, due) };
}

/** An on-demand window ending now (`/news today`: the last 24 hours; `/news week`: 7 days). */
export function recentWindow(span: 'today' | 'week', now: Date, tz = 'UTC'): DigestWindow {
  const p = localParts(now.getTime(), tz);
  const date = { year: p.year, month: p.month, day: p.day };
  const days = span === 'week' ? 7 : 1;
  return {
    key: `${span}:${isoDate(date)}`,
    start: new Date(now.getTime() - days * 86_400_000),
    end: now,
    title: digestTitle(span === 'week' ? 'weekly' : 'daily', date),
  };
}

function digestTitle(every: DigestEvery, date: LocalDate): string {
  const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }).format(
    new Date(Date.UTC(date.year, date.month - 1, date.day, 12)),
  );
  // en-GB writes "Tuesday 2 December" (some Node versions put a comma after the weekday).
  const text = day.replace(',', '');
  return every === 'weekly' ? `AI news — the week to ${text}` : `AI news — ${text}`;
}
