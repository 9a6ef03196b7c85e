// The summary: one or two lead sentences of the cleaned text (three very short ones), at most about 300 characters.
import { clipText } from '../clip-text.ts';
import { SPEECH_VERB_END } from './attribute-quote.ts';
import { isCjkCode, isLetterCode, isLetterOrDigitCode, isMostlyCjk, isSpaceCode, isSurrogateCode, isUpperCode } from './char-classes.ts';
import { opensWithSpeech } from './cjk-quote.ts';
import { withoutTitleLabel } from './clean-headline.ts';
import { comparable } from './comparable-text.ts';
import { readDateline } from './dateline.ts';
import { keyWords, sharesTwo } from './headline-section.ts';
import { OPENING_WORDS, splitSentences } from './split-sentences.ts';
import { isTitleCase } from './title-case.ts';
import { fromWireDateline, hasFiniteVerb, listPointSentence, PHOTO_POSITION, OPENING_CREDIT, isBoxLabel, isSponsorLabel, isVerdictLabel, isCaption, POST_INTRODUCTION, isDek, isEpigraph, isLeadBoilerplate, isNewsletterIntro, isContentsLine, isLinkRow, isMediaPointer, isMetaLine, isShareButton, sponsorName, stripLeadPrefixes, stripTrailingCredit, stripTrailingEmoji, withoutCaptionCredit, withoutRoleByline } from './lead-boilerplate.ts';

const MAX = 300;


export interface SummaryOptions {
  /** The link texts of the document: paragraphs made of them are link rows, not the story. */
  links?: readonly string[];
  /** Paragraphs set apart by their type (headings, all italics): above the story, a note, a standfirst or an epigraph. */
  setApart?: ReadonlySet<string>;
  /** Paragraphs that open with a run-in head in bold, with the head's length (CleanText.runIn). */
  runIn?: ReadonlyMap<string, number>;
  /** An epigraph's paragraphs and its source line (CleanText.epigraphs): above the story, never its lead. */
  epigraphs?: ReadonlySet<string>;
  /** Paragraphs in a blockquote (CleanText.blockquoted): a quotation, no second sentence of a lead in prose. */
  blockquoted?: ReadonlySet<string>;
}

/**
 * The lead: the story's first sentence, plus the second when both fit (and a third after two very short ones), skipping what opens a
 * post without being its story (lead-boilerplate.ts), the headline repeated, link rows, and
 * headings or captions without a sentence. A lead ends where a sentence ends: a sentence a cut
 * body leaves open is dropped, and a sentence longer than the room is cut at a clause outside quotes.
 */
export function summarize(paragraphs: string[], headline = '', options: SummaryOptions = {}): string {
  const summary = withoutStrayCloser(withoutMarkdownEmphasis(leadSummary(paragraphs, headline, options)));
  return LABEL_ONLY.test(summary) || AUTHORS_ONLY.test(summary) || !WORD.test(summary) ? '' : summary;
}

// Markdown's bold marks left in a feed's text ("**OpenAI** escalates …"): shown as they are in
// Slack and in the console, they are no part of the sentence. Only marks around words, not inside them ("2**10").
// (Not underscores: "__init__" is a name.)
const MARKDOWN_BOLD = /(?<![\p{L}\p{N}*])\*\*(?=\S)([^*\n]*?\S)\*\*(?![\p{L}\p{N}*])/gu;

function withoutMarkdownEmphasis(summary: string): string {
  return summary.includes('**') ? summary.replace(MARKDOWN_BOLD, '$1') : summary;
}

/**
 * A closing square bracket at the end with no opening one in the lead: the rest of a note in brackets
 * whose opening sentence was skipped ("… Please refer to that post on this topic.]"). (Not a round
 * one: lists ("1) …") and smileys (":)") close what they never opened.)
 */
function withoutStrayCloser(summary: string): string {
  return summary.endsWith(']') && summary.split(']').length > summary.split('[').length ? summary.slice(0, -1).trimEnd() : summary;
}

// A word of two letters or more (in a script without case, one letter is a word): a scraper's stray
// fragment ("g.", ".") is no summary.
const WORD = /\p{L}{2}|\p{Lo}/u;

