// Random platform faults for the fake Discord and fake Slack (test/platform-faults.test.ts): a
// share of requests is answered 429 (with retry-after), 500, or not at all (the client times out),
// drawn from a seeded PRNG so a failing run can be replayed with its seed. A 500 or a silence may
// come before or after the fake did the work, as with a real platform whose answer is lost: that
// is the case an idempotency key (Discord's nonce, our Slack metadata lookup) must cover.

import { seededRandom } from '../helpers/seeded-random.ts';

export interface FaultOptions {
  /** Share of requests that fail, 0..1 (e.g. 0.3). */
  rate: number;
  /** PRNG seed; the same seed gives the same sequence of faults for the same requests. */
  seed: number;
  /** Retry-after of a 429, in seconds; drawn between these. Default 0.2..1. */
  retryAfterSeconds?: [number, number];
}

export type Fault =
  | { kind: '429'; retryAfterSeconds: number }
  /** `applied`: the fake did the work before answering 500 / staying silent. */
  | { kind: '500'; applied: boolean }
  | { kind: 'timeout'; applied: boolean };

export interface FaultCounts {
  '429': number;
  '500': number;
  timeout: number;
  /** 500s and silences that came after the work was done. */
  applied: number;
}


export interface FaultMode {
  /** null: answer this request normally. */
  next(): Fault | null;
  counts: FaultCounts;
}

export function createFaultMode(options: FaultOptions): FaultMode {
  const random = seededRandom(options.seed);
  const [low, high] = options.retryAfterSeconds ?? [0.2, 1];
  const counts: FaultCounts = { '429': 0, '500': 0, timeout: 0, applied: 0 };
  let faults = 0;
  return {
    counts,
    next() {
      // Which requests fail is random; the kinds take turns (429, 500, silence, 429, ...), and every
      // other 500 and silence comes after the work: the first silence already does, so any run with
      // three faults has every kind (a run of 37 Slack calls once drew only four).
      if (random() >= options.rate) return null;
      const turn = faults++ % 6;
      if (turn % 3 === 0) {
        counts['429']++;
        return { kind: '429', retryAfterSeconds: Math.round((low + (high - low) * random()) * 100) / 100 };
      }
      const applied = turn === 2 || turn === 4;
      if (applied) counts.applied++;
      if (turn % 3 === 1) {
        counts['500']++;
        return { kind: '500', applied };
      }
      counts.timeout++;
      return { kind: 'timeout', applied };
    },
  };
}

/** Most entries of `times` (sorted ms) inside any window of `windowMs`. */
export function maxInWindow(times: number[], windowMs: number): number {
  let best = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}
