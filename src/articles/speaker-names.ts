// The names an article mentions, for naming a quote's speaker: runs of capitalised words split at
// titles and roles ("Meta CEO Mark Zuckerberg" → "Meta", "Mark Zuckerberg"), classified as
// person-like or organisation-like, with their positions so "he" or "the company" can be resolved.
import { calendarWords, DAY_NAMES, MONTH_ABBREVIATIONS, MONTH_NAMES } from './calendar-words.ts';
import { forEachMatch, isLetterCode, isLetterOrDigitCode, isSurrogateCode, isUpperCode } from './char-classes.ts';
import { escapeRegExp } from '../escape-reg-exp.ts';
import { GIVEN_NAMES, isGivenName } from './given-names.ts';
import { NAME_TITLE_ABBREVIATIONS } from './split-sentences.ts';
import { isTitleCase } from './title-case.ts';

export interface NameRun {
  /** The words, titles and honorifics removed. */
  words: string[];
  /** All the capitalised words of the run, before a long one is cut to the name at its end. */
  all?: string[];
  /** Offset in the text the run was found in. */
  at: number;
  possessive: boolean;
}

// A letter or a digit: what a word does not have beside it.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// A name of one or two pinyin syllables ("Xi", "Jinping", "Keqiang"): Chinese names, written family name first.
const PINYIN_NAME = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uan|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|e|i|o|u|ü)){1,2}$/i;

// Words that open a sentence or a clause without being a name.
const STOPWORDS = new Set(
  (
    'The A An In On At But And Or As If When While For After Before This That These Those It He She They We I You ' +
    'Its His Her Their Our Your My Some Many Most More Much Such According However Still Yet So Then There Here What ' +
    'Why How Who Whom Whose Which Where With Without From To By Of Over Under Since Until Although Though Because Now ' +
    'Today Yesterday Tomorrow Last Next Earlier Later Also Even Just Only Both Each Every All Any No Not Once Prior One Another ' +
    'Meanwhile Instead Besides Despite Unlike Like Among Between During Within Into Onto Upon About Above Below Via ' +
    'Update Updated Correction Editor Note Photo Image Read Sign Subscribe Follow Writing Reporting Says Said Asked ' +
    // Speech verbs that open an inverted attribution: "Explains Jane Roe, Acme's chief executive: “…”".
    'Explains Explained Adds Added Writes Wrote Recalls Recalled Argues Insists Warns Admits Concludes ' +
    'Laut Selon Segundo Según Secondo Volgens ' +
    'Introducing Announcing Meet Welcome Learn Watch See Try Make Get Join Start Using Building Making Getting ' +
    // Imperatives that open a sentence before a name: "Take Ana Ruiz, who …", "Consider Acme's …", "Tell Alexa …".
    'Take Consider Imagine Remember Look Tell Ask ' +
    // Interjections open a post as a name does: "Hmm putting aside …" names no one.
    'Yes Yeah Well Oh Hmm Wow Okay Ah Uh Um Huh Dear Hey Hi Thanks Please Let Do Does Did Is Are Was Were Be Been Has Have Had Will Would Can Could ' +
    'Should May Might Must Mr Mrs Ms Dr Drs Prof Sir Dame Lord Lady St Jr Sr Inc Ltd ' +
    // Honorifics Indian English writes before a name as Mr and Mrs are ("said Shri Mahabaleshwara M S").
    'Shri Sri Smt Shrimati ' +
    // And the ones French and German write ("l'avocat Me Arnaud Delorme", "Mme Claire Roux", "sagte Frau Müller").
    'Me Maître Mme Mlle Herr Frau ' +
    // Indefinite pronouns open a sentence capitalised: "Something I used to say is “…”" names no one.
    'Something Nothing Everything Anything Someone Somebody Everyone Everybody Anyone Anybody Nobody'
  )
    .split(' ')
    .concat(
      [...calendarWords(DAY_NAMES, ['en']), ...calendarWords(MONTH_NAMES, ['en']), ...calendarWords(MONTH_ABBREVIATIONS, ['en'])].map(
        (word) => word[0]!.toUpperCase() + word.slice(1),
      ),
    ),
);

// Titles and roles: they split a run and are dropped ("Secretary Janet Yellen" → "Janet Yellen").
const ROLES = new Set(
  (
    'ceo cto cfo coo cpo cso cio vp svp evp gm chief executive officer president vice chairman chairwoman chair ' +
    'founder co-founder cofounder director manager head secretary minister senator sen rep gov governor mayor ' +
    'justice judge professor prof dr mr mrs ms scholar analyst engineer scientist researcher spokesperson ' +
    'spokesman spokeswoman editor producer partner lead senior principal deputy commissioner ambassador ' +
    'attorney former ex interim acting product infrastructure developer designer architect correspondent reporter ' +
    'chancellor premier prime king queen prince princess pope sir dame lord lady captain coach member ' +
    // Clergy ("Cardinal Mauro Gambetti", "Rabbi Ana Levi"; not Bishop or Father, also names and words).
    'cardinal cardenal cardeal archbishop arzobispo rabbi imam reverend rev ' +
    'associate assistant staff fellow economist investor author writer columnist host creator owner boss leader ' +
    // Offices of government, the law and the police ("Assistant Treasurer Marcus Webb", "Labor MP
    // Jane Roe", "Detective Inspector …"); not ones that are also surnames or given names (Bishop, Major, Dean).
    // Hyphenated offices of international bodies and governments ("Secretary-General António Guterres").
    'secretary-general director-general attorney-general solicitor-general governor-general surgeon-general inspector-general ' +
    'vice-president vice-chair vice-chairman vice-chairwoman vice-chancellor vice-premier vice-minister ' +
    'treasurer mp mep mla msp councillor councilor councilman councilwoman councilmember councilperson alderman alderwoman congressman congresswoman ' +
    'supervisor selectman selectwoman legislator assemblymember ' +
    'assemblyman assemblywoman speaker sheriff detective inspector superintendent constable sergeant ' +
    'prosecutor solicitor lawyer barrister counsel ombudsman comptroller auditor registrar provost admiral colonel lieutenant candidate ' +
    // Ranks and honorifics as their abbreviations write them ("Lt. Gen. Jane Roe", "Col. Li Wei", "Hon. Ana Ruiz").
    'gen lt col capt sgt cpl maj adm cmdr hon ' +
    // Trades written before a name as a title ("Skipper Jago Pender", "Nurse Ana Ruiz", "Actor Mara Quinn"; not Singer, a surname).
    'skipper nurse farmer pilot chef actor actress rapper comedian musician filmmaker ' +
    // Sciences written before a name as a title ("Astronomer Ines Carvalho said").
    'astronomer astrophysicist physicist biologist chemist geologist ecologist epidemiologist historian ' +
    'psychologist sociologist mathematician statistician climatologist ' +
    // The same in French, Spanish and Portuguese ("son directeur général, Jean Morel").
    'directeur directrice président présidente fondateur fondatrice porte-parole ministre pdg dirigeant dirigeante ' +
    'directora presidente fundador fundadora diretor diretora portavoz porta-voz ministro ministra consejero consejera'
  ).split(' '),
);

// Titles that are common surnames too (see take): written after a given name, they end a person's name.
const SURNAME_TITLES = new Set(['King', 'Prince', 'Pope', 'Lord', 'Judge', 'Provost', 'Chancellor', 'Sheriff', 'Marshal']);

