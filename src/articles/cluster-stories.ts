// One story across outlets: articles from different outlets that tell the same event within a few
// days share a `story` id, so delivery posts the story once and lists "also covered by".
//
// How two articles are compared (all of it pure and explainable):
// 1. Each article's fingerprint is a set of features taken from its headline, summary and the
//    first ~500 characters of its text. Outlets word the same event differently, so exact text is
//    useless; what they share are the names and the figures: named entities (capitalised names,
//    acronyms, CamelCase brands), product names with digits ("GPT-5.5", "Llama 4.1"), money and
//    other amounts normalised ("$65B" = "$65 billion" = "65 bln dollars") and the rarer plain words.
// 2. Each feature weighs by its kind (a product name or an amount says more than a plain word)
//    times its rarity in the articles at hand (inverse document frequency over recent + fresh):
//    "OpenAI" in a feed full of OpenAI news counts less than "Tessellate".
//    Features of the headline weigh a little more: the headline says what the story is about.
// 3. Two articles match when the weight they share, relative to the size of both fingerprints
//    (a cosine over weighted sets), reaches SCORE_THRESHOLD; when they share at least MIN_SHARED
//    of evidence (one shared company name alone is never a story); and, when both name someone
//    or something, they share at least one name ("ChatGPT is down" is not "Claude is down").
// 4. Only articles of different outlets, published within three days of each other, can match,
//    and a story never takes a second article from the same outlet (its follow-ups are new stories).
//    A fresh article takes the story id of its best match (from `recent`, or an earlier article of
//    the same batch), so a story id chains from the first article that told it.
// Thresholds were tuned on test/fixtures/stories/story-groups.json (see test/cluster-stories.test.ts).
//
// Speed: each article is fingerprinted once and memoised by id (checked against the fields it was
// made from), so a poll compares 30 fresh articles with 3,000 recent ones without re-reading them;
// features are interned as integers and candidates come from an inverted index. The caches never
// change a result: the output depends on the arguments alone.
import type { Article } from './article.ts';

/** Articles further apart than this are different stories, however alike (follow-ups, anniversaries). */
export const STORY_WINDOW_MS = 3 * 24 * 60 * 60 * 1000;
/** Weighted cosine at or above which two articles tell the same story (tuned on the test set). */
export const SCORE_THRESHOLD = 0.36;
/**
 * Least evidence for a match, in kind weights before rarity: two names, a name and a few words, or
 * five plain words. One shared company name (2.5) or product (4) alone is never a story, however
 * short the two texts are.
 */
export const MIN_SHARED = 5;
/** A feature in more than this share of the articles in view finds no candidates alone (see assignStories). */
const COMMON_SHARE = 0.05;
/** ...but never below this many articles, so a small pool searches by every feature. */
const COMMON_MIN = 50;
/** Headline features weigh this much more than the lead's. */
const HEADLINE_BOOST = 1.25;
/** How much of the body is read: the lead is where an article says what happened. */
const TEXT_CHARS = 500;

// A feature's weight by kind: names and figures identify an event, plain words only support it.
const WEIGHT = {
  term: 1,
  entity: 2.5,
  number: 2,
  amount: 3,
  product: 4,
} as const;
type Kind = keyof typeof WEIGHT;

export interface StoryFingerprint {
  /** Feature → kind weight (before rarity). Keys: lower-case words, `p:gpt5.5`, `$:65b`, `#:9000`. */
  features: Map<string, number>;
  /** The features that are names (entities and products): two articles naming different things differ. */
  names: Set<string>;
  /** Publication time in ms; an unreadable date counts as 1970, so it only meets other undated ones. */
  time: number;
  /** Outlet name normalised, so "The Verge" and "the verge" are one outlet. */
  source: string;
}

