// "24h", "7d", "2w", "30m" → milliseconds, for `since`.
import { clipText } from '../src/clip-text.ts';
import { UserError } from './command.ts';

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const MAX_MS = 3650 * UNIT_MS.d!;

export function parseDuration(text: string): number {
  const match = /^(\d{1,5})\s*([mhdw])$/i.exec(text.trim());
  const ms = match ? Number(match[1]) * UNIT_MS[match[2]!.toLowerCase()]! : NaN;
  if (!match || ms <= 0 || ms > MAX_MS) {
    throw new UserError(`"${clip(text)}" is not a time span: write since:24h, since:7d or since:2w`);
  }
  return ms;
}

/** User text echoed back in a message is kept short. */
export function clip(text: string, max = 40): string {
  return clipText(text, max);
}
