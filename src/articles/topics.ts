// The topic table and the matcher that tags an article with topics (`ai` first when it applies).
import { readFileSync } from 'node:fs';
import { isLetterCode, isLetterOrDigitCode, isSpaceCode, isUnspacedCode, wordClassCode } from './char-classes.ts';
import { withoutAiDisclosures } from './ai-disclosure.ts';
import { GIVEN_NAMES } from './given-names.ts';
import { splitSentences } from './split-sentences.ts';
import { blankDescriptiveMentions } from './descriptive-mentions.ts';
import { isTermInside } from './term-inside.ts';
import { escapeRegExp } from '../escape-reg-exp.ts';

export interface Topic {
  name: string;
  emoji: string;
  description: string;
  /** Score an article must reach for the topic to apply. */
  threshold: number;
  /** Term → weight. Terms with a capital (AI, Apple) match as written, lowercase terms ignore case. */
  terms: Record<string, number>;
  /** Term → weight subtracted (e.g. "meta-analysis" for the `meta` topic). */
  negative?: Record<string, number>;
  /** The topic applies only when this one does too (company topics require `ai`). */
  requires?: string;
  /**
   * The score the body alone must reach when neither the title nor a tag mentions the topic (a
   * company named once in passing is not what the story is about). Defaults to `threshold`.
   */
  bodyThreshold?: number;
  /** When only the body mentions it, it must do so in this many paragraphs (or all, if fewer). */
  minParagraphs?: number;
  /**
   * Topics of one group compete (the company topics): one applies only with at least `share` of
   * the best score in its group, unless the title or a tag names it.
   */
  group?: string;
  share?: number;
  /**
   * When neither the title nor a tag names it, the lead must: its first sentence, or its first
   * `leadChars` characters when that sentence is shorter. A story about a company says so at once;
   * one that first names it further down mentions it, whatever the article's length.
   */
  leadChars?: number;
  /**
   * When the lead alone scores this much in a short item (five paragraphs or fewer), the topic needs
   * only its `threshold`, however few paragraphs name it: a short item whose first sentence is about
   * AI ("a language model that matches GPT-4") is AI news though it never says so again. Read over
   * the lead's first sentence.
   */
  leadScore?: number;
  /**
   * Words that, standing in a short item's first sentence, say at once what the item is about:
   * the topic then needs no more than `leadScore` ("An AI coworker that lives in your Slack." names
   * AI once, as the thing itself). Matched as whole words, as written.
   */
  leadWords?: string[];
  /**
   * When neither the title nor a tag names it but the first this-many words of the lead's first
   * sentence do (its subject: "Google's AI Mode sent 30% fewer readers…"), the body needs only
   * `threshold`, not `bodyThreshold`: the story is about the company though it says so once.
   */
  subjectWords?: number;
  /**
   * A group (the companies) whose naming in the title makes this topic need only its `leadScore`,
   * in any number of paragraphs, when the lead's first sentence reaches it: "Microsoft lifts its
   * spending plan" over "Microsoft will spend $120 billion on new data centres" is AI news, the
   * headline saying whose and the lead what. A term further down stays a passing mention.
   */
  titledGroup?: string;
}

export interface TopicTable {
  topics: Topic[];
  byName: Map<string, Topic>;
  /**
   * Tags title + text with topic names, in table order (so `ai` comes first). `given`: topics the
   * article has anyway (its feed's, its outlet's), which also satisfy other topics' `requires` but
   * still need their own (a company topic given without `ai` is dropped). `tags`: the
   * item's own categories, which count like the title. `text`: paragraphs joined by blank lines.
   * `lead`: the story's lead sentences (the summary, past any newsletter intro); the text's start
   * when not given.
   */
  match(title: string, text: string, given?: string[], tags?: string[], lead?: string): string[];
}

// Topics are decided by the title, the tags and the first part of the text; the rest of a long
// article adds time, not evidence.
const MAX_TEXT = 3_000;
// An item of at most this many paragraphs is short: its lead may be the one place it names its topic.
const SHORT_ITEM = 5;
// An item of at most this many paragraphs is a brief: a topic needs only one of them.
const BRIEF_ITEM = 2;
// The longest first sentence read for `leadScore` (past it, the text has no sentences: a list).
const FIRST_SENTENCE_MAX = 400;
// leadScan's key for the first sentence's main clause (see mainClauseLength).
const MAIN_CLAUSE = Number.MIN_SAFE_INTEGER;
// Words that open a clause saying when, why, what like or than: what follows is context for the
// sentence's subject ("following cuts by OpenAI", "as it builds data centres to run OpenAI's models",
// "hyperscalers such as Google"). Not "as well as" (one more of the same) nor "whether" (what is asked).
const SUBORDINATE = /[\s,](?:after|before|following|since|(?<!well )as(?! well as)|than|like|unlike|while|whereas|because|although|though|which|who|amid|behind|until|unless|similar to|compared (?:with|to)|versus|vs\.?)(?=\s)/;

const defaultTableUrl = new URL('./default-topics.json', import.meta.url);

