// The key quote: a verbatim quotation from the cleaned text, with its speaker, that best carries
// the story. Not quotes: scare quotes and phrases under six words, titles and names in quote marks,
// an outlet's own wording ("…," reports The Verge). No quotation: null.
import type { Quote } from './article.ts';
import { attributeQuote, isSignatureLine, LEAD_IN_END, type Attribution } from './attribute-quote.ts';
import { isMostlyCjk, openingScript } from './char-classes.ts';
import { cjkQuote } from './cjk-quote.ts';
import { countWords } from './count-words.ts';
import { embeddedPost, quotedPost, signedPost, type EmbeddedPost } from './embedded-post.ts';
import { keyWords, sharesTwo } from './headline-section.ts';
import { koreanQuote } from './korean-quote.ts';
import { hasFiniteVerb } from './lead-boilerplate.ts';
import { isNotSpeech, isStockReply } from './not-speech.ts';
import { quotedSpans, type QuotedSpan } from './quoted-spans.ts';
import { SpeakerNames } from './speaker-names.ts';
import { headlineRoles, sharesRole, speakerRoles } from './speaker-roles.ts';
import { transcriptAnswers } from './transcript-answers.ts';

export interface QuoteContext {
  headline?: string;
  /** Names of news outlets: a quotation attributed to one is its reporting, not someone's words. */
  isOutlet?: (name: string) => boolean;
  /** The paragraphs set in a blockquote (CleanText.blockquoted): an excerpt may be someone's words without quote marks. */
  blockquoted?: ReadonlySet<string>;
  /** The paragraphs read inside list items (CleanText.listed): a list's "Term: …" lines are no transcript. */
  listed?: ReadonlySet<string>;
  /**
   * The epigraphs above the story and the paragraphs set apart by their type (CleanText.epigraphs, setApart): a motto
   * or a pull quote, not the story's quote, when no one is said to say it.
   */
  epigraphs?: ReadonlySet<string>;
  setApart?: ReadonlySet<string>;
  /** The embedded posts whose signature line named their holder (CleanText.signedPosts). */
  signedPosts?: ReadonlyMap<string, string>;
}

const MIN_WORDS = 6;
// Chinese and Japanese set no spaces: a quoted post in them is measured in characters.
const MIN_CJK_POST_CHARS = 8;
// A named person's words that end the sentence reporting them ("wrote that the foundry was “still
// years from breaking even.”") are their quote when the story has no longer one.
const MIN_PARTIAL_WORDS = 4;
// Quotes are looked for in the first paragraphs only: the key quote is near the top, and a huge
// item must not cost more than a normal one.
const MAX_PARAGRAPHS = 40;
const MAX_CHARS = 12_000;
const MAX_SPANS = 40;
const SCRIPT_SAMPLE = 600;