// Words that say nothing about which event it is: English stop words, the verbs and nouns of every
// news headline ("says", "announces", "new", "report"), the AI-news vocabulary that every article
// of this bot's feeds shares ("AI", "model"; "chatbot" is kept, it is rarer than it looks), dates.
const STOP_WORDS = new Set(
  `a an the and or but nor of to in on at by for from with without into onto over under about above
  after before between through during against among within across per via as than then so such
  is are was were be been being am do does did done doing have has had having will would shall
  should can could may might must it its this that these those there here their theirs they them
  he him his she her hers we us our ours you your yours i me my who whom whose which what when where
  why how all any both each few more most other some no not only own same too very just also even
  still yet again once ever never now today tonight yesterday tomorrow up out off back away
  if while because though although until unless since whether either neither one two three four five
  six seven eight nine ten first second third last next new latest newest old big biggest small
  says said say saying announces announced announce announcing unveils unveiled unveil unveiling
  launches launched launch launching releases released release releasing introduces introduced
  debuts debuted debut rolls rolled rolling roll ships shipped shipping reveals revealed reveal
  plans planned plan planning wants want wanted gets get got getting makes make made making takes
  take took taking gives give gave goes go going went comes come came coming sees see saw seen
  adds add added adding brings bring brought shows show showed shown tells tell told asks ask asked
  puts put report reports reported reporting according sources source people familiar statement
  company companies firm firms startup startups start business businesses group giant maker makers
  ai artificial intelligence generative genai tech technology technologies model models llm llms
  tool tools product products feature features system systems service services platform platforms
  user users customer customers developer developers team teams industry market markets world
  global percent cent year years month months week weeks day days time times way ways thing things
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  api gpu gpus ceo cfo cto chief executive officer founder president head usa inc corp co ltd llc plc
  mr ms mrs dr amid despite toward towards around roughly nearly almost less far much many well like
  free help helps need needs use uses used using work works working part parts set sets
  best better good great major key top early late lot lots million billion trillion`
    .split(/\s+/)
    .filter(Boolean),
);

// Words that name the same act in different outlets' wording, folded to one term: one outlet
// "buys", another "acquires", a third reports an "acquisition".
const CONCEPTS: Record<string, string> = {};
for (const [concept, words] of Object.entries({
  acquire: 'acquire acquires acquired acquiring acquisition acquisitions buy buys buying bought purchase purchases purchased takeover',
  funding: 'raise raises raised raising funding fundraising round rounds backing',
  valuation: 'valuation valuations valued worth',
  lawsuit: 'sue sues sued suing lawsuit lawsuits suit suits complaint litigation',
  layoff: 'layoff layoffs laid lays',
  outage: 'outage outages down',
  job: 'job jobs role roles',
  // Earnings stories: "quarter", "quarterly results"; "forecast", "outlook", "guidance".
  earnings: 'earnings quarter quarterly results',
  forecast: 'forecast forecasts outlook guidance guided',
  estimate: 'estimate estimates consensus expectations',
  minor: 'teen teens teenager teenagers minor minors children child kids',
  // Places: "China's DeepSeek" and "the Chinese lab" name the same place.
  china: 'china chinese beijing',
  uk: 'uk britain british',
  france: 'france french',
  korea: 'korea korean seoul',
  japan: 'japan japanese tokyo',
  europe: 'europe european eu brussels',
})) {
  for (const word of words.split(' ')) CONCEPTS[word] = concept;
}

// "March 3" is a date, not a product called March.
const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/i;

/** The features of one article, computed once per article (see `fingerprintOf`). */
export function storyFingerprint(article: Pick<Article, 'headline' | 'summary' | 'text' | 'published' | 'source'>): StoryFingerprint {
  const features = new Map<string, number>();
  const names = new Set<string>();
  let boost = 1;
  const add = (key: string, kind: Kind) => {
    if (!key) return;
    const weight = WEIGHT[kind] * boost;
    if ((features.get(key) ?? 0) < weight) features.set(key, weight);
    if (kind === 'entity' || kind === 'product') names.add(key);
  };
  const headline = article.headline ?? '';
  const summary = article.summary ?? '';
  // The summary is usually the text's lead: what the text adds is what follows it.
  let text = (article.text ?? '').slice(0, TEXT_CHARS);
  if (summary && text.startsWith(summary)) text = text.slice(summary.length);
  // What the headline names is what the story is about: its features weigh more.
  boost = HEADLINE_BOOST;
  readSegment(headline, isTitleCase(headline), add);
  boost = 1;
  readSegment(summary, false, add);
  readSegment(text, false, add);
  const time = Date.parse(article.published);
  return { features, names, time: Number.isFinite(time) ? time : 0, source: normaliseSource(article.source) };
}