/** Loads the operator's table, or the default one; a bad file is a one-line error. */
export function loadTopicTable(file?: string): TopicTable {
  const source = file ?? defaultTableUrl;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(source, 'utf8'));
  } catch (error) {
    throw new Error(`TOPICS_FILE ${String(source)} could not be read as JSON: ${(error as Error).message}`);
  }
  const topics = (raw as { topics?: unknown }).topics;
  if (!Array.isArray(topics) || topics.length === 0) {
    throw new Error(`TOPICS_FILE ${String(source)} must hold {"topics": [...]} with at least one topic`);
  }
  for (const topic of topics as Topic[]) {
    if (!topic.name || !/^[a-z0-9-]+$/.test(topic.name) || !topic.emoji || typeof topic.threshold !== 'number' || !topic.terms) {
      throw new Error(
        `TOPICS_FILE ${String(source)}: topic ${JSON.stringify(topic.name)} needs a lowercase name, an emoji, a threshold and terms`,
      );
    }
  }
  return buildTopicTable(topics as Topic[]);
}

export function buildTopicTable(topics: Topic[]): TopicTable {
  // Built on the first match: its patterns cost a CPU-half-second, which `newsbot query` (names
  // only) should not pay.
  let built: TermScanner | undefined;
  const scanner = () => (built ??= new TermScanner(topics));
  let terms: Set<string> | undefined;
  const termNames = () => (terms ??= new Set(topics.flatMap((topic) => Object.keys(topic.terms))));
  const byName = new Map(topics.map((topic) => [topic.name, topic]));
  // The tallies of one match, filled anew by every match (none is kept past it): scans allocate
  // nothing per topic. The lead's, by opening length, stamped with the match that filled them.
  const tallies = { title: newTallies(topics), tags: newTallies(topics), body: newTallies(topics) };
  const leadTallies = new Map<number, { match: number; tallies: Tally[] }>();
  const describedTallies = { title: newTallies(topics), body: newTallies(topics) };
  const describedLeadTallies = new Map<number, { match: number; tallies: Tally[] }>();
  let matches = 0;
  return {
    topics,
    byName,
    match(title, text, given = [], tags = [], lead) {
      text = withoutAiDisclosures(text);
      const body = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
      const breaks = paragraphStarts(body);
      // A title or tag hit counts double: a headline is what the story is about.
      const inTitle = scanner().scan(tallies.title, title);
      const ownTags = tags.length > 0 ? tags.filter((tag) => !isPersonTag(tag, termNames())) : tags;
      const inTags = ownTags.length > 0 ? scanner().scan(tallies.tags, ownTags.join('\n\n')) : undefined;
      // The body is read within the whole text, up to the cap: a slice of it is slower to read.
      const inBody = scanner().scan(tallies.body, text, breaks, body.length);
      // The lead's own scans, made only when a topic needs them (see leadScan).
      const leadScans: LeadScans = { kept: leadTallies, match: ++matches, source: lead || body, scanner: scanner(), topics };
      const plain: Scans = { title: inTitle, tags: inTags, body: inBody, lead: leadScans };
      // The company topics read the texts with descriptive mentions blanked ("a former Google
      // engineer", "Nvidia supplier Korvell"), scanned again only when a company scores and some are.
      // (Made in the loop below, not by a closure: under tsx every named closure costs a
      // defineProperty per match, 1% of understanding.)
      let described: Scans | undefined;
      const applied = new Set<string>(given);
      // Per applied topic: its score, whether the title names it, and the lead scans and index its
      // first sentence's main clause is read from (only when three companies or more apply, below).
      const scores = new Map<string, { score: number; headline: boolean; lead: LeadScans; index: number }>();
      for (let i = 0; i < topics.length; i++) {
        const topic = topics[i]!;
        if (applied.has(topic.name)) continue;
        if (topic.requires && !applied.has(topic.requires)) continue;
        // A topic short of its threshold on the plain scans is not scanned again: blanking descriptive
        // mentions takes names away (a negative written around one, "former Google", cancels no more than it).
        const plainScore = scoreOf(plain, i);
        const headlined =
          topic.titledGroup !== undefined && topic.leadScore !== undefined && groupTitled(topics, plain.title, topic.titledGroup) && reaches(leadScan(plain.lead, 0)[i]!, topic.leadScore);
        const bar =
          headlined || (topic.leadWords && topic.leadScore !== undefined && breaks.length <= SHORT_ITEM && leadSays(topic, plain.lead.source))
            ? Math.min(topic.threshold, topic.leadScore!)
            : topic.threshold;
        if (plainScore < bar) continue;
        const scans = topic.group
          ? (described ??= describedScans(plain, { title, body, lead: plain.lead.source, breaks, tallies: describedTallies, leadTallies: describedLeadTallies }))
          : plain;
        const score = scans === plain ? plainScore : scoreOf(scans, i);
        if (score < bar) continue;
        const { title: inTitle, tags: inTags, body: inBody, lead: leadScans } = scans;
        const titled = inTitle[i]!.score > 0;
        const tagged = (inTags?.[i]!.score ?? 0) > 0;
        const rest = 2 * (inTags?.[i]!.score ?? 0) + inBody[i]!.score;
        const negative = 2 * (inTitle[i]!.negative + (inTags?.[i]!.negative ?? 0)) + inBody[i]!.negative;
        // A short item's lead about the topic waives the paragraphs' count (not the score). A longer
        // story that never comes back to it opened on context ("Honda isn't the only carmaker in
        // robotics; Toyota showed four nursing robots…").
        const led = headlined || (topic.leadScore !== undefined && !titled && breaks.length <= SHORT_ITEM && reaches(leadScan(leadScans, 0)[i]!, topic.leadScore));
        if (!titled && !led) {
          // A negative there ("an Nvidia-powered helpdesk") says the name describes the subject.
          const opening = topic.subjectWords === undefined ? undefined : leadScan(leadScans, -topic.subjectWords)[i]!;
          const subject = opening !== undefined && opening.negative === 0 && reaches(opening, topic.threshold);
          if (rest - negative < (subject ? topic.threshold : topic.bodyThreshold ?? topic.threshold)) continue;
          // In a brief of two paragraphs or fewer, one of them is half the item: not a passing mention
          // (a company still needs its lead, below).
          const needed = !topic.group && breaks.length <= BRIEF_ITEM ? 1 : Math.min(topic.minParagraphs ?? 1, breaks.length);
          if (!tagged && inBody[i]!.paragraphs < needed) continue;
          if (!tagged && topic.leadChars !== undefined && leadScan(leadScans, topic.leadChars)[i]!.score <= 0) continue;
        }
        applied.add(topic.name);
        scores.set(topic.name, { score, headline: titled, lead: leadScans, index: i });
      }
      // Within a group (the companies), only the ones the story is about.
      for (const topic of topics) {
        const own = scores.get(topic.name);
        if (!topic.group || !own || own.headline || given.includes(topic.name)) continue;
        let best = 0;
        for (const other of topics) if (other.group === topic.group) best = Math.max(best, scores.get(other.name)?.score ?? 0);
        if (own.score < (topic.share ?? 0.5) * best) applied.delete(topic.name);
      }
      // Three companies or more, none in the title: a story about the industry, not about any of them
      // ("hyperscalers such as Google, Meta and Microsoft…"), but for those its first sentence's main
      // clause names, which are its subjects ("will review the deals between Microsoft and Mistral and
      // between Nvidia and Anthropic"); one named after "after", "than", "such as", "like"… is context.
      const groups = new Map<string, Topic[]>();
      for (const topic of topics) if (topic.group && applied.has(topic.name)) groups.set(topic.group, [...(groups.get(topic.group) ?? []), topic]);
      for (const members of groups.values()) {
        if (members.length >= 3 && members.every((topic) => !scores.get(topic.name)?.headline && !given.includes(topic.name))) {
          for (const topic of members) {
            const { lead, index } = scores.get(topic.name)!;
            if (!reaches(leadScan(lead, MAIN_CLAUSE)[index]!, topic.threshold)) applied.delete(topic.name);
          }
        }
      }
      // A given topic still needs the one it requires (an outlet's company topic needs `ai`).
      for (const topic of topics) if (topic.requires && !applied.has(topic.requires)) applied.delete(topic.name);
      // Table order, so `ai` comes first whatever the feed gave.
      return topics.map((topic) => topic.name).filter((name) => applied.has(name));
    },
  };
}