// Up to three capitalised words and no sentence's end: a page's label or button ("Access API",
// "Notes"), no lead. (A description of a few plain words, "a photograph", is the item's own.)
const LABEL_ONLY = /^\p{Lu}[\p{Script=Latin}\d'’&+-]*(?: [\p{Lu}\d][\p{Script=Latin}\d'’&+-]*){0,2}$/u;
// A paper's authors alone: "Lee et al.", "Kreer and Adam et al."; or up to six capitalised words joined
// by "and" ("Hitchcock and Hoogland", "Lee, Park and Kim"), names or a label's words, no sentence.
const AUTHORS_ONLY = /^\p{Lu}[\p{L}'’-]+(?:(?:,| and| &) \p{Lu}[\p{L}'’-]+)* et al\.?$|^(?=(?:\S+\s+){1,5}\S+$)\p{Lu}[\p{L}'’-]+(?:,? \p{Lu}[\p{L}'’-]+)*,?(?: and| &) \p{Lu}[\p{L}'’-]+\.?$/u;

function leadSummary(text: string[], headline: string, options: SummaryOptions): string {
  const paragraphs = fromWireDateline(text);
  // A note that opens a paragraph drops the paragraph; when that leaves nothing (the whole item is
  // one paragraph: "This post was updated … At Acme, …"), only the note's sentences are dropped.
  // The second reading differs from the first only at the notes it dropped: without one, it is not made.
  // The headline is compared with paragraphs read without their kickers ("Opinion | …"): so is it.
  const bare = stripLeadPrefixes(headline);
  let lead = leadSentences(paragraphs, bare, options, true);
  if (lead.sentences.length === 0 && !lead.fallback && lead.droppedNote) lead = leadSentences(paragraphs, bare, options, false);
  // A box's label above nothing but short lines: they are the text, read as a story's.
  if (lead.sentences.length === 0 && !lead.fallback && lead.boxed) lead = leadSentences(paragraphs, bare, options, true, false);
  const { sentences } = lead;
  // A cut excerpt whose first sentence ended before a skip ("… of Siemens. … At a very basic level …") is that sentence.
  const fallback = lead.fallback && skippedOn(lead.fallback);
  if (sentences.length === 0) {
    if (!fallback) return postIntroduction(paragraphs);
    return isCut(fallback) ? `${clipText(fallback, MAX - 1).replace(/…$/, '').replace(TRAILING_COMMA, '')}…` : asSentence(fallback);
  }
  let summary = '';
  for (const read of withoutOpeningQuotation(sentences).slice(0, 3)) {
    // An excerpt that skips on after a sentence ("… the CEO of Siemens. … At a very basic level …", as
    // Techmeme quotes a story): what follows the skip is a fragment of a later paragraph, not the lead.
    const sentence = skippedOn(read);
    const skip = sentence !== read;
    // Chinese and Japanese set no space between sentences.
    const next = summary ? `${summary}${CJK_STOP_END.test(summary) ? '' : ' '}${sentence}` : sentence;
    if (summary && next.length > MAX) break;
    // A second sentence that opens a quotation and stops inside it ("… said: "We license drivers.", the
    // quotation going on) would show the reader words cut mid-quote: the first sentence alone is the lead.
    if (summary && leavesQuoteOpen(next) && !leavesQuoteOpen(summary)) break;
    // A newsletter's pointer to its other sections after the lead story ("… outage. Plus: Configure ChatGPT …"),
    // or an invitation to read on.
    if (summary && OTHER_SECTIONS.test(sentence)) break;
    summary = next;
    if (skip) break;
  }
  return inRoom(throughQuoteClose(summary, paragraphs));
}

/** A lead as shown: whole up to MAX_SENTENCE (cutting one sentence would leave half a thought), else cut at a clause. */
function inRoom(lead: string): string {
  return lead.length <= MAX_SENTENCE ? lead : cutAtClause(lead, MAX);
}

// How much of the lead's end is looked for in its paragraph.
const TAIL = 40;

/**
 * A lead that opens a quotation its paragraph closes a sentence or two later ("“It is too late to save
 * football. He should go. Now,” Figo wrote."): read on to the end of the sentence that closes it, when
 * that fits in a lead of two sentences and ends as a sentence does; else the lead is left as it was.
 */
function throughQuoteClose(summary: string, paragraphs: readonly string[]): string {
  if (!leavesQuoteOpen(summary)) return summary;
  const tail = summary.slice(-TAIL);
  const paragraph = paragraphs.find((candidate) => candidate.includes(tail));
  if (paragraph === undefined) return summary;
  let read = summary;
  for (const sentence of splitSentences(paragraph.slice(paragraph.indexOf(tail) + tail.length))) {
    read = `${read} ${sentence}`;
    if (read.length > MAX) return summary;
    if (!leavesQuoteOpen(read)) return endsSentence(read) ? read : summary;
  }
  return summary;
}

/**
 * An item whose only text is an editor's introduction of the post ("In this blog post, Acme's director
 * discusses …"): skipped above a story, it is here all that says what the post is about.
 */
function postIntroduction(paragraphs: string[]): string {
  const first = paragraphs.find((paragraph) => paragraph.trim() !== '');
  const sentence = first === undefined ? undefined : splitSentences(first)[0];
  return sentence !== undefined && endsSentence(sentence) && POST_INTRODUCTION.test(sentence.toLowerCase()) ? inRoom(sentence) : '';
}

// "Plus:", "Also inside:", "Also in today's issue:": what else the letter holds, not the story.
// And an invitation to read on ("Discover the latest AI innovations.", "Explore what's missing from …",
// "Find out how …"): no sentence of the story.
const OTHER_SECTIONS = /^(?:(?:plus|also(?: inside| in (?:this|today(?:'|’)s|this week(?:'|’)s) (?:issue|edition|newsletter))?)\s*[:—–]|(?:discover|explore|find out|learn|read on to (?:learn|find out|discover)) (?:the|more|how|what|why|which|where)\b)/i;

// A sentence's stop, then an ellipsis and a capital: the excerpt left words out and goes on elsewhere.
const SKIPS_ON = /([.!?]["”’)]*)\s+(?:…|\.{3})\s+(?=\p{Lu})/u;

/** The text up to the sentence before a skip ("… of Siemens. … At a very basic level …" → "… of Siemens."); else the text. */
function skippedOn(text: string): string {
  const skip = text.includes('…') || text.includes('...') ? SKIPS_ON.exec(text) : null;
  return skip ? text.slice(0, skip.index + skip[1]!.length) : text;
}

/**
 * A Chinese or Japanese story opening with a quotation of its own, unattributed, before its first
 * sentence ("“硬件会越来越便宜。”2026世界机器人大会上，…"): a pull quote set as an epigraph, not the story.
 */
function withoutOpeningQuotation(sentences: string[]): string[] {
  const first = sentences[0];
  // (Not when the next sentence names who said it: "他说。", "林小華表示，…" make the quotation the story's.)
  return first !== undefined && sentences.length > 1 && CJK_QUOTED_SENTENCE.test(first) && isMostlyCjk(first) && !opensWithSpeech(sentences[1]!) ? sentences.slice(1) : sentences;
}

// A sentence that is a quotation alone: opening mark, words, a stop, the closing mark.
const CJK_QUOTED_SENTENCE = /^[“「][^“”「」]+[。！？][”」]$/u;

// The labels of a newsletter story's parts after its news ("Why it matters:", "The details:", "The big picture:").
const PART_LABEL = /^(?:why it matters|what you need to know|the details|details|the big picture|big picture|between the lines|what(?:'|’)s next|(?:the )?bottom line|zoom in|zoom out|go deeper|the context|context|background|key details|what they(?:'|’)re saying|yes,? but|state of play)\s*:/i;

// A photo's credit line alone: "Photo by Dana Kim", "(Photo by Ellie Brown/AAP)", "Image: UK Tech Report", "Photo courtesy of SkyMed".
const PHOTO_CREDIT_LINE = /^\(?(?:photo(?:graph)?|image|picture|illustration|credit|photo credit|image credit|foto|bild)s?(?:\s+(?:by|courtesy(?: of)?|credit)\b|\s*:)\s*[^.!?]{2,80}\)?\.?$/i;
const MAX_CAPTION = 300;

// An update's label with its date or time, then its sentence: "Update:", "UPDATE, Dec. 4:", "Updated 3:40 p.m.:".
const UPDATE_ABOVE = /^(?:update|updated)\b[^:.!?]{0,30}(?:\.[^:.!?]{0,20})?:\s+\S/i;

const OPENS_WITH_DOTS = /^(?:…|\.\.\.)/;
// A colon leading into a quoted question, within a sentence: "… asked: “Can I take …?”". (Not into a statement: "CEO Ravi
// Menon wrote on LinkedIn: “We grew too fast.”" says who wrote words too short to be shown as the quote.)
const COLON_QUOTATION = /:\s*["“«„][^"“”«»„]{1,300}\?["”»“]/;
const OPENS_QUOTATION = /^["“„«‘]/;
// A first sentence that states something whole: some words, no quotation of its own at its start, a full stop at its end.
const MIN_STATEMENT = 40;
const MIN_CJK_STATEMENT = 15;

// A run-in head is a few words, no sentence of its own; the story's sentence opens after it.
const MAX_RUN_IN_WORDS = 6;

// A bold head that is an update's stamp alone: "Updated".
const UPDATE_HEAD = /^\s*updated?\s*$/i;

/**
 * A paragraph without the bold head it opens with ("<strong>Quotw</strong> This was the week …",
 * "<strong>Something for the Weekend, Sir?</strong> “Is this the train …”"): a column's or a
 * section's name set before the story's first sentence. A bold sentence ("<b>Acme shipped it.</b>
 * The …") or a bold subject ("<b>Acme</b> said …") stays.
 */
function withoutRunInHead(paragraph: string, runIn: ReadonlyMap<string, number> | undefined): string {
  const length = runIn === undefined || runIn.size === 0 ? undefined : runIn.get(paragraph);
  if (length === undefined) return paragraph;
  const head = paragraph.slice(0, length);
  const rest = paragraph.slice(length).trim();
  // A label before a colon ("TL;DR:", "Update:", "Watch:") says what the paragraph is: it stays, for the
  // rules that read it (lead-boilerplate.ts).
  if (head.split(' ').length > MAX_RUN_IN_WORDS) return paragraph;
  // An update's stamp in bold ("<strong>Updated</strong> Microsoft is retiring …", as The Register sets it).
  if (UPDATE_HEAD.test(head) && /^["“]?\p{Lu}/u.test(rest)) return rest;
  // A digest's item head closed by a stop, with no verb ("<strong>1. Openfield's new model.</strong> Openfield
  // released …"): the item's name, the story after it, whatever word that opens with.
  const story = /\.$/.test(head.trim()) ? !hasFiniteVerb(head) && /^["“]?\p{Lu}/u.test(rest) : !/[.:]["”’)]?$/.test(head) && RUN_IN_STORY_OPENING.test(rest);
  return story && !isLeadBoilerplate(paragraph) ? rest : paragraph;
}

/**
 * A paragraph without the linked story's headline it opens with, before a long dash, as Techmeme sets each
 * item: "<b><a>AlphaFold 4: modelling the molecules of life</a></b> — Today we're introducing …". The
 * story's opening after the dash is the lead.
 */
function withoutLinkedHeadline(paragraph: string, links: readonly string[]): string {
  const dash = paragraph.indexOf(' — ');
  if (dash <= 0 || dash > MAX_LINKED_HEADLINE || links.length === 0) return paragraph;
  const rest = paragraph.slice(dash + 3);
  return links.includes(paragraph.slice(0, dash).trim()) && SENTENCE_CAPITAL.test(rest) ? rest : paragraph;
}

const MAX_LINKED_HEADLINE = 300;
const SENTENCE_CAPITAL = /^["“‘]?\p{Lu}/u;

// A Chinese or Japanese sentence's end: its stop, closing brackets after it.
const CJK_STOP_END = /[。！？][」』）”]*$/;

// A sentence of hashtags alone ("#AI #Lisbon.", "#jobs"): made once, as LETTER is.
const HASHTAGS = /^(?:#[\p{L}\p{N}_]+[\s,.!]*)+$/u;

// A box's point is a line of a few words; the story's first sentence is longer.
const BOX_POINT_WORDS = 10;

// A letter anywhere.
const LETTER = /\p{L}/u;

/**
 * The first one or two sentences of the story (three very short ones), or a line to fall back on when none is complete.
 * `droppedNote`: a paragraph was dropped whole as a note (only `wholeNotes` drops one).
 */
function leadSentences(paragraphs: string[], headline: string, options: SummaryOptions, wholeNotes: boolean, withBox = true): { sentences: string[]; fallback?: string; droppedNote?: boolean; boxed?: boolean } {
  const links = options.links ?? [];
  const setApart = options.setApart;
  let key: string | undefined;
  // The headline's stories, when it joins several with "；" (read once, when first needed).
  let headlineParts: string[] | undefined;
  const sentences: string[] = [];
  // A paragraph without a sentence (a heading, a caption, a tagline): the lead only if nothing else is.
  let fallback: string | undefined;
  let captionText: string | undefined;
  let linkedSentence: string | undefined;
  // The words of an epigraph's quotation: the lead of a post that is nothing but the quotation.
  let epigraph: string | undefined;
  // A list's point after a dash, a sentence ("— Corvid released Raven 3 on Monday."): the lead of a roundup
  // that is nothing but such points.
  let point: string | undefined;
  let droppedNote = false;
  // Where the first sentence was found: a second one comes from that paragraph or the next.
  let firstAt = -1;
  // The lead ended with the sentences taken: the next one is a quotation, the page's furniture or a lead-in to what
  // follows ("Please support this podcast by checking out our sponsors:" and the sponsors).
  let leadEnded = false;
  // A paragraph already read as the end of the one before it (a lead-in ending with a colon).
  let joined = -1;
  // The paragraph under a review's verdict label (the verdict) or under a sponsor's label (its pitch).
  let labelledAt = -1;
  // Under a box's label ("Key points"): its points, short paragraphs, come before the story.
  let inBox = false;
  // Whether the box's first point ended a sentence: a paragraph that ends otherwise is the story's (points
  // share their punctuation; "New lab in Lisbon", "200 jobs by 2027", then "Acme opened a Lisbon lab.").
  let pointsEnd: boolean | undefined;
  // The short paragraphs taken for the box's points: when nothing follows them, the story was among them.
  let boxed = false;
  // The sponsor a sponsor line above named, lowercased.
  let sponsor: string | undefined;
  // The guest a show's headline names ("…, with Ana Ruiz"): read once, not at each paragraph.
  const guest = headline ? WITH_GUEST.exec(headline)?.[1] : undefined;
  // A box's label and points are not counted among the paragraphs that may open a post (a review's
  // boxes of pros and cons run to a dozen short lines above the review).
  let boxLines = 0;
  // Nor are a scraped page's lines of chrome under its headline: its share buttons, its date and byline
  // lines, its captions (a page may set a dozen of them between the headline and the story).
  let chromeLines = 0;
  // Where the headline was repeated as a paragraph: the page's title, with its standfirst under it.
  let headlineAt = -2;
  for (const [index, raw] of paragraphs.slice(0, MAX_PARAGRAPHS + MAX_BOX_LINES).entries()) {
    if (index >= MAX_PARAGRAPHS + boxLines + chromeLines) break;
    if (leadEnded || isFullLead(sentences) || (firstAt >= 0 && index > firstAt + 1)) break;
    if (index === joined || index === labelledAt) continue;
    // A second sentence is the story's prose going on, not a quotation set in a block below it (an
    // embedded post): "… rely on it." is not followed by the CEO's tweet "We messed up today.".
    if (sentences.length > 0 && options.blockquoted !== undefined && options.blockquoted.size > 0 && options.blockquoted.has(raw)) break;
    // Nor a transcript's turn below it ("Q: Why open the weights now?", "Li Wei: I think …"), a digest's next
    // numbered point ("2. Mistral ships a coding model"), or a live page's older entry ("10:05 We're in our seats.").
    // Nor an explainer's next question set as its own heading ("Why do tokens matter?").
    // Nor a newsletter's next labelled part ("Why it matters: …", "The details: …").
    if (sentences.length > 0 && (TURN_LABEL.test(raw) || NUMBERED_POINT.test(raw) || LIVE_ENTRY_TIME.test(raw) || QUESTION_HEADING.test(raw) || PART_LABEL.test(raw))) break;
    // A review's verdict under its label, above the review: label and verdict are the box, not the story.
    // So are a sponsor's label and its pitch ("Sponsored", then "Northwind's agents handle 80% of …").
    if (sentences.length === 0 && index + 2 < paragraphs.length && (isVerdictLabel(raw) || isSponsorLabel(raw))) {
      labelledAt = index + 1;
      continue;
    }
    // A picture's caption above its credit line ("Mayor Tom Reyes speaks at City Hall on Tuesday. …", then "Photo by
    // Dana Kim"), however many sentences it has: both sit above the story.
    if (sentences.length === 0 && index + 2 < paragraphs.length && raw.length <= MAX_CAPTION && PHOTO_CREDIT_LINE.test(paragraphs[index + 1]!)) {
      labelledAt = index + 1;
      chromeLines += 2;
      continue;
    }
    // Such a part set above the story, as a box ("Why it matters: Nvidia finally has a rival.", then "Meta is
    // in talks …"): it comments on the news the next paragraph tells. Unless it is what tells the headline's news and
    // the next does not ("Why it matters: Anthropic's newest model, Claude Opus 4, tried to blackmail …" above "The
    // company disclosed it on Thursday."): then it is the lead under a label.
    let labelled = raw;
    if (sentences.length === 0 && index + 1 < paragraphs.length && PART_LABEL.test(raw)) {
      const words = keyWords(headline);
      if (!sharesTwo(raw, words) || sharesTwo(paragraphs[index + 1]!, words)) {
        chromeLines++;
        continue;
      }
      labelled = raw.replace(PART_LABEL, '').trimStart();
    }
    if (sentences.length === 0 && isBoxLabel(raw) && withBox) {
      inBox = true;
      boxLines++;
      continue;
    }
    const ends = inBox ? endsSentence(raw) : false;
    if (inBox && raw.split(' ').length < BOX_POINT_WORDS && (pointsEnd ??= ends) === ends) {
      boxed = true;
      boxLines++;
      continue;
    }
    inBox = false;
    // A numbered point of a Chinese or Japanese box of headlines ("5.涉案4千万元！饿了么…"), its line short.
    if (sentences.length === 0 && LIST_NUMBER.test(raw) && raw.length <= MAX_CJK_POINT && isMostlyCjk(raw)) continue;
    if (sentences.length === 0 && (isShareButton(raw) || isMetaLine(raw))) {
      chromeLines++;
      // A date or a byline line is a note the second reading may look inside: it is dropped as one.
      if (!isShareButton(raw)) droppedNote = true;
      continue;
    }
    // Set apart by its type (a heading, all italics) above a story in plain prose: a title, a
    // standfirst, a note or an epigraph, whatever its words. Not a passage of the story's own prose
    // set in italics (an opening scene, an introduction): it runs longer than a note or a standfirst.
    // (An empty set is not asked: a string's first hash reads all of it.)
    // (An interview's turns below it are no such story: its standfirst, "Priya Raman co-founded Lumenfold in 2022 …",
    // is the lead, not a question or an answer under its speaker's label.)
    if (sentences.length === 0 && setApart !== undefined && setApart.size > 0 && setApart.has(raw) && !isProsePassage(raw) && storyFollows(paragraphs.slice(index + 1, MAX_PARAGRAPHS), setApart, hasStandfirstShape(raw))) {
      // A sponsor line set in bold ("**Presented by Ledgerly**") still says whose pitch follows it.
      sponsor = sponsorName(raw)?.toLowerCase() ?? sponsor;
      continue;
    }
    // An epigraph and its source, however long, when the story follows it.
    const epigraphs = options.epigraphs;
    if (sentences.length === 0 && epigraphs !== undefined && epigraphs.size > 0 && epigraphs.has(raw) && storyFollows(paragraphs.slice(index + 1), epigraphs)) continue;
    // A video's or a recording's line above the story ("Watch: Our reporter rides …"), kicker and all,
    // and a newsletter's contents line ("This week: two rulings, an order, and a reader question.").
    // Only when a paragraph that is no note follows it ("Today on the show: …" above "Brought to you by Quillstack." alone is the lead).
    // So is an update set above the story ("<b>Update:</b> Brightrack said on Tuesday it had fixed the flaw."): its
    // label would be read as a kicker and its sentence as the lead.
    if (sentences.length === 0 && index + 1 < paragraphs.length && (isMediaPointer(raw) || isContentsLine(raw) || UPDATE_ABOVE.test(raw)) && paragraphs.slice(index + 1).some((later) => !isLeadBoilerplate(later))) continue;
    const own = sentences.length === 0 ? withoutLinkedHeadline(withoutRunInHead(labelled, options.runIn), links) : raw;
    const whole = stripTrailingEmoji(withoutTrailingExtras(withoutCutMark(withoutMoreLink(stripTrailingCredit(stripLeadPrefixes(own.length > 4 * MAX ? own.slice(0, 4 * MAX) : own))))));
    // "Headline — The story's first sentence …": an aggregator's item repeats the headline before
    // the excerpt it quotes, set off by a dash; the story starts after it.
    // A caption or a heading glued to the story's first sentence (the feed stripped the markup between them): the story after it.
    const afterTitle = sentences.length === 0 && headline ? afterHeadline(whole, headline) : whole;
    // The excerpt after the headline may open with its article's byline ("Nick Roe, Acme founder and CEO — …").
    const titled = afterTitle === whole ? whole : withoutRoleByline(afterTitle);
    let paragraph = sentences.length === 0 ? afterCaptionSentence(afterGluedCaption(titled)) : whole;
    // "Jane Roe had this to say:" and the words in the next paragraph: one sentence told in two
    // blocks (the lead-in may be all one link: it is still no row of links).
    const leadIn = sentences.length === 0 ? continuedBy(paragraph, paragraphs[index + 1]) : undefined;
    if (leadIn) {
      sentences.push(leadIn);
      firstAt = joined = index + 1;
      continue;
    }
    // Furniture, a row of links, a caption, or no words at all ("12506916----12506930"). A caption's
    // own words are the lead only when nothing else is.
    if (isCaption(paragraph)) {
      if (sentences.length === 0) chromeLines++;
      captionText ??= withoutCaptionCredit(paragraph);
      continue;
    }
    // The sponsor's pitch below its sponsor line ("PRESENTED BY FLOWSTACK", then "Flowstack turns …").
    if (sentences.length === 0 && sponsor !== undefined && paragraph.toLowerCase().startsWith(sponsor)) continue;
    // A newsletter's greeting and its lead story in one paragraph ("Welcome to The Briefing. Nvidia will supply …"):
    // the story starts at the sentence that tells what the headline names.
    const greeted = sentences.length === 0 && wholeNotes && headline ? storyAfterGreeting(paragraph, headline) : undefined;
    if (greeted !== undefined) paragraph = greeted;
    else if (wholeNotes && isLeadBoilerplate(paragraph)) {
      droppedNote = true;
      sponsor = sponsorName(paragraph)?.toLowerCase() ?? sponsor;
      continue;
    }
    if (isLinkRow(paragraph, links) && !(sentences.length === 0 && isLinkedProse(paragraph))) {
      // A linked sentence alone ("<a>Jane Roe on a talk show in 1971 reading her poem</a>."): the
      // item's only words, when nothing else is a sentence.
      if (sentences.length === 0 && endsSentence(paragraph) && paragraph.split(' ').length >= 6) linkedSentence ??= paragraph;
      continue;
    }
    if (!LETTER.test(paragraph)) continue;
    if (sentences.length === 0 && isEpigraph(paragraph, paragraphs[index + 1], paragraphs[index + 2])) {
      epigraph ??= quotationOf(paragraph);
      point ??= listPointSentence(paragraph);
      continue;
    }
    // A paragraph above the page's byline or date line ("From: …", "Published 2 June 2026") is its
    // standfirst, the summary set under the headline: the story starts below those lines.
    // Under the headline (repeated above it, or run into it as a page's title block does), a standfirst may
    // have more of the page's chrome below it: captions, share buttons, promos.
    if (sentences.length === 0 && isStandfirst(paragraphs, index, titled !== whole ? titled : headlineAt === index - 1 ? whole : undefined)) continue;
    // A dek at the top ("Learn how …", "Under the hood of X: a, b and c."): the post's summary told to
    // its reader, set above the story's prose, whatever block holds it (a blockquote, a plain paragraph).
    if (sentences.length === 0 && index < MAX_DEK_INDEX && isDek(paragraph) && isStoryProse(paragraphs[index + 1])) continue;
    if (sentences.length === 0 && index + 1 < paragraphs.length && guest !== undefined && isGuestBio(paragraph, guest)) continue;
    // The headline again, alone or with its outlet ("Headline - Outlet"). Only a paragraph of about
    // the headline's length is compared (normalising every paragraph would cost more than the rest).
    // (Its label or slug taken off as the headline's was: "Exclusive-Dutch regulator fines …".)
    const unlabelled = headline && paragraph.length < headline.length + 60 ? withoutTitleLabel(paragraph) : paragraph;
    if (headline && unlabelled.length < headline.length + 60 && sameStart(unlabelled, headline) && isHeadline(comparable(unlabelled), (key ??= comparable(headline))) && !goesOnFrom(unlabelled, headline) && !(isCutHeadline(headline) && unlabelled.length > headline.length)) {
      headlineAt = index;
      continue;
    }
    // A note in brackets opening the paragraph, the story after it ("(Note: RSS does not show our
    // graphics. Read it in your browser.)How much revenue …"): the story starts after its bracket.
    const parts = paragraphSentences(sentences.length === 0 ? afterBracketedNote(paragraph) : paragraph);
    // "Workflows let each step create output, such as:" above a listing: the clause before the
    // comma is the whole sentence, and the lead (what follows is the example: code or a list).
    if (sentences.length === 0 && parts.length === 1) {
      const clause = withoutExampleLeadIn(parts[0]!);
      if (clause !== parts[0]) return { sentences: [clause] };
      const intoCode = asLeadIn(parts[0]!, paragraphs[index + 1]);
      if (intoCode) return { sentences: [intoCode] };
    }
    // A one-sentence teaser that trails off with more paragraphs below ("The crew sails north to
    // the ice city…" above a show's notes) was not cut by the feed, which cuts only at the text's end: the lead.
    // (Not a teaser opening with dots too, "…A big claim…": a newsletter's aside under its item's head, above the item.)
    if (sentences.length === 0 && parts.length === 1 && index + 1 < paragraphs.length && isTeaser(parts[0]!) && !OPENS_WITH_DOTS.test(parts[0]!)) return { sentences: parts };
    // The first sentence without its prefixes, read here and again as the lead's first sentence below.
    const firstStripped = sentences.length === 0 ? stripLeadPrefixes(parts[0] ?? '') : undefined;
    // An open first sentence makes the paragraph a tagline or a cut, unless it trails off with dots and the
    // paragraph goes on ("For years it was a punchline... But a new wave …"): a pause of a sentence's length
    // (four words or more; "btw..." is an aside).
    if (firstStripped !== undefined && !endsSentence(firstStripped) && !(parts.length > 1 && trailsOff(firstStripped) && firstStripped.split(' ').length >= 4)) {
      // A tagline of some words, rather than a two-word heading.
      // (A note is never the fallback: the second reading looks inside notes for the story only.)
      if ((!fallback || (fallback.split(' ').length < 4 && paragraph.split(' ').length >= 4)) && (wholeNotes || !isLeadBoilerplate(paragraph))) fallback = paragraph;
      continue;
    }
    for (const [k, sentence] of parts.entries()) {
      const text = sentences.length > 0 ? sentence : k === 0 ? firstStripped! : stripLeadPrefixes(sentence);
      // "data governance. I built …": a feed's excerpt cut from inside a sentence opens with its
      // lower-case tail, a few words before the first full stop; the story starts at the next sentence.
      if (sentences.length === 0 && k === 0 && parts.length > 1 && isCutTail(text)) continue;
      if (headline && text.length < headline.length + 10 && sameStart(text, headline) && comparable(text) === (key ??= comparable(headline))) {
        // A headline cut from the post's first words ("Ski Jumping Pairs is my favorite event....") is
        // that sentence: the lead when no other sentence is.
        if (isCutHeadline(headline)) fallback ??= text;
        continue;
      }
      // A headline of several stories joined by semicolons ("A；B；C"): one of them set above its story is
      // that story's heading.
      if (headline.includes('；') && (headlineParts ??= headline.split('；').map((part) => comparable(part))).includes(comparable(text))) continue;
      if (isLeadBoilerplate(text)) {
        if (sentences.length > 0) {
          leadEnded = true;
          break;
        }
        continue;
      }
      // "#AI #Lisbon.": a post's tags, written after the story, are no sentence of it.
      if (HASHTAGS.test(text)) {
        if (sentences.length > 0) break;
        continue;
      }
      // An open sentence ends the lead: what follows it was cut away. The paragraph's last
      // sentence, unpunctuated but not cut ("Video games! Ghost Recon, Control and more"), stands.
      const last = sentence === parts[parts.length - 1];
      // Dots that trail off where the paragraph goes on ("… Outer Wilds... Surely we talk") are the
      // writer's pause, not a cut: only the paragraph's end can be cut.
      if (!endsSentence(text) && !(!last && trailsOff(text))) {
        // A sentence the feed cut is shown (with its "…") only when no complete one comes first.
        if (sentences.length === 0) fallback ??= text;
        // A lead-in's colon after the first sentence ("Please support this podcast by checking out our sponsors:"): what
        // it leads into, below, is no more of the lead.
        if (sentences.length > 0 && text.endsWith(':')) leadEnded = true;
        if (!(last && sentences.length > 0 && isUnpunctuatedSentence(text))) break;
        sentences.push(asSentence(text));
        break;
      }
      // A quotation after the first sentence ("Nvidia will resume H20 sales. “We have received assurances …,” the
      // company said.") is the quote's to show, beside the summary: the summary would say it twice.
      // (A lead that is itself a quotation goes on with its speaker's next words; a short or a questioning first
      // sentence, "Wet lab.", "What do you think of when you see the word “introvert”?", needs the next one.)
      // So is a question a colon leads into ("In one test, researchers asked: “Can I take …?”", "Le preguntamos: “¿…?”").
      if (sentences.length > 0 && (OPENS_QUOTATION.test(text) || COLON_QUOTATION.test(text)) && isStatement(sentences[0]!)) {
        leadEnded = true;
        break;
      }
      sentences.push(text);
      if (firstAt < 0) firstAt = index;
      if (isFullLead(sentences)) break;
    }
  }
  return { sentences, fallback: fallback ?? captionText ?? linkedSentence ?? epigraph ?? point, droppedNote, boxed };
}

/** A sentence that trails off with dots: the writer's pause where more of the paragraph follows it. */
function trailsOff(text: string): boolean {
  return /(?:\.\.\.|…)["'”’)\]]*$/.test(text);
}

// A quotation with its author after it ("“…” — Name", "\"…\" - Name"): the words inside the marks.
const QUOTED_WORDS = /^[“"](.{10,400}?[.!?])[”"]\s*(?:--?|[—–])\s*\p{Lu}/u;

// A list's numbered point: "2. Mistral ships …", "3) The …".
const NUMBERED_POINT = /^\d{1,2}[.)]\s+\p{Lu}/u;
// A question of a few words alone in its paragraph: an explainer's heading over its answer.
const QUESTION_HEADING = /^(?:\S+\s){1,11}\S+\?$/;
// A live page's entry opening with its time: "10:05 We're in our seats.", "4:30 p.m. ET We're 30 minutes away …".
const LIVE_ENTRY_TIME = /^(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s+\S/;

// A transcript's turn: a speaker's label of capitalised words or initials, then a colon ("Q: ", "JR: ", "Li Wei: "),
// or a Q&A's letter with a full stop ("Q. ", "A. ").
const TURN_LABEL = /^(?:\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}):\s|^[QA]\.\s/u;

/** An epigraph's quoted words, a sentence of their own; undefined when it is not one quotation before its author. */
function quotationOf(paragraph: string): string | undefined {
  const words = QUOTED_WORDS.exec(paragraph.trim())?.[1];
  return words !== undefined && !/[“”"]/.test(words) ? words : undefined;
}

// How many lines about the story (a byline, a date, the body it is from) may stand between a standfirst and the story.
const MAX_META_LINES = 3;

/**
 * A paragraph of a sentence or two right above the page's lines about the story (a byline, a date line),
 * with the story's prose below them: the standfirst a page sets between the headline and the byline.
 * `deck`: the paragraph's text when it stands under the headline, after the headline when it is run into
 * it (then it is `glued`, not the paragraph as it came); such a standfirst may have more chrome below it.
 */
function isStandfirst(paragraphs: string[], index: number, deck?: string): boolean {
  // Above the paragraph a dateline opens ("LISBON — The port …", "北京——…"): the story starts at the dateline.
  // (The second paragraph is read first: few open with a dateline, so the first is seldom read again.) A
  // story has one dateline: lines that each open so ("KIM PARK: So what …", "OMAR FAROUK: Honestly …") are a
  // transcript's turns below its introduction.
  // Nor is a note's label in capitals a dateline here ("EDIT: OpenAI confirmed …" below a post): the post stays its lead.
  // (Not below a lead-in's colon: "… a price cut. Brought to you by:" above "KPMG – Discover how AI …" is a sponsor's line.)
  if (index === 0 && paragraphs[0]!.length <= MAX_STANDFIRST && paragraphs[1] !== undefined && !paragraphs[0]!.endsWith(':') && !NOTE_LABEL.test(paragraphs[1]) && readDateline(paragraphs[1]) && !readDateline(paragraphs[0]!) && !(paragraphs[2] !== undefined && readDateline(paragraphs[2]))) return true;
  let next = index + 1;
  while (next < paragraphs.length && next <= index + MAX_META_LINES && (isMetaLine(paragraphs[next]!) || isAuthorAboveMeta(paragraphs, next))) next++;
  if (isMetaLine(paragraphs[index]!)) return false;
  if (next > index + 1 && isStoryProse(paragraphs[next])) return true;
  return deck !== undefined && isDeckAboveChrome(paragraphs, index, deck, deck !== paragraphs[index]);
}

// A note added to a post, its label in capitals: "EDIT:", "UPDATE 2:", "CORRECTION:"; an affiliate disclosure's ("FTC: We
// use income earning auto affiliate links.", under 9to5Mac's stories).
const NOTE_LABEL = /^(?:EDIT|EDITED|UPDATE|UPDATED|NOTE|CORRECTION|CLARIFICATION|ETA|SOURCE|CONTACTS?|MEDIA CONTACTS?|PRESS CONTACTS?|FTC|DISCLOSURE)(?:\s*\d{1,2})?\s*:/;

// An author's or a company's name alone on its line, a few capitalised words: "Kling AI", "Ana Ruiz".
const NAME_LINE = /^\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*){0,3}$/u;

/** A name alone on its line right above a date or reading-time line: the byline without its "By". */
function isAuthorAboveMeta(paragraphs: string[], index: number): boolean {
  const below = paragraphs[index + 1];
  return below !== undefined && NAME_LINE.test(paragraphs[index]!) && isMetaLine(below);
}

// How many lines of a page's chrome (captions, dates, share buttons, promos) may stand between a standfirst under the headline and the story.
const MAX_CHROME_LINES = 20;
// A standfirst is a sentence or a few (with the byline a title block may run into it).
const MAX_STANDFIRST = 500;

/**
 * A scraped page's standfirst: a sentence or two under its headline, then the page's chrome, then the
 * story. The chrome holds a line about the story (a date or a byline line) or a share button; or, when
 * the standfirst is run into the headline (one block, the page's title block), a label or a promo that is
 * no caption ("Key Takeaways", "Listen to This Article"). A caption alone is not enough: a story's first
 * paragraph may have its picture below it.
 */
function isDeckAboveChrome(paragraphs: string[], index: number, deck: string, glued: boolean): boolean {
  if (deck.length > MAX_STANDFIRST) return false;
  let next = index + 1;
  let marked = false;
  for (; next < paragraphs.length && next <= index + MAX_CHROME_LINES; next++) {
    const line = paragraphs[next]!;
    if (isMetaLine(line) || isShareButton(line)) marked = true;
    else if (isCaption(line)) continue;
    else if (isLeadBoilerplate(line) || isChromeLabel(line)) marked ||= glued;
    else break;
  }
  return marked && next > index + 1 && isStoryStart(paragraphs[next]);
}

// A label of the page's chrome is a few words.
const MAX_LABEL_WORDS = 5;

/** A few words that end no sentence: a label, a button or a widget's placeholder ("Key Takeaways", "Follow Us :", "Loading..."). */
function isChromeLabel(line: string): boolean {
  return line.length <= 40 && line.split(/\s+/).length <= MAX_LABEL_WORDS && !endsSentence(line);
}

/** A paragraph that opens with a sentence of some words: the story, its end cut by the feed or not. */
function isStoryStart(paragraph: string | undefined): boolean {
  if (paragraph === undefined || paragraph.split(/\s+/, 8).length < 8) return false;
  return endsSentence(splitSentences(stripLeadPrefixes(paragraph.slice(0, 4 * MAX)))[0] ?? '');
}

// A note, a standfirst or an epigraph is a line or two: a passage of the story runs to more words.
const PROSE_PASSAGE_WORDS = 40;

/** Two sentences or more and some words: the story's prose, whatever type sets it apart. */
function isProsePassage(paragraph: string): boolean {
  return paragraph.split(' ').length >= PROSE_PASSAGE_WORDS && splitSentences(paragraph).length >= 2;
}

/** A sentence that states something whole (see MIN_STATEMENT). */
function isStatement(sentence: string): boolean {
  // Chinese and Japanese say as much in fewer characters, and close a sentence with "。".
  const cjk = sentence.endsWith('。');
  return sentence.length >= (cjk ? MIN_CJK_STATEMENT : MIN_STATEMENT) && (cjk || sentence.endsWith('.')) && !OPENS_QUOTATION.test(sentence);
}

/** A standfirst's shape: sentences of some words, the last closed by a full stop, no speaker's label before them. */
function hasStandfirstShape(paragraph: string): boolean {
  return paragraph.split(' ').length >= MIN_STANDFIRST_WORDS && paragraph.endsWith('.') && !TURN_LABEL.test(paragraph);
}

const MIN_STANDFIRST_WORDS = 12;

/**
 * Whether a paragraph of some words outside `above` (set apart, an epigraph) comes later: the story, below them.
 * `notTurns`: an interview's turns and questions below are no story (see the set-apart check in leadSentences).
 */
function storyFollows(later: string[], above: ReadonlySet<string>, notTurns = false): boolean {
  return later.some((paragraph) => !above.has(paragraph) && paragraph.split(' ').length >= 6 && !(notTurns && (TURN_LABEL.test(paragraph) || QUESTION_HEADING.test(paragraph))));
}

/** A paragraph of the story's prose: a sentence of some words. */
function isStoryProse(paragraph: string | undefined): boolean {
  return paragraph !== undefined && paragraph.split(/\s+/).length >= 8 && endsSentence(paragraph);
}

// Where a feed that strips markup glued a caption or a heading to the story's first sentence, no space
// between them: a lower-case letter or a closing bracket straight before a word that opens sentences,
// then a lower-case word ("… by Ana Roe (1920)Once in a while, …", "… author of The Quiet SenseThere are
// …"). Only words that open sentences: a brand's inner capital ("MacBook is", "LinkedIn said") is none.
const GLUED_OPENING = new RegExp(String.raw`(?<=[\p{Ll})])(?:${OPENING_WORDS.join('|')})\s+\p{Ll}`, 'gu');
// After a bold run-in head (withoutRunInHead) the story's sentence opens with a quotation or one of those
// words ("This was the week …", "As the dust settles …"): not with the rest of a bold name ("<b>Acme</b>
// Robotics is …") or an aside ("<b>Copernicus Data Space</b> (CDSE) is …").
const RUN_IN_STORY_OPENING = new RegExp(String.raw`^(?:["“‘]\p{Lu}|(?:${OPENING_WORDS.join('|')}) \p{Ll})`, 'u');
// The capitals those words open with: a head without one straight after a lower-case letter or ")" is
// not searched (most heads, where the pattern's look-behind was tried at every character).
// (A table by ASCII code: a lookup per character of the head.)
const OPENING_CAPITALS = new Uint8Array(128);
for (const word of OPENING_WORDS) OPENING_CAPITALS[word.charCodeAt(0)] = 1;

// A caption's brackets ("(pictured)", "(L)"): read as no verb of the sentence.
const SHORT_BRACKETS = /\([^()]{1,12}\)/g;

/**
 * The story after a photo's caption run into its first sentence, when the markup between them was dropped:
 * a sentence without a verb that says where the people in the photo stand ("Jane Roe (left) and Li Wei at the
 * launch in Berlin. Acme on Tuesday unveiled …"). A sentence with its verb is the writer's own, whatever it
 * describes ("… grid of images from 1.5 (left) and 2.0 (right) looked …").
 */
function afterCaptionSentence(paragraph: string): string {
  if (!paragraph.includes('(')) return paragraph;
  const [first, second] = splitSentences(paragraph);
  if (first === undefined || second === undefined || !PHOTO_POSITION.test(first) || hasFiniteVerb(first.replace(SHORT_BRACKETS, ''))) return paragraph;
  const rest = paragraph.slice(paragraph.indexOf(second, first.length));
  return rest.split(/\s+/).length >= 6 ? rest : paragraph;
}

/**
 * The text after a caption or a heading glued to the story's first sentence: the glued head has some
 * words, no finite verb and no sentence stop (a caption, a title), and what follows it is a sentence of
 * some words. Else the paragraph as it is.
 */
function afterGluedCaption(paragraph: string): string {
  const stop = paragraph.search(/[.!?]/);
  const head = paragraph.slice(0, stop < 0 ? Math.min(paragraph.length, MAX) : Math.min(stop, MAX));
  if (!mayBeGlued(head)) return paragraph;
  let at = -1;
  // The last match, by exec in a loop (as in splitSentences).
  GLUED_OPENING.lastIndex = 0;
  for (let match; (match = GLUED_OPENING.exec(head)); ) at = match.index;
  if (at < 0) return paragraph;
  const caption = paragraph.slice(0, at);
  const rest = paragraph.slice(at);
  return caption.split(/\s+/).length >= 3 && !hasFiniteVerb(caption) && rest.split(/\s+/).length >= 6 ? rest : paragraph;
}

/**
 * Whether a capital GLUED_OPENING's words open with stands straight after what may be a lower-case
 * letter (a letter that is no capital, or half of a surrogate pair) or ")": where the pattern can match.
 */
function mayBeGlued(head: string): boolean {
  for (let at = 1; at < head.length; at++) {
    if (OPENING_CAPITALS[head.charCodeAt(at)] !== 1) continue;
    const before = head.charCodeAt(at - 1);
    if (before === 0x29 || (isLetterCode(before) && !isUpperCode(before)) || isSurrogateCode(before)) return true;
  }
  return false;
}

// How far down the body a dek may stand: under a title or a kicker at most.
const MAX_DEK_INDEX = 3;

// Two sentences shorter than this together say little ("I love segment LCDs. They’re low-power."): a third is taken.
const SHORT_LEAD = 80;

/** Two sentences, or three when the first two are short. */
function isFullLead(sentences: string[]): boolean {
  return sentences.length >= 3 || (sentences.length === 2 && sentences[0]!.length + sentences[1]!.length >= SHORT_LEAD);
}

// A sentence's lower-case tail: at most three words, the first all lower case ("data governance.").
const CUT_TAIL = /^\p{Ll}[\p{Ll}'’-]*(?:\s+[\p{L}\p{N}'’-]+){0,2}[.!?]$/u;

function isCutTail(text: string): boolean {
  return CUT_TAIL.test(text);
}

/**
 * "<a>If you lead a team, you should own one number.</a>": a whole sentence of prose set as a link
 * (to the post it first was) is the story's, not a row of links: some words, in sentence case,
 * ending with a full stop. Two sentences or more in one link are a banner's pitch, not prose.
 */
function isLinkedProse(paragraph: string): boolean {
  return /[.!?]["'”’)\]]*$/.test(paragraph) && paragraph.split(' ').length >= 8 && !isTitleCase(paragraph) && !LINKED_PITCH.test(paragraph);
}

// Two sentences or more set as one link ("Invest better with Lodestar. Get stock picks …"): a banner's pitch.
const LINKED_PITCH = /[.!?]["'”’)]?\s+\p{Lu}/u;

// A headline that ends naming its guest: "#88: Building robots that fold laundry, with Ana Ruiz", "… (feat. Raj Patel)".
const WITH_GUEST = /(?:,|\s[—–-]|:)\s+(?:with|feat\.|featuring|ft\.)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})\)?$/u;

/**
 * Show notes that open with the bio of the guest their headline names ("Ana Ruiz is a robotics
 * researcher at …" under "…, with Ana Ruiz"): who the guest is, above what the episode is about.
 */
function isGuestBio(paragraph: string, guest: string): boolean {
  return paragraph.startsWith(`${guest} is `) && /^(?:a|an|the)\s/.test(paragraph.slice(guest.length + 4));
}

/**
 * A lead-in that ends with a colon ("Casey Muratori had this to say:") or with its speech verb
 * ("In Some Essay, Jo Roe writes"), or a line of Chinese that
 * ends with a comma, joined with the complete first sentence of the paragraph that finishes it.
 * Only a clause of some words: "Key takeaways:" heads a list, it leads into no sentence.
 */
function continuedBy(text: string, next: string | undefined): string | undefined {
  const saysAtEnd = SPEECH_VERB_END.test(text);
  if (!next || !(saysAtEnd || /[:：，]$/.test(text)) || text.length > MAX || splitSentences(text).length > 1) return undefined;
  const cjk = /[：，]$/.test(text);
  // (A heading never ends with its speech verb: a lead-in that does may name a titled work.)
  const linkBlog = NAME_ON_TOPIC.test(text);
  if (isLeadBoilerplate(text) || (!cjk && !linkBlog && (!SAYS.test(text) || text.split(/\s+/).length < 4 || (!saysAtEnd && isTitleCase(text))))) return undefined;
  const sentences = paragraphSentences(next);
  const first = wholeQuotation(sentences);
  if (!endsSentence(first) || isLeadBoilerplate(first)) return undefined;
  return cjk ? `${text}${first}` : `${text} ${first}`;
}

/**
 * The first sentence, or when it opens a quotation that runs on ('said: "A. B."'), the sentences to
 * its close: a quotation cut open reads as half of one. One that does not close in the paragraph (a
 * quotation of several paragraphs leaves each open) or runs past MAX keeps its first sentence.
 */
function wholeQuotation(sentences: string[]): string {
  const first = sentences[0] ?? '';
  let whole = first;
  for (let more = 1; leavesQuoteOpen(whole) && more < sentences.length && whole.length < MAX; more++) whole = `${whole} ${sentences[more]}`;
  return leavesQuoteOpen(whole) || whole.length > MAX ? first : whole;
}

/**
 * A paragraph that is a note by its first sentence, a newsletter's intro (isNewsletterIntro: "Welcome to The Briefing."),
 * and goes on with a sentence sharing two key words with the headline: from that sentence on, the story's paragraph. (A greeting's
 * paragraph that only goes on about the letter, "Subscribe here.", stays a note.)
 */
function storyAfterGreeting(paragraph: string, headline: string): string | undefined {
  if (!isLeadBoilerplate(paragraph)) return undefined;
  const parts = splitSentences(paragraph);
  if (parts.length < 2 || !isNewsletterIntro(parts[0]!)) return undefined;
  const words = keyWords(headline);
  const k = parts.findIndex((part, at) => at > 0 && sharesTwo(part, words) && !isLeadBoilerplate(part));
  return k > 0 ? parts.slice(k).join(' ') : undefined;
}

/**
 * A paragraph's sentences. A paragraph of one unpunctuated line in sentence case (a list item, a
 * tagline) is a sentence; so is a line of Chinese or Japanese, whose posts often leave a line's
 * full stop out.
 */
function paragraphSentences(paragraph: string): string[] {
  const parts = splitSentences(paragraph);
  if (parts.length === 1 && (isUnpunctuatedSentence(parts[0]!) || isCjkLine(parts[0]!))) parts[0] = asSentence(parts[0]!);
  return parts;
}

// A complete clause, then a comma and words that lead into examples below it.
const EXAMPLE_LEAD_IN = /(?<=[\p{L}\p{N})])\s*,\s+(?:such as|like this|like so|for example|for instance|as follows|including)\s*:$/iu;

/** "… create output, such as:" → "… create output." */
function withoutExampleLeadIn(sentence: string): string {
  if (!sentence.endsWith(':')) return sentence;
  const match = EXAMPLE_LEAD_IN.exec(sentence);
  return match && sentence.slice(0, match.index).split(/\s+/).length >= 6 ? `${sentence.slice(0, match.index)}.` : sentence;
}

// Code, not prose: braces, an assignment, markup, a call, or a line opening as code or a prompt does.
const CODE = /[{}<>\\]|\s=\s|\w\(\)|^\s*(?:import|from|def|class|function|const|let|var|#include|#define|\/\*|\$|>>>)\s/;

/**
 * "Open your conftest.py and type the following lines:" above code: a whole sentence of the
 * writer's that leads into the code it shows is the story's first sentence, ended with a full stop.
 * (Above prose it may be a lead-in to the story itself: that is left to the rules below.)
 */
function asLeadIn(sentence: string, next: string | undefined): string | undefined {
  if (!sentence.endsWith(':') || isLeadBoilerplate(sentence) || isTitleCase(sentence)) return undefined;
  // What follows is code, not prose that may be the story itself; or the sentence points at what
  // follows ("this slide came up:", "this piece that I’ll save here:"): a picture or a quotation is
  // shown below it, no sentence of the story that goes on (tried with any lead-in of some words: measure lead 0.939 → 0.935).
  if (!next || !(CODE.test(next) || POINTS_AHEAD.test(sentence))) return undefined;
  return sentence.split(/\s+/).length >= 7 ? `${sentence.slice(0, -1).trimEnd()}.` : undefined;
}

// Words that point at what comes next.
const POINTS_AHEAD = /\b(?:this|these|here|following|below)\b/i;

// A link blog's lead-in to an excerpt: a person's name, "on" and the subject ("Kara Swisher on Travis
// Kalanick:"). The excerpt is the post.
const NAME_ON_TOPIC = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s+on\s+[^:.!?]{2,80}:$/u;
// A lead-in that gives someone's words: without it the next paragraph's words are nobody's.
const SAYS = /\b(?:say|says|said|saying|write|writes|wrote|quoted|quotes|put it|puts it|tweeted|posted|told|tells|stands? for|defines?|defined|reads?|explains?|explained|argues?|argued|warns?|warned|advises?|advised|advice|recommends?|recommended|observes?|observed|noted|concludes?|concluded|replied|replies|responds?|responded)\b/i;

// How many paragraphs may open a post before its story (notes, intros, captions).
const MAX_PARAGRAPHS = 12;
// How many more a box's label and points may add to them.
const MAX_BOX_LINES = 12;
// One sentence is kept whole up to this length: cutting it would leave half a thought.
const MAX_SENTENCE = 450;

/** Ends with . ! ? (closing quotes and brackets after), quote marks balanced; "…" is a cut. */
export function endsSentence(text: string): boolean {
  const trimmed = text.trim();
  // Read back from the end over the closing marks: a pattern anchored at the end only is tried
  // from every position of the text, and this is asked of every candidate sentence.
  let last = trimmed.length - 1;
  while (last >= 0 && CLOSING_MARKS.includes(trimmed[last]!)) last--;
  // "..." ("[...]" too) is a cut; "…" is no stop at all.
  if (last < 0 || !SENTENCE_STOPS.includes(trimmed[last]!) || trimmed.endsWith('...', last + 1)) return false;
  // A quotation opened and never closed was cut ("… said that “we will"); stray closing marks are a scraper's.
  return !opensCurlyQuote(trimmed);
}

// Chinese and Japanese close a quotation with 」 or 』 and a bracket with a full-width ）; Markdown's bold marks may close a sentence ("… on H100 GPUs.**").
const CLOSING_MARKS = `"'”’)]」』）*`;
const SENTENCE_STOPS = '.!?。！？';

/** Some words of prose that trail off ("…", "..."), not a cut marked as such ("[…]"). */
function isTeaser(text: string): boolean {
  // The ending looked at first: a pattern anchored only at the end is tried at every position.
  return (text.endsWith('...') || text.endsWith('…')) && /[\p{L}\p{N}](?:\.\.\.|…)$/u.test(text) && text.split(/\s+/).length >= 6 && !isTitleCase(text) && !isLeadBoilerplate(text);
}

/** A tagline or heading given alone: a sentence once it ends with a full stop. */
function asSentence(text: string): string {
  const words = text.split(/\s+/).length;
  const cut = text.length > MAX ? cutAtClause(text, MAX) : text;
  // Chinese and Japanese write no spaces between words: a line of some characters ends with their
  // full stop, also when spaces set apart its items as columns ("猴卡11元/册 5箱").
  if ((words === 1 || isMostlyCjk(cut)) && CJK.test(cut) && cut.length >= 6 && /[\p{L}\p{N}]$/u.test(cut)) return `${cut}。`;
  // A line may end in a bracketed tag as in a parenthesis ("five poems making escher poetry [Z]").
  return words >= 3 && /(?:[\p{L}\p{N})]|[\p{L}\p{N}]\])$/u.test(cut) ? `${cut}.` : cut;
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;

/**
 * A line mostly of Chinese or Japanese characters with a clause in it (a "，" or "、": not a heading or
 * a credit like "写真：共同通信"), ending in a word: written whole, stop or not.
 */
function isCjkLine(text: string): boolean {
  if (text.length < 8 || text.length > MAX || !/[\p{L}\p{N}]$/u.test(text) || !/[，、]/.test(text) || LIST_NUMBER.test(text)) return false;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) if (isCjkCode(text.charCodeAt(i))) cjk++;
  return cjk >= text.length / 2;
}

// A numbered point of a list ("1.港口工人复工", "2、…", "（3）…"): a box of headlines, not the story's line.
const MAX_CJK_POINT = 60;
const LIST_NUMBER = /^(?:\d{1,2}[.、．]|[（(]\d{1,2}[）)]|[一二三四五六七八九十][、．])/u;

// Words that need more after them: a sentence never ends on an article, a preposition, a conjunction or an auxiliary.
const OPEN_END = /\s(?:the|a|an|of|to|in|on|at|by|for|from|with|about|into|over|under|and|or|but|nor|that|which|who|whose|than|as|is|are|was|were|be|been|will|would|can|could|should|may|might|must|has|have|had|its|their|his|her|our|your|my|this|these|those|next|very|more|most)$/i;
// Nor on a common noun's "'s", which needs the thing owned ("… oversee ChatGPT, Sora and the company's"); a
// name's may stand for it ("the best I found was Rhonda Patrick's").
const OWNER_END = /\s\p{Ll}+['’]s$/u;

// A comma or semicolon a line ends on, with the spaces around it.
const TRAILING_COMMA = /\s*[,;]\s*$/;

/** A line the feed cut: it ends on a word that needs more, on a comma ("… the latest Canseco mishap,"), or inside a quotation. */
function isCut(text: string): boolean {
  return OPEN_END.test(text) || OWNER_END.test(text) || TRAILING_COMMA.test(text) || opensCurlyQuote(text);
}

// The marks that open a quotation in one language and close it in another: German opens with „ and
// closes with “, and sites mistype “…“; English opens with “. And a double prime, which WordPress
// writes for a closing quote after a digit (“level 3″ crime), taking it for inches.
const LOW_OR_LEFT_QUOTE = /[“„″]/g;

/**
 * A curly quotation left open after the last closing ”: a „ opens one, a “ opens one or closes the one
 * open („…“, a mistyped “…“), a ″ closes one if one is open (else it is inches: 5″).
 */
function opensCurlyQuote(text: string): boolean {
  let open = false;
  LOW_OR_LEFT_QUOTE.lastIndex = text.lastIndexOf('”') + 1;
  for (let mark = LOW_OR_LEFT_QUOTE.exec(text); mark; mark = LOW_OR_LEFT_QUOTE.exec(text)) open = mark[0] === '″' ? false : mark[0] === '„' || !open;
  return open;
}

/** A quotation is opened and not closed: a curly one after the last closing mark, an odd straight one, or guillemets unpaired ("« Ce n'est pas …, explique X."). */
function leavesQuoteOpen(text: string): boolean {
  return opensCurlyQuote(text) || opensStraightQuote(text) || text.split('«').length !== text.split('»').length || opensSingleQuote(text);
}

/** Straight double marks of an odd count: one left open. */
function opensStraightQuote(text: string): boolean {
  return (text.split('"').length - 1) % 2 === 1;
}

// A single quotation mark opening before a word ("'Applications are …", "‘We …"), and one closing after a word or a
// stop, before no letter ("… is.'", "…,’ she said"): an apostrophe inside a word ("don’t") is neither, and a plural's
// possessive ("students’ work") counts as a close, which only makes a quotation read as closed.
// (Nor a word's elided start: "Dirt 'n Destiny", "check ‘em out", "'til", "'90s".)
const SINGLE_OPENING = /(?:^|[\s([—–])['‘](?=[\p{L}\d])(?!(?:n|em|til|cause|tis|twas|bout|round|\d0s)(?![\p{L}\d]))/gu;
const SINGLE_CLOSING = /(?<=[\p{L}\d.,!?…])['’](?![\p{L}\d])/gu;

/** A quotation in single marks, British style, opened and not closed ("… next year. 'Applications are where the value is."). */
function opensSingleQuote(text: string): boolean {
  if (!text.includes("'") && !text.includes('‘')) return false;
  return (text.match(SINGLE_OPENING)?.length ?? 0) > (text.match(SINGLE_CLOSING)?.length ?? 0);
}

/** Words that end without a stop and were not cut: not a heading (a title-case line), not "…". */
function isUnpunctuatedSentence(text: string): boolean {
  // It ends in a word: not in punctuation, nor in code's braces ("void test() {").
  if (!/[\p{L}\p{N}"'”’)\]]$/u.test(text) || /[.!?…:;,]["'”’)\]]*$/.test(text) || text.length > 4 * MAX) return false;
  // Cut, not finished: a quotation left open, or a last word no sentence ends on ("… over the next").
  if (opensCurlyQuote(text) || OPEN_END.test(text) || OWNER_END.test(text)) return false;
  return text.split(/\s+/).length >= 6 && !isTitleCase(text);
}

/** Cut at the last comma, semicolon or dash before `max` that is outside quote marks, else at a word. */
function cutAtClause(text: string, max: number): string {
  let best = -1;
  let open = 0;
  for (let i = 0; i < Math.min(text.length, max - 1); i++) {
    const char = text[i]!;
    // „ opens; “ opens, or closes the one open („…“, a mistyped “…“), as in opensCurlyQuote.
    if (char === '„' || (char === '“' && open === 0)) open++;
    else if (char === '”' || char === '“') open = Math.max(0, open - 1);
    else if (char === '"') open = open ? 0 : 1;
    else if (open === 0 && (char === ',' || char === ';' || char === '—' || char === '–') && i > max * 0.5) best = i;
  }
  if (best > 0) return `${text.slice(0, best).trimEnd()}…`;
  // No clause to end at: cut before a quote left open, else at a word.
  const cut = clipText(text, max);
  // A quotation left open: curly, or straight marks of an odd count.
  const curly = opensCurlyQuote(cut);
  if (!curly && !opensStraightQuote(cut)) return cut;
  const lastOpen = curly ? Math.max(cut.lastIndexOf('“'), cut.lastIndexOf('„')) : cut.lastIndexOf('"');
  // Before the quotation when enough is said by then, else the quotation closed where it was cut.
  return lastOpen > 40 ? `${cut.slice(0, lastOpen).replace(/[\s,;:–—-]+$/, '')}…` : `${cut}${curly ? '”' : '"'}`;
}

function isHeadline(key: string, headlineKey: string): boolean {
  return key.startsWith(headlineKey) && key.length - headlineKey.length < 40;
}

// A comma or a lowercase word next; in Japanese, a particle in hiragana ("…の検証を行いました"); in
// Chinese, more characters with no space or mark between ("…死亡一事一律采用…").
const GOES_ON = /^(?:\s*(?:[,;、，]|\p{Ll}|\p{sc=Hiragana})|[\p{sc=Han}\p{sc=Katakana}])/u;

/**
 * A sentence that opens with the headline's words and goes on with its own ("Ann Lee is the new
 * coach, from Monday.", "dance should be on the curriculum" under "dance"): a comma or a lower-case
 * word after the headline. The headline with its outlet goes on after a separator or a capital
 * ("Headline - Outlet", "Headline  Outlet").
 */
function goesOnFrom(paragraph: string, headline: string): boolean {
  const rest = paragraph.slice(afterLettersOf(paragraph, headline));
  return GOES_ON.test(rest) && !ALTERNATIVE_TITLE.test(rest);
}

// "Headline, or, why it works": the title's alternative (", or, " set off by commas, or "; or, "), the
// headline given again with a subtitle, not a sentence that goes on from it.
const ALTERNATIVE_TITLE = /^\s*[,;]\s*or,\s/;

// A CMS's mark that the excerpt goes on at the site ("[…]", "[...]", "(…)", "…"), after a sentence that ended.
const CUT_MARK = /(?<=[.!?]["'”’)\]]*)\s+(?:\[(?:…|\.{3})\]|\((?:…|\.{3})\)|…)$/;
const LEFT_OUT = /\s*\[\+\d+ chars?\]$/;

/** "… the project said. […]" → "… the project said.": the excerpt ended at a sentence; the mark is no part of it. */
function withoutCutMark(text: string): string {
  if (!text.endsWith(']') && !text.endsWith(')') && !text.endsWith('…')) return text;
  // A news API's count of what it cut ("… but … [+2341 chars]"): the sentence it cut stays open, and is dropped.
  const count = LEFT_OUT.exec(text);
  if (count) return text.slice(0, count.index);
  const mark = CUT_MARK.exec(text);
  return mark ? text.slice(0, mark.index) : text;
}

// The link to the rest of the post that an excerpt ends with, after its cut or its last sentence:
// "… their … Click to Continue »", "… said. […] Read more…", "(more…)" (WordPress's own), "Continue
// reading »", "[Read More]", and WordPress themes' "Continue reading <the post's title> →". A phrase alone, or with
// the post's title only when an arrow closes it: "… and then. Continue reading the report" is prose. The same
// words in German, French, Spanish, Portuguese and Dutch ("… übernehmen. mehr", "… Lire la suite").
const MORE_LINK = new RegExp(
  String.raw`(?<=(?:…|\.{3}|[\])]|[.!?]["'”’]*))\s+(?:\(more(?:…|\.{3})\)|more\s*(?:…|\.{3}|[»›→]+)` +
    String.raw`|(?:click (?:here )?to (?:continue|read more)|continue reading|read more|keep reading|read (?:the )?(?:rest|full (?:story|article|post))(?: of (?:this|the) (?:story|article|post))?|mehr|weiterlesen|lire la suite|leer más|leia mais|lees verder)\s*(?:[»›→]+|…|\.{3})?` +
    String.raw`|continue reading\s+\S.{0,150}?\s*[»›→]+` +
    // In square brackets ("[Read More]", "[Continue Reading]", "[Read the full article]", German "[mehr]").
    String.raw`|\[(?:read more|continue reading|keep reading|read the (?:full|whole|rest of the) (?:story|article|post)|more|mehr|weiterlesen|lire la suite|leer más|leia mais|continua a leggere)\s*(?:[»›→]+|…|\.{3})?\])$`,
  'iu',
);
const MAY_END_IN_MORE_LINK = /(?:[»›→…)\]]|\.\.\.|more|continue|reading|rest|story|article|post|mehr|weiterlesen|suite|más|mais|verder)$/i;
// The same link after a sentence the excerpt left without its stop, as a feed that flattens its markup runs them
// together ("… statutory powers to test frontier models before release Continue reading...", "… from state media
// Read more", "… already testing it [Read full story]"): written with its capital, a lower-case word or a digit
// before it, so no sentence of the story can read so ("… so you can continue reading offline" has no capital).
const UNSTOPPED_MORE_LINK = /(?<=[\p{Ll}\d%])\s+(?:(?:Continue reading|Read more|Keep reading|Read the (?:full|rest of the) (?:story|article|post))(?:\s*(?:[»›→]+|…|\.{3}))?|\[(?:Read more|Continue reading|Keep reading|Read (?:the )?full (?:story|article|post))\s*(?:[»›→]+|…|\.{3})?\])$/u;

const ADDRESS_END = /https?:\/\/\S+$/;

function withoutMoreLink(text: string): string {
  if (!MAY_END_IN_MORE_LINK.test(text)) return text;
  const link = MORE_LINK.exec(text) ?? UNSTOPPED_MORE_LINK.exec(text);
  // (Not after an address, "… read more here: http://on.mash.to/1UsoRtq Read more...": a plug's, not a sentence's end.)
  return link && !ADDRESS_END.test(text.slice(0, link.index)) ? text.slice(0, link.index) : text;
}

// After the last sentence's stop, what is no sentence of the story: the post's tags ("… in Lisbon. #AI
// #Lisbon."), a bare link, maybe behind an arrow ("… said. 👉 https://acme.example/robot"), and the writer's
// signature after a dash ("… said. — Jane Roe"; not after a quotation, where the dash names whose words they are).
const TRAILING_EXTRAS = /(?<=[.!?]["'”’)\]]*)(?:(?:\s+#[\p{L}\p{N}_]+[,.!]*)+|\s+(?:\S{1,3}\s*)?https?:\/\/\S+)$|(?<=[.!?])\s+[—–]\s*\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}$/u;

// Only the text's end is read: what trails is short, and the pattern tried at every stop of a long paragraph cost time.
const TRAILING_READ = 300;

// A rule of dashes after the last sentence, and what a show's notes set below it ("… its own AI chips. --- Enjoy the show?").
const DASH_RULE = /(?<=[.!?]["'”’)\]]*)\s+-{3,}(?:\s.*)?$/s;

function withoutTrailingExtras(text: string): string {
  if (text.includes('---')) text = text.replace(DASH_RULE, '');
  if (!text.includes('#') && !text.includes('://') && !text.includes('—') && !text.includes('–')) return text;
  const end = text.length > TRAILING_READ ? text.slice(-TRAILING_READ) : text;
  const extras = TRAILING_EXTRAS.exec(end);
  return extras ? text.slice(0, text.length - end.length + extras.index) : text;
}

// Space before a capital or a digit.
const BEFORE_CAPITAL = /^\s+(?=\p{Lu}|\d)/u;
// A headline glued to the text by a feed that joined its title and its text without a space ("… a trap for
// failureThink proprietary software is …"): a small letter ends the headline, a capital and a small letter
// open a word. (A digit does not: "Top 10" glued to "0" is "Top 100".)
const GLUED_CAPITAL = /^(?=\p{Lu}\p{Ll})/u;

/**
 * The text after the headline and a dash that open a paragraph ("Headline — Text …"), the headline
 * perhaps credited first as aggregators set it ("Jane Roe / The Verge: Headline — Text …"); else the paragraph.
 */
function afterHeadline(paragraph: string, headline: string): string {
  const excerpt = excerptAfter(paragraph, headline);
  if (excerpt !== paragraph) return excerpt;
  const credit = OPENING_CREDIT.exec(paragraph);
  if (!credit) return afterRunInByline(paragraph, headline);
  const credited = paragraph.slice(credit[0].length);
  const after = excerptAfter(credited, headline);
  return after !== credited ? after : paragraph;
}

// A wire's byline: names, "with" a second writer, "in" the place ("By Ana Ruiz with Li Wei in Seoul").
const RUN_IN_BYLINE = /^By\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|with|and|in|&),?)+\s+$/u;

/**
 * The story after a byline run into it with no stop ("By Ana Ruiz with Li Wei in Seoul South Korean
 * President Lee said …"): where the byline's last name ends is told by the headline, whose first words
 * open the story ("South Korean President Lee says …").
 */
function afterRunInByline(paragraph: string, headline: string): string {
  if (!paragraph.startsWith('By ')) return paragraph;
  const opening = headline.split(/\s+/).slice(0, 3).join(' ');
  if (opening.split(' ').length < 3) return paragraph;
  const at = paragraph.indexOf(` ${opening}`);
  if (at < 0 || at > 100 || !RUN_IN_BYLINE.test(paragraph.slice(0, at + 1))) return paragraph;
  return paragraph.slice(at + 1);
}

function excerptAfter(paragraph: string, headline: string): string {
  if (paragraph.length <= headline.length || !sameStart(paragraph, headline)) return paragraph;
  const at = afterLettersOf(paragraph, headline);
  // Set off by a dash, or run straight into the excerpt when the feed joined two blocks into one
  // description ("Node 26 drops old Macs Node 26, released on Wednesday, …"): a capital opens the excerpt
  // (a headline of some words: "Acme" may be the first word of "Acme Corp said …"; and a written one: a
  // headline made of the text's first words, "Our paper is out! We show that a…", runs into the text it came from).
  const dash = /^\s+[—–-]\s+(?=\S)/.exec(paragraph.slice(at)) ?? (isWrittenHeadline(headline) ? BEFORE_CAPITAL.exec(paragraph.slice(at)) ?? (/\p{Ll}$/u.test(headline) ? GLUED_CAPITAL.exec(paragraph.slice(at)) : null) : null);
  if (!dash || comparable(paragraph.slice(0, at)) !== comparable(headline)) return paragraph;
  // "Headline - Outlet" is the headline echoed with its outlet, not an excerpt: a sentence has some words.
  const rest = paragraph.slice(at + dash[0].length);
  return rest.split(/\s+/).length >= 6 ? rest : paragraph;
}

function isWrittenHeadline(headline: string): boolean {
  return headline.split(/\s+/).length >= 4 && !isCutHeadline(headline);
}

/** A headline cut with "…": the first words of a text without a title (a post), which goes on past them. */
function isCutHeadline(headline: string): boolean {
  return headline.endsWith('…') || headline.endsWith('...');
}

/** Where `text` has gone past as many letters and digits as `headline` has. */
function afterLettersOf(text: string, headline: string): number {
  let left = 0;
  for (let i = 0; i < headline.length; i++) if (isLetterOrDigitCode(headline.charCodeAt(i))) left++;
  let at = 0;
  while (at < text.length && left > 0) if (isLetterOrDigitCode(text.charCodeAt(at++))) left--;
  return at;
}

/** Cheap first test before normalising: the same first letters, quotes and case aside. */
function sameStart(text: string, headline: string): boolean {
  return startOf(text) === startOf(headline);
}

function startOf(value: string): string {
  return value.replace(/^[^\p{L}\p{N}]+/u, '').slice(0, 4).toLowerCase();
}

/**
 * The paragraph after a note in brackets that opens it ("[Updated on 2023-01-27: I rewrote this post.
 * The new version is here.] The story …"), when the note reads as one (isLeadBoilerplate) and the
 * story goes on after it; else the paragraph. A note of several sentences would leave its later ones,
 * and its closing bracket, as the lead.
 */
function afterBracketedNote(paragraph: string): string {
  const close = paragraph.startsWith('[') ? ']' : paragraph.startsWith('(') ? ')' : undefined;
  if (!close) return paragraph;
  const end = paragraph.indexOf(close);
  const rest = end > 0 ? paragraph.slice(end + 1).trim() : '';
  return rest && isLeadBoilerplate(paragraph.slice(0, end + 1)) ? rest : paragraph;
}

/**
 * Whether the summary runs to the end of a body the feed cut mid-sentence ("… run to two hund"):
 * the body's last paragraph stops on a letter or digit, and the summary ends with its last words
 * (given a full stop it never had).
 */
export function reachesCutEnd(summary: string, paragraphs: string[]): boolean {
  const last = paragraphs[paragraphs.length - 1]?.trim() ?? '';
  if (!/[\p{L}\p{N}]$/u.test(last) || last.split(/\s+/).length < 6) return false;
  const tail = last.slice(-24);
  return summary.endsWith(tail) || summary.endsWith(`${tail}.`);
}
