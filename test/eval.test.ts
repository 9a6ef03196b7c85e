// The labelled set's figures (`npm run eval`) must stay at their targets: a regression fails CI.
import { describe, expect, it } from 'vitest';
import { runEval, type EvalReport } from '../bench/run-eval.ts';
import { hasSharedFixtures, sharedPath } from './shared-fixtures.ts';

// Each runEval scores every label and clusters every story set (shuffled and poll by poll): tens of seconds on
// a busy two-core machine, so the first test of a block, which computes it, may take longer than the default.
// All labels are scored once for the whole file: two blocks read that report, and computing it twice took a
// loaded machine past the timeout.
let allLabels: Promise<EvalReport> | undefined;
const allLabelsReport = () => (allLabels ??= runEval());

describe.skipIf(!hasSharedFixtures)('evaluation against the hand labels', { timeout: 180_000 }, () => {
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

  // Issue 10: sources, topics and story pairs on both halves of all labels (ours and the shared),
  // at floors a little below the figures reached when the rules were last tuned (on `tune` only).
  // The tune half's company floor is lower since its own-written research items (quote-items.jsonl)
  // label companies a paper merely tested (0.941 → 0.90 with them). The tune half's ai recall fell from
  // 0.959 to 0.924 when speakers8-items.jsonl added 141 is_ai items the topic rules had never seen (chip,
  // robot, German/Spanish/French items); AI in five languages, a short item's lead about AI, 'AI' naming
  // what a thing is and AI makers by name took it back to 0.966 (measure 0.97 → 0.98).
  // sources9-items.jsonl (written for sources) added 31 is_ai items: 0.966 → 0.943 (practitioners' Medium
  // posts on RAG, decoding and evals, a model-watching newsletter, chip-market wire stories), so its floor was 0.93;
  // leads9-items.jsonl (written for lead sentences) added is_ai items in press releases, a Korean wire, a government
  // office and a Mastodon account: 0.943 → 0.928 with its first 64 items; practitioners' vocabulary (RAG, tokenizers, AI servers)
  // and a data centre counted once took it to 0.954, so the floor is 0.93. Floors raised at stop 22 to a little below
  // what main reaches (tune / measure: source 0.971 / 0.922, company F1 0.927 / 0.978, story pairs 1 / 0.948 P, 0.863 / 0.846 R).
  // Source floors raised when feeds' own names were read (PRISM publicationName, titles that describe the
  // feed or the home page, a domain plus words; sources12-items.jsonl added 30 tune items): 0.971 / 0.944.
  // story-groups-6.json (written for coverage the earlier story sets lacked: other languages, a report then its
  // confirmation, same numbers in other words) took story pair recall to 0.826 / 0.797 and tune precision to 0.983
  // (a law taking effect in Ontario joined California's the same day); German, French and Spanish words and figures
  // read like English ones (story-languages.ts) took recall back to 0.838 / 0.823; places, conference names, talks
  // then a signed deal as one story and more currencies took the tune half to 1 P / 0.864 R (measure 0.955 / 0.823):
  // floors tune 0.99 P / 0.85 R, measure recall 0.82.
  // story-groups-7.json (July–September 2029, written before its author read the clustering, split committed
  // before its first run) scored tune 1 P / 0.629 R, measure 0.929 P / 0.722 R on its first run, and took all
  // sets to tune 0.995 / 0.845, measure 0.953 / 0.824. Portuguese and Italian words and figures, outages, departures,
  // debuts and laws in more wordings, public bodies by their initials and a deal told as done kept apart from its
  // talks took them to tune 1 / 0.869, measure 0.953 / 0.836 (set 7: tune 1 / 0.857, measure 0.933 / 0.778):
  // tune recall floor back to 0.85.
  // story-groups-8.json (22 groups, 33 decoys, written blind for the measure half, committed before its first run)
  // scored precision 0.939 / recall 0.729 on its own first run and took the measure half to 0.951 / 0.815: the honest
  // reading of unseen coverage, so the measure recall floor is 0.81.
  // blind13-items.jsonl added 60 measure items of nine publishers written blind (no rule or miss read first): the
  // measure half's source accuracy fell 0.949 → 0.916 and company F1 0.978 → 0.949 (its items alone: 0.667, 0.836),
  // which is the honest reading of unseen publishers, so those floors are the new figures minus 0.005.
  // leads13-items.jsonl and sources13-items.jsonl (183 tune items) showed ai recall misses on text that names no
  // AI term (podcasts, lab posts, Spanish and French items): tune ai recall 0.954 → 0.927, so its floor is 0.92.
  // leads14-items.jsonl (58 tune items, written for leads) names its outlets as feeds of those kinds do, a name and a
  // generic word ('Orrery Research Blog', 'Lintwise Changelog', 'Tessel Newsroom', 'Release notes from tinyllm') the
  // source rules keep whole: tune source 0.975 → 0.958 with no rule changed, so its floor is 0.95 until rules land.
  // Story set 10 (blind, measure) scored 1.0 / 0.876 on its own first run; stories18's weak pairs (a pair just under
  // the threshold joins two groups when every pair across them is close) and cross-language likeness took the
  // measure half 0.959 / 0.825 → 0.965 / 0.852 (set 8 alone 0.939 / 0.729 → 0.945 / 0.812, set 10 → 1.0 / 0.899):
  // floors 0.955 / 0.845.
  // story_arrival_stable_dense (every date moved onto one 20-day cycle, polls of 1-3) was 0 of 9 before stored
  // stories were compared whole (storyorder19), 9 of 9 after.
  it('holds sources, topics and story pairs on the tuning and the measuring half', async () => {
    const all = await allLabelsReport();
    const value = (name: string, half: string) => {
      const measure = all.measures.find((m) => m.name === name && m.half === half);
      expect(measure, `${name} (${half})`).toBeDefined();
      return measure!.value;
    };
    const floors: Array<[string, string, number]> = [
      ['source_accuracy', 'tune', 0.96],
      ['source_accuracy', 'measure', 0.897],
      ['ai_precision', 'tune', 0.95],
      ['ai_precision', 'measure', 0.95],
      ['ai_recall', 'tune', 0.92],
      ['ai_recall', 'measure', 0.955],
      ['company_f1', 'tune', 0.9],
      ['company_f1', 'measure', 0.944],
      ['story_pair_precision', 'tune', 0.99],
      ['story_pair_recall', 'tune', 0.85],
      ['story_pair_precision', 'measure', 0.955],
      ['story_pair_recall', 'measure', 0.845],
      ['story_shuffle_stable', 'all', 1],
      ['story_arrival_stable', 'all', 1],
      ['story_arrival_stable_dense', 'all', 1],
    ];
    for (const [name, half, floor] of floors) expect(value(name, half), `${name} (${half})`).toBeGreaterThanOrEqual(floor);
  });
});