/** One match's tallies of its title, tags, body and lead. */
interface Scans {
  title: Tally[];
  tags: Tally[] | undefined;
  body: Tally[];
  lead: LeadScans;
}

// Each topic's `leadWords` as one pattern, made on first use.
const leadWordPatterns = new WeakMap<Topic, RegExp>();

/** Whether the first sentence of a short item's lead names one of the topic's `leadWords`. */
function leadSays(topic: Topic, lead: string): boolean {
  let pattern = leadWordPatterns.get(topic);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${topic.leadWords!.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'u');
    leadWordPatterns.set(topic, pattern);
  }
  const first = /^[^.!?]*[.!?]?/.exec(lead.slice(0, FIRST_SENTENCE_MAX))![0];
  return pattern.test(first);
}

/** Whether the title names a topic of the group at that topic's threshold (a "former Google" cancels). */
function groupTitled(topics: Topic[], title: Tally[], group: string): boolean {
  for (let i = 0; i < topics.length; i++) if (topics[i]!.group === group && reaches(title[i]!, topics[i]!.threshold)) return true;
  return false;
}

/** A topic's score over the title (double), tags (double) and body, less its negatives. */
function scoreOf({ title, tags, body }: Scans, i: number): number {
  return 2 * (title[i]!.score - title[i]!.negative + (tags?.[i]!.score ?? 0) - (tags?.[i]!.negative ?? 0)) + body[i]!.score - body[i]!.negative;
}