/** Returns the fresh articles (same order) with `story` set; recent articles are never changed. */
export function assignStories(fresh: Article[], recent: Article[]): Article[] {
  if (fresh.length === 0) return [];
  // Every article is fingerprinted once (and memoised across calls: the poller re-reads the same
  // recent articles every cycle). Features are small integers here, so counting is array work.
  const generation = dictionaryGeneration;
  let recentPrints = recent.map(fingerprintOf);
  let freshPrints = fresh.map(fingerprintOf);
  if (generation !== dictionaryGeneration) {
    // The dictionary started over midway: fingerprint again, all with the new one.
    recentPrints = recent.map(fingerprintOf);
    freshPrints = fresh.map(fingerprintOf);
  }
  const vocabulary = dictionary.size;

  // Document frequency of each feature over everything in view: what most articles share is noise.
  const docFreq = new Int32Array(vocabulary);
  for (const prints of [recentPrints, freshPrints]) {
    for (const print of prints) for (let k = 0; k < print.ids.length; k++) docFreq[print.ids[k]!]!++;
  }
  const total = recentPrints.length + freshPrints.length;
  // Smoothed IDF: with a handful of articles every feature weighs about the same; with thousands a
  // company named in a tenth of them weighs a third of a name seen once. (Always > 0: 0 = not yet.)
  const idfCache = new Float64Array(vocabulary);
  const idf = (id: number) => idfCache[id] || (idfCache[id] = Math.log((total + 20) / (docFreq[id]! + 0.5)));
  const normOf = (print: Print) => {
    let norm = 0;
    for (let k = 0; k < print.ids.length; k++) norm += print.weights[k]! * idf(print.ids[k]!);
    return norm;
  };

  // Candidates come from an inverted index (feature → pool entries holding it), built only over the
  // fresh articles' features and the recent articles in the time window of one of them. A feature
  // found in more than 1 article in 20 ("OpenAI", "data center") finds no candidates by itself:
  // a story shares something rarer. It still counts in the score.
  const common = Math.max(COMMON_MIN, total * COMMON_SHARE);
  const searchable = new Uint8Array(vocabulary);
  let earliest = Infinity;
  let latest = -Infinity;
  for (const print of freshPrints) {
    for (let k = 0; k < print.ids.length; k++) if (docFreq[print.ids[k]!]! <= common) searchable[print.ids[k]!] = 1;
    earliest = Math.min(earliest, print.time);
    latest = Math.max(latest, print.time);
  }
  const pool: PoolEntry[] = [];
  const postings = new Map<number, number[]>();
  const storySources = new Map<string, string | Set<string>>();
  const addToPool = (print: Print, id: string, story: string) => {
    const index = pool.length;
    pool.push({ print, story, id, norm: -1 });
    for (let k = 0; k < print.ids.length; k++) {
      const feature = print.ids[k]!;
      if (!searchable[feature]) continue;
      const list = postings.get(feature);
      if (list) list.push(index);
      else postings.set(feature, [index]);
    }
    addSource(story, print.source);
  };
  // The outlets of each story (all of `recent`, in the window or not): most have one, kept as a
  // string until a second outlet joins.
  const addSource = (story: string, source: string) => {
    const sources = storySources.get(story);
    if (sources === undefined) storySources.set(story, source);
    else if (typeof sources === 'string') {
      if (sources !== source) storySources.set(story, new Set([sources, source]));
    } else sources.add(source);
  };
  const hasSource = (story: string, source: string) => {
    const sources = storySources.get(story);
    return sources === undefined ? false : typeof sources === 'string' ? sources === source : sources.has(source);
  };
  // A fresh article already stored (a re-poll) keeps the story it has.
  const freshIds = new Set(fresh.map((article) => article.id));
  const storedStory = new Map<string, string>();
  for (let i = 0; i < recent.length; i++) {
    const article = recent[i]!;
    const story = article.story || article.id;
    if (freshIds.has(article.id)) storedStory.set(article.id, story);
    const print = recentPrints[i]!;
    if (print.time < earliest - STORY_WINDOW_MS || print.time > latest + STORY_WINDOW_MS) addSource(story, print.source);
    else addToPool(print, article.id, story);
  }

  const seen = new Uint8Array(pool.length + fresh.length);
  const candidates: number[] = [];
  const shared: Overlap = { weight: 0, kinds: 0, names: 0 };
  // Earlier articles first, so "an earlier article of the same batch" is well defined.
  const order = fresh.map((_, i) => i).sort((a, b) => freshPrints[a]!.time - freshPrints[b]!.time || a - b);
  const stories: string[] = new Array(fresh.length);
  for (const i of order) {
    const article = fresh[i]!;
    const print = freshPrints[i]!;
    const known = storedStory.get(article.id);
    if (known) {
      stories[i] = known;
      continue;
    }
    for (let k = 0; k < print.ids.length; k++) {
      const list = postings.get(print.ids[k]!);
      if (!list) continue;
      for (const index of list) {
        if (seen[index]) continue;
        seen[index] = 1;
        candidates.push(index);
      }
    }
    let best: { story: string; score: number } | undefined;
    const norm = normOf(print);
    for (const index of candidates) {
      seen[index] = 0;
      const candidate = pool[index]!;
      // The same outlet's follow-up is its own story; so is anything days apart.
      if (candidate.print.source === print.source) continue;
      if (Math.abs(candidate.print.time - print.time) > STORY_WINDOW_MS) continue;
      if (candidate.id === article.id) continue;
      // A story never lists the same outlet twice: joining one that already has it would.
      if (hasSource(candidate.story, print.source)) continue;
      overlap(print, candidate.print, idf, shared);
      if (shared.kinds < MIN_SHARED) continue;
      // Both name someone or something, and not the same: different stories told in the same words
      // ("ChatGPT is down" / "Claude is down").
      if (print.hasNames && candidate.print.hasNames && shared.names === 0) continue;
      if (candidate.norm < 0) candidate.norm = normOf(candidate.print);
      const score = shared.weight / Math.sqrt(norm * candidate.norm);
      if (score >= SCORE_THRESHOLD && (!best || score > best.score)) best = { story: candidate.story, score };
    }
    candidates.length = 0;
    stories[i] = best?.story ?? article.id;
    addToPool(print, article.id, stories[i]!);
  }
  return fresh.map((article, i) => (article.story === stories[i] ? article : { ...article, story: stories[i]! }));
}