// Issue 10 (quotes, speakers, lead sentences) on all labels, shared and our own, by half of the
// publisher split. Reached when this was written (`npm run eval`, 607 labels):
//   tune:    quote hit 0.875 (24), false alarm 0.004 (277), speaker 1.00 (19), lead 0.979 (237)
//   measure: quote hit 0.825 (40), false alarm 0.019 (266), speaker 0.967 (30), lead 0.906 (255)
// The floors sit a little below, so a regression fails CI; the targets (hit 0.85, speaker 0.95,
// lead 0.95) are what the measure half still has to reach. The tune half's hit floor went from 0.83 to
// 0.81 when own3-items.jsonl added 33 quotes of three new tune publishers the rules had not seen (0.969 → 0.816),
// and back to 0.97 once speech in straight single marks, colon lead-ins, transcript labels, roles in apposition and faked voices were read (0.816 → 0.98).
// speakers8-items.jsonl (99 tune items in hard attribution shapes) took tune hit 0.982 → 0.958 and speaker 0.99 → 0.915
// before any rule was written for them, and back to 0.979 / 0.975 once unnamed people, gendered pronouns,
// documents as subjects, public bodies in other languages and Jr./Sr. were read (measure speaker 0.942 → 0.96),
// and measure speaker 0.96 → 0.99 when "the company said" stopped guessing the most-named organisation.
// The lead floors raised by datelines11 once datelines in the wires' other shapes were skipped (lead tune /
// measure 0.974 / 0.896 → 0.988 / 0.932).
// blind13-items.jsonl (60 measure items written blind, 39 quotes) took measure quote hit 0.904 → 0.872 (its items
// alone: 0.769): the measure hit floor is that figure minus 0.005, the honest reading of unseen publishers.
// The tune hit floor 0.97 → 0.96 when leads13-items.jsonl added six tune quotes, one a five-word quotation
// ("It works. It really works") under extract-quote's six-word minimum (tune hit 0.972 → 0.969).
// quotes13-items.jsonl (41 tune quotes in blockquotes, transcripts, single marks, guillemets, press releases) took
// tune hit 0.976 → 0.928 before any rule was written for them, and to 0.976 (with leads13's and sources13's) once
// signature and credit lines under blockquotes, transcript answers, »reversed guillemets«, short split openings, partial quotes ending a sentence and
// single-mark quotes over paragraphs were read (measure, with blind13's items, 0.872 → 0.884, from the transcripts): floors
// tune 0.97, measure that figure minus 0.005.
// blind15-items.jsonl (60 measure items of ten publishers written blind, committed before the bot ran on them) scored
// on its own first run: lead 0.712, source 0.783, quote hit 0.90, false alarm 0.05, speaker 0.939, company F1 0.875;
// it took the measure half's lead 0.939 → 0.915 and source 0.935 → 0.919: the measure lead floor is 0.91.
// blind16-items.jsonl (60 measure items of ten publishers of kinds nobody had written before, written blind and
// committed before the bot ran on them) scored on its own first run: source 0.80, lead 0.933, quote hit 0.841,
// speaker 0.865, false alarm 0.063, company F1 0.96, ai recall 0.918. It took the measure half's quote hit to 0.879,
// speaker 0.975 → 0.954 and ai recall 0.966 → 0.959: floors quote hit 0.874, speaker 0.95 (the target), ai recall 0.955.
// blind17-items.jsonl (60 measure items of ten more new kinds, written blind, first run on the code that wrote none of
// its rules) scored source 0.817, lead 0.967, quote hit 0.907, speaker 0.889, false alarm 0.176 (3 of 17 items whose
// quote marks hold no speech), company F1 0.977. Measure speaker 0.954 → 0.944 and source 0.917 → 0.909: floors
// speaker 0.94 (under the 0.95 target: the honest reading) and source 0.905.
// blind18-items.jsonl added 96 REAL items of measure-half feeds (Guardian, Golem, arXiv, Google News, Daring Fireball,
// WordPress, Reddit, Science, PCMag) labelled blind; its first run: source 0.854, lead 0.954, quote hit 0.818 (11),
// false alarm 0.035, speaker 0.75 (8 shown). Measure speaker 0.944 → 0.938, source 0.909 → 0.902: floors speaker
// 0.935 and source 0.897.
describe.skipIf(!hasSharedFixtures)('evaluation of quotes and leads on both halves of all labels', { timeout: 180_000 }, () => {
  const figure = async (name: string, half: 'tune' | 'measure') => {
    const report = await allLabelsReport();
    const measure = report.measures.find((m) => m.name === name && m.half === half);
    expect(measure, `${name} (${half})`).toBeDefined();
    return measure!.value;
  };

  it.each([
    ['tune', { hit: 0.97, falseAlarm: 0.02, speaker: 0.98, lead: 0.98 }],
    ['measure', { hit: 0.874, falseAlarm: 0.035, speaker: 0.935, lead: 0.91 }],
  ] as const)('holds on the %s half', async (half, floor) => {
    expect(await figure('quote_hit_rate', half)).toBeGreaterThanOrEqual(floor.hit);
    expect(await figure('quote_false_alarm_rate', half)).toBeLessThanOrEqual(floor.falseAlarm);
    expect(await figure('speaker_accuracy', half)).toBeGreaterThanOrEqual(floor.speaker);
    expect(await figure('summary_lead_accuracy', half)).toBeGreaterThanOrEqual(floor.lead);
    expect(await figure('quotes_not_verbatim', half)).toBe(0);
  });

  // The reader checks (bench/reader-checks.ts) are counted on every half, with no floor (their counts move with
  // every new label file); their violations are listed for the tuning half only.
  it('counts the reader checks on every half and lists only the tuning half’s violations', async () => {
    const report = await allLabelsReport();
    expect(report.measures.filter((m) => m.name === 'reader_summary-cut').map((m) => m.half)).toEqual(['tune', 'measure', 'measure-unseen', 'all']);
    expect(report.misses.filter((miss) => miss.measure.startsWith('reader_') && miss.half !== 'tune')).toEqual([]);
  });
});