/**
 * The scans of the title, body and lead with descriptive mentions blanked (the tags are the
 * publisher's own words and stay), or the plain scans when nothing is blanked.
 */
function describedScans(
  plain: Scans,
  texts: { title: string; body: string; lead: string; breaks: number[]; tallies: { title: Tally[]; body: Tally[] }; leadTallies: LeadScans['kept'] },
): Scans {
  const title = blankDescriptiveMentions(texts.title);
  const body = blankDescriptiveMentions(texts.body);
  const lead = texts.lead === texts.body ? body : blankDescriptiveMentions(texts.lead);
  if (title === texts.title && body === texts.body && lead === texts.lead) return plain;
  const { scanner, match, topics } = plain.lead;
  return {
    title: title === texts.title ? plain.title : scanner.scan(texts.tallies.title, title),
    tags: plain.tags,
    body: body === texts.body ? plain.body : scanner.scan(texts.tallies.body, body, texts.breaks),
    lead: lead === texts.lead ? plain.lead : { kept: texts.leadTallies, match, source: lead, scanner, topics },
  };
}

/**
 * One match's lead and what its scans are kept in (by opening length, stamped with the match that
 * filled them). A module function, not a closure made per match: closures named by their binding
 * cost a defineProperty each under tsx (keepNames), as many as the scan they spare.
 */
interface LeadScans {
  kept: Map<number, { match: number; tallies: Tally[] }>;
  match: number;
  source: string;
  scanner: TermScanner;
  topics: Topic[];
}

/**
 * The lead's tallies over its opening of `chars`, over its first sentence when `chars` is 0, or over
 * that sentence's first -`chars` words when `chars` is negative.
 */
function leadScan(scans: LeadScans, chars: number): Tally[] {
  const { source } = scans;
  let kept = scans.kept.get(chars);
  if (!kept) scans.kept.set(chars, (kept = { match: 0, tallies: newTallies(scans.topics) }));
  if (kept.match !== scans.match) (kept.match = scans.match), scans.scanner.scan(kept.tallies, source, undefined, leadEnd(source, chars));
  return kept.tallies;
}

/** Where leadScan reads the lead to (see there; MAIN_CLAUSE: its first sentence's main clause). */
function leadEnd(source: string, chars: number): number {
  if (chars === MAIN_CLAUSE) return mainClauseLength(source);
  if (chars < 0) return openingWordsLength(source, -chars);
  return chars === 0 ? firstSentenceLength(source) : openingLength(source, chars);
}

function reaches(tally: Tally, score: number): boolean {
  return tally.score - tally.negative >= score;
}

function newTallies(topics: Topic[]): Tally[] {
  return topics.map(() => ({ score: 0, negative: 0, paragraphs: 0, lastParagraph: -1 }));
}

interface Credit {
  topic: number;
  weight: number;
  /** The term credited (counted at most twice per topic). */
  key: string;
  negative: boolean;
  /** One number per (topic, set, term), for counting. */
  id: number;
}

interface Tally {
  score: number;
  negative: number;
  /** In how many paragraphs a positive term was found (when paragraph starts were given). */
  paragraphs: number;
  /** The last of them (the scan goes forward, so a new index is a new paragraph). */
  lastParagraph: number;
}

interface Term {
  /** As written in the table (lowercased when it matches any case). */
  text: string;
  /** Its UTF-16 codes, compared with the text's without making a string per character. */
  codes: number[];
  fold: boolean;
  credits: Credit[];
  /**
   * How many letters and digits it opens with, and whether that is all of it: a text matches it only
   * where its word is that long ("model" is no "models"), or longer by digits after a term of one
   * word ("Qwen3"). (Letters and digits, and only they, case-fold to letters and digits.)
   */
  head: number;
  oneWord: boolean;
  /** Written in Hangul (in part: "오픈AI"): Korean writes its particles onto it. */
  korean: boolean;
}

/**
 * All topics' terms, found in one pass over a text: at each word start, the terms beginning with
 * that letter are tried longest first. A match is credited to every topic with that term; a topic
 * without it but with a term inside it ("model" in "AI model") gets that one, as if each topic
 * were scanned alone. Terms with a capital match as written, the others in any case; a space or a
 * hyphen in a term matches either; letters may not touch a term, digits may follow it ("Qwen3").
 */
class TermScanner {
  /**
   * Terms by their first two characters, longest first: exact-case ones, and any-case ones
   * (lowercased). Start keys of an ASCII first letter (nearly every word) index a table: most words
   * start no term, and a table lookup rules them out cheaper than a Map; other keys are in a Map.
   */
  private readonly lists: Candidates[] = [byThird([])];
  private readonly exactIndex = new Uint16Array(FLAT_KEYS);
  private readonly foldedIndex = new Uint16Array(FLAT_KEYS);
  private readonly exact = new Map<number, Candidates>();
  private readonly folded = new Map<number, Candidates>();
  private credits = 0;
  /**
   * How often each credit was counted in the current scan, valid where `stamps` holds the scan's
   * number: one pair of arrays serves every scan (a typed array per scan costs more than the scan).
   */
  private counts = new Uint8Array(0);
  /**
   * By a word's first two ASCII characters, (first << 7) | second: the word lengths (bit n, lengths
   * of 31 and more at bit 31) at which a term of either case starting with them can match, as
   * longestAt asks (a word as long as the term's head, or longer after a one-word term). Most words
   * are ruled out by one lookup, before either case's candidates are asked for: "to", "and", "for"
   * start terms ("tokenizer", "Android", "foundation model") but are shorter than all of them.
   */
  private readonly wordLengths = new Uint32Array(128 * 128);
  private stamps = new Uint32Array(0);
  private scans = 0;