interface Overlap {
  /** Sum of kind × rarity over the shared features. */
  weight: number;
  /** Sum of kind weights alone (see MIN_SHARED). */
  kinds: number;
  /** How many shared features are names. */
  names: number;
}

/**
 * What two fingerprints share, written into `out` (ids are sorted: one merge pass). A shared feature
 * counts with the larger of its two kinds: a word one outlet wrote as a name is a name.
 */
function overlap(a: Print, b: Print, idf: (id: number) => number, out: Overlap): void {
  out.weight = 0;
  out.kinds = 0;
  out.names = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      const larger = Math.max(a.weights[i]!, b.weights[j]!);
      out.weight += larger * idf(x);
      out.kinds += larger;
      if (a.isName[i] || b.isName[j]) out.names++;
      i++;
      j++;
    }
  }
}

interface PoolEntry {
  print: Print;
  story: string;
  id: string;
  /** Sum of the fingerprint's weights × rarity; computed when first needed (-1 until then). */
  norm: number;
}

// --- fingerprints ---------------------------------------------------------------------------------

/** A fingerprint in compact form: feature ids (see `dictionary`), their kind weights, name flags. */
interface Print {
  ids: Int32Array;
  weights: Float64Array;
  isName: Uint8Array;
  hasNames: boolean;
  time: number;
  source: string;
}