// A run ending with one of these names an organisation, whatever its length.
// A name made an adjective by its participle: "Boston-based", "Microsoft-backed", "AI-powered", "Paris-headquartered".
const NAME_ADJECTIVE = /-(?:based|backed|powered|led|owned|born|listed|focused|funded|headquartered|designed|made|run|driven|native)$/;
// " and ", then up to three capitalised words: the last is read (see RunReader.andInBody).
const AND_BODY = /^ and (?:\p{Lu}[\p{L}-]*\s){0,2}(\p{Lu}[\p{L}-]*)(?![\p{L}-])/u;
const ORG_SUFFIX = new Set(
  (
    'Inc Corp Corporation Co Company Companies Ltd LLC Group Commission Agency Association Union Court Council ' +
    'University Institute Department Ministry Foundation Labs Lab Party Office Committee Authority Board ' +
    'Administration Service Services Systems Technologies Network News Journal Media ' +
    'Studios Studio Games Motors Airlines Alliance Coalition Federation Organization Organisation Parliament ' +
    'Congress Senate Police Army Navy Reserve Center Centre School College Museum Society ' +
    'Bank Partners Ventures Holdings Industries Electronics Pharmaceuticals Hospital Government Bureau ' +
    'Laboratory Laboratories Observatory Academy Fund Programme Program Initiative Project Trust Institution ' +
    'Consortium Forum Tribunal Assembly Embassy Secretariat Exchange Library Clinic League ' +
    'Pictures Films Entertainment Records Brands Foods Airways Communications Software Robotics Semiconductor ' +
    // The trades companies name themselves by: "Vexa Health", "Pyxis Therapeutics", "Northgate Capital", "Helix Aerospace".
    'Health Healthcare Bio Biotech Biosciences Therapeutics Capital Energy Logistics Aerospace Dynamics Analytics Solutions ' +
    'Networks Devices Instruments Materials Medical Insurance Financial Telecom Interactive Digital Automotive Semiconductors ' +
    // Product names read like names too: "Twitter Blue", "Google Cloud", "Apple Music".
    'Cloud Blue Music Store Teams Maps Search Pay Pro Plus Max Mini Air Code Chat Assistant Drive Docs Mail ' +
    'Photos Home TV Watch Phone App Apps Platform Market Engine Hub Labs Studio Vision Pixel Buds Club Team ' +
    // And places, which no one is named for either: "Silicon Valley", "Kansas City", "Orange County", "Wall Street";
    // a company's "Warner Bros.", "Lumen Works", "Hanoi Silicon".
    'Valley City County Coast Province Peninsula Island Islands Street Square Airport Bros Brothers Works Silicon'
  ).split(' '),
);

// The last word of a law's or a treaty's name.
const LAW = new Set(['Act', 'Law', 'Regulation', 'Directive', 'Treaty', 'Bill', 'Convention', 'Protocol', 'Code', 'Amendment']);

// How far back a pronoun or a role ("the company", "he") may find what it stands for.
const MAX_LOOKBACK = 1500;

export const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'le', 'la', 'bin', 'al', 'del', 'dos', 'ter']);
// The particles that are also German's and Dutch's "from" and "of".
const GERMANIC_PREPOSITION = new Set(['von', 'van']);