  constructor(private readonly topics: Topic[]) {
    const exact = new Map<number, Term[]>();
    const folded = new Map<number, Term[]>();
    for (const fold of [false, true]) {
      const direct = new Map<string, Credit[]>();
      for (const [topic, { terms, negative }] of topics.entries()) {
        for (const [set, isNegative] of [[terms, false], [negative ?? {}, true]] as const) {
          for (const [term, weight] of Object.entries(set)) {
            if (weight === 0 || isCaseSensitive(term) === fold) continue;
            const key = termKey(term, fold);
            const list = direct.get(key) ?? [];
            list.push({ topic, weight, key, negative: isNegative, id: this.credits++ });
            direct.set(key, list);
          }
        }
      }
      for (const [key, list] of direct) {
        const credits = [...list];
        const owners = new Set(list.map((credit) => `${credit.topic}:${credit.negative}`));
        // Terms inside this one, longest first, for the topics that lack this one.
        const inner = [...direct.keys()]
          .filter((other) => other !== key && other.length < key.length && isTermInside(other, key))
          .sort((a, b) => b.length - a.length);
        for (const other of inner) {
          for (const credit of direct.get(other)!) {
            const owner = `${credit.topic}:${credit.negative}`;
            if (owners.has(owner)) continue;
            owners.add(owner);
            credits.push(credit);
          }
        }
        const byStart = fold ? folded : exact;
        const start = startKey(key, 0);
        const terms = byStart.get(start) ?? [];
        const codes = Array.from({ length: key.length }, (_, i) => key.charCodeAt(i));
        const head = codes.findIndex((code) => !isLetterOrDigitCode(code));
        terms.push({ text: key, codes, fold, credits, head: head < 0 ? codes.length : head, oneWord: head < 0, korean: codes.some(isHangulCode) });
        byStart.set(start, terms);
      }
    }
    for (const [byStart, terms] of [[this.exact, exact], [this.folded, folded]] as const) {
      for (const [start, list] of terms) byStart.set(start, byThird(list.sort((a, b) => b.text.length - a.text.length)));
    }
    for (const [byStart, index] of [[this.exact, this.exactIndex], [this.folded, this.foldedIndex]] as const) {
      for (const [start, list] of byStart) {
        if (start >= FLAT_KEYS) continue;
        index[start] = this.lists.length;
        this.lists.push(list);
      }
    }
    this.counts = new Uint8Array(this.credits);
    this.stamps = new Uint32Array(this.credits);
    for (let first = 0; first < 128; first++) {
      for (let second = 0; second < 128; second++) {
        const terms = [...this.lists[this.exactIndex[startKeyOf(first, second)]!]!.all, ...this.lists[this.foldedIndex[startKeyOf(asciiLower(first), asciiLower(second))]!]!.all];
        let lengths = 0;
        for (const { head, oneWord } of terms) lengths |= oneWord ? ~0 << Math.min(head, 31) : 1 << Math.min(head, 31);
        this.wordLengths[(first << 7) | second] = lengths;
      }
    }
  }

