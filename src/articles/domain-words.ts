// An unknown site's name from its domain's label, when the label says it: words run together
// ("railsatscale" → "Rails at Scale", "512pixels" → "512 Pixels", "paulkocher" → "Paul Kocher"), a
// single word ("positive" → "Positive") or initials ("ccn" → "CCN"). A label that is not made of
// words ("sandyuraz", "hypirion") gives nothing: never "Sandy Uraz", a name nobody wrote.
//
// The words are an English list ranked by frequency (wordsninja's, from Wikipedia's text, names
// included). A label is split into the fewest pieces, then the most frequent ones; every piece
// must be a word of reasonable length and frequency, so short or rare words ("a", "rde", "plo")
// never chop an unknown name into junk.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { GIVEN_NAMES } from './given-names.ts';

// How common a piece must be (its rank in the list) by its length: short rare words are mostly
// fragments and abbreviations that would split anything ("ver", "nics").
const MAX_RANK_3 = 10_000;
const MAX_RANK_4 = 20_000;
const MAX_RANK = 40_000;
// Short words that join a name's words ("Rails at Scale", "No Starch", "Tech in Asia"): allowed
// at any length, never as the last piece.
const CONNECTORS = new Set(['a', 'an', 'at', 'of', 'on', 'in', 'to', 'by', 'my', 'no', 'the', 'and', 'for', 'or']);
// Written in lower case inside a title ("Rest of World"), capitalised first ("The Verge").
const LOWER_IN_TITLE = new Set(['a', 'an', 'at', 'of', 'on', 'in', 'to', 'by', 'and', 'for', 'or', 'the', 'from', 'with']);
const MAX_PIECES = 4;
// Initials common at the head of a name ("AI Journal", "USA Today", "UK Defence Journal"): pieces of
// their own, written in capitals and apart from the next word.
const INITIALISMS = new Set(['ai', 'uk', 'us', 'usa', 'eu', 'pc', 'tv']);
// A newspaper's words: a name with one of them is written as separate words ("Harbor Gazette",
// "Positive News", "Daily Beast"), not run together as a tech brand is ("PetaPixel").
export const NEWSPAPER_WORDS: ReadonlySet<string> = new Set(['news', 'times', 'post', 'herald', 'journal', 'daily', 'tribune', 'gazette', 'chronicle', 'observer', 'courier', 'dispatch', 'ledger', 'examiner', 'telegraph', 'bulletin', 'weekly']);

let ranks: Map<string, number> | undefined;

/**
 * Reads the word list (about 126,000 words; tens of milliseconds once per process). Called on first
 * use; a caller timing items calls it first so that no item pays for it.
 */
export function loadDomainWords(): Map<string, number> {
  if (ranks) return ranks;
  const file = createRequire(import.meta.url).resolve('wordsninja/words-en.json');
  const words = JSON.parse(readFileSync(file, 'utf8')) as string[];
  ranks = new Map();
  for (let rank = 0; rank < words.length; rank++) {
    const word = words[rank]!;
    if (!ranks.has(word)) ranks.set(word, rank);
  }
  return ranks;
}

/**
 * The name a domain label spells, or undefined when it spells none. Words found joined with
 * connectors, numbers or a person's names read as separate words ("Rails at Scale", "512 Pixels",
 * "Paul Kocher", "The Verge"), and so do long words ("Creative Tension", "Android Authority"); short
 * plain words run together read as one brand, as tech names are written ("PetaPixel", "TechCrunch"): two of them (three or more read spaced).
 */
export function nameInDomainLabel(label: string): string | undefined {
  const lower = label.toLowerCase();
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(lower)) return undefined;
  const parts = lower.split('-');
  const pieces: string[][] = [];
  // A name the list lacks before a paper's or a company's word is written apart from it ("Kinetica Labs").
  let named = false;
  for (const part of parts) {
    const words = splitWords(part);
    const split = words ?? placeAndPaper(part);
    if (!split) return parts.length === 1 ? initials(part) : undefined;
    named ||= !words;
    pieces.push(split);
  }
  const words = pieces.flat();
  if (words.length > MAX_PIECES) return undefined;
  // Joined with connectors, numbers, a person's names, "the" or a newspaper's word: separate words.
  // So are three words or more: a brand coined from words runs two together ("TechCrunch"); of the
  // known-outlet table's domains that split into three words, none runs them together ("Slate Star
  // Codex", "One Useful Thing"), and a person's name the list splits in three ("chan der ramesh") must
  // never read "ChanDerRamesh".
  const spaced = named || parts.length > 1 || words.length >= 3 || words.some((word) => NEWSPAPER_WORDS.has(word) || isInitials(word)) || words.some((word) => CONNECTORS.has(word) || /^\d/.test(word)) || isPersonsName(words) || words.every(isLongWord);
  if (spaced) return words.map((word, at) => (at > 0 && LOWER_IN_TITLE.has(word) ? word : capitalise(word))).join(' ');
  return words.map(capitalise).join('');
}