export function extractQuote(paragraphs: string[], context: QuoteContext = {}): Quote | null {
  const isOutlet = context.isOutlet ?? (() => false);
  const kept: string[] = [];
  let total = 0;
  for (const paragraph of paragraphs.slice(0, MAX_PARAGRAPHS)) {
    if (total >= MAX_CHARS) break;
    // A huge paragraph is cut to what is left of the budget (a quote cut open stays verbatim).
    const part = paragraph.length > MAX_CHARS - total ? paragraph.slice(0, MAX_CHARS - total) : paragraph;
    kept.push(part);
    total += part.length + 2;
  }
  // Chinese and Japanese set no space between words: their quotations are read by rules of their own.
  // Korean names its speaker before the quotation and says so after it: rules of its own too.
  // (The script is read from the opening: a few hundred characters tell it.)
  const script = openingScript(kept, SCRIPT_SAMPLE);
  // A post quoted in a post is its holder's words in any script: the quote when the rules find none.
  if (script === 'cjk') return cjkQuote(kept) ?? firstQuotedPost(kept);
  if (script === 'hangul') return koreanQuote(kept) ?? firstQuotedPost(kept);
  // The first quotations are enough to choose from; a page of thousands costs no more.
  let room = MAX_SPANS;
  // The blockquotes taken whole for someone's words: shown only with the person the lead-in names.
  const excerpts = new Set<number>();
  // A blockquote under a credit line ("From a post by Jane Roe on her blog."): the words of its author.
  const credited = new Map<number, string>();
  const spansOf = kept.map((paragraph, index) => {
    const spans = room > 0 ? quotedSpans(paragraph).slice(0, room) : [];
    room -= spans.length;
    if (spans.length > 0 || room <= 0) return spans;
    if (isSignatureLine(kept[index + 1])) return [unmarked(paragraph)];
    const leadIn = excerptLeadIn(kept, index, context.blockquoted);
    if (leadIn === undefined) return spans;
    if (isExcerpt(leadIn, isOutlet)) {
      excerpts.add(index);
      return [unmarked(paragraph)];
    }
    const author = creditedAuthor(leadIn);
    if (author) {
      credited.set(index, author);
      return [unmarked(paragraph)];
    }
    return spans;
  });
  // A transcript's answer is all speech: its label says whose (marks inside it quote someone else).
  const answers = transcriptAnswers(kept, context.headline, context.listed);
  for (const [index, answer] of answers.entries()) if (answer) spansOf[index] = [answer.span];
  // An embedded post signed with its holder's handle, or a post quoted under its holder's line: all of it is their words.
  // A post above its signature line is all theirs, marks inside it and all ("We're shipping a way to say "no" …"),
  // when the headline names them: a post the story is about ("Altman replies to Musk on X"), not one it cites in passing.
  const posts = kept.map((paragraph, index) => (answers[index] ? undefined : signedPostOfHeadline(paragraph, context) ?? (spansOf[index]!.length > 0 ? undefined : embeddedPost(paragraph) ?? quotedPost(kept, index))));
  for (const [index, post] of posts.entries()) if (post) spansOf[index] = [post.span];

  // Short quotes are attributed too ("“Remarkable,” said Michael Perdew" names the next "he"),
  // but only where a candidate follows within two paragraphs.
  const candidateAt = spansOf.map((spans, index) => spans.some((span) => isCandidate(kept[index]!, span)));
  // Without a quotation of six words or more, or a shorter one that ends its sentence, there is
  // nothing to attribute (and no time to spend).
  if (!candidateAt.includes(true)) return null;
  const headlineWords = keyWords(context.headline ?? '');
  const says = HEADLINE_SAYS.exec(context.headline ?? '');
  const headlineSays = says ? { who: says[1]!.split(/\s+/), words: keyWords(says[2]!) } : undefined;
  const lazyNames = speakerNamesOnce(kept, context.headline, spansOf);

  const candidates: { score: number; quote: Quote; paragraph: number }[] = [];
  let partial: Quote | undefined;
  // How many quotations each person is credited with (by surname): the story's main voice.
  const voices = new Map<string, number>();
  let previous: { speaker: string; kind: 'person' | 'org'; paragraph: number } | undefined;
  // The paragraph of the last attribution next to a quote that named no one shown (a product, an
  // unnamed person), if none named since did: "it" and "they" after it stand for that subject.
  let unshown: number | undefined;
  let offset = 0;
  for (const [index, paragraph] of kept.entries()) {
    const worthAttributing = candidateAt[index] || candidateAt[index + 1] || candidateAt[index + 2];
    const spans = worthAttributing ? spansOf[index]! : [];
    const attributions: Attribution[] = [];
    for (const k of spans.keys()) {
      const answer = answers[index];
      const post = posts[index];
      const author = credited.get(index);
      const attribution = answer
        ? { strength: 3, speaker: answer.speaker, kind: 'person' as const, outlet: false }
        : author
          ? { strength: 3, speaker: author, kind: 'person' as const, outlet: false }
        : post
          ? { strength: 3, speaker: post.speaker, kind: post.kind, outlet: isOutlet(post.speaker) }
          : attributeQuote(paragraph, spans, k, {
        names: lazyNames,
        offset,
        previousParagraph: kept[index - 1],
        nextParagraph: kept[index + 1],
        previous,
        unshown,
        paragraph: index,
        isOutlet,
      });
      attributions.push(attribution);
      if (attribution.speaker && attribution.kind === 'person' && !attribution.outlet) {
        const voice = surname(attribution.speaker);
        voices.set(voice, (voices.get(voice) ?? 0) + 1);
      }
      if (attribution.speaker && attribution.kind && !attribution.outlet) {
        previous = { speaker: attribution.speaker, kind: attribution.kind, paragraph: index };
        unshown = undefined;
      } else if (attribution.strength >= 3 && !attribution.speaker && !attribution.outlet) {
        unshown = index;
      }
    }
    for (const [k, span] of spans.entries()) {
      // “A,” she said, “B.”: one quotation split by its attribution. It starts at A, so A is
      // weighed with B's words and B alone weighs a little less.
      const continues = k > 0 && isSplit(paragraph, spans[k - 1]!, span);
      const own = countWords(span.text);
      const next = k + 1 < spans.length && isSplit(paragraph, span, spans[k + 1]!) ? spans[k + 1]! : undefined;
      const words = own + (next ? countWords(next.text) : 0);
      // “The model,” she said, “is not ready …”: a quotation split by its attribution is shown whole,
      // with the attribution between, as written: its opening alone is cut off mid-sentence (“… from
      // one perspective”), and a reader quoting it starts with the opening and its comma.
      const text = next ? paragraph.slice(span.open + 1, next.closed ? next.close - 1 : next.close) : span.text;
      // "X's changes “A” and will “B,” according to the letter": one attribution for the sentence;
      // “A,” she said. “B.”: a quotation opening its own sentence goes on with the paragraph's last speaker.
      const found =
        attributions[k]!.strength > 0 ? attributions[k]! : sentenceAttribution(paragraph, spans, attributions, k) ?? continuedAttribution(paragraph, spans, attributions, k);
      // A quotation that is its whole paragraph with no one said to say it: the headline's speaker at the
      // top ("Kestrel's chief: …"), else someone's words shown without a speaker (see standsAlone).
      const whole = found.strength === 0 && spans.length === 1 && isWholeParagraph(paragraph, span);
      const attribution = !whole ? found : ((index === 0 ? reportedInHeadline(context.headline ?? '') : undefined) ?? (standsAlone(paragraph, kept[index - 1], span.text, words, context) ? UNATTRIBUTED : found));
      if (words < MIN_PARTIAL_WORDS || attribution.strength === 0 || attribution.outlet) continue;
      if (excerpts.has(index) && !(attribution.speaker && attribution.kind === 'person')) continue;
      if (isCutOff(span) || opensInside(paragraph, span) || isTitle(span.text) || !isProse(span.text) || isSpecification(span.text) || isStockReply(text) || isNotSpeech(sentenceBefore(paragraph, span.open), sentenceAfter(paragraph, span.close))) continue;
      // A post is whole however short ("Canvas is out for everyone."): not a phrase taken from a sentence.
      if (words < MIN_WORDS && !posts[index]) {
        if (!partial && attribution.kind === 'person' && attribution.speaker && endsSentence(paragraph, span)) {
          partial = { text: trimQuote(text), speaker: attribution.speaker };
        }
        continue;
      }
      const score =
        scoreOf(span.text, words, attribution, (offset + span.open) / total) -
        (continues ? 0.5 : 0) +
        aboutHeadline(span.text, attribution.speaker, headlineWords) +
        (headlineSays ? inHeadline(text, attribution.speaker, headlineSays) : 0);
      candidates.push({ score, quote: { text: trimQuote(text), speaker: attribution.speaker }, paragraph: index });
    }
    offset += paragraph.length + 2;
  }
  const outside = outsideVoices(kept, candidates);
  const standing = standingOf(kept, candidates, context.headline ?? '', headlineWords);
  let best: { score: number; quote: Quote } | undefined;
  // A speaker's first quotation introduces what they say; their later ones go on from it.
  const firstOf = new Set<string>();
  for (const candidate of candidates) {
    // A person quoted again and again is whom the story is about: their words weigh a little more.
    const again = candidate.quote.speaker ? (voices.get(surname(candidate.quote.speaker)) ?? 1) - 1 : 0;
    const later = candidate.quote.speaker !== null && firstOf.has(candidate.quote.speaker);
    if (candidate.quote.speaker) firstOf.add(candidate.quote.speaker);
    const score =
      candidate.score -
      (later ? LATER_QUOTE_PENALTY : 0) +
      Math.min(0.5, 0.25 * again) -
      (candidate.quote.speaker && outside.has(surname(candidate.quote.speaker)) ? OUTSIDE_PENALTY : 0) +
      (candidate.quote.speaker ? (standing.get(candidate.quote.speaker) ?? 0) : 0);
    if (!best || score > best.score) best = { score, quote: candidate.quote };
  }
  return best?.quote ?? partial ?? null;
}