  /** Fills `tallies` (one per topic, cleared first). `end`: the text is read as if it ended there. */
  scan(tallies: Tally[], text: string, breaks?: number[], end = text.length): Tally[] {
    for (const tally of tallies) (tally.score = 0), (tally.negative = 0), (tally.paragraphs = 0), (tally.lastParagraph = -1);
    if (end === 0) return tallies;
    // The text lowercased is made only when a letter outside ASCII is compared (see Folding).
    const folding: Folding = { text, end, lower: undefined, aligned: false };
    // A stamp is 32 bits: after 2^32 scans, stale stamps are cleared before one could match again.
    if (++this.scans === 2 ** 32) (this.scans = 1), this.stamps.fill(0);
    const seen = { counts: this.counts, stamps: this.stamps, scan: this.scans };
    // The exact-case and any-case terms are two separate scans: each resumes after its own match.
    let resumeExact = 0;
    let resumeFolded = 0;
    // Terms are tried at word starts: a letter or digit after none, or after one of another script's
    // class (Latin after Chinese). The rest of each word is passed over in a loop of its own, without
    // the start's tests.
    // (A word class past LETTER_OR_DIGIT alone is a script written without spaces: see the pass below.)
    let unspaced = false;
    for (let next = 0; next < end; ) {
      const first = text.charCodeAt(next);
      const wordClass = wordClassCode(first);
      if (wordClass === 0) {
        next++;
        continue;
      }
      if (wordClass > 1) unspaced = true;
      const at = next;
      for (next = at + 1; next < end && wordClassCode(text.charCodeAt(next)) === wordClass; ) next++;
      const second = at + 1 < end ? text.charCodeAt(at + 1) : 128;
      if (first < 128 && second < 128 && ((this.wordLengths[(first << 7) | second]! >>> Math.min(next - at, 31)) & 1) === 0) continue;
      if (at >= resumeExact) {
        const term = longestAt(this.candidates(startKeyOf(codeAt(folding, at), codeAt(folding, at + 1)), this.exactIndex, this.exact), folding, at, next - at);
        if (term && !endsCompoundGivenName(text, at) && !opensPersonName(text, at, term.text)) (resumeExact = at + term.text.length), credit(term, at, tallies, seen, breaks);
      }
      if (at >= resumeFolded) {
        const term = longestAt(this.candidates(foldedKey(folding, at), this.foldedIndex, this.folded), folding, at, next - at);
        if (term) (resumeFolded = at + term.text.length), credit(term, at, tallies, seen, breaks);
      }
    }
    // In a script written without spaces every character may start a word ("人工智慧" in
    // "用人工智慧創作影片"): the characters inside each run are tried too, in a pass of their own that
    // texts without such a script never make.
    if (unspaced) this.scanInsideUnspacedRuns(folding, tallies, seen, breaks);
    return tallies;
  }

  /** Terms starting inside runs of a script written without spaces (their first characters were tried by scan). */
  private scanInsideUnspacedRuns(folding: Folding, tallies: Tally[], seen: Seen, breaks: number[] | undefined): void {
    const { text, end } = folding;
    let resume = 0;
    for (let start = 0; start < end; ) {
      const first = text.charCodeAt(start);
      if (!isUnspacedCode(first)) {
        start++;
        continue;
      }
      const wordClass = wordClassCode(first);
      let runEnd = start + 1;
      while (runEnd < end && wordClassCode(text.charCodeAt(runEnd)) === wordClass) runEnd++;
      for (let at = Math.max(start + 1, resume); at < runEnd; at++) {
        const term =
          longestAt(this.candidates(startKeyOf(codeAt(folding, at), codeAt(folding, at + 1)), this.exactIndex, this.exact), folding, at, runEnd - at) ??
          longestAt(this.candidates(foldedKey(folding, at), this.foldedIndex, this.folded), folding, at, runEnd - at);
        if (term) (resume = at + term.text.length), credit(term, at, tallies, seen, breaks), (at = resume - 1);
      }
      start = runEnd;
    }
  }

  /** The terms that start with this key, longest first (undefined when none does). */
  private candidates(key: number, index: Uint16Array, byStart: Map<number, Candidates>): Candidates | undefined {
    if (key < FLAT_KEYS) {
      const list = index[key]!;
      return list === 0 ? undefined : this.lists[list];
    }
    return byStart.get(key);
  }
}

/**
 * A scanned text and, once a letter outside ASCII is compared any-case, the text lowercased
 * (`aligned`: it kept its length, so its characters stand where the text's do). ASCII letters
 * lowercase alone, whatever the context, so most comparisons need no lowercased copy.
 */
interface Folding {
  text: string;
  /** Where the text is read to end. */
  end: number;
  lower: string | undefined;
  aligned: boolean;
}

function lowered(folding: Folding): string {
  if (folding.lower === undefined) {
    const text = folding.end < folding.text.length ? folding.text.slice(0, folding.end) : folding.text;
    folding.lower = text.toLowerCase();
    folding.aligned = folding.lower.length === text.length;
  }
  return folding.lower;
}

function asciiLower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** startKey of the text lowercased at `at`. */
function foldedKey(folding: Folding, at: number): number {
  const text = folding.text;
  const first = text.charCodeAt(at);
  const second = codeAt(folding, at + 1);
  if (first < 128 && second < 128) return startKeyOf(asciiLower(first), asciiLower(second));
  const lower = lowered(folding);
  // Lowercasing can change a string's length (rare letters); then the two characters alone.
  return folding.aligned ? startKey(lower, at) : startKey(text.slice(at, Math.min(at + 2, folding.end)).toLowerCase(), 0);
}

/**
 * The code at `i`, -1 past the end the text is read to: a number that compares like the codes (NaN
 * made every comparison with it a slow path).
 */
function codeAt(folding: Folding, i: number): number {
  return i < folding.end ? folding.text.charCodeAt(i) : -1;
}

// A tag of a person's full name: a given name and one or two capitalised words ("Claude Lévi-Strauss").
const FULL_NAME = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]*){1,2}$/u;

/**
 * A tag naming a person whose given name is also a product's ("Claude Lévi-Strauss", "Claude Shannon"
 * beside the model Claude): the person's, not the product's. Not a tag the table knows whole ("Claude
 * Code"), nor one whose first word is no term ("Sam Altman" counts as the table says).
 */
