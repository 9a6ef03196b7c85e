// The outlet-standing table: the second ranking key of a digest, after how many outlets told a
// story. Two stories told by equally many outlets are ordered by the standing of the best outlet
// that told each. Small on purpose: wire services and the large newsrooms that break AI stories
// stand highest, specialist tech press next, everyone else 1. Operators override or extend it
// with OUTLET_WEIGHTS, e.g. OUTLET_WEIGHTS="Reuters=3,Our Team Blog=5,Some Aggregator=0".

export type OutletStanding = ReadonlyMap<string, number>;

/** Keys are outlet names lower-cased, as find-source names them. */
export const DEFAULT_OUTLET_WEIGHTS: Record<string, number> = {
  reuters: 3,
  'associated press': 3,
  bloomberg: 3,
  'financial times': 3,
  'the new york times': 3,
  'the wall street journal': 3,
  'the guardian': 2,
  'bbc news': 2,
  'the verge': 2,
  techcrunch: 2,
  wired: 2,
  'ars technica': 2,
  'mit technology review': 2,
  'the information': 2,
  'venturebeat': 1.5,
  engadget: 1.5,
};

/** Outlets not in the table. */
export const DEFAULT_STANDING = 1;

/** The default table with the operator's `Name=weight,Name=weight` overrides on top. */
export function outletStanding(overrides?: string): OutletStanding {
  const table = new Map(Object.entries(DEFAULT_OUTLET_WEIGHTS));
  for (const [name, weight] of parseOutletWeights(overrides ?? '')) table.set(name, weight);
  return table;
}

/** Throws one line naming the bad entry; config turns it into a ConfigError. */
export function parseOutletWeights(text: string): [string, number][] {
  const entries: [string, number][] = [];
  for (const item of text.split(',').map((part) => part.trim()).filter(Boolean)) {
    const match = /^(.+?)\s*=\s*(-?\d+(?:\.\d+)?)$/.exec(item);
    if (!match) throw new Error(`"${item}" is not Name=weight (e.g. Reuters=3)`);
    entries.push([match[1]!.trim().toLowerCase(), Number(match[2])]);
  }
  return entries;
}

export function standingOf(table: OutletStanding, outlet: string): number {
  return table.get(outlet.trim().toLowerCase()) ?? DEFAULT_STANDING;
}