// Words the text does not say whose: weaker than any attribution, so shown only when no attributed quotation is found.
const UNATTRIBUTED: Attribution = { strength: 1, speaker: null, kind: null, outlet: false };

/**
 * A quotation standing as its own paragraph, a sentence or more ("“I could tell you what we’re doing, but it wouldn’t
 * help you.”"): someone's words even where the text does not say whose. Not a motto or a pull quote set apart from
 * the story (an epigraph, a line in italics), and not a title or a phrase: it opens with a capital, has a verb and
 * ends with a full stop or "!" (a question standing alone is more often a prompt or a reader's query).
 */
function standsAlone(paragraph: string, previous: string | undefined, text: string, words: number, context: QuoteContext): boolean {
  if (words < MIN_WORDS || context.epigraphs?.has(paragraph) || context.setApart?.has(paragraph)) return false;
  // Under a lead-in ("… and put it on the wall:") that names no speaker, the lead-in says whose it is: no one's shown.
  if (previous !== undefined && LEAD_IN_END.test(previous)) return false;
  return /^\p{Lu}/u.test(text) && /[.!]$/.test(text.trim()) && hasFiniteVerb(text);
}

/** The signed post a paragraph is (see signedPost), when the headline names its holder by surname. */
function signedPostOfHeadline(paragraph: string, context: QuoteContext): EmbeddedPost | undefined {
  const post = signedPost(paragraph, context.signedPosts);
  const surname = post?.speaker.split(/\s+/).pop();
  return post && surname && context.headline?.split(/[^\p{L}\p{N}]+/u).includes(surname) ? post : undefined;
}

