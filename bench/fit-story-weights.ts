// `npx tsx bench/fit-story-weights.ts`: fits the story pair weights (PAIR_WEIGHTS in
// src/articles/cluster-stories.ts) to the TUNE half of the story sets, and prints them with the
// pairwise precision and recall they give on each half (pairs alone, before grouping).
// A logistic regression by plain gradient descent with a little L2 (no library: ten weights).
// Only tune pairs are fitted: the measure half is scored, never fitted. Copy the printed weights,
// rounded, into PAIR_WEIGHTS, then check `npm run eval -- --table` (which scores the grouping).
import { MEASURE_NAMES, storyPairMeasures, type PairMeasures } from '../src/articles/cluster-stories.ts';
import type { Half } from './run-eval.ts';
import { readStoryCases } from './story-eval.ts';

const STEPS = 60_000;
const RATE = 3;
const L2 = 0.003;

interface Pair {
  half: Half;
  same: boolean;
  measures: PairMeasures;
}

/** Every pair of one half that the hard rules leave to the weights (same outlet, days apart… are not). */
function pairsOf(): Pair[] {
  const cases = readStoryCases();
  const pairs: Pair[] = [];
  for (let i = 0; i < cases.length; i++) {
    for (let j = i + 1; j < cases.length; j++) {
      if (cases[i]!.half !== cases[j]!.half) continue;
      const measures = storyPairMeasures(cases[i]!.article, cases[j]!.article);
      if (measures) pairs.push({ half: cases[i]!.half, same: cases[i]!.event === cases[j]!.event, measures });
    }
  }
  return pairs;
}

function fit(pairs: Pair[]): number[] {
  const rows = pairs.map((pair) => [1, ...MEASURE_NAMES.map((name) => pair.measures[name])]);
  const weights = new Array<number>(MEASURE_NAMES.length + 1).fill(0);
  for (let step = 0; step < STEPS; step++) {
    const gradient = weights.map((weight, k) => (k === 0 ? 0 : L2 * weight));
    rows.forEach((row, r) => {
      const error = logistic(dot(weights, row)) - (pairs[r]!.same ? 1 : 0);
      for (let k = 0; k < row.length; k++) gradient[k]! += (error * row[k]!) / rows.length;
    });
    for (let k = 0; k < weights.length; k++) weights[k]! -= RATE * gradient[k]!;
  }
  return weights;
}

function precisionRecall(pairs: Pair[], weights: number[], threshold: number): { precision: number; recall: number } {
  let taken = 0;
  let right = 0;
  let same = 0;
  for (const pair of pairs) {
    const joined = logistic(dot(weights, [1, ...MEASURE_NAMES.map((name) => pair.measures[name])])) >= threshold;
    if (pair.same) same++;
    if (joined) taken++;
    if (joined && pair.same) right++;
  }
  return { precision: round(right / Math.max(1, taken)), recall: round(right / Math.max(1, same)) };
}

const dot = (a: number[], b: number[]) => a.reduce((sum, value, k) => sum + value * b[k]!, 0);
const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const round = (x: number) => Math.round(x * 1000) / 1000;

const pairs = pairsOf();
const tune = pairs.filter((pair) => pair.half === 'tune');
const weights = fit(tune);
console.log(JSON.stringify({ bias: round(weights[0]!), ...Object.fromEntries(MEASURE_NAMES.map((name, k) => [name, Math.round(weights[k + 1]! * 100) / 100])) }));
for (const half of ['tune', 'measure'] as const) {
  const some = pairs.filter((pair) => pair.half === half);
  console.log(JSON.stringify({ half, pairs: some.length, same: some.filter((pair) => pair.same).length, at: 0.5, ...precisionRecall(some, weights, 0.5) }));
}
