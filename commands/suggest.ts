// "Did you mean" for a mistyped topic: the closest name by edit distance.

/** `maxDistance`: the most edits allowed (default a third of the word, at least one). */
export function closest(word: string, candidates: string[], maxDistance = Math.max(1, Math.floor(word.length / 3))): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  // Only a plausible typo: at most a third of the word changed.
  return bestDistance <= maxDistance ? best : undefined;
}

/** Edits between two words, a swap of neighbours ("nwes") counting as one (optimal string alignment). */
function editDistance(a: string, b: string): number {
  if (a.length > 64) return Infinity;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j]!, beforePrevious[j - 2]! + 1);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}