// A word this long is a word of a name written apart ("Android Authority", "National Review",
// "Creative Tension"): brands run together are coined from short words ("TechCrunch", "MacRumors",
// "PetaPixel", "Computerworld"). Read off the known-outlet table, whose names are written as the outlets
// write them: of its 98 domains of two or more plain words, 48 run the words together, 50 space them;
// of the 16 whose words are all six letters or more, every one spaces them. Five letters would space
// 11 of the 48 ("Market Watch", "Cloud Flare").
const LONG_WORD = 6;

function isLongWord(word: string): boolean {
  return word.length >= LONG_WORD;
}

// A company's word after its own name ("Kinetica Labs", "Orrin Robotics"): read as a word apart.
const COMPANY_WORDS = ['labs', 'robotics', 'systems', 'studios', 'studio', 'software', 'ventures', 'partners'];
// The words that may end a label after a name the list lacks: a paper's, then a company's.
const NAME_ENDINGS = [...NEWSPAPER_WORDS, ...COMPANY_WORDS];

/**
 * A newspaper's or a company's word after a word the list lacks, most often a town's or a brand's
 * name ("ketteringpost" → "kettering" + "post", "kineticalabs" → "kinetica" + "labs"): a local paper
 * named for its place, a company named for its brand.
 */
function placeAndPaper(label: string): string[] | undefined {
  for (const word of NAME_ENDINGS) {
    const place = label.endsWith(word) ? label.slice(0, -word.length) : '';
    if (place.length >= 4 && /^[a-z]+$/.test(place) && /[aeiouy]/.test(place)) return [place, word];
  }
  return undefined;
}

/** "ccn" → "CCN": a label of two or three letters that is no word is a name's initials. */
function initials(label: string): string | undefined {
  return /^[a-z]{2,3}$/.test(label) ? label.toUpperCase() : undefined;
}

function isPersonsName(words: string[]): boolean {
  return words.length === 2 && GIVEN_NAMES.has(words[0]!);
}

/**
 * `text` as the fewest words of the list (then the most frequent), digits as numbers; else a given
 * name and a word the list has at any rank (a surname: "paul" + "kocher"); else undefined.
 */
function splitWords(text: string): string[] | undefined {
  const words = loadDomainWords();
  // best[end]: the best split of text[0, end) as [pieces, cost, start of its last piece].
  const best: Array<[number, number, number] | undefined> = [[0, 0, -1]];
  for (let end = 1; end <= text.length; end++) {
    for (let start = Math.max(0, end - 24); start < end; start++) {
      const before = best[start];
      const cost = before && pieceCost(text.slice(start, end), end === text.length, words, start === 0);
      if (cost === undefined) continue;
      const current = best[end];
      const pieces = before![0] + 1;
      const total = before![1] + cost;
      if (!current || pieces < current[0] || (pieces === current[0] && total < current[1])) best[end] = [pieces, total, start];
    }
  }
  if (best[text.length]) {
    const split: string[] = [];
    for (let end = text.length; end > 0; end = best[end]![2]) split.unshift(text.slice(best[end]![2], end));
    return split;
  }
  for (let end = 3; end <= text.length - 4; end++) {
    const surname = text.slice(end);
    if (GIVEN_NAMES.has(text.slice(0, end)) && /^[a-z]+$/.test(surname) && words.has(surname)) return [text.slice(0, end), surname];
  }
  return undefined;
}

/** A piece's cost (the log of its rank), or undefined when it may not be a piece. */
function pieceCost(piece: string, last: boolean, words: Map<string, number>, first: boolean): number | undefined {
  if (/^\d+$/.test(piece)) return 0;
  // The article "a" opens a name ("A List Apart") and joins no two of its words: inside a label it is
  // the end of a name the list lacks ("kineticalabs" is Kinetica Labs, not "Kinetic a Labs").
  if (piece === 'a' && !first) return undefined;
  const rank = words.get(piece);
  if (rank === undefined || !/^[a-z]+$/.test(piece)) return undefined;
  if (INITIALISMS.has(piece) && !last) return Math.log(rank + 2);
  if (piece.length < 3) return CONNECTORS.has(piece) && !last ? Math.log(rank + 2) : undefined;
  const limit = piece.length === 3 ? MAX_RANK_3 : piece.length === 4 ? MAX_RANK_4 : MAX_RANK;
  return rank < limit || (CONNECTORS.has(piece) && !last) ? Math.log(rank + 2) : undefined;
}

/** Initials: a piece of no vowels ("nbc", "cbs") or a common one ("usa", "ai"). */
function isInitials(word: string): boolean {
  return INITIALISMS.has(word) || /^[b-df-hj-np-tv-xz]{2,4}$/.test(word);
}

/** "news" → "News"; initials ("nbc", a piece of no vowels, or "usa") in capitals: "NBC News", "USA Today". */
export function capitalise(word: string): string {
  if (isInitials(word)) return word.toUpperCase();
  return word.charAt(0).toUpperCase() + word.slice(1);
}