// Features are interned as small integers, so document frequencies are array counts rather than
// string hashing (3,000 articles × ~40 features each, every poll). Both caches below are bounded:
// when the vocabulary grows past its limit, the dictionary and the memo start over together.
const DICTIONARY_LIMIT = 500_000;
const dictionary = new Map<string, number>();
let dictionaryGeneration = 0;
// Memo of fingerprints by article id, checked against the fields it was computed from, so an
// article re-read from the store is not re-tokenised but an edited one is.
const MEMO_LIMIT = 10_000;
const memo = new Map<string, MemoEntry>();
interface MemoEntry {
  /** The article object last seen with this id (a later call passing the same object is a hit). */
  article: Article;
  headline: string;
  summary: string;
  text: string;
  published: string;
  source: string;
  print: Print;
}

function fingerprintOf(article: Article): Print {
  const fullText = article.text ?? '';
  const hit = memo.get(article.id);
  if (hit) {
    // The same object again (the poller's recent list): nothing can have changed.
    if (hit.article === article) return hit.print;
    if (
      hit.headline === article.headline &&
      hit.summary === article.summary &&
      hit.published === article.published &&
      hit.source === article.source &&
      hit.text.length === Math.min(fullText.length, TEXT_CHARS) &&
      fullText.startsWith(hit.text)
    ) {
      hit.article = article;
      return hit.print;
    }
  }
  const text = fullText.slice(0, TEXT_CHARS);
  const readable = storyFingerprint(article);
  if (dictionary.size + readable.features.size > DICTIONARY_LIMIT) {
    dictionary.clear();
    memo.clear();
    dictionaryGeneration++;
  }
  if (memo.size >= MEMO_LIMIT) {
    // Full: forget the quarter fingerprinted longest ago (a Map iterates in insertion order).
    let drop = MEMO_LIMIT / 4;
    for (const id of memo.keys()) {
      if (drop-- <= 0) break;
      memo.delete(id);
    }
  }
  // Sorted by feature id, so two fingerprints intersect in one merge pass.
  const entries: Array<[number, number, number]> = [];
  for (const [feature, weight] of readable.features) {
    let id = dictionary.get(feature);
    if (id === undefined) dictionary.set(feature, (id = dictionary.size));
    entries.push([id, weight, readable.names.has(feature) ? 1 : 0]);
  }
  entries.sort((x, y) => x[0] - y[0]);
  const print: Print = {
    ids: Int32Array.from(entries, (entry) => entry[0]),
    weights: Float64Array.from(entries, (entry) => entry[1]),
    isName: Uint8Array.from(entries, (entry) => entry[2]),
    hasNames: readable.names.size > 0,
    time: readable.time,
    source: readable.source,
  };
  memo.set(article.id, { article, headline: article.headline, summary: article.summary, text, published: article.published, source: article.source, print });
  return print;
}

function normaliseSource(source: string): string {
  return (source ?? '').toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
}

// A Title Case Headline capitalises every word, so there capital letters do not mark names.
function isTitleCase(headline: string): boolean {
  const words = headline.split(/\s+/).filter((word) => /^\p{L}/u.test(word) && word.length >= 4 && !STOP_WORDS.has(word.toLowerCase()));
  if (words.length < 3) return false;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / words.length >= 0.75;
}