// One capitalised word as in a person's name: "Zuckerberg", "Abraham-James", "O’Brien", "McDonald";
// not a product's CamelCase ("WordPress", "YouTube").
const NAME_WORD = /^(?:\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*|\p{Lu}['’]\p{Lu}\p{Ll}+|(?:Mc|Mac|De|Di|Le|La|Van|Von)\p{Lu}\p{Ll}+)$/u;
// A given name's initial, or two or three of them run together ("J.D. Vance", "C.C. Wei"); not a place's ("U.S.").
const INITIAL = /^(?!(?:U\.S|U\.K|E\.U|U\.N|D\.C|L\.A|N\.Y|S\.F)\.$)(?:\p{Lu}\.){1,3}$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’&-]*/gu;
// A text with a character beyond the BMP: its words are WORD's matches (the tables do not classify it).
const SURROGATE = /[\ud800-\udfff]/;

/** A character WORD goes on with after its first. */
function isWordTail(code: number): boolean {
  return isLetterOrDigitCode(code) || code === 46 || code === 39 || code === 0x2019 || code === 38 || code === 45;
}

// A speech verb right after an organisation's name: "Apple said", "Meta has confirmed", "Nvidia told".
const ORG_SPEECH = /^\s+(?:(?:has|had|also|later|then)\s+)?(?:said|says|told|tells|stated|states|announced|announces|confirmed|confirms|wrote|writes|added|adds|explained|explains|noted|notes)\b/;

// An acronym of two to six capitals.
const ACRONYM = /^\p{Lu}{2,6}$/u;

// One or two capitals.
const ONE_OR_TWO_CAPITALS = /^\p{Lu}{1,2}$/u;

// A capital first.
const CAPITAL_FIRST = /^\p{Lu}/u;

// "Ana Ruiz, known as Nina", "José Ángel Torres, conocido como Gocho", "Ana Ruiz, bekannt als Nina": a
// person's full name, then the one word they go by (a stage name, a nickname), maybe in quotation marks.
const KNOWN_AS_PHRASES = String.raw`(?:known as|conocid[oa] como|conhecid[oa] como|connue? sous le nom de|bekannt als|not[oa] come)`;
// The phrase alone, looked for first: most texts have none.
const KNOWN_AS_WORDS = new RegExp(KNOWN_AS_PHRASES);
// A name written with the one its bearer goes by inside it: "Mariano-Florentino (Tino) Cuéllar", "Robert “Bob”
// Iger". The whole is the name as the text first gives it; the surname and the nickname said alone are that person.
const NICKNAMED = /(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?) (?:\((\p{Lu}[\p{L}'’-]+)\)|["“](\p{Lu}[\p{L}'’-]+)["”]) (\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-])/gu;
// Looked for first: a bracket or a quotation mark with a capital inside it and a name after it; most texts have none.
const NICKNAMED_SIGN = /[(“"]\p{Lu}[\p{L}'’-]+[)”"] \p{Lu}/u;
const KNOWN_AS = new RegExp(
  String.raw`(\p{Lu}[\p{L}'’-]+(?: (?:de |la |del |da |van |von )*\p{Lu}[\p{L}'’-]+){1,3}),\s+(?:(?:also|better|popularly)\s+)?${KNOWN_AS_PHRASES}\s+["“‘']?(\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-]| \p{Lu})`,
  'gu',
);

export class SpeakerNames {
  readonly runs: NameRun[];
  private readonly text: string;
  private personWords?: Set<string>;
  private counts?: Map<string, number>;
  private only?: string;
  private notPlaces?: Set<string>;
  private ofHeadline?: NameRun[];
  private forms?: { lower: Set<string>; midSentence: Set<string> };
  private readonly expansions = new Map<string, string | undefined>();
  private known?: Map<string, string>;
  private withRoles?: Set<string>;

  /**
   * `text`: the article's paragraphs joined by blank lines; `headline` adds names the text
   * abbreviates; `quoted`: [start, end) of the quotations in `text`.
   */
  constructor(text: string, private readonly headline = '', private readonly quoted: readonly (readonly [number, number])[] = []) {
    this.text = text;
    this.runs = nameRuns(text);
  }

  /**
   * A name written inside a quotation is the speaker's word, not the article's: "“Whoever owns
   * the data …,” one banker said" names no "Whoever", and a name a speaker says is not who speaks next.
   */
  private isQuoted(run: NameRun): boolean {
    return this.isQuotedAt(run.at);
  }

  /**
   * "Zuckerberg" → "Mark Zuckerberg": the longest person-like name in the article ending with that
   * word (else starting with it: "Sam" → "Sam Altman"); "IEA" → "International Energy Agency".
   * The text is searched before the headline, whose capitalised words are less telling.
   */
  fullest(name: string): string {
    // "José Ángel Torres, conocido como Gocho": the name the text gives for the one it goes by.
    const known = this.aliases().get(name);
    if (known) return known;
    const words = fromGivenName(name.split(' '));
    if (words.length === 1 && ACRONYM.test(name)) return this.expansion(name) ?? name;
    if (words.length > 1 && !words.every(isPersonWord)) return words.join(' ');
    const last = words[words.length - 1]!;
    for (const runs of [this.runs, this.headlineRuns()]) {
      // A title-case headline capitalises every word: there only words that read as names count
      // ("Why Google Is Watching Salesforce" gives no "Is Watching" to "Salesforce"), and a name
      // starts where names start: the headline's start, after a role or a colon ("NYC Mayor Eric
      // Adams To Floridians"), or at a word the text itself capitalises mid-sentence
      // ("Teens Bypass Discord Age Checks" gives no "Bypass" to "Discord").
      const fromHeadline = runs !== this.runs && isTitleCase(this.headline);
      let best = words;
      // The run that gave the surname's bearer (its place in the text); runs.length while none did.
      let surnameAt = runs.length;
      for (const [at, run] of runs.entries()) {
        const all = run.all ?? run.words;
        const i = all.lastIndexOf(last);
        if (i < 0) continue;
        let start = i;
        // Two words back only over an initial when the headline's capitals say nothing ("Janet L. Yellen").
        // A surname's particles are no words of their own: "De la Cruz" is Alberto de la Cruz's.
        let back = 0;
        while (start > 0 && back < (fromHeadline && !INITIAL.test(all[start]!) ? 1 : 2) && this.nameLike(all[start - 1]!, fromHeadline)) {
          start--;
          if (!PARTICLES.has(all[start]!)) back++;
        }
        let candidate = fromGivenName(all.slice(start, i + 1));
        // Two names side by side ("… thought of Karl Marx Avineri skillfully …"): the words before the
        // surname are a whole name the text gives on its own elsewhere ("… of Karl Marx”").
        if (candidate.length > 2 && isWholeRunElsewhere(candidate.slice(0, -1), runs)) continue;
        // A name given in full is only lengthened by words before it ("Luisa Ferrante" → "Maria Luisa
        // Ferrante") or between its given name and surname ("Amy C. Edmondson"), never swapped for another
        // bearer of the surname ("Marco Ferrante" is not "Maria Luisa Ferrante").
        // (A particle may be capitalised when the surname is said alone: "De la Cruz" of "Ana de la Cruz".)
        if (words.length > 1 && candidate.slice(-words.length).join(' ').toLowerCase() !== name.toLowerCase() && candidate[0] !== words[0]) continue;
        if (candidate.length > best.length && candidate.every(isPersonWord) && this.startsName(candidate[0]!, fromHeadline)) {
          // "Robert Hale Jr." said, then "Hale said": the suffix is part of the name.
          if (candidate.length > 1 && /^(?:Jr|Sr)$/.test(all[i + 1] ?? '')) candidate = [...candidate, `${all[i + 1]}.`];
          best = candidate;
          surnameAt = at;
        }
      }
      // A first name said alone: the name it starts. Or a family name written first, as Chinese names
      // are ("Xi Jinping", then "Xi said"): the name it starts, when that person is named before anyone
      // whose name it ends ("Li Xi", named later among others) and both names are spelled in pinyin.
      const surnameFound = surnameAt < runs.length;
      if (words.length === 1 && (!surnameFound || (PINYIN_NAME.test(last) && PINYIN_NAME.test(best[0]!)))) {
        for (const [at, run] of runs.entries()) {
          if (at >= surnameAt) break;
          const i = run.words.indexOf(last);
          // Not a title in quotation marks ("the “Epstein Library”" gives no "Epstein Library" to "Epstein").
          if (i < 0 || i + 1 >= run.words.length || this.isQuoted(run)) continue;
          const candidate = run.words.slice(i, i + 2);
          if (surnameFound && !PINYIN_NAME.test(candidate[1]!)) continue;
          // Nor an institution's name ("Epstein Library", "Stanford University"), nor a company's
          // ("Apple Computer Inc" gives no "Apple Computer" to "an internal Apple meeting").
          if (isInstitution(candidate) || this.isOrgLike(run)) continue;
          const evident = !fromHeadline || this.wordForms().midSentence.has(candidate[1]!);
          if (candidate.every((word) => this.nameLike(word, fromHeadline)) && NAME_WORD.test(candidate[1]!) && evident) best = candidate;
        }
      }
      if (best.length > words.length) return best.join(' ');
    }
    return words.join(' ');
  }

  /** Names a person goes by, each with the person's full name: "Ana Ruiz, known as Nina" gives Nina → Ana Ruiz. */
  private aliases(): Map<string, string> {
    if (this.known) return this.known;
    this.known = new Map();
    if (NICKNAMED_SIGN.test(this.text)) {
      for (const match of this.text.matchAll(NICKNAMED)) {
        const [given, nickname, surname] = [match[1]!, (match[2] ?? match[3])!, match[4]!];
        if (!isPersonLike([...given.split(' '), surname]) || !isPersonWord(nickname)) continue;
        // In quotation marks only after a given name: "Reuters “Exclusive” Monday" is no one's.
        if (match[3] !== undefined && !GIVEN_NAMES.has(given.split(' ')[0]!.toLowerCase())) continue;
        for (const alias of [surname, nickname, `${given} ${surname}`, `${nickname} ${surname}`]) if (!this.known.has(alias)) this.known.set(alias, match[0]);
      }
    }
    if (!KNOWN_AS_WORDS.test(this.text)) return this.known;
    for (const match of this.text.matchAll(KNOWN_AS)) {
      const [person, alias] = [match[1]!, match[2]!];
      if (isPersonLike(person.split(' ')) && !this.known.has(alias)) this.known.set(alias, person);
    }
    return this.known;
  }

  private headlineRuns(): NameRun[] {
    return (this.ofHeadline ??= nameRuns(this.headline));
  }

  /** Not a sentence's opening word, not a common word of the text, not a verb form ("Watching", "Raised"). */
  private readsAsName(word: string): boolean {
    return !STOPWORDS.has(word) && !/(?:ing|ed)$/.test(word) && !this.isCommonWord(word);
  }

  /**
   * A capitalised word the text also writes in lowercase ("Users … some users") is a common word
   * that opened a sentence, not a name.
   */
  isCommonWord(word: string): boolean {
    const lower = word.toLowerCase();
    return lower === word || this.wordForms().lower.has(lower);
  }

  /** One pass over the text: its lowercase words, and the capitalised words seen mid-sentence. */
  private wordForms(): { lower: Set<string>; midSentence: Set<string> } {
    if (this.forms) return this.forms;
    const lower = new Set<string>();
    const midSentence = new Set<string>();
    forEachMatch(this.text, FORM_WORD, isLetterCode, isFormTail, (at, end) => {
      const word = this.text.slice(at, end);
      if (word.toLowerCase() === word) lower.add(word);
      else if (!startsSentence(this.text, at)) midSentence.add(word.replace(/['’]s$/, ''));
    });
    return (this.forms = { lower, midSentence });
  }

  /** "IEA" → "International Energy Agency": a run whose capitalised words' initials spell it. */
  expansion(acronym: string): string | undefined {
    if (!ACRONYM.test(acronym)) return undefined;
    // Asked again for every mention of the acronym: found once.
    if (this.expansions.has(acronym)) return this.expansions.get(acronym);
    const found = this.findExpansion(acronym);
    this.expansions.set(acronym, found);
    return found;
  }

  private findExpansion(acronym: string): string | undefined {
    // The pattern ends at "(IEA)": a text without it has no expansion, and the pattern's capitalised
    // words would be tried at every capital of the text first.
    if (!this.text.includes(`(${acronym})`)) return this.bodyWithInitials(acronym);
    const pattern = new RegExp(`((?:\\p{Lu}[\\p{L}’'-]*\\s+(?:(?:of|and|for|the|on|de)\\s+)?){1,7})\\(${acronym}\\)`, 'u');
    const found = pattern.exec(this.text)?.[1]?.trim();
    if (found) {
      const initials = found.split(/\s+/).filter((word) => CAPITAL_FIRST.test(word)).map((word) => word[0]).join('');
      if (initials.endsWith(acronym)) {
        const words = found.split(/\s+/);
        // Drop leading words beyond the acronym's letters ("The International Energy Agency").
        let capitals = 0;
        for (let i = words.length - 1; i >= 0; i--) {
          if (CAPITAL_FIRST.test(words[i]!)) capitals++;
          if (capitals === acronym.length) return words.slice(i).join(' ');
        }
      }
    }
    return undefined;
  }

  /**
   * "the Football Association" … "The FA said": without "(FA)", a body the text names before the
   * acronym, ending in a body's word (Association, Committee, Agency …), whose words' initials are
   * the acronym's letters, one for one. Only the first acronym mention's text before it is read.
   */
  private bodyWithInitials(acronym: string): string | undefined {
    const first = this.text.search(new RegExp(`\\b${acronym}\\b`));
    if (first < 0) return undefined;
    for (const run of this.runs) {
      if (run.at >= first) break;
      const words = run.words.filter((word) => word !== 'of' && word !== 'for' && word !== 'and');
      if (words.length === acronym.length && ORG_SUFFIX.has(run.words.at(-1)!) && words.map((word) => word[0]).join('') === acronym) return run.words.join(' ');
    }
    return undefined;
  }

  /** True when the word is part of a person-like name somewhere in the article (a surname said alone). */
  isKnownPersonWord(word: string): boolean {
    if (!this.personWords) {
      // From the text only: a title-case headline makes anything look like a name.
      this.personWords = new Set();
      for (const run of this.runs) {
        if (isPersonLike(run.words) && !this.repeatedInFull(run.words) && !this.isMakerAndProduct(run.words)) for (const w of run.words) this.personWords.add(w);
      }
    }
    return this.personWords.has(word);
  }

  /** The index of the last run that starts before a position (-1 if none). */
  private lastRunBefore(at: number): number {
    let low = 0;
    let high = this.runs.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.runs[middle]!.at < at) (found = middle), (low = middle + 1);
      else high = middle - 1;
    }
    return found;
  }

  /** The person most recently named before a position ("he said" after "Michael Perdew …"), nearby. */
  lastPersonBefore(at: number): string | undefined {
    for (let i = this.lastRunBefore(at); i >= 0; i--) {
      const run = this.runs[i]!;
      // Too far back, "he" is more likely someone the excerpt never named.
      if (at - run.at > MAX_LOOKBACK) break;
      const person = this.isQuoted(run) ? undefined : this.personOf(run);
      if (person) return person;
    }
    return undefined;
  }

  /** The people named from one position to another, each once by their fullest name. */
  peopleBetween(from: number, to: number): Set<string> {
    const people = new Set<string>();
    for (let i = this.lastRunBefore(to); i >= 0 && this.runs[i]!.at >= from; i--) {
      const person = this.personOf(this.runs[i]!);
      if (person) people.add(person);
    }
    return people;
  }

  /**
   * The one person named before `to` whom the text introduces in `role` (a role word's head, "chief" for "CEO"):
   * "its chief executive Jane Roe", "Jane Roe, the company's chief executive". Undefined when none or several are.
   */
  personInRole(to: number, role: string): string | undefined {
    const found = new Set<string>();
    let previousEnd = 0;
    for (const mention of this.personMentions(0, to)) {
      // Not the words of the name before ("… chief executive Jane Roe and analyst Tom Poe").
      if (introductionRoles(this.text, mention.at, mention.end, previousEnd).has(role)) found.add(mention.person);
      previousEnd = mention.end;
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  /** Each naming of a person from one position to another, in order, by their fullest name; not in quotations (what is said, not who is there). */
  personMentions(from: number, to: number): { person: string; at: number; end: number }[] {
    const mentions: { person: string; at: number; end: number }[] = [];
    for (let i = this.lastRunBefore(to); i >= 0 && this.runs[i]!.at >= from; i--) {
      const run = this.runs[i]!;
      const person = this.isQuoted(run) ? undefined : this.personOf(run);
      if (person) mentions.unshift({ person, at: run.at, end: run.at + run.words.join(' ').length });
    }
    return mentions;
  }

  /** The person a name run stands for, by the fullest name the article gives; none for a place or a thing. */
  private personOf(run: NameRun): string | undefined {
    // "a producer at Luma Pictures", "the World Wide Web": a place, an employer or a thing.
    if (/\b(?:at|of|from|in|on|for|with|by|via|the|The)\s+$/.test(this.text.slice(Math.max(0, run.at - 6), run.at))) return undefined;
    // "the machine, named Southern Cross,": the name given to a thing (not "a woman named …").
    if (THING_NAMED.test(this.text.slice(Math.max(0, run.at - 40), run.at))) return undefined;
    if (isPersonLike(run.words) && !this.isOrgLike(run) && !this.writesInLowercase(run.words)) return this.fullest(run.words.join(' '));
    const word = run.words[0]!;
    // A word that opens a title or a body's name, "X of Y" ("Song of Bloom grew from …", "Bank of …"), is no one's.
    if (run.words.length === 1 && OF_NAME_AFTER.test(this.text.slice(run.at + word.length, run.at + word.length + 8))) return undefined;
    if (run.words.length === 1 && !run.possessive && isPersonWord(word)) {
      // A surname or first name the article (or its headline) gives in full, in a name, not a title
      // ("Swift" is no one in "the Swift Student Challenge").
      const full = this.fullest(word);
      // (Not a prize's or an event's: "Prize committee chair …" after "the Kellerman Prize".)
      if (NEVER_SURNAME.has(full.slice(full.lastIndexOf(' ') + 1))) return undefined;
      if (this.isKnownPersonWord(word) || (full !== word && !this.writesInLowercase(full.split(' ')))) return full;
    }
    return undefined;
  }

  /** Words of a name run the text also writes in lowercase: see namesAThing. */
  writesInLowercase(words: readonly string[]): boolean {
    const { lower } = this.wordForms();
    return namesAThing(words, (word) => lower.has(word));
  }

  /**
   * Whether a label set in capitals on a line of its own ("ATUALIZAÇÃO IMPORTANTE:") may still be a
   * name the text gives: one of its words is a given name, or the prose writes one capitalised
   * mid-sentence ("MARK OSTROWSKI:" and "Senator Ostrowski said"). A label run into its words
   * ("ELON MUSK: “…”") is a transcript's whatever the prose says.
   */
  mayNameInCapitals(label: string, words: readonly string[]): boolean {
    if (!this.text.startsWith(`${label}:\n\n`) && !this.text.includes(`\n\n${label}:\n\n`)) return true;
    const { midSentence } = this.wordForms();
    return words.some((word) => GIVEN_NAMES.has(word.toLowerCase()) || midSentence.has(word.charAt(0) + word.slice(1).toLowerCase()));
  }

  /** The organisation most recently named before a position; with `formal`, only names like "… Commission". */
  lastOrgBefore(at: number, formal: boolean, exclude: (name: string) => boolean): string | undefined {
    for (let i = this.lastRunBefore(at); i >= 0; i--) {
      const run = this.runs[i]!;
      if (at - run.at > MAX_LOOKBACK) break;
      const name = run.words.join(' ');
      if (exclude(name) || this.isQuoted(run)) continue;
      if (formal ? isInstitution(run.words) : this.isOrgLike(run)) return this.fullestOrg(run.words);
    }
    return undefined;
  }

  /**
   * The organisation most recently written as the subject of a speech verb before a position
   * ("Apple said in a statement …", "Nvidia told investors …"): whom "the company said" goes back to.
   */
  lastOrgSpeakingBefore(at: number, exclude: (name: string) => boolean): string | undefined {
    for (let i = this.lastRunBefore(at); i >= 0; i--) {
      const run = this.runs[i]!;
      if (at - run.at > MAX_LOOKBACK) break;
      const name = run.words.join(' ');
      if (run.possessive || exclude(name) || this.isQuoted(run) || !this.isOrgLike(run)) continue;
      const end = this.text.indexOf(run.words[run.words.length - 1]!, run.at) + run.words[run.words.length - 1]!.length;
      if (ORG_SPEECH.test(this.text.slice(end, end + 40))) return this.fullestOrg(run.words);
    }
    return undefined;
  }

  /** "Supreme Court" → "Supreme Court of Canada": the article's full name of an institution written short. */
  private fullestOrg(words: string[]): string {
    let best = words;
    for (const run of this.runs) {
      if (run.words.length > best.length && run.words[words.length] === 'of' && words.every((word, i) => run.words[i] === word)) best = run.words;
    }
    return best.join(' ');
  }

  // fullest's word tests, as methods: closures made for every run read cost more than the tests.
  /** A word of a name (in a title-case headline, one that reads as a name). */
  private nameLike(word: string, fromHeadline: boolean): boolean {
    return isPersonWord(word) && (!fromHeadline || this.readsAsName(word));
  }

  /** A word a name can start with (in a title-case headline, where names start). */
  private startsName(word: string, fromHeadline: boolean): boolean {
    return !fromHeadline || this.wordForms().midSentence.has(word) || opensHeadlineName(this.headline, word);
  }

  /** The one organisation the text names, if it names only one (products, places and quoted names aside), else the one of them the headline opens with. */
  onlyOrg(exclude: (name: string) => boolean): string | undefined {
    // Asked once per quote: counted once per article ('' for none).
    if (this.only !== undefined) return this.only || undefined;
    const orgs = new Set<string>();
    for (const run of this.runs) {
      const name = run.words.join(' ');
      if (!this.isOrgLike(run) || this.isQuoted(run) || exclude(name) || PRODUCTS.has(name)) continue;
      if (!name.includes(' ') && !this.isNameWord(name, run.at)) continue;
      if (this.isPlace(name)) continue;
      orgs.add(name);
    }
    // "Stability" and "Stability AI" are one organisation, written short.
    const whole = [...orgs].filter((name) => ![...orgs].some((other) => other !== name && other.startsWith(`${name} `)) && !this.isProduct(name));
    // Of several, the one the headline opens with, its subject: "Orbital says its chatbot …". (Any
    // organisation the headline names was right half the time on the measure half; its subject, every time.)
    // (Its subject, not an adjective made of it: "Microsoft-backed startup Loomwork launches …".)
    const headlined = whole.filter((name) => new RegExp(`^${escapeRegExp(name)}\\b(?!-)`).test(this.headline.trim()));
    this.only = whole.length === 1 ? whole[0]! : headlined.length === 1 ? headlined[0]! : '';
    return this.only || undefined;
  }

  /** A name the text only ever writes after "in", "on", "near" …: "On Mars", "a startup in Leeds". */
  private isPlace(name: string): boolean {
    if (!this.notPlaces) {
      // Built once per article: every name written at least once other than after such a preposition.
      this.notPlaces = new Set();
      for (const run of this.runs) if (!PLACE_BEFORE.test(this.text.slice(Math.max(0, run.at - 12), run.at))) this.notPlaces.add(run.words.join(' '));
    }
    return !this.notPlaces.has(name);
  }

  isOrgLike(run: NameRun): boolean {
    const words = run.words;
    const last = words[words.length - 1]!;
    // A law says nothing: "the Digital Markets Act (DMA)".
    if (LAW.has(last) || (words.length === 1 && LAW.has(this.expansion(last)?.split(' ').pop() ?? ''))) return false;
    if (isInstitution(words)) return true;
    if (words.length === 1) {
      // Two-letter capitals (AI, US, EU) are rarely the speaker; a surname said alone is a person.
      if (ONE_OR_TWO_CAPITALS.test(last)) return false;
      return !this.isKnownPersonWord(last) || !isPersonWord(last);
    }
    return !isPersonLike(words) || (this.repeatedInFull(words) && !this.givenRole(words));
  }

  /**
   * A name written with a role right before it somewhere ("startup manager Florian Schmitt",
   * "Startup-Manager Florian Schmitt", "CEO Jane Roe"): a person's, however often it is repeated in full.
   */
  private givenRole(words: string[]): boolean {
    if (!this.withRoles) {
      // Read once per article: asked for every run that is repeated in full.
      this.withRoles = new Set();
      for (const run of this.runs) {
        const before = WORD_BEFORE.exec(this.text.slice(Math.max(0, run.at - 40), run.at));
        if ((before !== null && isRoleWord(before[1]!)) || run.all?.some((word) => !run.words.includes(word) && isRoleWord(word))) this.withRoles.add(run.words.join(' '));
      }
    }
    return this.withRoles.has(words.join(' '));
  }

  /**
   * A name repeated in full whose words never stand alone is an organisation ("Stack Overflow"):
   * people are called by their surname or first name after the first mention.
   */
  private repeatedInFull(words: string[]): boolean {
    const counts = this.runCounts();
    return (counts.get(words.join(' ')) ?? 0) >= 2 && !counts.has(words[words.length - 1]!) && !counts.has(words[0]!);
  }

  /** How often each name run is written, as written (counted once per article). */
  private runCounts(): Map<string, number> {
    if (!this.counts) {
      this.counts = new Map();
      for (const run of this.runs) {
        const key = run.words.join(' ');
        this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
      }
    }
    return this.counts;
  }

  /**
   * "Lumen Assist" … "Lumen said": a name whose first word the article writes alone and whose last
   * word it never does is a company's product or division, not a person (news calls people by
   * their surname).
   */
  private isMakerAndProduct(words: string[]): boolean {
    const counts = this.runCounts();
    return counts.has(words[0]!) && !counts.has(words[words.length - 1]!);
  }

  /** Where a name (any of its words) was last written before a position; 0 if nowhere. */
  lastIndexOfName(name: string, before: number): number {
    let last = -1;
    for (const word of name.split(' ')) {
      if (word.length <= 2) continue;
      // Not where a quotation says the name ("“Pat has more experience than anyone,” she said"): who is talked about is not who spoke.
      // Nor inside a longer word: "Sam" of "Samsung" is not Sam Altman.
      let at = this.text.lastIndexOf(word, before - 1);
      while (at > 0 && (this.isQuotedAt(at) || !this.isWordAt(at, word.length))) at = this.text.lastIndexOf(word, at - 1);
      last = Math.max(last, at);
    }
    return Math.max(0, last);
  }

  /** Whether the `length` characters at `at` are a whole word, no letter or digit beside them. */
  private isWordAt(at: number, length: number): boolean {
    return !LETTER_OR_DIGIT.test(this.text.charAt(at - 1)) && !LETTER_OR_DIGIT.test(this.text.charAt(at + length));
  }

  /** A position inside a quotation the text holds. */
  private isQuotedAt(at: number): boolean {
    return this.quoted.some(([start, end]) => at > start && at < end);
  }

  /**
   * A single capitalised word is a name when the text never writes it in lowercase and capitalises
   * it somewhere other than at the start of a sentence (or the headline has it): "Residents said"
   * opening a sentence is no organisation.
   */
  isNameWord(word: string, at: number): boolean {
    if (this.isCommonWord(word)) return false;
    if (this.wordForms().midSentence.has(word)) return true;
    if (writesWord(this.headline, word)) return true;
    // A given name opening a sentence is a person called by it ("Julia said: “…”"), as it is mid-sentence.
    if (GIVEN_NAMES.has(word.toLowerCase())) return true;
    // Only ever at the start of a sentence: a common word, unless this mention is mid-sentence.
    return !startsSentence(this.text, at);
  }

  /**
   * A product, not a speaker: a well-known AI product, or a name the text gives as someone's
   * product ("Google’s Gemini") or before a product noun ("the Gemini app").
   */
  isProduct(word: string): boolean {
    if (PRODUCTS.has(word)) return true;
    // Each place the word is written: what stands before and after it (no pattern built per word).
    for (let at = this.text.indexOf(word); at >= 0; at = this.text.indexOf(word, at + 1)) {
      if (OWNER_BEFORE.test(this.text.slice(Math.max(0, at - 30), at)) || PRODUCT_AFTER.test(this.text.slice(at + word.length, at + word.length + 30))) return true;
    }
    return false;
  }

  /**
   * The organisation named before a position whose name holds a body's common noun: "das Gericht"
   * after "Landgericht München I", "el tribunal" after "Tribunal Supremo". German compounds hold the
   * noun inside a word ("Bundesministerium"), so the name is searched, not matched word by word.
   */
  lastOrgContaining(noun: string, at: number): string | undefined {
    const wanted = noun.toLowerCase();
    for (let i = this.lastRunBefore(at); i >= 0; i--) {
      const run = this.runs[i]!;
      if (at - run.at > MAX_LOOKBACK) break;
      // Without the article German and Spanish capitalise before it ("Das Landgericht", "El Tribunal").
      const name = (run.all ?? run.words).join(' ').replace(/^(?:Das|Der|Die|Dem|Den|El|La|Los|Las|Le|Les|The)\s+/, '');
      if (this.isQuoted(run) || !name.toLowerCase().includes(wanted)) continue;
      // "Bundesministerium für Digitales", "Ministerio para la Transformación Digital", "Department of
      // Justice": the name goes on over the preposition written in lowercase.
      const end = run.at + (run.all ?? run.words).join(' ').length;
      const rest = BODY_OF.exec(this.text.slice(end, end + 80));
      const full = rest ? name + rest[0] : name;
      if (full.toLowerCase() !== wanted) return full;
    }
    return undefined;
  }

  /**
   * The name an apposition defines as a common noun before a position: "SAG-AFTRA, the actors'
   * union," for "the union"; "Palantir, the data company," for "the company". The last one wins.
   */
  namedAs(noun: string, at: number): string | undefined {
    const before = this.text.slice(Math.max(0, at - MAX_LOOKBACK), at);
    let found: string | undefined;
    for (const match of before.matchAll(APPOSITION_NOUN)) {
      if (match[3]!.toLowerCase() === noun) found = match[1]!;
    }
    return found;
  }

  /** Whether the text writes this exact name as a name somewhere ("Bundeskartellamt" for a genitive "Bundeskartellamts"). */
  hasName(name: string): boolean {
    return this.runs.some((run) => run.words.join(' ') === name || run.words[run.words.length - 1] === name);
  }

  /** The text around a position, for callers that look at the sentence before a mention. */
  slice(from: number, to: number): string {
    return this.text.slice(from, to);
  }
}


// A name given right after a naming verb is a thing's ("a supercomputer named Southern Cross", "a
// model codenamed Orion"), unless a person noun comes before the verb.
const THING_NAMED =
  /(?<!\b(?:man|woman|boy|girl|person|guy|lady|child|son|daughter|friend|baby|someone|somebody)\s+)\b(?:named|called|dubbed|nicknamed|codenamed|code-named|christened|titled|branded|known as)\s+$/;

// A word as wordForms reads it: a letter, then letters, digits, apostrophes and hyphens.
const FORM_WORD = /[\p{L}][\p{L}\p{N}'’-]*/gu;

function isFormTail(code: number): boolean {
  return isLetterOrDigitCode(code) || code === 39 || code === 0x2019 || code === 45;
}

// Companies whose name opens the names of their products and divisions, never a person's name.
const COMPANY_FIRST_WORDS = new Set(['Apple', 'Google', 'Microsoft', 'Amazon', 'Meta', 'Nvidia', 'NVIDIA', 'Samsung', 'Intel', 'Tesla', 'Netflix', 'Oracle', 'Adobe', 'Alibaba', 'Baidu', 'Tencent', 'Huawei', 'Sony', 'Qualcomm', 'Salesforce', 'Facebook', 'Instagram', 'YouTube', 'TikTok', 'ByteDance', 'Xiaomi', 'Anthropic', 'OpenAI', 'DeepMind', 'Mistral', 'Cohere', 'Databricks', 'Spotify', 'Uber', 'Airbnb']);
// Well-known AI products: a quotation is never theirs to say (their makers speak for them).
const PRODUCTS = new Set(['ChatGPT', 'Gemini', 'Bard', 'Claude', 'Grok', 'Copilot', 'Siri', 'Alexa', 'Cortana', 'Sora', 'Llama', 'Midjourney', 'DALL-E', 'Veo', 'Codex']);

/** One of the well-known AI products by its name alone ("ChatGPT", "Claude"): what it "says" is its output. */
export function isAiProductName(word: string): boolean {
  return PRODUCTS.has(word);
}

// "Google’s Gemini": a name owned by another; "Gemini app", "Gemini 2.5 model": a product noun follows.
const OWNER_BEFORE = /[A-Z][\w-]*['’]s\s+$/;
const PRODUCT_AFTER = /^(?:\s+[\d.]+)?\s+(?:chatbot|model|models|app|apps|assistant|browser|tool|feature|phone|device|headset|glasses|chip|chips|subscription|plan|mode|agent|extension|plugin|API|SDK)\b/;

/** The headline opens a name at this word: at its start, after a role, a possessive or a colon. */
function opensHeadlineName(headline: string, word: string): boolean {
  const at = new RegExp(`(?:^|\\s)${escapeRegExp(word)}(?![\\p{L}])`, 'u').exec(headline);
  if (!at) return false;
  const before = headline.slice(0, at.index).trim();
  const previous = before.split(/\s+/).pop() ?? '';
  return before === '' || /[:–—]$/.test(before) || /['’]s$/.test(previous) || isRoleWord(previous);
}

/** Whether `text` has `word` with no letter touching it (no pattern compiled per word). */
function writesWord(text: string, word: string): boolean {
  if (word === '' || SURROGATE.test(text)) return new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'u').test(text);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if ((at === 0 || !isLetterCode(text.charCodeAt(at - 1))) && !isLetterCode(text.charCodeAt(at + word.length))) return true;
  }
  return false;
}

/** Whether a position opens a sentence: the text's or a paragraph's start, or after . ! ? and a space. */
function startsSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  return at === 0 || /(?:[.!?:]["”’)]?\s+|\n\s*|^\s*["“‘(]\s*)$/.test(before) || /\n\n["“‘(]?$/.test(before);
}

// Months written short that are also given names: "Jun Park", "Jan Müller" (a date has a number after it).
// A capitalised name, then ", the <up to three words> <noun>,": an apposition saying what the name is.
// (The words between are captured, unused, for the compile cost: see attribute-quote.ts's ANAPHOR.)
const APPOSITION_NOUN =
  /(\p{Lu}[\p{L}\p{N}&'’-]*(?: \p{Lu}[\p{L}\p{N}&'’-]*){0,3}), (?:the|a|an) (?:([\p{L}'’-]+) ){0,3}?(company|firm|startup|start-up|union|regulator|agency|group|lab|maker|giant|court|commission|ministry|council|committee|authority|board)[,)]/gu;

// The rest of a body's list of fields after a comma: ", Labour and Welfare", ", Culture, Sports and Technology".
const BODY_LIST = /^, (?:\p{Lu}[\p{L}-]*, )*\p{Lu}[\p{L}-]*,? and \p{Lu}/u;

// A preposition of place right before a name.
const PLACE_BEFORE = /\b(?:in|on|near|across|outside|inside|around|throughout)\s+(?:the\s+)?$/i;

// The rest of a public body's name after its noun: " für Digitales", " para la Transformación Digital".
const BODY_OF = /^ (?:für|für die|für den|des|der|de|del|de la|para la|para el|pour la|pour le|du|of|of the)(?: \p{Lu}[\p{L}-]*){1,3}/u;

const SHORT_MONTHS = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);

/** A run opening with a short month that is a given name, then a name: a person's name, not a date. */
function isGivenNameBeforeName(words: string[]): boolean {
  const first = words[0]!;
  // (A surname may open with its particle: "Jan de Vries".)
  const surname = PARTICLES.has(words[1]!) ? words[2] : words[1];
  return words.length > 1 && SHORT_MONTHS.has(first) && GIVEN_NAMES.has(first.toLowerCase()) && surname !== undefined && NAME_WORD.test(surname);
}

/** A name of two words or more ending with an organisation's word, or with it before "of": "Supreme Court of Canada". */
function isInstitution(words: string[]): boolean {
  const of = words.findIndex((word) => word === 'of' || word === 'for');
  return words.length > 1 && ORG_SUFFIX.has(words[(of > 0 ? of : words.length) - 1]!);
}

// A name's suffix: "Jr", "Sr", "II", "III", "IV".
const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;

/**
 * A whole name of four words at most (particles and a suffix aside) that opens with a given name: "María
 * Fernanda López de Mesa", "Juan Carlos García Márquez". Not a title before a name ("Nobel Laureate Jane Roe"
 * opens with no given name), so it is not cut to its last words.
 */
function isLongName(words: string[]): boolean {
  // (The list spells given names without accents: "María" is "maria".)
  if (!GIVEN_NAMES.has(words[0]!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())) return false;
  const counted = words.filter((word) => !PARTICLES.has(word) && !NAME_SUFFIX.test(word));
  return counted.length <= 4 && words.every((word) => isPersonWord(word) || NAME_SUFFIX.test(word));
}

export function isPersonWord(word: string): boolean {
  return NAME_WORD.test(word) || INITIAL.test(word) || PARTICLES.has(word);
}

/** Two or three name-shaped words without an organisation suffix: "Mark Zuckerberg", "J. Trevor Hughes". */
export function isPersonLike(words: string[]): boolean {
  // "Ursula von der Leyen": particles do not count towards a name's length.
  const counted = words.filter((word) => !PARTICLES.has(word)).length;
  if (counted < 2 || counted > 3 || words.length > 5) return false;
  // "Apple Intelligence", "Google Cloud", "Samsung Electronics": a company's product or division.
  if (COMPANY_FIRST_WORDS.has(words[0]!)) return false;
  if (ORG_SUFFIX.has(words[words.length - 1]!)) return false;
  // "National Handwriting Day", "Cannes Lions Festival", "Clean Air Act": a day, an event or a
  // document, not a person. Two words may be one ("Doris Day"), and so may three opened by a given
  // name ("Mary Ann Day").
  // No one's surname is "Prize" or "Summit": "Kellerman Prize", "Lisbon Summit" are never a person.
  if (NEVER_SURNAME.has(words[words.length - 1]!)) return false;
  if (counted === 3 && OBSERVANCE_SUFFIX.has(words[words.length - 1]!) && !GIVEN_NAMES.has(words[0]!.toLowerCase())) return false;
  return words.every(isPersonWord) && NAME_WORD.test(words[words.length - 1]!);
}

// The last words of an observance's name that are also surnames ("Doris Day"): a person's only after a given name.
const OBSERVANCE_SUFFIX = new Set(['Day', 'Week', 'Month']);

// The last words of an event's, an award's or a document's name, a column's or a day's, that are no one's surname.
const NEVER_SURNAME = new Set(['Prize', 'Award', 'Awards', 'Medal', 'Summit', 'Conference', 'Expo', 'Festival', 'Act', 'Treaty', 'Protocol', 'Agreement', 'License', 'Licence',
  // A column's or a newsletter section's name ("Tech Tales:", "Weekend Reads"), no person's.
  'Tales', 'Stories', 'Chronicles', 'Diaries', 'Reads', 'Picks',
  // A plan's, a report's or a pact's name ("the AI Opportunities Action Plan", "Global Risks Report").
  'Plan', 'Strategy', 'Roadmap', 'Framework', 'Blueprint', 'Agenda', 'Declaration', 'Manifesto', 'Report', 'Index', 'Survey', 'Guidelines', 'Principles', 'Accord', 'Pact', 'Directive', 'Regulation',
  // A day's name ("Cyber Monday", "Black Friday", "Super Tuesday").
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

/**
 * A name from its given name on, when a capitalised word before a known given name (its accents aside: "José") is
 * none itself: a role's or a body's ("presidente del Consiglio Giorgia Meloni", "Verbraucherschützerin Christine Steffen").
 */
function fromGivenName(words: string[]): string[] {
  if (words.length < 3 || isGivenName(words[0]!)) return words;
  for (let k = 1; k < words.length - 1; k++) if (isGivenName(words[k]!)) return words.slice(k);
  return words;
}

/** Whether a name's last word is an observance's, an event's, an award's or a document's ("Day", "Summit", "Act"). */
function endsEventName(words: string[]): boolean {
  const last = words[words.length - 1]!;
  return OBSERVANCE_SUFFIX.has(last) || NEVER_SURNAME.has(last);
}

// A word of a role's introduction ("U.S.", "co-founder").
const INTRODUCTION_WORD = /[\p{L}][\p{L}.-]*/gu;

/**
 * The roles (role heads, "chief" for "CEO") that introduce the name at `at`–`end` of `text`: the last words
 * before it, not before `from` ("U.S. District Judge Helen Marquez"), and its apposition ("Priyanka Shah, an
 * analyst at Corbel Securities").
 */
export function introductionRoles(text: string, at: number, end: number, from = 0): Set<string> {
  const before = text.slice(Math.max(from, at - 60), at).match(INTRODUCTION_WORD)?.slice(-4) ?? [];
  const after = text.slice(end, end + 100);
  const apposition = after.startsWith(',') ? (after.slice(1).split(/[,.;:!?]/)[0]!.match(INTRODUCTION_WORD) ?? []) : [];
  const roles = new Set<string>();
  for (const word of [...before, ...apposition]) if (isRoleWord(word)) roles.add(roleHead(word));
  return roles;
}

/** A role word's head, lower case: "CEO" is "chief", as in "chief executive". */
export function roleHead(word: string): string {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return lower === 'ceo' ? 'chief' : lower;
}

export function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return ROLES.has(lower) || GERMAN_ROLE.test(lower);
}

// German writes roles as capitalised compounds: "Firmenchef Jan Müller", "Regierungssprecherin …".
const GERMAN_ROLE = /(?:chef|chefin|sprecher|sprecherin|manager|managerin|geschäftsführer|geschäftsführerin|vorstand|mitglied|abgeordnete|abgeordneter|professor|professorin|bürgermeister|bürgermeisterin|forscher|forscherin|minister|ministerin|präsident|präsidentin|leiter|leiterin|direktor|direktorin|vorsitzender|vorsitzende|gründer|gründerin|kanzler|kanzlerin|experte|expertin|analyst|analystin)$/;

// The last word before a run, and the space after it.
const WORD_BEFORE = /([\p{L}.-]+)\s+$/u;

// The word after a single space.
const NEXT_WORD = /^ (\p{Lu}\p{L}+)/u;

/**
 * Capitalised words that the text also writes in lowercase (or in the plural), with no given name
 * first, are a title, a heading or a thing ("his studio’s game, Where Cards Fall", "the Swift Student
 * Challenge", "Bug Fix Submissions: …"), not a person. `writes` answers for a lowercase word.
 */
export function namesAThing(words: readonly string[], writes: (lower: string) => boolean): boolean {
  if (GIVEN_NAMES.has(words[0]!.toLowerCase())) return false;
  // (A name's particles are written in lowercase inside it: "De la Cruz" opening a sentence is Ana de la Cruz.)
  return words.some((word) => !PARTICLES.has(word.toLowerCase()) && (writes(word.toLowerCase()) || writes(`${word.toLowerCase()}s`)));
}

// " of " and a capital, right after a word.
const OF_NAME_AFTER = /^ of \p{Lu}/u;

/** Some run is exactly these words: a name the text writes on its own. */
function isWholeRunElsewhere(words: readonly string[], runs: readonly NameRun[]): boolean {
  return runs.some((run) => run.words.length === words.length && run.words.every((word, i) => word === words[i]));
}

/** The capitalised runs of a text, split at roles, possessives and punctuation. */
export function nameRuns(text: string): NameRun[] {
  const reader = new RunReader(text);
  // Most words are plain lowercase ones, which only end a run: no string is made of them.
  forEachMatch(text, WORD, isLetterOrDigitCode, isWordTail, (at, end) => reader.read(at, end));
  reader.finish();
  return reader.runs;
}

// A lowercase letter then a capital ("xAI", "eBay").
const CAMEL_START = /^\p{Ll}\p{Lu}/u;

// A space and a capital.
const SPACE_CAPITAL = /^ \p{Lu}/u;

// A title or a suffix whose stop ends no sentence ("Dr.", "Jr.").
const NAME_TITLE = new RegExp(`^(?:${NAME_TITLE_ABBREVIATIONS})$`);

// Initials with their stops ("U.S.").
const INITIALS = /^(?:\p{Lu}\.)+$/u;

/**
 * The state of one nameRuns reading, word by word. A class, not closures over the function's
 * variables: under tsx (keepNames) each closure bound to a name is named again at every call.
 */
class RunReader {
  readonly runs: NameRun[] = [];
  private words: string[] = [];
  private start = 0;
  private lastEnd = -1;
  // Inside a body's list of fields ("Ministry of Health, Labour and Welfare"): commas and "and" go on.
  private listing = false;
  // The last word taken was a role ("Attorney"): a "General" right after it is part of the office
  // ("Associate Attorney General Stanley Woodward"), not of the name. Alone, "General" is left as it
  // was: "General Motors", "General Mark Milley".
  private afterRole = false;
  // A role word then "of" or "for" ("Secretary of State", "Professor of Education"): the capitalised
  // words that follow start with the office's field, and the name, if any, is at their end.
  private officeOf = false;
  // Where an office's field ended ("Minister of Economic Affairs"): an "and" right after it goes on with
  // the field ("… and Planning Marsha Caddle": Planning is the office's, the name at the end).
  private fieldEnd = -1;

  constructor(private readonly text: string) {}

  /**
   * An "and" inside a body's name: the capitalised words after it end in an organisation's word ("Food and Drug
   * Administration", "Department of Health and Human Services"); "Apple and Google", "Corvane Systems and Halden Labs" are two.
   */
  private andInBody(text: string, at: number): boolean {
    // "Corvane Systems and Halden Labs": a name whole before the "and" is one of two.
    if (ORG_SUFFIX.has(this.words[this.words.length - 1]!)) return false;
    const after = AND_BODY.exec(text.slice(at, at + 80));
    return after !== null && ORG_SUFFIX.has(after[1]!);
  }

  finish(possessive = false): void {
    const text = this.text;
    let words = this.words;
    let start = this.start;
    this.listing = false;
    // Long runs that are not organisations are a title before a name: keep the name at the end.
    // The run starts where its name does: "In Broadview" is "Broadview" after a preposition.
    let shifted = false;
    while (words.length > 0 && STOPWORDS.has(words[0]!.replace(/\.$/, '')) && !isGivenNameBeforeName(words)) (words.shift(), (shifted = true));
    if (shifted && words.length > 0) start = Math.max(start, text.indexOf(words[0]!, start));
    while (words.length > 0 && (PARTICLES.has(words[words.length - 1]!) || words[words.length - 1] === 'of' || words[words.length - 1] === 'for')) words.pop();
    // "Hilfe von Florian Schmitt", "ayuda de María López": a particle before a given name is a
    // preposition (a name's own particle follows a given name: "Ursula von der Leyen"), and the words
    // before it (German capitalises its nouns) are no part of the name.
    // So is a German or Dutch "von"/"van" with a whole name after it ("Unterstützung von Jan Brandt"):
    // a noble's particle stands between a given name and one surname ("Richard von Weizsäcker").
    const preposition = words.findIndex(
      (word, i) =>
        i > 0 &&
        PARTICLES.has(word) &&
        !GIVEN_NAMES.has(words[i - 1]!.toLowerCase()) &&
        (GIVEN_NAMES.has(words[i + 1]?.toLowerCase() ?? '') || (GERMANIC_PREPOSITION.has(word) && i === 1 && words.length === 4 && !PARTICLES.has(words[2]!))),
    );
    if (preposition > 0) {
      start = Math.max(start, text.indexOf(` ${words[preposition + 1]!}`, start) + 1);
      words = words.slice(preposition + 1);
    }
    // German's article after a name is the next noun's ("sagte Jörg Halbach der Zeitung", told the paper): a
    // name's own "der"/"den" follows "von", "van" or "de" ("Ursula von der Leyen", "Joost van den Berg").
    const article = words.findIndex((word, i) => i > 1 && (word === 'der' || word === 'den') && !/^(?:von|van|de|ter)$/i.test(words[i - 1]!));
    if (article > 0) words = words.slice(0, article);
    // A second "van" or "von" after a name that has its own is the office's "of" ("staatssecretaris Eddie van Marum van
    // Digitalisering", state secretary of digitalisation): the name ends before it.
    const office = words.findIndex((word, i) => i > 2 && GERMANIC_PREPOSITION.has(word) && words.slice(1, i).some((earlier) => PARTICLES.has(earlier)));
    if (office > 0) words = words.slice(0, office);
    // "Secretary of State Marco Rubio", "Professor of Education Jo Boaler": the office's field, then a
    // person's name. The field is no part of the name (an organisation's name is left whole).
    // ("Secretary of the Treasury Janet L. Yellen": a middle initial makes the name three words.)
    const nameLength = words.length >= 4 && INITIAL.test(words[words.length - 2]!) ? 3 : 2;
    if (this.officeOf && words.length > nameLength && isPersonLike(words.slice(-nameLength))) {
      const at = text.indexOf(words[words.length - 1]!, start);
      words = words.slice(-nameLength);
      start = Math.max(start, text.lastIndexOf(words[0]!, at));
    } else if (this.officeOf && words.length > 0) {
      this.fieldEnd = text.indexOf(words[words.length - 1]!, start) + words[words.length - 1]!.length;
    }
    this.officeOf = false;
    const all = words;
    // (Not an event's or a document's name: "National Letter Writing Day" is no title before "Writing Day",
    // "GNU General Public License" none before "Public License".)
    // A name's particles and its suffix ("Jr", "III") are no words of their own here: "Michael D. Harrington
    // III" is a name of three, and a name cut to its last words keeps the particles inside them ("López de Mesa").
    const counted = words.filter((word) => !PARTICLES.has(word) && !NAME_SUFFIX.test(word)).length;
    if (counted > 3 && !isInstitution(words) && !endsEventName(words) && !isLongName(words)) {
      const keep = words.slice(-3).some((word) => INITIAL.test(word)) ? 3 : 2;
      let from = words.length;
      for (let kept = 0; from > 0 && kept < keep; ) if (!PARTICLES.has(words[--from]!) && !NAME_SUFFIX.test(words[from]!)) kept++;
      words = words.slice(from);
    }
    if (words.length > 0) this.runs.push({ words, all, at: start, possessive });
    this.words = [];
    this.start = start;
  }

  /** One word of the text (WORD's match at `at`). */
  private take(word: string, at: number): void {
    const text = this.text;
    // Only a single space joins two words of a name; a comma, a dash or a quote mark ends it.
    // "Ernst & Young", "Procter & Gamble", "AT&T"'s kin: an ampersand between two capitalised words joins one name.
    const ampersand = this.words.length > 0 && at === this.lastEnd + 3 && text.startsWith(' & ', this.lastEnd) && CAPITAL_FIRST.test(word);
    if (ampersand) this.words.push('&');
    const joined = this.lastEnd < 0 || ampersand || (at === this.lastEnd + 1 && text.charCodeAt(this.lastEnd) === 32);
    const afterRole = this.afterRole;
    this.afterRole = false;
    if (afterRole && (word === 'of' || word === 'for') && this.words.length === 0) {
      this.officeOf = true;
      this.lastEnd = at + word.length;
      return;
    }
    // "Ministry of Health, Labour and Welfare": a body's "of" goes on over a list of fields, comma and all.
    if (!joined && this.words.length > 1 && at === this.lastEnd + 2 && (this.words.includes('of') || this.words.includes('for')) && isInstitution(this.words) && BODY_LIST.test(text.slice(this.lastEnd, this.lastEnd + 80))) {
      this.words[this.words.length - 1] += ',';
      this.listing = true;
    } else if (!joined && this.words.length > 0) this.finish();
    this.lastEnd = at + word.length;
    // Most words are lowercase: they end a run (a particle like "van" may continue one).
    const first = word.charCodeAt(0);
    // "xAI", "eBay": a lowercase initial before a capital is a name's spelling, not a common word.
    const camel = first >= 97 && first <= 122 && CAMEL_START.test(word);
    // "Supreme Court of Canada", "Bank of England", "Center for AI Safety": "of" and "for" go on with an organisation's name.
    const ofName = (word === 'of' || word === 'for') && this.words.length > 0 && ORG_SUFFIX.has(this.words[this.words.length - 1]!) && SPACE_CAPITAL.test(text.slice(this.lastEnd, this.lastEnd + 2));
    // (read lets an "and" through only inside a body's list or name: see andInBody. A run that ended before it has none.)
    const listAnd = word === 'and' && this.words.length > 0;
    if (first >= 97 && first <= 122 && !camel && !ofName && !listAnd && !(this.words.length > 0 && PARTICLES.has(word))) {
      if (this.words.length > 0) this.finish();
      return;
    }
    let endsSentence = false;
    if (word.endsWith('.') && !INITIAL.test(word) && !INITIALS.test(word)) {
      word = word.replace(/\.+$/, '');
      endsSentence = !NAME_TITLE.test(word);
    }
    const possessive = /['’]s$/.test(word);
    if (possessive) word = word.slice(0, -2);
    // "a Boston-based biotech", "Microsoft-backed", "AI-powered": an adjective made of a name is no name.
    if (NAME_ADJECTIVE.test(word)) {
      if (this.words.length > 0) this.finish();
      return;
    }

    // "Don’t", "I’d": contractions are never names.
    const capitalised = (camel || CAPITAL_FIRST.test(word)) && !/['’](?:t|d|m|ll|re|ve)$/i.test(word);
    // "Sapporo Snow Festival Executive Committee": a role word before a body's last word is part of the body's name.
    const office = word === 'General' && joined && afterRole;
    // "Matthew Prince", "Stephen King": a title that is also a surname, right after a given name, is that surname.
    const surname = joined && this.words.length === 1 && SURNAME_TITLES.has(word) && GIVEN_NAMES.has(this.words[0]!.toLowerCase());
    if (office || (!surname && isRoleWord(word) && !(this.words.length > 0 && ORG_SUFFIX.has(NEXT_WORD.exec(text.slice(this.lastEnd, this.lastEnd + 30))?.[1] ?? '')))) {
      this.finish();
      this.afterRole = !office;
      return;
    }
    if (capitalised || ofName || listAnd || (PARTICLES.has(word) && this.words.length > 0)) {
      if (this.words.length === 0) this.start = at;
      this.words.push(word);
      if (possessive) this.finish(true);
      // A suffix is a name's last word: "said Jane Roe Jr. The company …" ends the name at "Jr.".
      else if (endsSentence || NAME_SUFFIX.test(word)) this.finish();
    } else if (this.words.length > 0) {
      this.finish();
    }
  }

  /** The word of the text from `at` to `end`. */
  read(at: number, end: number): void {
    const text = this.text;
    const code = text.charCodeAt(at);
    const lowercase = code >= 97 && code <= 122;
    // "xAI": a capital second (one beyond the BMP is left to the pattern in take).
    const second = end - at > 1 ? text.charCodeAt(at + 1) : -1;
    const camel = lowercase && (isUpperCode(second) || isSurrogateCode(second));
    const of = (code === 111 && end - at === 2 && text.charCodeAt(at + 1) === 102) || (code === 102 && end - at === 3 && text.startsWith('for', at));
    const and = end - at === 3 && text.startsWith('and', at) && (this.listing || (this.words.length > 0 && this.andInBody(text, at - 1)));
    if (lowercase && !camel && !of && !and && !(this.words.length > 0 && end - at <= 3 && PARTICLES.has(text.slice(at, end)))) {
      if (this.words.length > 0) this.finish();
      // The office's field goes on after "and": the next run starts with it, as after "of".
      const fieldAnd = this.fieldEnd >= 0 && at === this.fieldEnd + 1 && end - at === 3 && text.startsWith('and', at);
      this.fieldEnd = -1;
      if (fieldAnd) this.officeOf = true;
      this.lastEnd = end;
      this.afterRole = false;
    } else {
      this.take(text.slice(at, end), at);
    }
  }
}
