// An interview set as a transcript: "Q: …" / "A: …", "Jane Roe: …", "JANE ROE: …" paragraphs. An
// answer is the interviewee's speech without quote marks: all of it after the label is the quotation.
import { isGivenName } from './given-names.ts';
import type { QuotedSpan } from './quoted-spans.ts';
import { isPersonLike, nameRuns, namesAThing } from './speaker-names.ts';

export interface TranscriptAnswer {
  span: QuotedSpan;
  /** The person the label names; null for "A:" (the interviewee, whom the label does not name). */
  speaker: string | null;
}

// A label of a few words opening a paragraph, then a capital: "Q: ", "Jane Roe: ", "Jane Roe, Acme: ".
const LABEL = /^(\p{Lu}[^:.!?"“”‘’'\n]{0,59}):\s+(?=["“‘]?\p{Lu})/u;

// Words before the name of who asks, not who answers: "our reporter Jane Roe", "interviewed by Jane Roe".
const ASKER_BEFORE = /(?:\bour|\bby|\breporter|\beditor|\bcorrespondent|\bhost|\bwriter|\binterviewer)\s+(?:[\p{Ll}-]+\s+)?$/iu;

// A question's or an answer's letter with a full stop, as newspapers set their Q&As: "Q. Why …?", "A. Because …".
const QA_STOP = /^([QA])\.\s+(?=["“‘]?\p{Lu})/u;

// A broadcast transcript's own staff: "MARK ELLIS, HOST:", "JENNA SØRLIE, BYLINE:", "WOLF BLITZER, CNN ANCHOR:".
// Their lines introduce and narrate; the people they talk to are the ones quoted.
// The label may stand alone in its paragraph, before the line it introduces.
const STAFF_LABEL = /^(\p{Lu}[^:,.!?\n]{1,40}),[^:,\n]{0,30}?\b(?:host|co-host|byline|anchor|co-anchor|correspondent|reporter|moderator|interviewer):/iu;

// The text says it is an interview: "This interview has been edited", "we spoke to her", "in conversation with".
const INTERVIEW = /\binterview(?:ed)?\b|\bspoke (?:to|with)\b|\bconversation with\b/i;

/**
 * The answers of a transcript, by paragraph. A text is a transcript when a label opens two paragraphs
 * or more and the labels take turns (a question's, "Q", "HOST", the outlet's, then an answer's), or when
 * two people or more are labelled in turn (a round table): see takesTurns. Questions (ending in "?") are
 * not answers.
 */
export function transcriptAnswers(paragraphs: string[], headline = '', listed?: ReadonlySet<string>): (TranscriptAnswer | undefined)[] {
  // A label's colon comes within its first 60 characters (120 code units): most paragraphs have none there.
  // A list item's label is a term or a step it describes ("Deep Research: Conducts …", "Get Items: …"),
  // set as a list; a transcript's turns are paragraphs.
  const labels = paragraphs.map((paragraph) => (listed?.has(paragraph) ? null : ((paragraph.lastIndexOf(':', 120) > 0 ? LABEL.exec(paragraph) : null) ?? QA_STOP.exec(paragraph))));
  if (labels.filter((label) => label !== null).length < 2) return [];
  const common = lowerWords(paragraphs);
  // "Simple Queries: …", "Ambiguous Queries: …": kinds of one thing the text names in lower case
  // ("general knowledge queries"), not people taking turns. Two labels ending in that word say so.
  const kinds = kindWords(labels.map((label) => label?.[1]), common);
  const turns = kinds.size === 0 ? labels : labels.map((label) => (label && kinds.has(lastWord(label[1]!)) ? null : label));
  const counted = turns.filter((label) => label !== null);
  if (counted.length < 2) return [];
  const staff = staffNames(paragraphs);
  const introduction = paragraphs.slice(0, Math.max(0, labels.findIndex((label) => label !== null)));
  // People the headline and the introduction name in full, for answers labelled by one of their names:
  // read only when a one-word label is asked about (byOneName). Most labels are not one word, and
  // reading every name of a long introduction was most of this step's time.
  const introduced: Introduced = { texts: [headline, ...introduction], people: undefined };
  if (!takesTurns(counted.map((label) => label[1]!), common, staff, introduced)) return [];
  // "A:" answers an interview's questions, or a FAQ's: the FAQ's are the author's own words.
  const interview = paragraphs.some((paragraph) => INTERVIEW.test(paragraph));
  const answering = interview ? interviewee(introduction, headline) : null;
  // Each turn's words after its label.
  const said = turns.map((label, index) => (label ? paragraphs[index]!.slice(label[0].length).trim() : ''));
  const askers = interviewers(turns, said);
  return turns.map((label, index) => {
    if (!label || staff.has(label[1]!.split(',')[0]!.trim().toLowerCase())) return undefined;
    const paragraph = paragraphs[index]!;
    const text = said[index]!;
    if (isQuestion(text) || /^Q$/i.test(label[1]!) || askers.has(lastWord(label[1]!))) return undefined;
    if (!readsAsSpeech(text)) return undefined;
    const speaker = /^A$/i.test(label[1]!) ? (interview ? answering : undefined) : (personOf(label[1]!, common) ?? byOneName(label[1]!, introduced));
    if (speaker === undefined) return undefined;
    return { span: { open: label[0].length, close: paragraph.length, text, closed: true, single: false }, speaker };
  });
}

function isQuestion(text: string): boolean {
  return /\?["”’]?$/.test(text);
}

/**
 * The interviewers, by the last word of their labels ("Sara Genell:", then "Genell:"): those most of
 * whose turns, two or more, are questions. Their other turns (a welcome, a thanks, a set-up) are the
 * interview's framing, the outlet's words, no answer.
 */
function interviewers(turns: (RegExpExecArray | null)[], said: string[]): Set<string> {
  const asked = new Map<string, { turns: number; questions: number }>();
  turns.forEach((label, index) => {
    if (!label) return;
    const word = lastWord(label[1]!);
    const count = asked.get(word) ?? { turns: 0, questions: 0 };
    count.turns++;
    if (isQuestion(said[index]!)) count.questions++;
    asked.set(word, count);
  });
  return new Set([...asked].filter(([, { turns, questions }]) => questions >= 2 && questions * 2 > turns).map(([word]) => word));
}

/** The last words, lower case, that end two different labels and that the text also writes in lower case. */
function kindWords(labels: (string | undefined)[], common: LowerWords): Set<string> {
  const seen = new Map<string, string>();
  const kinds = new Set<string>();
  for (const label of labels) {
    if (label === undefined) continue;
    const word = lastWord(label);
    const before = seen.get(word);
    if (before !== undefined && before !== label && common.has(word)) kinds.add(word);
    seen.set(word, label);
  }
  return kinds;
}

function lastWord(label: string): string {
  return label.trim().split(/\s+/).pop()!.toLowerCase();
}

/**
 * The labels are speakers taking turns: one who answers ("Q", "A", a person, a one-name label for a person
 * the introduction names) speaks twice or more, or two people or more speak and people make at least half
 * of the labels (the broadcast staff's set aside). A review's or glossary's run-in heads ("Advantages: …", "Battery
 * Swapping: …") repeat too, and a term among them may look like a name ("Bluetooth Smart: …"): heads that
 * name no one do not make a transcript.
 */
function takesTurns(labels: string[], common: LowerWords, staff: Set<string>, introduced: Introduced): boolean {
  const people = new Set<string>();
  const seen = new Set<string>();
  // The labels other than the staff's, and how many of them name a person.
  let others = 0;
  let othersPeople = 0;
  for (const label of labels) {
    const person = personOf(label, common);
    if (person !== undefined) people.add(person);
    const answers = /^[QA]$/i.test(label) || person !== undefined || byOneName(label, introduced) !== undefined;
    if (answers && seen.has(label)) return true;
    seen.add(label);
    if (staff.has(label.split(',')[0]!.trim().toLowerCase())) continue;
    others++;
    if (person !== undefined) othersPeople++;
  }
  return people.size >= 2 && othersPeople * 2 >= others;
}

/**
 * The names a broadcast transcript labels as its own staff, in full and by surname: after "MARK ELLIS,
 * HOST:" the host is labelled "ELLIS:".
 */
function staffNames(paragraphs: string[]): Set<string> {
  const staff = new Set<string>();
  for (const paragraph of paragraphs) {
    const name = paragraph.lastIndexOf(':', 80) > 0 ? STAFF_LABEL.exec(paragraph)?.[1] : undefined;
    if (!name) continue;
    const words = name.trim().toLowerCase().split(/\s+/);
    staff.add(words.join(' '));
    if (words.length > 1) staff.add(words.at(-1)!);
  }
  return staff;
}

/**
 * Whom "A:" stands for: the one person the headline names ("Interview: Priya Raman on …") when the
 * introduction before the first label names them too; else no one (null).
 */
function interviewee(introduction: string[], headline: string): string | null {
  // (Not an owner: "Kestrel Silicon's CEO" names a company.)
  const people = new Set(nameRuns(headline).filter((run) => !run.possessive && isPersonLike(run.words)).map((run) => run.words.join(' ')));
  // A headline naming no one ("Interview: Kestrel's chief on …"): the one person the introduction names,
  // by a given name and a surname ("Rafael Dunmore is chief executive of Kestrel Silicon.").
  if (people.size === 0) {
    const introduced = new Set(
      introduction.flatMap((paragraph) =>
        nameRuns(paragraph)
          .filter((run) => run.words.length >= 2 && isPersonLike(run.words) && isGivenName(run.words[0]!) && !ASKER_BEFORE.test(paragraph.slice(Math.max(0, run.at - 40), run.at)))
          .map((run) => run.words.join(' ')),
      ),
    );
    return introduced.size === 1 ? [...introduced][0]! : null;
  }
  if (people.size !== 1) return null;
  const [person] = people;
  return introduction.some((paragraph) => paragraph.includes(person!)) ? person! : null;
}

const WORD_START = /(^|[\s-])(\p{L})/gu;

// A word of two letters or more written in lower case: speech in a cased script has them ("we", "the").
const SPOKEN_WORD = /(?<![\p{L}\p{N}])\p{Ll}{2,}/gu;

/**
 * Whether a labelled line is said: in a script with capitals, speech has words in lower case. A list
 * of results set in the same "Name: …" shape ("Mohammed Suhail: Physics 100; Chemistry 96; Biology 94")
 * has none, only subjects and marks. Scripts without case (Chinese, Arabic) are not judged.
 */
function readsAsSpeech(text: string): boolean {
  if (!/\p{Lu}/u.test(text)) return true;
  return (text.match(SPOKEN_WORD)?.length ?? 0) >= 2;
}

/** "Jane Roe", "JANE ROE", "Jane Roe, Acme" → Jane Roe; a label that names no person → undefined. */
function personOf(label: string, common: LowerWords): string | undefined {
  const name = label.split(',')[0]!.trim();
  // A transcript writes speakers in capitals ("DARIO AMODEI:"); the name is shown as a name is written.
  const written = name === name.toUpperCase() ? name.toLowerCase().replace(WORD_START, (_all, before: string, letter: string) => before + letter.toUpperCase()) : name;
  const words = written.split(/\s+/);
  // Shaped as a name first: most labels are not ("Q", "Update", "Why it matters"), and that asks
  // nothing of the text.
  if (!isPersonLike(words)) return undefined;
  // "On Tuesday: …", "Also Today: …", "From Acme: …": a label opened by a word no name opens with (nameRuns
  // drops it from the name) is a newsletter's heading, not a speaker.
  if (nameRuns(written)[0]?.words.length !== words.length) return undefined;
  // "Data Attribution: …", "Decoding Stage: …": a term and its definition, not a speaker. A name's words
  // are not all written in lower case elsewhere in the text; a term's are ("the decoding stage"). (A
  // surname may be a word, "Sarah Young" and "young people", but a given name rarely is.)
  return words.every((word) => common.has(word.toLowerCase())) || namesAThing(words, (word) => common.has(word)) ? undefined : written;
}

// One word of letters.
const ONE_WORD = /^\p{L}+$/u;

/** The texts before a transcript's first label, and the people they name (person-like name runs), read on first need. */
interface Introduced {
  texts: string[];
  people: string[][] | undefined;
}

/**
 * The one person introduced in full whom a one-word label names by a given name or surname: an
 * interview that presents "Hanna Berg" labels her answers "Hanna:" (or "BERG:").
 */
function byOneName(label: string, introduced: Introduced): string | undefined {
  const word = label.trim().toLowerCase();
  if (!ONE_WORD.test(word)) return undefined;
  introduced.people ??= introduced.texts.flatMap((text) => nameRuns(text).filter((run) => isPersonLike(run.words)).map((run) => run.words));
  const matches = new Set(introduced.people.filter((words) => words.some((part) => part.toLowerCase() === word)).map((words) => words.join(' ')));
  return matches.size === 1 ? [...matches][0] : undefined;
}

// Words the text writes in lower case, at least once.
const LOWER_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}'’-]*/gu;

/** Asks whether the text writes a word in lower case (as one of LOWER_WORD's matches). */
interface LowerWords {
  has(word: string): boolean;
}

/**
 * The text's lower-case words, looked up one asked word at a time: only the labels' words are ever
 * asked, and listing every word of every paragraph cost more than the rest of the transcript test.
 * A paragraph that does not contain the word's letters cannot write it, so only the others are read
 * (with the same pattern, so a word is found exactly where the whole list would have held it).
 */
function lowerWords(paragraphs: string[]): LowerWords {
  const answers = new Map<string, boolean>();
  return {
    has(word) {
      let found = answers.get(word);
      if (found === undefined) answers.set(word, (found = paragraphs.some((paragraph) => writesWord(paragraph, word))));
      return found;
    },
  };
}

function writesWord(paragraph: string, word: string): boolean {
  if (!paragraph.includes(word)) return false;
  for (const [written] of paragraph.matchAll(LOWER_WORD)) if (written === word) return true;
  return false;
}