function isPersonTag(tag: string, terms: Set<string>): boolean {
  // The first word is looked up before the pattern runs: few tags start with a product's name, and
  // the pattern's letter classes cost V8 milliseconds to compile on first use.
  const name = tag.trim();
  const first = name.slice(0, name.indexOf(' '));
  if (!terms.has(first) || !GIVEN_NAMES.has(first.toLowerCase()) || terms.has(name)) return false;
  return FULL_NAME.test(name);
}

/**
 * A term at `at` that ends a hyphenated given name ("Jean-Claude Juncker", "Marie-Claude"): a person,
 * not the product the term names. (Only asked where a term was found: the scan's hot path stays as it was.)
 */
function endsCompoundGivenName(text: string, at: number): boolean {
  if (at < 3 || text.charCodeAt(at - 1) !== 0x2d) return false;
  let start = at - 1;
  while (start > 0 && isLetterCode(text.charCodeAt(start - 1))) start--;
  const given = text.slice(start, at - 1);
  return given.length > 1 && given[0] !== given[0]!.toLowerCase() && GIVEN_NAMES.has(given.toLowerCase());
}

// Words after a product's name that is also a given name ("Claude", "Gemma") which make it the product's
// edition, not a person's surname: "Claude Desktop", "Gemma Scope". (Editions the table knows whole,
// "Claude Opus", are matched as longer terms before this is asked.)
const EDITION_WORDS = new Set(['Instant', 'Desktop', 'Pro', 'Max', 'Enterprise', 'Team', 'Teams', 'Free', 'Artifacts', 'Projects', 'App', 'Apps', 'Chat', 'Nano', 'Scope', 'Models', 'Model', 'Family', 'Agent', 'Agents', 'API', 'Cloud', 'Gov', 'Education', 'Labs', 'Research']);
// A capitalised word of letters ("Shannon", "Cairney"), then the sentence going on in lower case or a
// possessive ("Claude Shannon wrote", "Claude Shannon’s paper"): in a title-case headline ("GPT and
// Claude Improved, Gemini Worsened") every word is capitalised, and nothing is read as a name there.
const SURNAME_AFTER = /^ \p{Lu}\p{Ll}{2,}(?:['’]s)?(?= \p{Ll})/u;

/**
 * A one-word term that is a given name, followed by a capitalised word that is no edition of the
 * product: a person ("Claude Shannon", "Gemma Cairney"), not the model named like them. (Only asked
 * where a term was found: the scan's hot path stays as it was.)
 */
function opensPersonName(text: string, at: number, term: string): boolean {
  if (!GIVEN_NAMES.has(term.toLowerCase()) || text.charCodeAt(at + term.length) !== 32) return false;
  const surname = SURNAME_AFTER.exec(text.slice(at + term.length, at + term.length + 40));
  return surname !== null && !EDITION_WORDS.has(surname[0].slice(1).replace(/['’]s$/, ''));
}

/** Per-credit counts of one scan (see TermScanner.counts). */
interface Seen {
  counts: Uint8Array;
  stamps: Uint32Array;
  scan: number;
}

// Start keys below this have an ASCII first letter (see startKey): they index a table.
const FLAT_KEYS = 128 * 1024;

/** Adds a found term to the tallies of its topics (each term counted at most twice per topic). */
function credit(term: Term, at: number, tallies: Tally[], seen: Seen, breaks: number[] | undefined): void {
  for (const { topic, weight, negative, id } of term.credits) {
    if (seen.stamps[id] !== seen.scan) (seen.stamps[id] = seen.scan), (seen.counts[id] = 0);
    const count = ++seen.counts[id]!;
    const tally = tallies[topic]!;
    if (negative) {
      if (count <= 2) tally.negative += weight;
    } else {
      if (count <= 2) tally.score += weight;
      if (breaks) {
        const paragraph = paragraphOf(breaks, at);
        if (paragraph !== tally.lastParagraph) (tally.paragraphs += 1), (tally.lastParagraph = paragraph);
      }
    }
  }
}

/**
 * The first two characters as one small integer (lookups stay fast); a space or hyphen second
 * counts as a space. Different pairs may share a key: candidates are compared in full anyway.
 */
function startKey(text: string, at: number): number {
  return startKeyOf(text.charCodeAt(at), at + 1 < text.length ? text.charCodeAt(at + 1) : -1);
}

function startKeyOf(first: number, second: number): number {
  const normal = second === 45 || second === 9 || second === 10 || second === 13 || second === 160 ? 32 : second < 0 ? 0 : second;
  return first * 1024 + (normal & 1023);
}

/**
 * The terms of one start key, longest first, and of those the ones a word can match by its third
 * character: common starts ("co", "re", "de") have a dozen terms or more, and most words that
 * start like them differ at the third letter. Terms without a third letter, or with a space
 * there, are in every list.
 */
interface Candidates {
  all: Term[];
  /** By the ASCII third code (lowercased for any-case terms), 128: the text ends before it. */
  byThird: Term[][];
}

function byThird(all: Term[]): Candidates {
  const anyThird = all.filter((term) => term.codes[2] === undefined || term.codes[2] === 32);
  const lists: Term[][] = [];
  for (let code = 0; code < 128; code++) {
    const list = all.filter((term) => term.codes[2] === undefined || term.codes[2] === 32 || term.codes[2] === (term.fold ? asciiLower(code) : code));
    // Most third letters start no term of the key: they share the one list (memory, not speed).
    lists.push(list.length === anyThird.length ? anyThird : list);
  }
  lists.push(anyThird);
  return { all, byThird: lists };
}

/** `word`: the length of the run of letters and digits at `at`. */
function longestAt(candidates: Candidates | undefined, folding: Folding, at: number, word: number): Term | undefined {
  if (!candidates) return undefined;
  const third = codeAt(folding, at + 2);
  // A third character outside ASCII is compared in full (it may lowercase to anything).
  // Past ASCII, every term; else only the terms whose third character is this one (or none, or a
  // space): byThird made that list, so no candidate is ruled out by its third letter again here.
  const terms = third >= 128 ? candidates.all : candidates.byThird[third < 0 ? 128 : third]!;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    // (A Korean name may run from Hangul into Latin letters, "오픈AI": its word is read in two runs.)
    if ((term.oneWord ? word >= term.head || term.korean : word === term.head) && matchesAt(term, folding, at)) return term;
  }
  return undefined;
}

function matchesAt(term: Term, folding: Folding, at: number): boolean {
  const text = folding.text;
  const wanted = term.codes;
  if (at + wanted.length > folding.end) return false;
  for (let i = 0; i < wanted.length; i++) {
    const want = wanted[i]!;
    const code = text.charCodeAt(at + i);
    if (want === 32) {
      // A space in a term: a space, a hyphen or any whitespace (which has no case).
      if (code !== 45 && !isSpaceCode(code)) return false;
    } else if (!term.fold || code < 128) {
      if (want !== (term.fold ? asciiLower(code) : code)) return false;
    } else {
      const lower = lowered(folding);
      const got = folding.aligned ? lower[at + i]! : text[at + i]!.toLowerCase();
      if (got !== String.fromCharCode(want)) return false;
    }
  }
  // No letter may follow, except one of a script written without spaces ("DeepSeek识图"); digits may (model versions).
  // Nor may a Korean particle after a Korean name, written onto it ("엔비디아에", "오픈AI와": to Nvidia, with OpenAI).
  const next = codeAt(folding, at + wanted.length);
  return next < 0 || !isLetterCode(next) || isUnspacedCode(next) || (isHangulCode(next) && term.korean);
}

/** A Hangul syllable or letter. */
function isHangulCode(code: number): boolean {
  return (code >= 0xac00 && code <= 0xd7a3) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f);
}

/** "open-source" and "open source" are one term (the pattern lets a space stand for a hyphen). */
function termKey(term: string, fold: boolean): string {
  return (fold ? term.toLowerCase() : term).replace(/[\s-]+/g, ' ');
}

/**
 * The length of a text's first sentence, or `chars` when that sentence is shorter; at most twice
 * that (text without sentence ends, a list or a changelog, has no lead sentence).
 */
function openingLength(text: string, chars: number): number {
  const first = splitSentences(text.slice(0, 2 * chars + 1))[0] ?? '';
  return Math.min(text.length, Math.max(chars, text.indexOf(first) + first.length));
}

/** The length of a text's first sentence, within its first paragraph. */
function firstSentenceLength(text: string): number {
  const head = text.slice(0, FIRST_SENTENCE_MAX);
  const paragraphEnd = head.indexOf('\n\n');
  const paragraph = paragraphEnd >= 0 ? head.slice(0, paragraphEnd) : head;
  const first = splitSentences(paragraph)[0] ?? '';
  return paragraph.indexOf(first) + first.length;
}

/** The length of a text's first sentence up to its first subordinate clause (SUBORDINATE). */
function mainClauseLength(text: string): number {
  const end = firstSentenceLength(text);
  const at = text.slice(0, end).search(SUBORDINATE);
  return at < 0 ? end : at;
}

/** The length of the first `words` words of a text's first sentence (all of it when shorter). */
function openingWordsLength(text: string, words: number): number {
  const end = firstSentenceLength(text);
  let count = 0;
  for (let at = 0; at < end; at++) {
    if (isSpaceCode(text.charCodeAt(at)) || (at > 0 && !isSpaceCode(text.charCodeAt(at - 1)))) continue;
    if (++count > words) return at;
  }
  return end;
}

/** Where each paragraph of a text joined by blank lines starts. */
function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n\n'); at >= 0; at = text.indexOf('\n\n', at + 2)) starts.push(at + 2);
  return starts;
}

function paragraphOf(starts: number[], at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Names and acronyms (any capital letter) match as written: "Apple" the company, not "apple". */
function isCaseSensitive(term: string): boolean {
  return /\p{Lu}/u.test(term);
}