/** The first post quoted under its holder's line ("OpenAI (@OpenAI):"), long enough to say something. */
function firstQuotedPost(paragraphs: string[]): Quote | null {
  for (const index of paragraphs.keys()) {
    const post = quotedPost(paragraphs, index);
    if (post && (countWords(post.span.text) >= MIN_PARTIAL_WORDS || (isMostlyCjk(post.span.text) && post.span.text.length >= MIN_CJK_POST_CHARS))) {
      return { text: trimQuote(post.span.text), speaker: post.speaker };
    }
  }
  return null;
}

// "…, who was not involved in the study", "who did not work on the study": someone asked to comment on the work the story is about.
// Only "who …" (a description of the person): "he said he was not involved in the decision" is the subject's own denial.
const NOT_INVOLVED =
  /\bwho (?:was|were|is|are) not (?:involved (?:in|with)|part of)\b|\bwho (?:was|were|is|are)n[’']t (?:involved (?:in|with)|part of)\b|\bwho had no (?:role|part) in\b|\bwho (?:did not|didn[’']t) (?:take part in|work on|participate in|contribute to)\b/g;
// What is not part of a name's word.
const NOT_NAME_LETTERS = /[^\p{L}'’-]+/gu;
// A speaker's later quotation against their first: a little, so a later one that says what the headline says still wins.
const LATER_QUOTE_PENALTY = 0.5;
// Enough to put the work's own authors first, not so much that an outside voice's words are lost when they are all there is.
const OUTSIDE_PENALTY = 1.5;

/**
 * Surnames the text calls not involved ("said Tomas Berg, who was not involved in the study"), looked
 * for only where two or more people are quoted, in the paragraphs holding their quotes and the ones before.
 */
function outsideVoices(kept: string[], candidates: { quote: Quote; paragraph: number }[]): Set<string> {
  const outside = new Set<string>();
  const speakers = new Set(candidates.map(({ quote }) => quote.speaker && surname(quote.speaker)).filter(Boolean));
  if (speakers.size < 2) return outside;
  const paragraphs = new Set(candidates.flatMap(({ paragraph }) => [paragraph - 1, paragraph]));
  for (const index of paragraphs) {
    const paragraph = kept[index];
    if (!paragraph?.includes('who ')) continue;
    for (const match of paragraph.matchAll(NOT_INVOLVED)) {
      // Whole words only: a surname "Li" is not inside "Lindell".
      const sentence = ` ${sentenceBefore(paragraph, match.index).toLowerCase().replace(NOT_NAME_LETTERS, ' ')} `;
      for (const speaker of speakers) if (speaker && sentence.includes(` ${speaker} `)) outside.add(speaker);
    }
  }
  return outside;
}

// The headline names the speaker by role ("Judge blocks …" and "U.S. District Judge Helen Marquez"): as much as by name.
const HEADLINE_ROLE = 0.5;
// An analyst's or economist's comment on the news weighs less than the words of the people in it.
const COMMENTATOR_PENALTY = 0.75;

/**
 * How each person's standing in the story moves their quotes, read only where two or more people are
 * quoted: up when the headline names them by their role (and not already by name), down when the text
 * introduces them as a firm's analyst, strategist or economist the headline does not name.
 */
function standingOf(kept: string[], candidates: { quote: Quote }[], headline: string, headlineWords: Set<string>): Map<string, number> {
  const standing = new Map<string, number>();
  const people = new Set(candidates.map(({ quote }) => quote.speaker).filter((speaker) => speaker !== null && speaker.includes(' ')));
  if (people.size < 2) return standing;
  const roles = headlineRoles(headline);
  for (const person of people) {
    const found = speakerRoles(kept, person!);
    if (!found) continue;
    const named = person!.split(/\s+/).some((word) => headlineWords.has(word.toLowerCase()));
    const byRole = !named && sharesRole(found.roles, roles);
    standing.set(person!, (byRole ? HEADLINE_ROLE : 0) - (found.commentator && !byRole ? COMMENTATOR_PENALTY : 0));
  }
  return standing;
}

// A curly opening mark before a word, and the closing marks.
const INNER_OPENING = /“(?=\S)/g;
const CLOSING = /”/g;

/**
 * “…, a synchronous, “hands-on-keyboard” pattern …”: a quotation inside a curly quotation is read as
 * closing the outer one at its own close, leaving a cut fragment with an open mark. A span opened
 * with “ that holds more inner openings than closes is not a whole quotation.
 */
function opensInside(paragraph: string, span: QuotedSpan): boolean {
  if (paragraph.charCodeAt(span.open) !== 0x201c || !span.text.includes('“')) return false;
  return (span.text.match(INNER_OPENING)?.length ?? 0) > (span.text.match(CLOSING)?.length ?? 0);
}

/**
 * A quotation opened inside its paragraph that never closes and stops short of a sentence's end: the
 * text was cut inside it (a feed that sends the first 500 characters: "He adds, “For Acme, it’s
 * important that anyone can cont"). Shown, it would end mid-word or mid-sentence. One that opens its
 * paragraph is the convention for a quotation running on (each paragraph opens with a mark, only the
 * last closes), and a feed's excerpt may end it: it is read as written.
 */
function isCutOff(span: QuotedSpan): boolean {
  return !span.closed && span.open > 0 && !/[.!?…]["”’)]?$/.test(span.text);
}

/** A quotation of six words or more, or of four or five that ends the sentence reporting it. */
function isCandidate(paragraph: string, span: QuotedSpan): boolean {
  const words = countWords(span.text);
  return words >= MIN_WORDS || (words >= MIN_PARTIAL_WORDS && endsSentence(paragraph, span));
}

/** “…” ends its sentence: nothing but a full stop (or none) after it before the next sentence. */
function endsSentence(paragraph: string, span: QuotedSpan): boolean {
  return /^[.!?]?$/.test(sentenceAfter(paragraph, span.close).trim());
}

// Where the lead-in's last sentence starts.
const LAST_SENTENCE = /^.*[.!?]["”’)]?\s+(?=\S)/su;

// An excerpt of a post or an article runs on: a line alone in a blockquote is a motto the post riffs on.
const MIN_EXCERPT_WORDS = 30;

/**
 * The line above a blockquote set without quote marks, when the paragraph is one (of some words) and
 * the line is not: a lead-in that may say whose words the excerpt is (see isExcerpt, creditedAuthor).
 */
function excerptLeadIn(kept: string[], index: number, blockquoted: ReadonlySet<string> | undefined): string | undefined {
  const leadIn = kept[index - 1];
  // An empty set is not asked: a string's first hash reads all of it, and most items quote no
  // blockquote, so every paragraph without a quotation was hashed here for nothing.
  if (!blockquoted || blockquoted.size === 0 || leadIn === undefined || !blockquoted.has(kept[index]!) || blockquoted.has(leadIn)) return undefined;
  return countWords(kept[index]!) < (SPEECH_LEAD_IN.test(leadIn) ? MIN_SAID_WORDS : MIN_EXCERPT_WORDS) ? undefined : leadIn;
}

// A lead-in whose last words say someone said what follows ("Jane Roe, its chief executive, said in a
// blog post:"): a shorter excerpt is their words too, no motto. Only the plain verbs of saying and
// writing: the whole speech-verb table (attribute-quote.ts's speechVerbs: "argued", "noted", "quipped" …)
// took short excerpts the labels call no quote (real-feeds measure false alarm 0.016 → 0.017).
const SPEECH_LEAD_IN = /\b(?:said|says|wrote|writes|told|tells|added|adds|explained|explains|posted|tweeted|announced)\b[^.!?:]{0,60}:\s*$/;
const MIN_SAID_WORDS = 10;

/**
 * A blockquote under the writer's own lead-in ("Jane Roe has a fine post on it:"): the excerpt is the
 * words of whom the lead-in names (attributed as a quote opening its paragraph). The lead-in is a
 * clause: a link blog's credit line ("Jane Roe, The Daily Planet:") heads an excerpt of a report, the
 * outlet's reporting and no one's quote.
 */
function isExcerpt(leadIn: string, isOutlet: (name: string) => boolean): boolean {
  if (!LEAD_IN_END.test(leadIn)) return false;
  const sentence = leadIn.replace(LAST_SENTENCE, '');
  // Ending with its speech verb ("Jane Roe writes"), the lead-in is a clause already.
  return (hasFiniteVerb(sentence) || !sentence.endsWith(':')) && !REPORTING.test(sentence) && !namesOutlet(sentence, isOutlet);
}
// A link blog's credit line above an excerpt: "From <a post, a title> by <Name>", maybe with where
// ("… on his Substack", "… in The Atlantic"), a line of its own. The name is a person's: two to four
// capitalised words.
const CREDIT_LINE = /^From\s[^.!?]{1,120}?,?\s[Bb]y\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?:\s+(?:on|in|at|for)\s[^.!?]{1,60})?\.?$/u;

// A document's excerpt is no one's speech, whoever wrote it: "From a 2019 report by Quillmark Transit."
const CREDITED_DOCUMENT = /\b(?:report|paper|study|survey|filing|ruling|judgment|statement|law|act|bill|regulation|white paper|press release)s?\b/i;

/** The author a credit line above an excerpt names (see excerptLeadIn), if it does. */
function creditedAuthor(credit: string): string | undefined {
  if (!credit.startsWith('From ') || CREDITED_DOCUMENT.test(credit)) return undefined;
  // The credit's full stop is no part of the name; an initial's is ("Jane R.").
  return CREDIT_LINE.exec(credit.trim())?.[1]?.replace(/(\p{L}{2,})\.$/u, '$1');
}
// A lead-in that passes on a report ("Jane Roe reports for the Planet:", "has the scoop"): the excerpt is the outlet's reporting.
const REPORTING = /\b(?:report(?:s|ed|ing)?|scoop|according to)\b/i;
// A run of capitalised words, a possessive's mark left out.
const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{N}&.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}&.-]*)*/gu;

