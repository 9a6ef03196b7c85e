// The digest options of /autopost set and /subscribe: mode:digest every:daily|weekly at:09:00
// on:monday tz:Europe/Berlin size:5. mode:each (the default) means one post per story.
import { isTimeZone, parseTimeOfDay, WEEKDAYS, type DigestSchedule } from '../src/digest/digest-window.ts';
import type { Args, OptionSpec } from './command.ts';
import { UserError } from './command.ts';
import { clip } from './parse-duration.ts';

export const DEFAULT_DIGEST_SIZE = 5;
export const MAX_DIGEST_SIZE = 10;

export const DIGEST_OPTIONS: OptionSpec[] = [
  { name: 'mode', description: 'each: a post per story (default); digest: one ranked digest per day or week', type: 'string' },
  { name: 'every', description: 'Digests: daily (default) or weekly', type: 'string' },
  { name: 'at', description: 'Digests: local time, e.g. 09:00 (default)', type: 'string' },
  { name: 'on', description: 'Weekly digests: the weekday, e.g. monday (default)', type: 'string' },
  { name: 'tz', description: 'Digests: IANA time zone, e.g. Europe/Berlin (default UTC)', type: 'string' },
  { name: 'size', description: `Digests: stories per digest (1-${MAX_DIGEST_SIZE}, default ${DEFAULT_DIGEST_SIZE})`, type: 'integer', min: 1, max: MAX_DIGEST_SIZE },
];

/** The schedule the options ask for, or undefined for mode:each. Mistakes are one-line UserErrors. */
export function parseDigestOptions(args: Args, now: Date): DigestSchedule | undefined {
  const mode = String(args.mode ?? 'each').trim().toLowerCase();
  const digestOnly = ['every', 'at', 'on', 'tz', 'size'].filter((name) => args[name] !== undefined && args[name] !== '');
  if (mode === 'each') {
    if (digestOnly.length) throw new UserError(`${digestOnly.join(', ')} only apply to digests: add mode:digest`);
    return undefined;
  }
  if (mode !== 'digest') throw new UserError(`mode must be each or digest, not "${clip(mode)}"`);
  const every = String(args.every ?? 'daily').trim().toLowerCase();
  if (every !== 'daily' && every !== 'weekly') throw new UserError(`every must be daily or weekly, not "${clip(every)}"`);
  const at = String(args.at ?? '09:00').trim();
  const minutes = parseTimeOfDay(at);
  if (minutes === undefined) throw new UserError(`at must be a time of day such as 09:00 or 17:30, not "${clip(at)}"`);
  const tz = String(args.tz ?? 'UTC').trim();
  if (!isTimeZone(tz)) throw new UserError(`"${clip(tz)}" is not a time zone I know: use an IANA name such as Europe/Berlin or America/New_York`);
  let on: number | undefined;
  if (every === 'weekly') {
    const day = String(args.on ?? 'monday').trim().toLowerCase();
    on = WEEKDAYS.findIndex((name) => name === day || name.slice(0, 3) === day);
    if (on < 0) throw new UserError(`on must be a weekday such as monday, not "${clip(day)}"`);
  } else if (args.on !== undefined && args.on !== '') {
    throw new UserError('on: is for weekly digests: add every:weekly');
  }
  const size = args.size === undefined || args.size === '' ? DEFAULT_DIGEST_SIZE : Number(args.size);
  if (!Number.isInteger(size) || size < 1 || size > MAX_DIGEST_SIZE) throw new UserError(`size must be a whole number from 1 to ${MAX_DIGEST_SIZE}, e.g. size:5`);
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return { every, at: time, ...(on === undefined ? {} : { on }), tz, size, since: now.toISOString() };
}

/** "a daily digest at 09:00 Europe/Berlin (5 stories)". */
export function describeDigest(schedule: DigestSchedule): string {
  const when = schedule.every === 'weekly' ? `a weekly digest on ${capitalize(WEEKDAYS[schedule.on ?? 1]!)}s` : 'a daily digest';
  return `${when} at ${schedule.at} ${schedule.tz} (top ${schedule.size} stories)`;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
