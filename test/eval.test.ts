// The labelled set's figures (`npm run eval`) must stay at their targets: a regression fails CI.
import { describe, expect, it } from 'vitest';
import { runEval, type EvalReport } from '../bench/run-eval.ts';
import { hasSharedFixtures, sharedPath } from './shared-fixtures.ts';

describe.skipIf(!hasSharedFixtures)('evaluation against the hand labels', () => {
  let report: EvalReport | undefined;
  const figure = async (name: string) => {
    // The shared labels, scored whole: a regression guard. `npm run eval` prints every half of all labels.
    report ??= await runEval({ labelsFiles: [sharedPath('labels/items.jsonl')] });
    const measure = report.measures.find((m) => m.name === name && m.half === 'all');
    expect(measure, name).toBeDefined();
    return measure!.value;
  };

  it('finds every labelled item in its feed', async () => {
    expect(await figure('labels_unmatched')).toBe(0);
  });
  it('tags ai precisely (>= 0.95) and completely (>= 0.90)', async () => {
    expect(await figure('ai_precision')).toBeGreaterThanOrEqual(0.95);
    expect(await figure('ai_recall')).toBeGreaterThanOrEqual(0.9);
  });
  it('names the original source (>= 0.95)', async () => {
    expect(await figure('source_accuracy')).toBeGreaterThanOrEqual(0.95);
  });
  it('finds the key quote (hit >= 0.85, false alarms <= 0.05) and its speaker (>= 0.85)', async () => {
    expect(await figure('quote_hit_rate')).toBeGreaterThanOrEqual(0.85);
    expect(await figure('quote_false_alarm_rate')).toBeLessThanOrEqual(0.05);
    expect(await figure('speaker_accuracy')).toBeGreaterThanOrEqual(0.85);
  });
  it('never returns a quote that is not verbatim in the text', async () => {
    expect(await figure('quotes_not_verbatim')).toBe(0);
  });
  it('keeps company topics close to the labels', async () => {
    expect(await figure('company_f1')).toBeGreaterThanOrEqual(0.85);
  });
});