/** A news outlet among the sentence's capitalised names ("Bloomberg's Jane Roe"), or one of their words. */
function namesOutlet(sentence: string, isOutlet: (name: string) => boolean): boolean {
  for (const [run] of sentence.matchAll(CAPITALISED_RUN)) {
    if (isOutlet(run) || run.split(/\s+/).some((word) => word.length > 2 && isOutlet(word))) return true;
  }
  return false;
}

// A citation after an excerpt's last sentence: "… to optimize costs. — On-demand Container Loading in AWS Lambda".
const TRAILING_CITATION = /(?<=[.!?…]["”’)]?)\s+[—–]\s*[^.!?—–\n]{2,100}$/u;

/**
 * A paragraph taken whole for someone's words: a blockquote set without marks, under a lead-in or a
 * credit line, or signed in the line below ("— Jane Roe, CEO"). Its text leaves out a citation set after
 * its last sentence; the span still runs to the paragraph's end, so the citation is never read as a signature.
 */
function unmarked(paragraph: string): QuotedSpan {
  const citation = TRAILING_CITATION.exec(paragraph);
  return { open: 0, close: paragraph.length, text: citation ? paragraph.slice(0, citation.index) : paragraph, closed: true, single: false };
}

/**
 * The text's names, read when an attribution first asks for them. Returned as an unnamed arrow: a
 * closure bound to a name is given that name at every call under tsx (keepNames), which cost more
 * than the rest of this setup.
 */
function speakerNamesOnce(kept: string[], headline: string | undefined, spansOf: QuotedSpan[][]): () => SpeakerNames {
  let names: SpeakerNames | undefined;
  return () => (names ??= new SpeakerNames(kept.join('\n\n'), headline, quotedRanges(kept, spansOf)));
}

function surname(speaker: string): string {
  return (speaker.split(/\s+/).pop() ?? speaker).toLowerCase();
}

/** Where the quotations are in the paragraphs joined by blank lines, as SpeakerNames reads them. */
function quotedRanges(paragraphs: string[], spansOf: QuotedSpan[][]): [number, number][] {
  const ranges: [number, number][] = [];
  let offset = 0;
  for (const [index, paragraph] of paragraphs.entries()) {
    for (const span of spansOf[index]!) ranges.push([offset + span.open, offset + span.close]);
    offset += paragraph.length + 2;
  }
  return ranges;
}

// A sentence break before a capital, opening quote or bracket.
const SENTENCE_BREAK = /[.!?]["”’)]?\s+(?=["“‘(]?\p{Lu})/gu;

/** The sentence up to a quote's opening mark (at most 200 characters of it). */
function sentenceBefore(paragraph: string, open: number): string {
  const before = paragraph.slice(Math.max(0, open - 200), open);
  let start = 0;
  for (const match of before.matchAll(SENTENCE_BREAK)) start = match.index + match[0].length;
  return before.slice(start);
}

// A sentence's end: before a capital or the text's end.
const SENTENCE_END = /[.!?](?=\s+["“‘(]?\p{Lu}|\s*$)/u;

/** The rest of a quote's sentence after its closing mark (at most 160 characters). */
function sentenceAfter(paragraph: string, close: number): string {
  const after = paragraph.slice(close, close + 160);
  const end = SENTENCE_END.exec(after);
  return end ? after.slice(0, end.index + 1) : after;
}

/** “A,” she said, “B”: the first span ends without closing its sentence and only a short attribution sits between. */
function isSplit(paragraph: string, first: QuotedSpan, second: QuotedSpan): boolean {
  if (/[.!?…]$/.test(first.text) || !/,$/.test(first.text)) return false;
  const between = paragraph.slice(first.close, second.open);
  // A second part opening in lower case goes on with the first's sentence ("“What’s remarkable,” says Jo
  // Roe, a scientist who studies decisions, “is that …”"): the attribution between may describe the speaker.
  const goesOn = /^\p{Ll}/u.test(second.text);
  const by = SPLIT_BY.exec(between);
  return by !== null && by[1]!.length <= (goesOn ? 160 : 80) && countWords(between) <= (goesOn ? 20 : 8);
}
// The attribution between the two parts of a split quotation: no sentence ends in it.
const SPLIT_BY = /^\s*([^.!?]{2,160}),\s*$/;

/** The attribution of another quote in the same sentence (none when no other one has one). */
function sentenceAttribution(paragraph: string, spans: QuotedSpan[], attributions: Attribution[], k: number): Attribution | undefined {
  for (let j = k + 1; j < spans.length && shareSentence(paragraph, spans[j - 1]!, spans[j]!); j++) {
    if (attributions[j]!.strength > 0) return attributions[j]!;
  }
  for (let j = k - 1; j >= 0 && shareSentence(paragraph, spans[j]!, spans[j + 1]!); j--) {
    if (attributions[j]!.strength > 0) return attributions[j]!;
  }
  return undefined;
}

/** Two spans share a sentence when neither the first quote nor the text between them ends one. */
function shareSentence(paragraph: string, a: QuotedSpan, b: QuotedSpan): boolean {
  return !/[.!?…]$/.test(a.text) && !/[.!?](?:\s|$)/u.test(paragraph.slice(a.close, b.open));
}

/**
 * A quotation that opens a sentence inside a paragraph (not the paragraph's first words) continues
 * the nearest earlier quotation of the paragraph that has a named speaker, a little less surely.
 */
function continuedAttribution(paragraph: string, spans: QuotedSpan[], attributions: Attribution[], k: number): Attribution {
  const span = spans[k]!;
  if (span.open > 0 && /[.!?…]["”’)]?\s+$/.test(paragraph.slice(Math.max(0, span.open - 4), span.open))) {
    for (let j = k - 1; j >= 0; j--) {
      const earlier = attributions[j]!;
      if (earlier.strength > 0) return earlier.speaker && !earlier.outlet ? { ...earlier, strength: 2 } : attributions[k]!;
    }
  }
  return attributions[k]!;
}

/**
 * The quote the headline is about weighs a little more: its speaker is named in the headline
 * ("Zelenskiy tells UN …"), or it says what the headline says ("… brought to justice for war crimes").
 */
function aboutHeadline(text: string, speaker: string | null, headline: Set<string>): number {
  if (headline.size === 0) return 0;
  const named = speaker?.split(/\s+/).some((word) => headline.has(word.toLowerCase().replace(/(?:'s|’s|s)$/, ''))) ? 0.5 : 0;
  return named + (sharesTwo(text, headline) ? 0.5 : 0);
}

// A headline that gives a speaker's words after their name and a colon: "Browne: Potential was enormous".
const HEADLINE_SAYS = /^([^:]{2,40}):\s+(\S.{5,})$/u;

/**
 * The words a headline gives its speaker ("Browne: Potential was enormous"): the quotation of that
 * speaker sharing two of their key words ("The potential for good here was enormous, …") is the one
 * the headline is about, and weighs a point more.
 */
function inHeadline(text: string, speaker: string | null, says: { who: string[]; words: Set<string> }): number {
  const surname = speaker?.split(/\s+/).pop();
  return surname !== undefined && says.who.includes(surname) && sharesTwo(text, says.words) ? 1 : 0;
}

// A headline reporting what someone said: "Obama says there's no evidence …", "Port chief tells
// workers …". Its subject, when it is a full name, is the speaker.
const HEADLINE_SPEECH = /\b(?:says|said|tells|told|warns|warned|insists|insisted|admits|admitted|claims|claimed|vows|vowed|urges|urged)\b/;
const HEADLINE_SUBJECT = /^(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,2})\s+(?:\p{Ll}|[—–-])/u;

/**
 * The attribution a headline gives a text that is one quotation and nothing else: the quotation is
 * what the headline reports (a dek of only "“I saw no evidence …”" under "Obama … says there’s no
 * evidence …"). The speaker is the headline's subject when it is a full name, else no one.
 */
function reportedInHeadline(headline: string): Attribution | undefined {
  if (!HEADLINE_SPEECH.test(headline)) return undefined;
  const subject = HEADLINE_SUBJECT.exec(headline)?.[1] ?? null;
  return { strength: 1, speaker: subject, kind: subject ? 'person' : null, outlet: false };
}

/** The quotation is the whole paragraph: nothing but its marks around it. */
function isWholeParagraph(paragraph: string, span: QuotedSpan): boolean {
  return paragraph.slice(0, span.open).trim() === '' && paragraph.slice(span.close).trim() === '';
}

/**
 * A clear attribution, a named speaker, a whole sentence, some length and an early place (`at`:
 * 0 at the top, 1 at the end) make a quote carry the story.
 */
function scoreOf(text: string, words: number, attribution: Attribution, at: number): number {
  const speaker = attribution.kind === 'person' ? 1.5 : attribution.kind === 'org' ? 1 : 0;
  const sentence = /^[\p{Lu}[\d]/u.test(text) && words >= 8 ? 1 : 0;
  const length = Math.min(words, 40) / 40;
  const early = 1 - Math.min(1, at);
  return attribution.strength + speaker + sentence + length + early;
}

// A word of four letters or more.
const LONG_WORD = /^\P{L}*\p{L}{4}/u;

// A word that opens with a capital or a digit, or a brand's few lower-case letters before its capital ("iPhone", "macOS").
const CAPITALISED_WORD = /^\P{L}*(?:[\p{Lu}\d]|\p{Ll}{1,3}\p{Lu})/u;

/**
 * "Moving Uber Forward": every word of four letters or more capitalised is a title or a name.
 * "How Google’s Pixel Buds will kill Apple AirPods.": a short how/why clause that asks nothing is
 * an article's title, not a sentence anyone said.
 */
function isTitle(text: string): boolean {
  if (/^(?:How|Why)\s/.test(text) && !/[?,;]/.test(text) && countWords(text) <= 12) return true;
  const words = text.split(/\s+/).slice(1).filter((word) => LONG_WORD.test(word));
  if (words.length === 0 || words.length > 14) return false;
  return words.every((word) => CAPITALISED_WORD.test(word));
}

// A letter anywhere.
const LETTER = /\p{L}/u;

/** Words, not code or markup: `x = 1`, `<a href=`, `general.architecture`, `\x04`. */
function isProse(text: string): boolean {
  if (/[{}<>\\]|\s=\s|=>|\w\.\w+\.\w|\w_\w/.test(text)) return false;
  const words = text.split(/\s+/);
  const wordy = words.filter((word) => LETTER.test(word)).length;
  return wordy / words.length >= 0.6;
}

// A standard's requirement words in capitals before a word in lower case (RFC 2119: "The key set MUST
// NOT contain private keys", "Servers SHALL reject"). Not a lone MUST, which people shout in posts.
const REQUIREMENT = /\b(?:MUST NOT|SHALL(?: NOT)?|SHOULD NOT) \p{Ll}/u;

/** A specification's sentence quoted to make a point about it: a document's words, not anyone's speech. */
function isSpecification(text: string): boolean {
  return (text.includes('MUST NOT') || text.includes('SHALL') || text.includes('SHOULD NOT')) && REQUIREMENT.test(text);
}

/** The quotation without the comma or space the quote marks enclosed: “…society,” → “…society”. */
function trimQuote(text: string): string {
  return text.replace(/[\s,;:]+$/u, '').trim();
}