const SCALE: Record<string, string> = {
  trillion: 't', tn: 't', t: 't',
  billion: 'b', bln: 'b', bn: 'b', b: 'b',
  million: 'm', mln: 'm', mn: 'm', m: 'm',
};
// Money and other amounts with a scale: "$65B", "$65 billion", "65 bln dollars", "€3bn", "1.2 trillion".
// The currency is dropped ("€3 billion" and "3 billion euros" must agree; two different deals of the
// same size in the same days are rare, and the other features still have to agree).
const AMOUNT =
  /(?:[$€£¥]\s?)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(trillion|billion|million|bln|mln|bn|mn|tn|[tbm])\b(?:\s+(?:us\s+)?(?:dollars?|euros?|pounds?|yuan|yen))?/gi;
// Plain money without a scale: "$20,000".
const MONEY = /[$€£¥]\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)/g;
// Product names with digits: "GPT-5.5", "Llama 4.1", "MI450", "HBM4", "Grok 5", "V4", "1X".
// A space-separated "Word 5" counts only for a capitalised word and a small number (not "March 2026").
const PRODUCT_JOINED = /\b(\p{L}[\p{L}]*)-?(\d+(?:\.\d+)*)(\p{L}*)\b/gu;
const PRODUCT_SPACED = /\b(\p{Lu}[\p{L}]*)\s(\d{1,3}(?:\.\d+)*)\b(?![,.-]?\d)(?!\s*(?:%|percent|billion|million|trillion|bln|bn|mln|people|users|employees|jobs|points|years|days|hours|minutes|countries|companies|engineers))/gu;
const DIGIT_FIRST = /\b(\d+)(\p{Lu}+)\b/gu;
const NUMBER = /(?<![\p{L}\d.,-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(%| percent)?(?![\d\p{L}])/gu;
const WORD = /\p{L}[\p{L}\p{N}'’&.]*\p{L}|\p{L}/gu;

function readSegment(segment: string, titleCase: boolean, add: (key: string, kind: Kind) => void): void {
  if (!segment) return;
  let rest = segment.replace(/[“”"«»()[\]{}]/g, ' ');
  // Amounts, products and numbers all have a digit: most headlines have none.
  if (/\d/.test(rest)) rest = readFigures(rest, add);
  // Sentences, so that a capital letter at the start of one is not taken for a name.
  for (const sentence of rest.split(/(?<=[.!?:;])\s+|\s+[-–—|]\s+|\n+/)) {
    const words = sentence.match(WORD);
    if (!words) continue;
    for (let i = 0; i < words.length; i++) {
      const word = readWord(words[i]!);
      if (word.skip) continue;
      add(word.key, wordKind(word, i, words, titleCase));
    }
  }
}

// Figures, each replaced by a space so its digits are not read twice: amounts, then products,
// then plain numbers. Returns the text left for words.
function readFigures(text: string, add: (key: string, kind: Kind) => void): string {
  let rest = text.replace(AMOUNT, (match: string, value: string, scale: string) => {
    // A lone "m"/"b"/"t" is a scale only when glued to the number or after a currency sign.
    if (scale.length === 1 && !/[$€£¥]|\d[tbmTBM]/.test(match)) return match;
    add(`$:${normaliseNumber(value)}${SCALE[scale.toLowerCase()]}`, 'amount');
    return ' ';
  });
  rest = rest.replace(MONEY, (_match, value: string) => {
    add(`$:${normaliseNumber(value)}`, 'amount');
    return ' ';
  });
  rest = rest.replace(DIGIT_FIRST, (_match, digits: string, letters: string) => {
    add(`p:${digits}${letters.toLowerCase()}`, 'product');
    return ' ';
  });
  // A product name counts once, as the product: "GPT-5.5" must not also count as the word "GPT"
  // (or a jailbreak of GPT-5.5 would share two features with its launch). A hyphenated name needs
  // a capital ("under-18" is not a product).
  rest = rest.replace(PRODUCT_JOINED, (match: string, name: string, version: string, suffix: string) => {
    if (match.includes('-') && !/\p{Lu}/u.test(name)) return match;
    add(`p:${name.toLowerCase()}${version}${suffix.toLowerCase()}`, 'product');
    return ' ';
  });
  rest = rest.replace(PRODUCT_SPACED, (match: string, name: string, version: string) => {
    if (MONTHS.test(name) || STOP_WORDS.has(name.toLowerCase())) return match;
    add(`p:${name.toLowerCase()}${version}`, 'product');
    return ' ';
  });
  return rest.replace(NUMBER, (_match, value: string, percent: string | undefined) => {
    const number = normaliseNumber(value);
    // Small counts ("two", "3") and years say little; percentages and large counts say more.
    if (percent) add(`%:${number}`, 'number');
    else if (/^(19|20)\d\d$/.test(number)) add(number, 'term');
    else if (Number(number) >= 100) add(`#:${number}`, 'number');
    return ' ';
  });
}

interface Word {
  /** The feature: lower case, stemmed, or the concept it belongs to. */
  key: string;
  /** A stop word or too short: no feature. */
  skip: boolean;
  /** CamelCase ("OpenAI", "xAI") or an ACRONYM: a name wherever it stands. */
  brand: boolean;
  capitalised: boolean;
}

// Words recur across thousands of articles: each distinct spelling is read once (bounded cache).
const WORD_CACHE = new Map<string, Word>();
const WORD_CACHE_LIMIT = 50_000;

function readWord(raw: string): Word {
  let word = WORD_CACHE.get(raw);
  if (!word) {
    const key = normaliseWord(raw);
    word = {
      key,
      skip: !key || key.length < 2 || STOP_WORDS.has(key),
      brand: /^\p{Ll}+\p{Lu}|^\p{Lu}\p{Ll}+\p{Lu}|^\p{Lu}{2,6}s?$/u.test(raw),
      capitalised: /^\p{Lu}/u.test(raw),
    };
    if (WORD_CACHE.size >= WORD_CACHE_LIMIT) WORD_CACHE.clear();
    WORD_CACHE.set(raw, word);
  }
  return word;
}

// Why a word is a name: CamelCase brands ("OpenAI", "xAI") and ACRONYMS always are; a capitalised
// word is one mid-sentence (not in a Title Case Headline) or when the next word is capitalised too
// ("Jensen Huang says"). Anything else is a plain word, weighed by its rarity alone.
function wordKind(word: Word, index: number, words: string[], titleCase: boolean): Kind {
  if (word.brand) return 'entity';
  if (!word.capitalised || titleCase) return 'term';
  if (index > 0) return 'entity';
  const next = words[1] === undefined ? undefined : readWord(words[1]);
  return next && next.capitalised && !next.skip ? 'entity' : 'term';
}

function normaliseWord(raw: string): string {
  const word = raw.toLowerCase().replace(/’/g, "'").replace(/'s$|'$/, '').replace(/\./g, '');
  if (STOP_WORDS.has(word)) return word;
  const concept = CONCEPTS[word];
  if (concept) return concept;
  return stem(word);
}

// A light stemmer, so "trained" = "train" and "chatbots" = "chatbot": plural, -ing, -ed and a final
// -e are cut ("raise", "raised", "raising" all become "rais"). Both sides are cut the same way,
// so an odd stem does no harm; only very short words are left alone.
function stem(word: string): string {
  let stemmed = word;
  if (stemmed.length >= 5 && stemmed.endsWith('ies')) stemmed = `${stemmed.slice(0, -3)}y`;
  else if (stemmed.length >= 3 && stemmed.endsWith('s') && !/(ss|us|is)$/.test(stemmed)) stemmed = stemmed.slice(0, -1);
  if (stemmed.length >= 6 && stemmed.endsWith('ing')) stemmed = stemmed.slice(0, -3);
  else if (stemmed.length >= 5 && stemmed.endsWith('ed')) stemmed = stemmed.slice(0, -2);
  if (stemmed.length >= 4 && stemmed.endsWith('e')) stemmed = stemmed.slice(0, -1);
  return stemmed;
}

function normaliseNumber(value: string): string {
  return String(Number(value.replace(/,/g, '')));
}
