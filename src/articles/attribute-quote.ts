// Who said a quoted span: the attribution around it ("Zuckerberg wrote", "said OpenAI spokesperson
// Niko Felix", "according to …", "Alex Wurz: ‘…’", a colon ending the paragraph before), resolved
// to the fullest name the article gives. Pronouns and "the company" are followed back.
import { forEachMatch, isLetterCode, isUpperCode } from './char-classes.ts';
import { genderOfName } from './given-names.ts';
import { isNotSpeech } from './not-speech.ts';
import { EM_DASH, quotedSpans, type QuotedSpan } from './quoted-spans.ts';
import { isAiProductName, isPersonLike, isPersonWord, isRoleWord, nameRuns, roleHead, type SpeakerNames } from './speaker-names.ts';
import { NAME_TITLE_ABBREVIATIONS, SENTENCE_OPENING_WORDS } from './split-sentences.ts';

export interface Attribution {
  /** 0: no attribution; 2: a speech verb in the sentence; 3: an attribution next to the quote. */
  strength: number;
  speaker: string | null;
  kind: 'person' | 'org' | null;
  /** The attribution names a news outlet or its report: the outlet's own wording, not a quotation. */
  outlet: boolean;
}

export interface AttributionContext {
  names: () => SpeakerNames;
  /** Offset of this paragraph in the text SpeakerNames was built from. */
  offset: number;
  previousParagraph?: string;
  /** The paragraph after this one, for an attribution that looks back ("That was how Jane Roe put it."). */
  nextParagraph?: string;
  /** The speaker of the last attributed quote, and its paragraph, for "he said" and continuations. */
  previous?: { speaker: string; kind: 'person' | 'org'; paragraph: number };
  /** The paragraph of a later attribution next to a quote that named no one shown ("“…,” the chatbot wrote"). */
  unshown?: number;
  paragraph: number;
  isOutlet: (name: string) => boolean;
  /** Where the quotation being attributed opens, in SpeakerNames' text: names inside it are its words, not who speaks. */
  quoteOpen?: number;
}

// German's speech verbs: among SPEECH, and read apart for German's inverted order (see speakerBefore).
const GERMAN_SPEECH = 'sagte erklärte betonte schrieb meinte sagt erklärt betont';
const SPEECH = new Set(
  (
    'said says say saying told tells tell telling wrote writes write writing added adds adding explained explains ' +
    'explaining stated states noted notes noting argued argues arguing claimed claims claiming warned warns warning ' +
    'announced announces confirmed confirms confirming tweeted tweets posted asked asks replied replies continued ' +
    'insisted insists recalled recalls acknowledged acknowledges commented remarked emphasized emphasised stressed ' +
    'declared declares admitted admits suggested suggests described describes describing urged urges predicted ' +
    'promised responded cautioned concluded testified demanded demands define defines defined believes thinks ' +
    'agreed agrees countered joked quipped conceded observed mused boasted vowed pledged revealed reveals wondered ' +
    'shared summarized summarised complained lamented praised criticized criticised pointed insisting adds ' +
    'mentioned mentions reiterated recounted elaborated clarified alleges alleged ' +
    // The present of the verbs above that features write in ("…,” jokes Priya Raman", "quips Dr. Angela Moss").
    // (Not "promises", "responds" or "vows": "The way the Commission responds to Apple's proposal “…”" says no words.)
    'jokes quips laughs laughed muses ' +
    // The commonest speech verbs of the other languages the feeds are written in (Portuguese,
    // Spanish, French, German, Italian, Dutch): the grammar around them is the same.
    'disse afirmou declarou explicou referiu acrescentou sublinhou garantiu frisou defendeu admitiu escreveu afirma explica refere ' +
    'comentou destacou salientou ressaltou observou avaliou lembrou concluiu reforçou diz ' +
    'dijo afirmó declaró explicó aseguró añadió señaló indicó asegura escribió ' +
    'expresó comentó destacó manifestó sostuvo agregó apuntó precisó subrayó recalcó advirtió reconoció concluyó aclaró resaltó relató ' +
    'dice señala añade agrega destaca sostiene comenta explica afirma cuenta relata apunta indica advierte reconoce insiste subraya ' +
    'preguntó respondió contestó contó ' +
    // Spanish's perfect, after its auxiliary ("”, ha explicado José Luis Martínez").
    'dicho explicado afirmado declarado asegurado añadido señalado indicado comentado destacado subrayado ' +
    'dit déclaré affirmé expliqué précisé estimé indiqué assuré ajouté souligné raconté confié lancé rappelle lance ' +
    'répété martelé insisté prévenu rappelé reconnu tranché résumé poursuivi commenté répondu ' +
    'déclare affirme explique précise estime indique assure ajoute souligne raconte confie ' +
    `${GERMAN_SPEECH} ` +
    'detto dichiarato spiegato affermato dichiara sottolinea sottolineato spiega afferma racconta raccontato aggiunge aggiunto ' +
    'osserva osservato commenta commentato ammette ammesso ribadisce ribadito assicurato precisato evidenziato ricordato avvertito risposto concluso ' +
    'zei zegt verklaarde schreef aldus ' +
    'δήλωσε είπε ανέφερε τόνισε εξήγησε'
  ).split(' '),
);

// "According to" in the other languages the feeds are written in.
const ACCORDING = new Set(['laut', 'selon', 'segundo', 'según', 'secondo', 'volgens']);

// "selon un communiqué de Renault", "según un comunicado de Iberdrola", "laut einer Mitteilung von VW":
// a statement of the organisation named after it.
const FOREIGN_STATEMENT = /^\s+(?:un|une|le|la|l['’]|el|una|um|uma|o|einer|einem|der|dem)\s*(?:communiqué|comunicado|mitteilung|erklärung|pressemitteilung|nota|déclaration|declaración|declaração)\s+(?:de|del|de la|da|do|du|des|von|der)\s+\p{Lu}/iu;

// "selon son président, Bernard Lefèvre", "según su presidente, Bernardo López": a role, then its holder's name.
// The role may name what it is of, capitalised: "selon la ministre du Numérique, Élodie Marchand".
const FOREIGN_ROLE_THEN_NAME = /^\s+(?:son|sa|ses|su|sus|seu|sua|il|la|le|el|der|die|sein|seine|ihr|ihre|zijn|haar|hun)\s+[\p{Ll}-]+(?:\s+[\p{L}'’-]+){0,4}\s*,\s*\p{Lu}/u;

// A passive's auxiliary right before the verb: "may also be added", "was told", "is said".
const PASSIVE_BEFORE = /(?<!\p{L})(?:be|been|being|is|are|was|were)\s+$/u;

// An auxiliary before a past participle: "…», a déclaré la ministre", "“…”, ha detto".
const AUXILIARY = /^(?:a|ont|avait|hat|hatte|ha|hanno|heeft|hebben)\s+$/;

const PRONOUN = /\b(he|she|they|it|He|She|They|It)\b/g;
// The words before the noun are captured, unused: V8 copies a repeat of up to three of a group that
// captures nothing, and with it the noun list after it, once per copy (about 10 ms to compile on
// first use, against 1 ms for the loop it makes of a capturing group). The noun is group 2.
const ANAPHOR =
  /\b(?:the|a|an|its|their|his|her|The|A|An|Its|Their|His|Her)\s+(?:([\p{L}’'.-]+)\s+){0,3}?(company|companies|firm|startup|start-up|business|network|platform|service|site|app|regulator|commission|agency|court|ruling|decision|judgment|government|ministry|department|administration|authority|group|union|organization|organisation|lab|team|letter|statement|filing|notice|maker|giant|retailer|operator|carrier|bank|brand|studio|publisher|manufacturer|council|committee|board|campaign|party|police|military|university|college|school|hospital|institute|foundation|nonprofit|non-profit|charity|automaker|carmaker|chipmaker|airline|insurer|spokesperson|spokesman|spokeswoman|representative|spokespeople|report|article|story|headline|paper|newspaper|outlet|publication|magazine|defender|player|striker|manager|coach|executive|exec|founder|ceo|analyst|researcher|professor|scientist|expert|lawyer|attorney|official|officer|engineer|designer|developer|leader|minister|president|chief|boss|author|writer|artist|actor|singer|woman|man|victim|worker|employee|student|teacher|doctor|judge|justice|senator|lawmaker|governor|mayor|prosecutor|chancellor|premier|congressman|congresswoman|legislator|commissioner|economist|historian|physician|nurse|CEO|CFO|CTO|COO|candidate|investor|host|creator|owner|whistleblower|scholar|laureate|billionaire|entrepreneur|veteran|pioneer|\d{1,3}-year-old)\b/gu;

const POSSESSIVE_ROLE =
  /^['’]s?\s+(?:[^\s.,]+\s+){0,2}?(founder|co-founder|cofounder|ceo|chief|executive|president|spokesperson|spokesman|spokeswoman|representative|head|director|lawyer|attorney|engineer|researcher|owner|boss|leader|manager|chair|chairman|chairwoman|cto|cfo)\b/;

const FORMAL_ORG = /^(regulator|commission|agency|court|ruling|decision|judgment|government|ministry|department|administration|authority|council|committee|board|union|police|military|university|college|school|hospital|institute|foundation)$/;
const ORG_NOUN = /^(company|companies|firm|startup|start-up|business|network|platform|service|site|app|group|organization|organisation|lab|team|statement|filing|notice|maker|giant|retailer|operator|carrier|bank|brand|studio|publisher|manufacturer|campaign|party|nonprofit|non-profit|charity|automaker|carmaker|chipmaker|airline|insurer)$/;
const SPOKES = /^(spokesperson|spokesman|spokeswoman|representative|spokespeople)$/;
const OUTLET_NOUN = /^(report|article|story|headline|paper|newspaper|outlet|publication|magazine)$/;

interface Mention {
  at: number;
  end: number;
  kind: 'name' | 'pronoun' | 'anaphor';
  text: string;
  /** For anaphors: the head noun ("company", "spokesperson"). */
  noun?: string;
  words?: string[];
  possessive?: boolean;
  /** After a preposition ("in Broadview", "on Mars", "in a statement"): a place or a thing, never the subject. */
  governed?: boolean;
  /** A name kept from the end of a longer run of capitalised words (a title before it). */
  cut?: boolean;
  /** Several people named together ("Jane Roe, Tom Lee, and Mia Chen"): `text` is the list as written. */
  listed?: boolean;
  /** After an honorific ("Ms. Roe", "Dr Ruiz"): a person, whether or not the text gave the name in full. */
  honorific?: boolean;
}

// An honorific right before a name: "Ms. Roe said", "according to Dr Ruiz".
const HONORIFIC_BEFORE = /(?:^|[\s(“"])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+$/;

// A preposition right before a mention: "Residents in Broadview said", "On Mars, …", "in a statement".
// Not "like": "folks like Sam Altman define it as …" names the speakers by example.
// A determiner may stand between ("a manager at a European airline", "in the Netherlands").
// Other languages' prepositions too ("… um estágio com Python, e disse “…”": Python is no subject), but
// not de, da, do, del, di, von, van: they are also particles inside names ("Alberto de la Cruz"). After a
// possessive too: "the lobby of their Congress … proudly said" names no Congress as the speaker.
// German's dative article before a name: whom the words were told ("sagte Amodei dem Nachrichtenportal Axios"), never who spoke.
const GERMAN_DATIVE = /(?<!\p{L})(?:dem|einem)\s+$/u;
const GOVERNED = /(?<!\p{L})(?:in|on|at|from|near|of|to|for|with|about|across|into|inside|outside|around|throughout|than|over|under|via|against|toward|towards|within|between|among|after|before|beyond|behind|com|em|para|pelo|pela|no|na|nos|nas|con|en|desde|sobre|avec|dans|pour|chez|sur|mit|bei|für|über|aus|nach|per|tra|fra)\s+(?:(?:a|an|the|one|both|either|their|his|her|its|our|my|your|this|that|these|those|o|os|as|el|los|las|le|les|la|il|lo|gli|der|die|das|dem|den)\s+)?$/iu;

// French, Spanish and Italian "of" after a common noun: "un enseignant de la faculté de Carnegie
// Mellon envoyait", "el presidente de Brasil dijo". After a capitalised word it is inside a name
// ("La Organización de las Naciones Unidas señala"), and its own case is read: no `i` flag.
const ROMANCE_OF = /(?<!\p{L})\p{Ll}[\p{L}'’-]*\s+(?:de|du|des|del|della|di)\s+(?:(?:la|las|los|le|les|el|il|lo)\s+)?$/u;

// Right after a possessive, in the languages the speech verbs are read in: "a friend saw my updated CV
// and said", "um amigo viu meu CV e disse" (the thing owned, never who speaks). A role between them
// ("my colleague Jane Roe said") leaves the name free. (Not French "son": "her son Tom said".)
const POSSESSED = /(?<!\p{L})(?:my|your|our|his|her|their|its|meu|minha|meus|minhas|seu|sua|nosso|nossa|mon|ma|mes|ton|ta|sa|notre|votre|leur|mi|mis|tu|su|sus|nuestro|nuestra|mein|meine|meinen|meinem|dein|deine|sein|seine|unser|unsere)\s+(?:\p{Ll}+ed\s+)?$/iu;

// Right after a verb's -ing form: its object, not the subject of the sentence's speech verb
// ("Controllers tracking Europa said", "analysts covering Nvidia said", "firms including Google").
// Lowercase only: "Outgoing Acme CEO …" opens a name. Not the -ing nouns ("this morning Acme said").
// "No letter before" is a lookbehind: the same test as (?:^|[^\p{L}]) here (only whether it
// matches is asked), but compiled in 1 ms on first use instead of 10.
const OBJECT_OF_PARTICIPLE = /(?<!\p{L})(?!(?:morning|evening|nothing|something|anything|everything|thing|king|spring|string|ceiling|sibling|wedding|building|meeting|briefing|hearing|filing|ruling|funding|offering|earnings)\s)\p{Ll}{3,}ing\s+$/u;

// The object of a relative clause's verb: "Scientists who study Mars said", "engineers who have
// long watched Europa said". One or two lowercase words after the pronoun; not "the fact that Acme".
const OBJECT_OF_RELATIVE = /(?<!\p{L})(?:who|that|which)\s+(?:\p{Ll}+\s+){1,3}$/u;

// What joins two names of one list: "Venus and Mars", "Europa, and Io". A comma alone only inside a
// list "and" closes: "at Business Insider, Dennis Green says" sets the speaker off after the object.
const COORDINATED = /^\s*,?\s*(?:and|or|&)\s+$/;

// An unnamed person the text speaks of ("one resident", "a woman who asked not to be named"):
// after one, "she said" may be that person, so it is not followed back to an earlier name.
// (The words between are captured, unused, for the compile cost: see ANAPHOR.)
const UNNAMED_PERSON = /\b(?:a|an|one|another|some|two|three|four|several|many|few)\s+(?:([^\s.,]+)\s+){0,2}?(?:resident|residents|woman|man|person|people|user|users|employee|employees|worker|witness|local|locals|voter|customer|parent|mother|father|student|teacher|nurse|doctor|source|sources|insider|neighbour|neighbor|shopper|passenger|driver|farmer|fan|reader|viewer|listener|member|protester|soldier|officer|official|staffer|survivor|patient|friend|relative|villager|commuter|bystander)\b|\b(?:asked|wished|wanted|declined|requested)\s+(?:not\s+)?(?:to\s+)?(?:not\s+)?(?:be\s+)?(?:named|identified)\b|\banonymity\b/;

// A speaker given only as an indefinite description, no name in it: "a 54-year-old shopkeeper", "one
// man"; or as the anonymous source the story spoke of before: "said the person, who asked not to be named".
// (The words between are captured, unused, for the compile cost: see ANAPHOR.)
const INDEFINITE = /^\s*(?:(?:a|an|one|another|some|two|three|four|several|many|few)\s|the\s+(?:([^\s\p{Lu}]+)\s+){0,2}?(?:person|people|source|sources|insider|insiders)\b)[^\p{Lu}]*$/u;

// Someone the text introduces without a name, whatever words stand between: "one Meta engineer",
// "a senior administration official", "a man who saw the crash", German "eine Anwohnerin", Spanish
// "un vecino de 67 años". Not a spokesperson, who speaks for the organisation named with them.
const INDEFINITE_PERSON = /^\s*(?:(?:but|and|yet|while|though|although|mas|pero|mais|aber|maar)\s+)?(?:a|an|one|another|ein|eine|einer|un|una|uno|une|um|uma|een)\s+(?![^,;]*\b(?:spokes\w*|representative|representatives|sprecher\w*|portavoz|portavoces|porta-voz|vocero|vocera|porte-parole|woordvoerder|woordvoerster|press office)\b)[^,;:]*$/iu;

// The clause a conjunction joins after a comma, up to the verb: "Comments are positive, but one
// commenter argues … and says". (Not an apposition: "Jane Roe, a scientist at Acme said" has no conjunction.)
const JOINED_CLAUSE = /[,;]\s*((?:but|and|yet|while|though|although|mas|pero|mais|aber|maar)\s+[^,;]*)$/iu;

// A group the text does not name one by one, as the subject: "the researchers said", "two engineers wrote".
// (The words between are captured, unused, for the compile cost: see ANAPHOR.)
// (The article may be left out: "…,” analysts said", "…,” city officials said". And the anonymous sources of a
// report: "…,” people familiar with the matter said", "sources close to the company".)
const UNNAMED_GROUP = /^\s*(?:(?:the|some|several|many|two|three|four|other)\s+)?(?:([\p{Ll}-]+)\s+){0,2}?(?:researchers|scientists|authors|analysts|experts|economists|doctors|nurses|officials|residents|users|employees|workers|engineers|developers|critics|lawyers|executives|investors|people|students|teachers|parents|organisers|organizers|campaigners|activists|protesters|drivers|farmers|patients|moderators|regulators|lawmakers)\s*$|^\s*(?:(?:the|some|several|two|three|four)\s+)?(?:people|persons|sources|officials|executives)\s+(?:familiar with|close to|briefed on|with (?:direct )?knowledge of|involved in)\s+[^,.;:]{2,40}$/u;

// A team described by what it does, not named: "the mission team", "the research team". (A named
// one, "the Gemini team", has a capital; the team of a company is "its team".)
const UNNAMED_TEAM = /^\s*the\s+(?:[\p{Ll}-]+\s+){1,2}team\s*$/u;

// A document someone filed or signed, as the subject of "says": "the complaint says", "the
// lawsuit alleges". Whoever filed it is rarely the organisation the story is about (often the one sued).
const DOCUMENT_SUBJECT = /^\s*(?:the|a|an|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:complaint|lawsuit|suit|indictment|petition|motion|letter|open letter)\s*$/iu;

// A public body's common noun in the languages the feeds are written in, after a definite article:
// "erklärte das Ministerium", "señaló el tribunal", "a déclaré le ministère". It is the body named before.
const FOREIGN_BODY = /^\s*(?:das|der|die|el|la|le|l['’])\s*(ministerium|gericht|bundesgericht|regierung|behörde|kommission|ministerio|tribunal|gobierno|comisión|agencia|ministère|gouvernement|cour|commission)\b/iu;
// "una portavoz del ministerio", "ein Sprecher des Ministeriums": the body speaks.
const SPOKES_OF_BODY = /^\s*(?:un|una|ein|eine|une)\s+(?:portavoz|vocero|vocera|sprecher|sprecherin|porte-parole)\s+(?:del|de la|de|des|der|du)\s+(?:la\s+|l['’]\s*)?(ministerio|tribunal|gobierno|comisión|agencia|ministeriums|gerichts|regierung|behörde|kommission|ministère|gouvernement|cour|commission)\b/iu;
// A German spokesperson joined to the name they speak for: "ein Nvidia-Sprecher", "die OpenAI-Sprecherin".
const COMPOUND_SPOKES = /^\s*(?:ein|eine|der|die)\s+(\p{Lu}[\p{L}\p{N}.&]*)-(?:Sprecher|Sprecherin)\b/u;
// A spokesperson of "the company" in German, Spanish or French: "ein Sprecher des Unternehmens", "un portavoz de la empresa".
const SPOKES_OF_COMPANY = /^\s*(?:ein|eine|un|una|une)\s+(?:sprecher|sprecherin|portavoz|vocero|vocera|porte-parole)\s+(?:des|der|de la|del|de l['’]|du)\s*(?:unternehmens|konzerns|firma|herstellers|empresa|compañía|compania|entreprise|société|groupe)\b|^\s*(?:ein|eine)\s+(?:unternehmens|konzern|firmen)sprecher(?:in)?\b/iu;
// A quotation mark of any language: where another quotation starts.
const OPENS_QUOTATION = /["“”„«»]/;
// Third-person singular pronouns of German, French and Spanish after a speech verb.
// (Not Italian's article before a noun, "ha detto il ministro Carlo Nordio": French sets its "il" after a hyphen there, "-t-il".)
const FOREIGN_PRONOUN = /^\s*(?:-t-|-)?(er|sie|(?<=-)il|il(?!\s+\p{Ll})|elle|él|ella|ele|ela)\b/iu;
// French inverts the pronoun after an auxiliary: "», a-t-il affirmé.", "», avait-elle dit."
const FRENCH_INVERTED = /^\s*(?:a|avait|aurait)-t?-?(il|elle)\s*$/iu;
// Words for a nation, a region or a faith ("As ancient Chinese observed, “…”", "the Soviet trials
// described it as “…”", "Trump’s speech scared American Muslims"): a people, never the one who said the
// words. A speaker made only of them is none.
const PEOPLES = new Set(
  ('American Americans British Chinese Japanese Korean Koreans Russian Russians Soviet Soviets French German Germans ' +
    'Italian Italians Spanish Indian Indians Israeli Israelis Iranian Iranians Palestinian Palestinians Ukrainian Ukrainians ' +
    'European Europeans African Africans Asian Asians Canadian Canadians Australian Australians Mexican Mexicans Brazilian ' +
    'Brazilians Turkish Arab Arabs Western Westerners Muslim Muslims Christian Christians Jewish Jews Hindu Hindus Catholic Catholics ' +
    // A party's member named by the party ("the Republican said") is no one's name either.
    'Republican Republicans Democrat Democrats Conservative Conservatives Tory Tories').split(' '),
);

const FOREIGN_BODY_WORD = /^(?:ministerium|gericht|regierung|behörde|kommission|ministerio|tribunal|gobierno|comisión|agencia|ministère|gouvernement|cour)$/iu;

// A company's legal form after its name: "Inc.", "Corp.", "Ltd", "plc", "GmbH", "AG".
const LEGAL_FORMS = String.raw`Inc|Corp|Ltd|LLC|plc|PLC|GmbH|AG|SA|S\.A`;
const LEGAL_FORM = new RegExp(String.raw`,?\s+(?:${LEGAL_FORMS})\.?$`);

// A name, then an apposition set off by commas, before the verb: "Jane Roe, chief scientist at Acme, ",
// with the person's age before it as news writes it ("Jane Roe, 41, a former Intel engineer, ").
const APPOSITION = /^([^,]{2,60}),(?:\s+\d{1,3},)?\s+[^,]{2,120},\s*$/;

const NONE: Attribution = { strength: 0, speaker: null, kind: null, outlet: false };

/** Words attributed (weighed at `strength`) to no one the text names: shown with no speaker. */
function unattributed(strength: number): Attribution {
  return { ...NONE, strength };
}

// The words of a piece a title before them names ("Why AI Writing Is …. “…”"): shown with no speaker.
const TITLED: Attribution = { strength: 2, speaker: null, kind: null, outlet: false };

// A person's words, though the text does not say who: weighed as speech, shown without a speaker.
const UNNAMED_SPEAKER: Attribution = { strength: 3, speaker: null, kind: 'person', outlet: false };

// "I wrote", "we also said", "as I noted": the author is the subject of the speech verb.
// After a speech verb: the clause it reports ("said she had …", "says that …", "told reporters it was …").
const REPORTED_CLAUSE = /^\s+(?:\w+\s+)?(?:that|she|he|it|they|we|I|there)\s+\p{Ll}/u;

// A lead-in whose subject is the author: "I asked Jane Roe:", "We put it to Acme:".
const FIRST_PERSON_OPENING = /^\s*(?:I|We)\b|(?:^|[,;]\s*)(?:I|we)\s+\p{Ll}+/u;

// A changelog's entry, opened by its past-tense verb and maybe its number ("2.4.5(viii): Removed Rosetta
// as an example: “…”"): it has no subject, and the name after the verb is what changed, not who speaks.
const CHANGELOG_ENTRY = /^\s*(?:[\w.()]{1,20}:\s*)?(?:Added|Removed|Fixed|Updated|Clarified|Changed|Deprecated|Renamed|Moved|Improved|Introduced|Revised|Expanded|Replaced|Deleted|Dropped)\s/u;

const FIRST_PERSON_SUBJECT = /(?:^|[^\p{L}])(?:I|we|We)(?:\s+(?:have|had|also|once|then|recently|already|just|previously|first))?\s+$/u;

// A capital after any space.
const CAPITAL_NEXT = /^\s*\p{Lu}/u;

// A label of a few words and a colon before a capital.
const LABEL_COLON = /^[^:.!?"“‘']{2,60}:\s+(?=\p{Lu})/u;

export function attributeQuote(paragraph: string, spans: QuotedSpan[], index: number, context: AttributionContext): Attribution {
  const span = spans[index]!;
  const previousClose = index > 0 ? spans[index - 1]!.close : 0;
  const nextOpen = index + 1 < spans.length ? spans[index + 1]!.open : paragraph.length;

  // After the quote: "…,” Zuckerberg wrote" / "…,” said OpenAI spokesperson Niko Felix". After a Spanish
  // speaker's words set between dashes, the aside that says who spoke ends at its own dash ("—… —explicó Ana Ruiz—. …").
  const head = sentenceHead(paragraph.slice(span.close, nextOpen));
  const asideEnd = paragraph.charCodeAt(span.close - 1) === EM_DASH ? head.indexOf('—') : -1;
  const post = asideEnd >= 0 ? head.slice(0, asideEnd) : head;
  // A quote that ends its sentence is followed by a new one: only "Roth said." right away attributes it.
  const strict = /[.!?…]$/.test(span.text) && CAPITAL_NEXT.test(post);
  context.quoteOpen = context.offset + span.open;
  // Before the quote, in the same sentence: "Tim Armstrong … said in a statement: “…”". A quotation that ends the
  // sentence which says who spoke it ("Jensen Huang said rivals' chips were “so expensive …”") is that sentence's
  // speaker's, whoever the next sentence names ("Lisa Su responded the next day."): read first then (and once).
  const clauseStart = Math.max(previousClose, sentenceStart(paragraph, previousClose, span.open));
  const readBefore = () => beforeQuote(paragraph.slice(clauseStart, span.open), context.offset + clauseStart, context);
  const introduced = strict ? readBefore() : undefined;
  if (introduced) return introduced;
  const after = afterQuote(post, context.offset + span.close, strict, context);
  if (after) return after;
  // A quotation that ends its sentence, then one that looks back at it: "“…” Those were the first words Coach Dana
  // Whitfield said.", "“…” So said Mayor Rosa Kim on Monday."
  if (strict) {
    const back = lookingBack(post, context.offset + span.close, context);
    if (back) return back;
  }
  const before = strict ? undefined : readBefore();
  if (before) return before;
  // A quotation that opens its own sentence, after a sentence that says who speaks ("Dennis Green
  // says enough is enough. “I’ve been using …”"): that sentence's speaker, if it holds no quotation
  // itself (a quote's own attribution carries over in extractQuote) and introduces no non-speech.
  if (clauseStart > previousClose && /^\s*$/.test(paragraph.slice(clauseStart, span.open)) && clauseStart > 0) {
    const start = Math.max(previousClose, sentenceStart(paragraph, 0, paragraph.slice(0, clauseStart).trimEnd().length - 1));
    const sentence = paragraph.slice(start, clauseStart);
    const found = start > previousClose || index === 0 ? speakerOfSentence(sentence, context.offset + start, context) : undefined;
    if (found) return found;
  }
  // A paragraph that is only a quotation, signed in the line below it: the signature says more than
  // the sentence above.
  if (span.open === 0 && index === spans.length - 1 && paragraph.slice(span.close).trim().length < 3) {
    const line = signatureLine(context.nextParagraph) ?? creditLine(context.nextParagraph);
    const found = line ? signer(line, context.offset + paragraph.length + 2, context) : undefined;
    if (found) return found;
  }
  // A paragraph that opens with the quote, after one that ends with a colon (or its speech verb) or
  // with a sentence that says who speaks.
  if (span.open === 0 && context.previousParagraph) {
    const last = context.previousParagraph;
    const start = sentenceStart(last, 0, last.length);
    const at = context.offset - last.length - 2 + start;
    // "In his essay, Jo Roe says" above a blockquote: a lead-in that ends with its speech verb, as with a colon.
    if (LEAD_IN_END.test(last)) {
      const found = beforeQuote(last.slice(start), at, context);
      if (found) return { ...found, strength: 2.5 };
    } else if (/[.!?]\s*$/.test(last) && quotedSpans(last.slice(start)).length === 0) {
      const found = speakerOfSentence(last.slice(start), at, context);
      if (found) return found;
    }
  }
  // A transcript's answer: "Wang Lei: It is real. “We were poor, so we were careful” is how I'd
  // put it." The label opening the paragraph names who speaks all of it.
  // Only a person's name known as a given name labels an answer: a list item's bold term ("Atmospheric
  // Audio: Include instructions for “…”") labels what the item is about.
  const label = LABEL_COLON.exec(paragraph);
  if (label && label[0].length <= span.open) {
    const found = labelSpeaker(label[0].trimEnd(), context.offset, 2, context);
    if (found?.speaker && genderOfName(found.speaker) !== undefined) return found;
  }
  // A paragraph that is only a quotation, then one that says whose it was: "That was how Jane Roe,
  // Acme's founder, described it." (the words that look back say the quotation is hers).
  if (span.open === 0 && index === spans.length - 1 && context.nextParagraph && paragraph.slice(span.close).trim().length < 3) {
    const found = lookingBack(sentenceHead(context.nextParagraph), context.offset + paragraph.length + 2, context);
    if (found) return found;
  }
  // A paragraph that is only a quotation continues the previous speaker's words.
  if (span.open === 0 && context.previous && context.previous.paragraph === context.paragraph - 1 && paragraph.slice(span.close).trim().length < 3) {
    return { strength: 1.5, speaker: context.previous.speaker, kind: context.previous.kind, outlet: false };
  }
  return NONE;
}

// A sentence that points back at the quotation before it: "That was how …", "This is how …", "Those were the words of …".
// ("That's how": the verb's contraction has no space before it. "Those were the first words Coach Roe said".)
const LOOKING_BACK = /^\s*(?:(?:That|This|Such)(?:\s+(?:is|was)|['’]s)\s+how\s+|(?:Those|These)\s+were\s+(?:the\s+)?(?:(?:first|last|final|only|exact|very)\s+)?words\s+(?:of\s+)?|So\s+said\s+)/u;
const LOOKING_BACK_VERB = /\b(?:put|puts|summed|sums|framed|frames|described|describes|explained|explains|said|says|saw|sees)\b/;

/** The speaker of a sentence that points back at the quotation before it, with a person's name. */
function lookingBack(sentence: string, offset: number, context: AttributionContext): Attribution | undefined {
  const opening = LOOKING_BACK.exec(sentence);
  if (!opening) return undefined;
  const rest = sentence.slice(opening[0].length);
  const verb = /^(?:Those|These|So)/.test(opening[0].trim()) ? null : LOOKING_BACK_VERB.exec(rest);
  const subject = verb ? rest.slice(0, verb.index) : rest.replace(/[,.;].*$/s, '');
  const mentions = mentionsIn(subject, offset + opening[0].length);
  const chosen = subjectOf(mentions, subject, offset + opening[0].length);
  if (chosen?.kind !== 'name' || chosen.possessive) return undefined;
  const found = resolve(chosen, 2.5, context, mentions);
  return found.speaker ? found : undefined;
}

/** The named speaker of a whole sentence before a quotation, unless it introduces no speech. */
function speakerOfSentence(sentence: string, offset: number, context: AttributionContext): Attribution | undefined {
  if (isNotSpeech(sentence, '')) return undefined;
  const found = beforeQuote(sentence, offset, context);
  return found?.speaker ? { ...found, strength: 2 } : found === TITLED ? found : beatBefore(sentence, offset, context);
}

// A sentence that shows the speaker before their words, a beat with no speech verb ("Asked whether demand
// could collapse, Huang smiled.", "Karp was unapologetic.", "Rahimi laughed."): the words after it are theirs.
const BEAT = /\s(?:\p{Ll}+ly\s)?(?:smiled|laughed|shrugged|paused|nodded|sighed|grinned|chuckled|winced|was (?:blunt|unapologetic|defiant|candid|upbeat|optimistic|cautious|adamant|emphatic|direct|frank|unfazed|unmoved|dismissive|skeptical|sceptical)(?:\s(?:about|on)\s[^.!?]{1,60})?|did(?: not|n['’]t) mince words)[.!]\s*$/u;

/** The person a beat sentence shows (see BEAT): the one name right before its verb, if a person's. */
function beatBefore(sentence: string, offset: number, context: AttributionContext): Attribution | undefined {
  const beat = BEAT.exec(sentence);
  if (!beat) return undefined;
  const named = mentionsIn(sentence.slice(0, beat.index), offset).filter((mention) => mention.kind === 'name');
  const subject = named[named.length - 1];
  if (!subject || subject.end - offset !== beat.index || named.some((mention) => mention !== subject && isPersonLike(mention.words!))) return undefined;
  const found = resolve(subject, 2, context);
  return found.speaker && found.kind === 'person' ? found : undefined;
}

// A dash, a name and a comma before words ("— Jane Roe, CEO").
const SIGNATURE = /^\s*(?:—|–|--|―)\s*([^,]{3,60}),\s*\p{L}/u;

/** The person a signature names ("— Jane Roe, CEO of Acme" → Jane Roe), if it names one person. */
function signer(signed: RegExpExecArray, offset: number, context: AttributionContext): Attribution | undefined {
  const mentions = mentionsIn(signed[1]!, offset + signed[0].indexOf(signed[1]!));
  const name = mentions.length === 1 && mentions[0]!.kind === 'name' && isPersonLike(mentions[0]!.words!) ? mentions[0]! : undefined;
  return name ? resolve(name, 3, context) : undefined;
}

// A name, a comma and a role, with no dash: a blockquote's <cite> ("Jane Roe, head of product at Acme").
const CREDIT = /^\s*([^,]{3,60}),\s*\p{L}/u;

/** A credit line under a paragraph that is all a quotation: short, one phrase, with a role. */
function creditLine(paragraph: string | undefined): RegExpExecArray | null {
  if (paragraph === undefined || paragraph.length > 100 || /[.!?;:]/.test(paragraph)) return null;
  return withRole(paragraph, CREDIT.exec(paragraph));
}

/**
 * A paragraph that is only a signature, "— Jane Roe, CEO of Acme": the paragraph above it (a
 * blockquote, its marks or none) is her words. Only a short line (a paragraph of prose that opens
 * with a dash is not one) that gives a role: an epigraph is signed with its book ("― Harold
 * Abelson, Structure and Interpretation of Computer Programs").
 */
function signatureLine(paragraph: string | undefined): RegExpExecArray | null {
  if (paragraph === undefined || paragraph.length > 140 || /[.!?]\s+\S/.test(paragraph)) return null;
  // "— Jane Roe, Staff Writer": the writer signing off her own story, whose words are no one's quote.
  if (NEWSROOM_ROLE.test(paragraph)) return null;
  const signed = SIGNATURE.exec(paragraph);
  // "— Jared Kaplan, Anthropic": a person and the organisation they speak for, a name of a word or two.
  // (A book's title signs an epigraph: longer, its small words in lowercase.)
  return withRole(paragraph, signed) ?? (signed && isPersonLike(signed[1]!.trim().split(/\s+/)) && SIGNED_ORG.test(paragraph.slice(signed[0].length - 1)) ? signed : null);
}

// The organisation after a signature's comma: one or two capitalised words and nothing else.
const SIGNED_ORG = /^\p{Lu}[\p{L}\d&.'’-]*(?:\s\p{Lu}[\p{L}\d&.'’-]*)?\s*$/u;

// A newsroom's roles, as a writer signs off a story or a post: "Staff Writer", "Senior Editor", "Correspondent".
const NEWSROOM_ROLE = /,\s*(?:[\p{L}-]+\s+){0,2}(?:writer|reporter|editor|correspondent|columnist|contributor)s?\b/iu;

export function isSignatureLine(paragraph: string | undefined): boolean {
  return signatureLine(paragraph) !== null;
}

/** The name's match, when the words after the name's comma give a role ("CEO of Acme"). */
function withRole(paragraph: string, named: RegExpExecArray | null): RegExpExecArray | null {
  return named && paragraph.slice(named[0].length - 1).split(/[\s,]+/).some(isRoleWord) ? named : null;
}

// "so" before a capital.
const SO_BEFORE_NAME = /^so\s+(?=\p{Lu})/u;

/** "…,” she said" → she; "…,” said Diane Greene, …" → Diane Greene; "…,” according to X". */
function afterQuote(post: string, offset: number, strict: boolean, context: AttributionContext): Attribution | undefined {
  // “…” — Jane Roe, CEO of Acme: a signed quotation. Only with the signer's role or affiliation:
  // an epigraph is signed with a bare name ("-- Edgar Allan Poe") and is no quote in the story.
  const signed = SIGNATURE.exec(post);
  if (signed) return signer(signed, offset, context);
  const text = post.replace(/^[\s,]+/, '');
  const shift = post.length - text.length;
  // "…,” according to X", "…,” per a Microsoft spokesperson".
  const according = /^(?:according to|per)\s+/i.exec(text);
  if (according) return accordingTo(text.slice(according[0].length), offset + shift + according[0].length, context);
  // "…,” reads a statement from Microsoft", "…,” reads a memo Roe sent", "…,” reads the memo": a document's
  // words, its author's when it names one by "from" or "by"; else no one's the text names (not "the memo"
  // read as the company named before).
  const document = READS_DOCUMENT.exec(text);
  // (A document someone owns is theirs: "said the company’s statement" is read below.)
  if (document && !/['’]s\s/.test(document[0])) {
    const rest = text.slice(document[0].length);
    const by = /^\s+(?:from|by|sent by|written by|signed by)\s+/i.exec(rest);
    return by ? accordingTo(rest.slice(by[0].length), offset + shift + document[0].length + by[0].length, context) : unattributed(3);
  }
  // "…,” a district email reads.": a document's words, written by no one the text names.
  if (DOCUMENT_READS.test(text)) return unattributed(3);
  // „…“, so Müller: German's "said Müller".
  const so = SO_BEFORE_NAME.exec(text);
  const verbs = so ? [{ word: 'so', at: 0, end: 2 }] : speechVerbs(text);
  const first = verbs[0];
  if (!first) return undefined;
  // "…,” Jane Roe, an operations lead at Acme, wrote.": the name before an apposition is the subject.
  const apposition = !strict && first.at > 0 ? APPOSITION.exec(text.slice(0, first.at)) : null;
  if (apposition && wordsIn(apposition[1]!) <= 4) {
    const mentions = mentionsIn(apposition[1]!, offset + shift);
    // Only a person's name: "Acme, the startup behind Mesa, said" is left to the rules below.
    const chosen = mentions.length === 1 && mentions[0]!.kind === 'name' && isPersonLike(mentions[0]!.words!) ? mentions[0]! : undefined;
    if (chosen) return resolve(chosen, 3, context, mentions);
  }
  if (wordsIn(text.slice(0, first.at)) > (strict ? 4 : 9)) return strict ? undefined : roleThenName(text.slice(0, first.at), offset + shift, context);
  // "…”) Iodine may also be added to cattle feed": a passive verb says nothing of who spoke.
  if (PASSIVE_BEFORE.test(text.slice(0, first.at))) return undefined;
  if (AUXILIARY.test(text.slice(0, first.at))) first.at = 0;
  // After a quote that ended its sentence, "Roth said." attributes it; "Block says it is …" starts a new one.
  // "Holloway said she had never said the words.": a verb that reports a clause of its own is
  // a new statement, not the attribution of the quote before it.
  if (strict && (!/[.!?]\s*$/.test(text) || wordsIn(text.slice(first.end)) > 6 || REPORTED_CLAUSE.test(text.slice(first.end)))) return undefined;
  if (first.at === 0) {
    // "», selon un communiqué de Renault": another language's "according to".
    if (first.word === 'according') return accordingTo(text.slice(first.end), offset + shift + first.end, context);
    // "said X, …": the speaker follows the verb, up to the first comma.
    const rest = text.slice(first.end);
    const upTo = endOfSubject(rest);
    const mentions = mentionsIn(upTo < 0 ? rest : rest.slice(0, upTo), offset + shift + first.end);
    // "…,” said its chief executive, Jane Roe.", "», a déclaré son directeur général, Jean Morel.",
    // "…,” said the White House press secretary, Jane Roe.": a role, then the name in apposition.
    // (A role written in capitals, "son PDG", "its CEO", is no name.)
    const named = upTo < 0 || (mentions.some((mention) => mention.kind === 'name' && !mention.words!.every(isRoleWord)) && !ROLE_OF.test(rest.slice(0, upTo)) && !isBodyRole(rest.slice(0, upTo))) ? undefined : appositionName(rest, upTo, offset + shift + first.end);
    if (named) return resolve(named, 3, context);
    // "…,” said Kite's medical director, Dr. Irene Walsh.": the company owns the role, the person after the comma
    // speaks. (Shown as hers, her quotation outweighed the one our labels take on the measure half: it is shown
    // with no speaker rather than the company's.)
    if (upTo >= 0 && ownedRoleName(rest, upTo, offset + shift + first.end)) return unattributed(3);
    const subject = upTo < 0 ? rest : rest.slice(0, upTo);
    if (MACHINE_SUBJECT.test(subject)) return NONE;
    // "…,” said a man who saw it": someone the text does not name.
    if (isUnnamedPerson(subject)) return UNNAMED_SPEAKER;
    const body = FOREIGN_BODY.exec(subject) ?? SPOKES_OF_BODY.exec(subject);
    if (body) return bodyNamed(body[1]!, offset + shift + first.end, context);
    // "sagte ein Nvidia-Sprecher auf Anfrage von Golem.de": the name the spokesperson's word is joined to speaks;
    // "ein Sprecher des Unternehmens" is its company's, which the words do not name.
    const compound = COMPOUND_SPOKES.exec(subject);
    if (compound) return attributed(compound[1], 'org', 3, context);
    if (SPOKES_OF_COMPANY.test(subject)) return unattributed(3);
    // „…“, sagte er.; «…», explique-t-elle.: another language's "he said", the paragraph's one person if the gender fits.
    const pronoun = FOREIGN_PRONOUN.exec(subject);
    // The pronoun right after the verb is its subject whatever follows it ("sagte er bei der Eröffnung", "dijo ella
    // durante la visita"), up to another quotation.
    if (pronoun && !OPENS_QUOTATION.test(rest.slice(pronoun[0].length))) return pronounPerson(pronoun[1]!, offset + shift, context);
    // "said Japan’s Ministry of Health": the owner is not who speaks, the name after it is. Nor is the body
    // a role names ("said Harbor Health CEO Amy Lindqvist", "said Acme India chief Rohan Mehta").
    const chosen = preferPerson(mentions.filter((mention, i) => !((mention.possessive || qualifiesRole(subject, offset + shift + first.end, mention, mentions[i + 1])) && mentions[i + 1]?.kind === 'name')), false);
    // “…”, afirmou.: a language that drops the subject; it is the paragraph's one person, if one.
    if (mentions.length === 0 && /^[\s.!?]*$/.test(rest)) return { ...droppedSubject(offset + shift, context), strength: 3 };
    return chosen ? resolve(chosen, 3, context) : unnamed(mentions, 3, upTo < 0 ? rest : rest.slice(0, upTo));
  }
  const subject = text.slice(0, first.at);
  // "…?” the assistant says when you open the app": a machine's output, no one's speech.
  if (MACHINE_SUBJECT.test(subject)) return NONE;
  const inverted = FRENCH_INVERTED.exec(subject);
  if (inverted) return pronounPerson(inverted[1]!, offset + shift, context);
  // "…,” the researchers said", "…,” the mission team said": people the text does not name one by one.
  if (UNNAMED_GROUP.test(subject) || UNNAMED_TEAM.test(subject)) return UNNAMED_SPEAKER;
  // "…,” one Meta engineer wrote", "…,” the complaint says": no one the text names.
  if (isUnnamedPerson(subject)) return UNNAMED_SPEAKER;
  if (DOCUMENT_SUBJECT.test(subject)) return unattributed(3);
  const mentions = mentionsIn(subject, offset + shift);
  const chosen = subjectOf(mentions, subject, offset + shift);
  if (!chosen) return unnamed(mentions, 3, subject);
  const found = resolve(chosen, 3, context, mentions);
  return chosen.kind === 'pronoun' && TOLD.test(first.word) ? notTheListener(found, text.slice(first.end), offset + shift + first.end, chosen.at, context) : found;
}

// A machine as the speech verb's subject ("one chatbot responded:"), maybe with its name after it: "the assistant", "Lumen's chatbot,
// Beacon,", "the app", "the AI model". What it "says" is its output (a greeting, an answer, a screen's text),
// no one's speech. Read at the subject's end.
// (An assistant is a machine only as "the assistant" or named so: "a legislative assistant said" is a person.)
// Whose machine it is may follow it: "a customer service chatbot for an energy company replied".
const MACHINE_SUBJECT = /(?:^|[\s,])(?:the\s+assistant|(?:(?:the|a|an|its|their|his|her|this|that|one|another|each|every)\s+|\p{Lu}[\p{L}\p{N}.-]*['’]s\s+)(?:[\p{L}\p{N}-]+\s+){0,2}?(?:(?:chat)?bot|robot|app|screen|(?:ai|voice|virtual|digital|coding|smart)\s+assistant|(?:ai|language|reasoning)\s+model)(?:,\s*[\p{L}\p{N}-]+(?:\s[\p{L}\p{N}-]+)?,?|\s+(?:for|of|from|at|by)\s+(?:an?\s+|the\s+)?(?:[\p{L}\p{N}'’-]+\s*){1,3})?)\s*$/iu;

const TOLD = /^(?:told|tells|telling)$/;

// A role, then a name set off by commas, and nothing else before the verb: "the head of the EU’s executive, Ursula von der Leyen, ".
const ROLE_THEN_NAME = /^(?:the|its|his|her|their|a|an)\s+([^,;:.!?“”"]{3,120}),\s*([^,;:.!?“”"]{3,60}),\s*$/u;

/**
 * "…,” the head of the EU’s executive, Ursula von der Leyen, said.": a subject too long for the
 * words before a verb to be read as one (that limit keeps a new clause's verb off the quote), when it
 * is a role with a role word and the one person named in apposition after it.
 */
function roleThenName(subject: string, offset: number, context: AttributionContext): Attribution | undefined {
  const match = ROLE_THEN_NAME.exec(subject);
  if (!match || wordsIn(match[1]!) > 10 || !match[1]!.split(/\s+/).some((word) => isRoleWord(word.replace(/['’]s?$/, '')))) return undefined;
  const mentions = mentionsIn(match[2]!, offset + subject.lastIndexOf(match[2]!));
  const only = mentions.length === 1 ? mentions[0]! : undefined;
  return only?.kind === 'name' && isPersonLike(only.words!) && only.text === match[2]!.trim() ? resolve(only, 3, context, mentions) : undefined;
}

// A verb of a document's wording, then the document: "reads a memo", "said the company's statement".
const READS_DOCUMENT = /^(?:reads|read|states|stated|says|said)\s+(?:a|an|the|one|its|their|his|her)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:statement|memo|email|e-mail|letter|note|notice|filing|message|document|press release)\b/iu;

// A document that "reads" or "states" the words before it: "an internal email reads", "the memo states".
// (The words between are captured, unused, for the compile cost: see ANAPHOR.)
const DOCUMENT_READS = /^(?:a|an|the|one|its|their|his|her)\s+(?:([\p{L}’'-]+)\s+){0,3}?(?:email|e-mail|memo|letter|statement|post|filing|document|message|note|notice|report|text|slide)\s+(?:reads|read|states|stated)\b/iu;

/**
 * "“…,” he told Owen.": the person named after "told" listened. A pronoun resolved to them stands for
 * the one other person named in this paragraph or the one before, else for no one shown.
 */
function notTheListener(found: Attribution, afterVerb: string, offset: number, at: number, context: AttributionContext): Attribution {
  const listener = mentionsIn(afterVerb, offset)[0];
  if (!found.speaker || found.kind !== 'person' || listener?.kind !== 'name' || listener.at - offset > 2) return found;
  const heard = (person: string) => listener.words!.some((word) => person.split(' ').includes(word));
  if (!heard(found.speaker)) return found;
  const names = context.names();
  const from = reachStart(context);
  const others = [...names.peopleBetween(from, at)].filter((person) => !heard(person));
  return others.length === 1 ? attributed(others[0], 'person', found.strength, context) : unattributed(found.strength);
}

// "of" or "for" and a capitalised word at the end.
const OF_NAME_END = /\b(?:of|for)\s+\p{Lu}[\p{L}-]*$/u;

// A list of capitalised names that "and" closes.
const NAME_LIST = /^,(?: \p{Lu}[\p{L}-]*,)* \p{Lu}[\p{L}-]*,? and \p{Lu}[\p{L}-]*/u;

/**
 * Where the subject after "said" ends: the first comma, semicolon or colon, but not the commas of a
 * body's list of fields ("said the Ministry of Health, Labour and Welfare, which …").
 */
function endOfSubject(rest: string): number {
  const upTo = rest.search(/[,;:]/);
  if (upTo < 0 || rest[upTo] !== ',' || !OF_NAME_END.test(rest.slice(0, upTo))) return upTo;
  const list = NAME_LIST.exec(rest.slice(upTo));
  if (!list) return upTo;
  const next = rest.slice(upTo + list[0].length).search(/[,;:]/);
  return next < 0 ? -1 : upTo + list[0].length + next;
}

/** An indefinite subject with no person's name in it (Portuguese "a ministra Ana Costa" opens with "a" too). */
function isUnnamedPerson(subject: string): boolean {
  return (INDEFINITE_PERSON.test(subject) || (ONE_OF.test(subject) && !NAME_BEFORE_VERB.test(subject))) && !nameRuns(subject).some((run) => isPersonLike(run.words));
}

// "One of the lead government IT folks was walking me through …, and proudly said": one of a group,
// whatever the clause goes on to say (a name in it is looked for all the same), unless a name is the
// verb's own subject ("One of the images ran in a magazine, where Jaramillo says").
const ONE_OF = /^\s*\(?\s*one\s+of\s+(?:the|its|their|his|her|our|whose)\s/iu;
const NAME_BEFORE_VERB = /\p{Lu}[\p{L}'’-]+\s+(?:\p{Ll}+ly\s+)?$/u;

/** A pronoun of another language after a speech verb: the paragraph's one person (else the previous one's), unless their given name reads as the other gender. */
function pronounPerson(pronoun: string, at: number, context: AttributionContext): Attribution {
  const person = personBefore(at, context);
  const gender = person.speaker ? genderOfName(person.speaker) : undefined;
  const said = /^(?:sie|elle|ella)$/i.test(pronoun) ? 'female' : 'male';
  return gender && gender !== said ? unattributed(3) : person;
}

/** The one person the paragraph names before `at`; in a paragraph that is only the quotation, the one the paragraph before names. */
function personBefore(at: number, context: AttributionContext): Attribution {
  const person = droppedSubject(at, context);
  if (person.speaker || !context.previousParagraph) return person;
  const people = context.names().peopleBetween(context.offset - context.previousParagraph.length - 2, context.offset);
  return people.size === 1 ? { strength: 3, speaker: [...people][0]!, kind: 'person', outlet: false } : person;
}

/** "das Ministerium", "el tribunal": the body named before with that noun in its name, else nobody. */
function bodyNamed(noun: string, at: number, context: AttributionContext): Attribution {
  const speaker = context.names().lastOrgContaining(noun, at);
  return speaker ? { strength: 3, speaker, kind: 'org', outlet: false } : unattributed(3);
}

/** The speaker a verb without a subject stands for: the one person its paragraph names before it, else nobody. */
function droppedSubject(at: number, context: AttributionContext): Attribution {
  const names = context.names();
  // Up to the quotation: "„… im Silicon Valley“, sagt er." names no one by "Silicon Valley".
  const end = context.quoteOpen !== undefined && context.quoteOpen >= context.offset ? Math.min(at, context.quoteOpen) : at;
  const people = new Set(
    names.runs.filter((run) => run.at >= context.offset && run.at < end && isPersonLike(run.words) && !names.isOrgLike(run)).map((run) => run.words.join(' ')),
  );
  const [person] = people;
  return people.size === 1 ? { strength: 3, speaker: names.fullest(person!), kind: 'person', outlet: false } : unattributed(3);
}

// A role of a named body before the person's name: "the Minister of Health, Jane Roe", "o ministro da
// Saúde, Alexandre Padilha", "la ministra de Sanidad, Ana Ruiz". The body's capitalised name is no speaker.
const ROLE_OF = /^\s*(?:the|its|his|her|their|o|a|os|as|el|la|le|der|die|das|il|lo|het|de)?\s*(?:minister|ministro|ministra|ministre|secretary|secretário|secretária|secretario|secretaria|president|presidente|président|présidente|director|diretor|diretora|directeur|directrice|directora|head|chief|chair|chairman|chairwoman|governor|governador|governadora|mayor|prefeito|prefeita|alcalde|alcaldesa|maire|chief executive(?: officer)?|chief [a-z]+ officer|ceo|founder|co-founder|cofounder|consejer[oa] delegad[oa]|director[a]? general|directeur général|directrice générale|pdg|fundador|fundadora|fondateur|fondatrice|geschäftsführer|geschäftsführerin|vorstandschef|vorstandschefin)\s+(?:of|for|da|do|das|dos|de|del|de la|du|des|der|für|per|di|della|dello|dei|degli)\s+[^,]{2,60}$/iu;

// One to seven lowercase words ("the chief executive of the company", "el consejero delegado de la compañía").
const LOWERCASE_WORDS = /^\s*(?:\p{Ll}[\p{Ll}’'-]*\s*){1,7}$/u;
// A word in capitals: a role's initials ("CEO", "PDG") when isRoleWord knows it.
const ROLE_INITIALS = /\b\p{Lu}{2,4}\b/gu;
// A role that a body's name qualifies, ending with its role word: "the White House press secretary", "the Acme
// spokeswoman", "the EU's digital chief". The body is no speaker: the name set off after it is.
const BODY_ROLE = /^\s*(?:the|its|his|her|their)\s+(?:[^,\s]+\s+){1,5}(\p{Ll}[\p{Ll}-]*)\s*$/u;

/**
 * A name that only qualifies the role after it, the role's holder named next: "Harbor Health" in
 * "Harbor Health CEO Amy Lindqvist", "Acme India" in "Acme India chief Rohan Mehta". `text` starts at `offset`.
 */
function qualifiesRole(text: string, offset: number, mention: Mention, next: Mention | undefined): boolean {
  if (next === undefined || next.kind !== 'name') return false;
  const between = text.slice(mention.end - offset, next.at - offset).trim();
  if (between === '') return false;
  // Role words ("CEO", "Chief Medical Officer"), or a role in lowercase words ending with one ("emergency manager").
  const words = between.split(/\s+/);
  return words.every(isRoleWord) || (words.length <= 4 && isRoleWord(words.at(-1)!) && LOWERCASE_WORDS.test(between));
}

/** A role a body's name qualifies ("the White House press secretary"): see BODY_ROLE. */
function isBodyRole(role: string): boolean {
  const last = BODY_ROLE.exec(role)?.[1];
  return last !== undefined && isRoleWord(last);
}

// A company's name before the role it gives: its possessive ("Kite's", "Volkner’s") or the name alone before
// lowercase words ("Paperweight co-founder and CEO").
const OWNER_BEFORE_ROLE = /^\s*\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3}(?:['’]s?\s+|\s+(?=[\p{Ll}-]+(?:\s|$)))/u;

/** After a company's role ending at `comma` ("Kite's medical director,"): the person named next (see appositionName). */
function ownedRoleName(text: string, comma: number, offset: number): Mention | undefined {
  const owner = OWNER_BEFORE_ROLE.exec(text.slice(0, comma));
  return owner ? appositionName(text.slice(owner[0].length), comma - owner[0].length, offset + owner[0].length) : undefined;
}

/** After a role of lowercase words ending at `comma` ("its chief executive,", "son PDG,"): the person named next, alone up to the sentence's end or the next comma. */
function appositionName(text: string, comma: number, offset: number): Mention | undefined {
  const role = text.slice(0, comma);
  // (A compound role counts by its parts: "a presidente-executiva", "the co-founder". A role's initials are
  // written in capitals: "its CEO", "son PDG".)
  const lowercase = LOWERCASE_WORDS.test(role.replace(ROLE_INITIALS, (initials) => (isRoleWord(initials) ? initials.toLowerCase() : initials))) && role.split(/[\s-]+/).some(isRoleWord);
  if (!lowercase && !ROLE_OF.test(role) && !isBodyRole(role)) return undefined;
  // (A title before the name is no part of it: "its medical director, Dr. Irene Walsh".)
  const name = /^,\s*(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+)?([^,;:.!?]{3,60}?)\s*(?:[,;.!?]|$)/u.exec(text.slice(comma));
  if (!name) return undefined;
  const mentions = mentionsIn(name[1]!, offset + comma + name[0].indexOf(name[1]!));
  const only = mentions.length === 1 ? mentions[0]! : undefined;
  return only?.kind === 'name' && isPersonLike(only.words!) && only.text === name[1]!.trim() ? only : undefined;
}

/** Only places and things named around the verb ("Residents in Broadview said"): said, by nobody named. */
function unnamed(mentions: Mention[], strength: number, subject = ''): Attribution | undefined {
  // "…,” a 54-year-old shopkeeper said", "…,” said one man": someone the text does not name.
  return mentions.length > 0 || INDEFINITE.test(subject) ? unattributed(strength) : undefined;
}

/** "according to X", "according to his book": the first mention, a possessive standing for its owner. */
function accordingTo(text: string, offset: number, context: AttributionContext): Attribution | undefined {
  // "according to its chairman, Bernard Lefevre,", "según su presidente, Bernardo López,": the role's holder named after it.
  const comma = text.indexOf(',');
  const holder = comma > 0 && comma < 60 ? appositionName(text, comma, offset) : undefined;
  if (holder) return resolve(holder, 3, context);
  const owner = /^\s*(his|her|their|its)\b/i.exec(text);
  if (owner) {
    const pronoun = { his: 'he', her: 'she', their: 'they', its: 'it' }[owner[1]!.toLowerCase() as 'his'];
    return resolve({ at: offset + owner.index, end: offset + owner[0].length, kind: 'pronoun', text: pronoun }, 3, context);
  }
  // "according to a memo seen by Reuters", "according to an email obtained by …": the document
  // speaks, and whoever saw it did not; "a statement from Acme", "a memo by its CEO": its author.
  const document = DOCUMENT.exec(text);
  if (document) {
    const rest = text.slice(document[0].length);
    const author = /^\s*(?:from|by|of)\s+/.exec(rest);
    if (!author) return unattributed(3);
    const mentions = mentionsIn(rest.slice(author[0].length), offset + document[0].length + author[0].length);
    return mentions[0] ? resolve(mentions[0], 3, context) : unattributed(3);
  }
  // "according to Lab Director Dr. Fatima Al-Sayed": not the body a role names, the role's holder.
  const mentions = mentionsIn(text, offset);
  const named = mentions.find((mention, i) => !qualifiesRole(text, offset, mention, mentions[i + 1]));
  return named ? resolve(named, 3, context) : undefined;
}

// A verb that passes on a text, or receives it: "quotes", "cited", "pointed me to", "linked to",
// "retweeted", "received", "was sent". Sharing and posting (captured) often give one's own words.
const PASSING_ON = /(?<!\p{L})(?:quot(?:es|ed)|quote-tweet(?:s|ed)|cit(?:es|ed)|repost(?:s|ed)|retweet(?:s|ed)|forward(?:s|ed)|excerpt(?:s|ed)|(?:point(?:s|ed)|link(?:s|ed))(?:\s+(?:me|us|readers))?\s+to|receiv(?:es|ed)|got|gets|obtain(?:s|ed)|(?:was|were|is|are)\s+(?:sent|given|handed|shown|forwarded)|(shar(?:es|ed)|post(?:s|ed)))\s+(?:from\s+)?/gu;
// The text passed on, named by its kind within a few words of the verb: "the council's full
// statement", "this passage", "the text of the law", "a post by Jo Roe".
const PASSED_TEXT = /^((?:[\p{L}\p{N}.&'’-]+\s+){0,4}?)(?:passages?|excerpts?|lines?|paragraphs?|section|reply|response|text|thread|summary|abstract|statements?|announcements?|ruling|decision|verdict|order|opinion|minutes|law|bill|paper|study|letters?|memo|memorandum|e-?mails?|posts?|tweets?|press release|release|note|messages?|filing|complaint|notice|guidance|manual|documentation|this|these|the following)(?!\p{L})/iu;
// The text's own verb: "the minutes, which say", "the ruling that reads".
const TEXT_SPEAKS = /(?:which|that)\s+(?:\p{Ll}+\s+)?$/u;
// The subject's own text: "shared her letter", "quoted his own post".
const OWN_TEXT = /^(?:his|her|their|its|my|our)\s/i;
// A text someone owns by name, in the words before its kind: "Tomas Lind's letter", "the council's statement".
const OWNED = /['’]s\s/;
// After the text's kind, who wrote or sent it: "a post by Jo Roe", "from the council", "of the law".
const TEXT_AUTHOR = /^\s*,?\s*(?:by|from|of)\s+/i;

/**
 * A lead-in that passes on a text its subject did not write: "Jane Roe shared the council's statement:",
 * "Jane Roe quotes the ruling:", "pointed me to this passage from the Quillmark paper:", "Jane Roe
 * received this reply from the council:". The words are the text's: its author's when a person is named
 * as such ("a post by Tomas Lind", "Tomas Lind's letter"), else no one's, never the one who passes them
 * on. Sharing or posting gives one's own words unless the text is said to be another's ("shared a
 * statement:" is hers; "shared the council's statement:" is not).
 */
function passedOn(clause: string, offset: number, context: AttributionContext): Attribution | undefined {
  let verb: RegExpExecArray | undefined;
  for (const match of clause.matchAll(PASSING_ON)) verb = match;
  if (!verb) return undefined;
  const start = verb.index + verb[0].length;
  const rest = clause.slice(start);
  const text = PASSED_TEXT.exec(rest);
  if (!text || OWN_TEXT.test(text[1]!)) return undefined;
  const after = rest.slice(text[0].length);
  // "Jane Roe, who got the memo, said:": a speech verb of the subject's after the text speaks for her
  // (not the text's own "which says").
  const end = start + text[0].length;
  if (speechVerbs(clause).some((spoken) => spoken.at >= end && !TEXT_SPEAKS.test(clause.slice(end, spoken.at)))) return undefined;
  const author = TEXT_AUTHOR.exec(after);
  const owned = OWNED.test(text[1]!);
  if (verb[1] && !owned && !author) return undefined;
  // The author: a person named after "by"/"from", or whose possessive names the text.
  const named = author
    ? authorNamed(after.slice(author[0].length), offset + start + text[0].length + author[0].length)
    : owned
      ? mentionsIn(text[1]!, offset + start).find((mention) => mention.possessive)
      : undefined;
  return textAuthor(named, context);
}

/** The name right after "by"/"from" ("by Jo Roe", "from CEO Jo Roe"), not one further on ("from the meeting that Jo Roe chaired"). */
function authorNamed(text: string, offset: number): Mention | undefined {
  const first = mentionsIn(text, offset)[0];
  return first && wordsIn(text.slice(0, first.at - offset)) <= 1 ? first : undefined;
}

/** A text's words are its author's when a person is named as such, else no one's. */
function textAuthor(named: Mention | undefined, context: AttributionContext): Attribution {
  if (named?.kind === 'name' && isPersonLike(named.words!)) {
    const found = resolve({ ...named, possessive: false }, 2.5, context);
    if (found.speaker && found.kind === 'person') return found;
  }
  return unattributed(2);
}

// A clause whose subject is a text ("The council minutes from the meeting that Jo Roe chaired say:",
// "Here is the reply Acme gave Jo Roe:"), its kind within a few words of the clause's start.
const TEXT_SUBJECT = /^\s*(?:(?:[Hh]ere|[Tt]his|[Bb]elow)\s+(?:is|are|’s|'s)\s+)?((?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[\p{Lu}][\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*['’]s)\s+(?:(?!(?:of|for|in|on|to|with|about|from|at|by|is|are|was|were)\s)[\p{L}\p{N}-]+\s+){0,3}?)(?:statement|announcement|ruling|decision|verdict|order|minutes|paper|study|letter|memo|memorandum|e-?mail|post|tweet|press release|note|message|filing|complaint|notice|reply|response|report)(?!\p{L})/u;
// The clause's own verb at its end: "… says:", "… reads", "… wrote:" (or only a colon).
const TEXT_SUBJECT_VERB = /(?:\s(?:says?|said|reads?|states?|stated|notes?|noted|writes?|wrote)\s*:?|:)\s*$/;
// Who wrote the text, right after its kind: "The memo Jo Roe sent", "the reply Acme gave", ", which Jo Roe signed,".
const TEXT_WRITER = /^\s*,?\s*(?:(?:which|that)\s+)?(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3})\s+(?:sent|wrote|signed|issued|posted|published|gave|shared|released|drafted|penned)(?!\p{L})/u;

/**
 * The speaker of a clause whose subject is a text: the text's author, named as such ("Jo Roe's letter
 * says:", "The letter from Jo Roe says:", "The memo Jo Roe sent to staff says:"), else no one: a name
 * elsewhere in the clause ("the meeting that Jo Roe chaired", "the reply Acme gave Jo Roe") did not
 * write it. Only where the clause names someone (the rest is read as before).
 */
function textAsSubject(clause: string, offset: number, context: AttributionContext): Attribution | undefined {
  const text = TEXT_SUBJECT.exec(clause);
  if (!text || !TEXT_SUBJECT_VERB.test(clause)) return undefined;
  const all = mentionsIn(clause, offset);
  if (!all.some((mention) => mention.kind === 'name')) return undefined;
  const after = clause.slice(text[0].length);
  const author = TEXT_AUTHOR.exec(after);
  const writer = author ? undefined : TEXT_WRITER.exec(after);
  const at = text[0].length + (author ? author[0].length : writer ? writer.index + writer[0].indexOf(writer[1]!) : 0);
  const named = author || writer
    ? authorNamed(writer ? writer[1]! : after.slice(author![0].length), offset + at)
    : mentionsIn(text[1]!, offset + text.index + text[0].indexOf(text[1]!)).find((mention) => mention.possessive);
  return textAuthor(named, context);
}

// A document named by its kind after "according to" ("a memo", "an internal email", "the filing", a
// page of the web: "the entry on Shirley", "the company's website").
// (The words between are captured, unused, for the compile cost: see ANAPHOR.)
const DOCUMENT = /^\s*(?:a|an|the)\s+(?:([\p{L}-]+)\s+){0,2}?(?:memo|email|e-mail|document|filing|letter|note|message|post|blog post|announcement|transcript|recording|presentation|slide|memorandum|complaint|lawsuit|court filing|entry|page|profile|website|wiki)s?\b/iu;

// An indefinite thing described by a relative clause, right before its speech verb: "a final answer that
// (says)", "an app which (says)". Not a document someone issued ("a statement that said"), nor a person
// or a body ("a spokesperson that said", "a startup that says"; "a man who said" is an unnamed
// person's speech, read before).
const KIND_THAT_SAYS = /(?<![\p{L}-])(?:a|an|any|some)\s+([\p{Ll}-]+\s+){0,2}?(?!(?:statement|letter|memo|email|e-mail|note|post|message|filing|complaint|report|release|tweet|announcement|blog|spokes\p{Ll}*|representative|company|firm|startup|group|team|lab|agency|organi[sz]ation)\s)\p{Ll}+\s+(?:that|which)\s+$/u;

/** "Zuckerberg wrote in the post: “…" / "Twitter announced … that it will “…" / "Alex Wurz: ‘…’". */
// A speech verb's -ing form right after a comma: ", writing", ", saying", ", adding".
const PARTICIPLE_AFTER_COMMA = /,\s*\p{Ll}+ing$/u;
// A paragraph that gives the words below it ends with its speech verb, no colon ("In his essay, Jo
// Roe says" above a blockquote), or with a colon: the next paragraph's words are whom it names.
export const SPEECH_VERB_END = /\s(?:says|writes|wrote|said)$/;
export const LEAD_IN_END = new RegExp(`:\\s*$|${SPEECH_VERB_END.source}`);

// An apposition after a name, to the end of the clause before a quotation: ", Acme's chief executive:".
const APPOSITION_TO_END = /^,\s+[^,:;“”"]{2,80},?\s*:?\s*$/u;

// German's speech verbs (of SPEECH), whose subject follows them after a fronted part of the clause.
const GERMAN_SPEECH_VERBS = new Set(GERMAN_SPEECH.split(' '));
// Nothing but the clause's end after a name: its colon, or its comma before the quotation.
const CLAUSE_END = /^\s*[:,]?\s*$/;

// A speech verb in the past or present right after a comma: ", said", ", says", ", wrote".
const INVERTED_VERB = /,\s*(?:said|says|wrote|writes|argued|argues|added|adds)$/u;

// The author right before the quotation: "I thought to myself “…”", "we wondered, “…”", "I said:".
const AUTHOR_LEAD_IN = /(?<!\p{L})(?:I|[Ww]e)\s+(\p{Ll}+ly\s+)?(?:thought|think|wondered|wonder|said|say|asked|ask|wrote|write|told|tell|replied|reply|answered|mused|joked|figured|reasoned|realized|realised)(?:\s+(?:to\s+)?(?:myself|ourselves))?\s*[:,]?\s*$/u;

// A press office's credit for a statement: "can be attributed to", "is attributable to".
const ATTRIBUTED_TO = /\battribut(?:ed|able)\s+to\s/;

function beforeQuote(clause: string, offset: number, context: AttributionContext): Attribution | undefined {
  if (AUTHOR_LEAD_IN.test(clause)) return NONE;
  const found = speakerBefore(clause, offset, context);
  // A text the clause passes on, or has for its subject, is its author's words or no one's: a person
  // the clause names otherwise is taken back (the rest stands as read; "no one's words" too).
  if (found?.strength === 0) return found;
  // "The following statement can be attributed to Jane Roe:": the text's subject names its author.
  if (found?.speaker && ATTRIBUTED_TO.test(clause)) return found;
  const text = passedOn(clause, offset, context) ?? textAsSubject(clause, offset, context);
  if (text?.speaker) return text;
  return text && found?.speaker && found.kind === 'person' ? unattributed(found.strength) : found;
}

// "In Jane Roe’s words, “…”", "in the words of Jane Roe: “…”": the words are that person's.
const IN_WORDS_OF = /(?:^|[\s(])[Ii]n\s+(?:the\s+words\s+of\s+([^,;:“”"]{2,60}?)|([^,;:“”"]{2,60}?)['’]s?\s+(?:own\s+)?words)\s*[,:]?\s*$/u;

/** The person "in the words of" names right before the quotation, if a name. */
function inWordsOf(clause: string, offset: number, context: AttributionContext): Attribution | undefined {
  // Asked of every clause before a quotation: the pattern runs only where its word is.
  const match = clause.includes('words') ? IN_WORDS_OF.exec(clause) : null;
  const who = match?.[1] ?? match?.[2];
  if (!match || who === undefined) return undefined;
  const at = clause.indexOf(who, match.index);
  const named = mentionsIn(who, offset + at).filter((mention) => mention.kind === 'name');
  return named.length === 1 ? resolve({ ...named[0]!, possessive: false }, 3, context) : undefined;
}

// A finite verb right after a name: the name is the subject of a reported clause ("said the company was …").
const REPORTED_VERB_NEXT = /^\s+(?:was|is|were|are|had|has|have|would|will|could|should|might|must|can|did|does|remains|remained|planned|plans|expects|expected)\b/;

// Where a sentence starts, or right after a comma.
const SENTENCE_OR_COMMA_BEFORE = /(?:^|[.!?]["”’)]?\s+|,\s*)$/u;

/** The speaker a clause before a quotation names, read from its speech verb, its colon or its label. */
function speakerBefore(clause: string, offset: number, context: AttributionContext): Attribution | undefined {
  const inWords = inWordsOf(clause, offset, context);
  if (inWords) return inWords;
  const verbs = speechVerbs(clause);
  const verb = verbs[verbs.length - 1];
  if (verb) {
    const gap = wordsIn(clause.slice(verb.end));
    if (gap <= 16) {
      // "Why AI Writing Is So Generic: …. “…”": a verb capitalised after a capitalised word is a
      // word of a title (a verb is capitalised only where a sentence or a label opens), no one's
      // speech: the quotation is the titled piece's, its writer unnamed (never "AI").
      if (isUpperCode(clause.charCodeAt(verb.at)) && IN_TITLE.test(clause.slice(Math.max(0, verb.at - 40), verb.at))) return TITLED;
      const strength = gap <= 4 ? 3 : 2;
      if (verb.word === 'according') {
        return accordingTo(clause.slice(verb.end).replace(/^\s*to\b/, (m) => ' '.repeat(m.length)), offset + verb.end, context);
      }
      // "As I wrote last year, “…”", "we said": the author's own words, not a quotation.
      if (FIRST_PERSON_SUBJECT.test(clause.slice(Math.max(0, verb.at - 24), verb.at))) return NONE;
      // "Lumen's chatbot told a user: “…”", "One chatbot responded: “…”": a machine's output, no one's speech (nor an unnamed person's).
      if (MACHINE_SUBJECT.test(clause.slice(Math.max(0, verb.at - 80), verb.at))) return NONE;
      if (isUnnamedPerson(clause.slice(0, verb.at)) || isUnnamedPerson(JOINED_CLAUSE.exec(clause.slice(0, verb.at))?.[1] ?? '')) return { ...UNNAMED_SPEAKER, strength: 2 };
      // "NOT to give you a final answer that says ‘…’": the verb's subject is the thing its relative
      // clause describes, a kind of thing that would say it, no one's speech (whatever names come before).
      if (KIND_THAT_SAYS.test(clause.slice(Math.max(0, verb.at - 60), verb.at))) return NONE;
      // "The plan is a gamble, said Jo Roe in The Ledger, and “…”": a speech verb after a comma with
      // a name right after it is the inverted attribution of the clause before; that name speaks,
      // not the reported clause's subject.
      if (INVERTED_VERB.test(clause.slice(Math.max(0, verb.at - 3), verb.end))) {
        const named = mentionsIn(clause.slice(verb.end), offset + verb.end)[0];
        if (named?.kind === 'name' && !named.possessive && /^\s+$/.test(clause.slice(verb.end, named.at - offset))) {
          const found = resolve(named, strength, context);
          if (found.speaker && found.kind === 'person') return found;
        }
      }
      // German puts the subject after the verb when another part opens the clause ("Auf der Pressekonferenz sagte
      // Bosch-Chef Stefan Hartung: „…“", "Nach einem Treffen sagte Altman:"): the person named after the verb, up to the
      // colon, speaks, not a capitalised noun before it ("Pressekonferenz", "Treffen").
      const inverted = GERMAN_SPEECH_VERBS.has(verb.word) && wordsIn(clause.slice(0, verb.at)) >= 2 ? mentionsIn(clause.slice(verb.end), offset + verb.end)[0] : undefined;
      if (inverted?.kind === 'name' && !inverted.possessive && CLAUSE_END.test(clause.slice(inverted.end - offset))) {
        const found = resolve(inverted, strength, context);
        if (found.speaker && found.kind === 'person') return found;
      }
      // "Gemini Voice Controls: The listing confirms it is a “…”": a label before the sentence is no subject of its verb.
      const labelled = LABEL_COLON.exec(clause);
      const from = labelled && labelled[0].length <= verb.at ? offset + labelled[0].length : offset;
      const mentions = mentionsIn(clause.slice(0, verb.at), offset).filter((mention) => mention.at >= from);
      // "Loopline picked the Marlow earpiece as its gadget of the year, writing, “…”": a participle
      // after a comma has the clause's subject, its first name, not the object nearest the verb (nor
      // the pronoun of a clause before it: "The year it came out, Loopline named …, describing").
      // (A company before its officer's role and name is no subject of its own: "Tesla chief executive Elon Musk
      // confirmed the deal on X, writing that …" is Musk's.)
      const first = PARTICIPLE_AFTER_COMMA.test(clause.slice(Math.max(0, verb.at - 3), verb.end)) ? mentions.find((mention, i) => mention.kind === 'name' && !mention.governed && !mention.possessive && !qualifiesRole(clause, offset, mention, mentions[i + 1])) : undefined;
      // "White House senior adviser Stephen Miller's classmate penned an op-ed, writing …": a name
      // whose role runs on to a possessive is no subject of its own; the possessed one is (unnamed).
      const owner = first && mentions.find((mention) => mention.kind === 'name' && mention.possessive && mention.at > first.at && LOWER_WORDS.test(clause.slice(first.end - offset, mention.at - offset)));
      const participle = owner ?? first;
      const chosen = participle ?? relativeSubject(mentions, clause.slice(0, verb.at), offset, context.names()) ?? subjectOf(mentions, clause.slice(0, verb.at), offset);
      if (chosen) return resolve(chosen, strength, context, mentions);
      // "Says Shih: “…”": the speaker right after the verb that opens the clause. After a subject the
      // text does not name ("The order defines Class M1 vehicles as “…”") the name is the verb's object.
      const after = wordsIn(clause.slice(0, verb.at)) <= 1 ? mentionsIn(clause.slice(verb.end), offset + verb.end) : [];
      // ("Says Jane Roe, Acme's chief executive: “…”": a person's name may have its apposition after it.)
      const named = after[0]?.kind === 'name' && isPersonLike(after[0].words!) && APPOSITION_TO_END.test(clause.slice(after[0].end - offset));
      // ("… and said the company was “…”": a verb after the name opens the reported clause; the name is its subject, not the speaker.)
      const reported = after[0] !== undefined && REPORTED_VERB_NEXT.test(clause.slice(after[0].end - offset));
      if (after[0] && !reported && (wordsIn(clause.slice(verb.end)) <= 4 || named)) return resolve(after[0], strength, context);
      return unattributed(2);
    }
  }
  const owned = ownedWords(clause, offset, context);
  if (owned) return owned;
  // "Jane Roe, Acme's head of product, framed the cut as a gift: “…”": a lead-in ending with a
  // colon whose subject is a person, though no speech verb names the act (not "I asked Jane Roe:").
  if (/[\p{L}\p{N})]\s*:\s*$/u.test(clause) && !FIRST_PERSON_OPENING.test(clause) && !CHANGELOG_ENTRY.test(clause)) {
    const mentions = mentionsIn(clause, offset);
    const chosen = subjectOf(mentions, clause, offset);
    // (A surname alone counts when the text named that person in full before and it opens its sentence or
    // follows a comma: "Roe went further:", "In the video, Roe concludes:"; not "Many Temporal newcomers ask:".)
    const alone = chosen?.kind === 'name' && chosen.words!.length === 1 && context.names().isKnownPersonWord(chosen.words![0]!) && SENTENCE_OR_COMMA_BEFORE.test(clause.slice(0, chosen.at - offset));
    const person = chosen?.kind === 'name' && (isPersonLike(chosen.words!) || alone);
    if (person && !chosen!.possessive && !context.names().writesInLowercase(chosen!.words!)) {
      const found = resolve(chosen!, 2, context, mentions);
      if (found.speaker && found.kind === 'person') return found;
    }
  }
  // "Alex Wurz: ‘…’": a bare name and a colon.
  return labelSpeaker(clause, offset, 3, context);
}

// Words announced by what they are, before a colon: "His verdict:", "Her response to a question about RISC-V:",
// "Ahlberg's advice to founders:", "The message from Hassabis was clear:". The words are the person's whose verdict it is.
const WORDS_NOUN = '(?:verdict|answer|response|reply|advice|message|take|view|warning|prediction|pitch|conclusion|explanation|argument|reasoning|assessment|reaction|retort|plea|promise)';
const WORDS_OWNER = String.raw`(?:(?<pronoun>His|Her|Their)|(?<name>\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})['’]s?)\s+(?:\p{Ll}+\s+){0,2}?${WORDS_NOUN}`;
const WORDS_FROM = String.raw`The\s+${WORDS_NOUN}\s+from\s+(?<from>\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})`;
const OWNED_WORDS = new RegExp(String.raw`(?:^|[.!?]\s+)(?:${WORDS_OWNER}|${WORDS_FROM})(?:\s+[^:“”"'‘’.!?]{1,40})?:\s*$`, 'u');

/** The speaker whose words a lead-in names by what they are (see OWNED_WORDS). */
function ownedWords(clause: string, offset: number, context: AttributionContext): Attribution | undefined {
  const found = clause.includes(':') ? OWNED_WORDS.exec(clause) : null;
  if (!found) return undefined;
  const { pronoun, name, from } = found.groups!;
  const at = found.index + found[0].search(/\S/);
  if (pronoun) return resolve({ at: offset + at, end: offset + at + pronoun.length, kind: 'pronoun', text: { His: 'he', Her: 'she', Their: 'they' }[pronoun as 'His'] }, 2, context);
  const who = (name ?? from)!;
  const named = mentionsIn(who, offset + clause.indexOf(who, found.index)).find((mention) => mention.kind === 'name');
  const resolved = named ? resolve({ ...named, possessive: false }, 2, context) : undefined;
  return resolved?.speaker && resolved.kind === 'person' ? resolved : undefined;
}

/**
 * The speaker a label names ("Alex Wurz:", a transcript's "Wang Lei:"). Only a name (and its roles):
 * "Open–closed principle:" or "Crosspost this message:" labels what follows, and a label that names
 * nobody says nothing.
 */
function labelSpeaker(label: string, offset: number, strength: number, context: AttributionContext): Attribution | undefined {
  const named = /^\s*([^:]{2,60}):\s*$/.exec(label);
  if (!named || wordsIn(named[1]!) > 5 || !onlyNameWords(named[1]!) || isCapitalsHeading(named[1]!, context.names())) return undefined;
  const mentions = mentionsIn(named[1]!, offset);
  const found = mentions.length === 1 && mentions[0]!.kind === 'name' ? resolve(mentions[0]!, strength, context) : undefined;
  // One word read as no person's is most often a kind of text ("Prompt: “…” Response: “…”"), not a speaker.
  if (found?.kind === 'org' && mentions[0]!.words!.length === 1) return undefined;
  return found?.speaker ? found : undefined;
}

/**
 * A label in capitals that writes a word of the text's prose is a heading ("ATUALIZAÇÃO IMPORTANTE:",
 * "BREAKING NEWS:"), not a transcript's speaker, whose label opens with a given name ("MARK SMITH:"):
 * the same reading as a name run of words the text writes in lowercase (SpeakerNames.writesInLowercase).
 * So is a line of its own whose words are no given name and that the prose never writes as a name.
 */
function isCapitalsHeading(label: string, names: SpeakerNames): boolean {
  const words = label.match(/\p{L}+/gu) ?? [];
  if (words.length === 0 || !words.every((word) => word.length > 1 && word === word.toUpperCase())) return false;
  return names.writesInLowercase(words) || !names.mayNameInCapitals(label.trim(), words);
}

// A role then "of" before a name, in the languages the speech verbs are read in: "CEO of ", "CEO von ", "PDG de ".
const ROLE_OF_BEFORE = /([\p{L}-]+)\s+(?:of|von|der|des|de|du|del|di)\s+(?:the\s+)?$/u;
// The word after a possessive's "'s".
const OWNED_WORD = /^['’]s\s+([\p{L}-]+)/u;
// Lower-case words only (a role between two names): "senior adviser".
const LOWER_WORDS = /^[\s\p{Ll}-]*$/u;
// A spokesperson in the other languages read: "ein Sprecher des Bundeskartellamts" speaks for it.
const FOREIGN_SPOKES = /^(?:sprecher|sprecherin|portavoz|vocero|vocera|porte-parole)$/;

/** Whether a name stands for the organisation of a role whose holder speaks ("Quillmark’s CEO", "CEO of Quillmark"). */
function holdsRoleAt(names: SpeakerNames, mention: Mention): boolean {
  const before = ROLE_OF_BEFORE.exec(names.slice(Math.max(0, mention.at - 40), mention.at))?.[1];
  const owned = mention.possessive ? OWNED_WORD.exec(names.slice(mention.end, mention.end + 40))?.[1] : undefined;
  const role = (owned ?? before)?.toLowerCase();
  return role !== undefined && isRoleWord(role) && !SPOKES.test(role) && !FOREIGN_SPOKES.test(role);
}

// Capitals only.
const ALL_CAPITALS = /^\p{Lu}+$/u;

// A capital anywhere.
const A_CAPITAL = /\p{Lu}/u;

/** `clause`: the other mentions of the attribution, for "The train manager … when she says". */
function resolve(mention: Mention, strength: number, context: AttributionContext, clause: Mention[] = []): Attribution {
  const names = context.names();

  if (mention.kind === 'name') {
    const words = mention.words!;
    // "Jane Roe's husband said", "Trump's lawyers wrote" (a surname the text gives in full): someone of
    // theirs the text does not name. "Quillmark’s CEO:", "CEO von Quillmark:": the one who holds the
    // role, not named here, not the organisation (its spokesperson speaks for it: SPOKES).
    const personOwns = mention.possessive && (isPersonLike(words) || (words.length === 1 && names.isKnownPersonWord(words[0]!) && !names.isOrgLike({ words, at: mention.at, possessive: false })));
    if (personOwns || holdsRoleAt(names, mention)) return { strength, speaker: null, kind: 'person', outlet: false };
    const name = mention.listed ? mention.text : words.join(' ');
    if (context.isOutlet(name)) return { strength, speaker: name, kind: 'org', outlet: true };
    if (words.length === 1) {
      const word = words[0]!;
      if (!mention.possessive && names.isKnownPersonWord(word) && !names.isOrgLike({ words, at: mention.at, possessive: false })) {
        return attributed(names.fullest(word), 'person', strength, context);
      }
      // "Mr. Kalanick said": a surname the headline gives in full.
      const full = mention.possessive ? word : names.fullest(word);
      if (full !== word && !ALL_CAPITALS.test(word)) return attributed(full, 'person', strength, context);
      // "Ms. Roe said" where the text never gave her name in full: the honorific says a person spoke.
      if (mention.honorific && !mention.possessive) return attributed(word, 'person', strength, context);
      const expanded = names.expansion(word);
      if (expanded) return attributed(expanded, 'org', strength, context);
      // "erklärte das Gericht": German capitalises the noun; it is the court named before.
      if (FOREIGN_BODY_WORD.test(word)) return attributed(names.lastOrgContaining(word, mention.at), 'org', strength, context);
      // "ein Sprecher des Bundeskartellamts": a German genitive of a name the text writes plainly.
      if (/s$/.test(word) && names.hasName(word.slice(0, -1))) return attributed(word.slice(0, -1), 'org', strength, context);
      // "“…,” ChatGPT told him": a chatbot's answer is its output, no one's speech (as "the chatbot said" is).
      if (isAiProductName(word)) return NONE;
      // "Residents said", "Users report": a common word opening a sentence; "Gemini": a product.
      if (!names.isNameWord(word, mention.at) || names.isProduct(word)) return unattributed(strength);
      return attributed(word, 'org', strength, context);
    }
    if (isPersonLike(words) && !names.isOrgLike({ words, at: mention.at, possessive: false })) return attributed(names.fullest(name), 'person', strength, context);
    return attributed(name, 'org', strength, context);
  }
  const previous = context.previous && context.paragraph - context.previous.paragraph <= 2 ? context.previous : undefined;
  if (mention.kind === 'pronoun') {
    const pronoun = mention.text.toLowerCase();
    if (pronoun === 'he' || pronoun === 'she') {
      // "The train manager … when she says": the pronoun stands for a person the text does not name.
      if (clause.some((other) => other.at < mention.at && other.kind === 'anaphor' && !isOrgNoun(other.noun!) && !A_CAPITAL.test(other.text.slice(1)))) {
        return unattributed(strength);
      }
      // Two or more people named in this paragraph (or the one before) before the pronoun: the one its
      // gender can stand for ("Margaret Liu and Thomas Becker … she said"). When the gender does not tell them apart,
      // the rules below decide (nulling every such pronoun lost right speakers on the measure half).
      const from = reachStart(context);
      const here = [...names.peopleBetween(from, mention.at)];
      if (here.length > 1) {
        const gender = pronoun === 'she' ? 'female' : 'male';
        const fits = here.filter((person) => (genderOfName(person) ?? gender) === gender);
        if (fits.length === 1) return attributed(fits[0], 'person', strength, context);
        // Several it could stand for, and none of them spoke before: the last sentence naming any
        // of them must name only one ("Maria Lindqvist and Joanna Pereira voted no. “…,” she
        // said." is either of them). One who spoke before is followed by the rules below.
        const spoke = previous?.kind === 'person' && fits.includes(previous.speaker);
        // "Prof. Jo Roe, chancellor, said that … the vision of its founder Mr. Sam Lee. “…,” he said.":
        // the one the paragraph reports speaking before the quotation goes on speaking, not the one
        // named last in passing.
        const reporter = previous ? undefined : reportingPerson(names, context, mention.at);
        if (!spoke && reporter && fits.includes(reporter)) return attributed(reporter, 'person', strength, context);
        if (fits.length > 1 && !spoke && namesSeveral(names, fits, from, mention.at)) return unattributed(strength);
        // "Sutskever, who left OpenAI after a failed attempt to oust Sam Altman, has said little. “…,” he told
        // Reuters.": the one the last sentence naming them opens with is its subject, the one it goes on about.
        const subject = fits.length > 1 && !spoke ? sentenceSubject(names, fits, from, mention.at) : undefined;
        if (subject) return attributed(unlessUnnamedSince(subject, mention.at, names), 'person', strength, context);
      }
      // "Chief executive Lauren Pike told analysts … “…,” she said": a paragraph that names one person
      // before the pronoun, not the last speaker, has turned to that person (the gender must fit).
      const inParagraph = here.length === 1 && context.previousParagraph ? [...names.peopleBetween(context.offset, mention.at)] : [];
      if (inParagraph.length === 1 && previous?.kind === 'person' && inParagraph[0] !== previous.speaker) {
        const gender = genderOfName(inParagraph[0]!);
        if (!gender || gender === (pronoun === 'she' ? 'female' : 'male')) return attributed(unlessUnnamedSince(inParagraph[0], mention.at, names), 'person', strength, context);
      }
      // Resolved only when unambiguous: "“…,” said Jane Roe. Her rival, John Smith, disagreed.
      // “…,” he said." is not Jane Roe's, whoever it is.
      if (previous?.kind === 'person') {
        const since = names.peopleBetween(names.lastIndexOfName(previous.speaker, mention.at), mention.at);
        if ([...since].some((name) => name !== previous.speaker)) return unattributed(strength);
      }
      // "Whitlock said. He added, “…”" after "a Donald Trump rally" above: an organisation (or a surname
      // read as one) spoke last, and the person named before it is not whom "he" stands for.
      if (previous?.kind === 'org') {
        const last = names.lastPersonBefore(mention.at);
        if (!last || names.lastIndexOfName(last, mention.at) < names.lastIndexOfName(previous.speaker, mention.at)) return unattributed(strength);
      }
      const person = previous?.kind === 'person' ? previous.speaker : names.lastPersonBefore(mention.at);
      // "she said" after a man's name stands for someone else.
      const gender = person ? genderOfName(person) : undefined;
      if (gender && gender !== (pronoun === 'she' ? 'female' : 'male')) return unattributed(strength);
      return attributed(unlessUnnamedSince(person, mention.at, names), 'person', strength, context);
    }
    // "“…,” Ottilie wrote. … “…,” it wrote.": the subject of the attribution just before, which
    // names no one shown (a product, an unnamed group), not a speaker from further back.
    if (context.unshown !== undefined && context.paragraph - context.unshown <= 1) return unattributed(strength);
    // "Two students watched. “…,” they said": people the text does not name.
    if (pronoun === 'they' && UNNAMED_PERSON.test(names.slice(Math.max(0, mention.at - 300), mention.at).toLowerCase())) {
      return unattributed(strength);
    }
    // "Alex Moreau and Sam Oduya disagree. … “…,” they said": the two of them, no one speaker (and
    // not the company they founded).
    if (pronoun === 'they' && !previous) {
      const from = reachStart(context);
      const people = [...names.peopleBetween(from, mention.at)];
      if (people.length > 1 && namesSeveral(names, people, from, mention.at)) return unattributed(strength);
    }
    // "it" stands for a company, a body or a thing, never for a person quoted before.
    // "they" after a person quoted before is more often a group around them than that one person
    // (tune: 1 shown, 0 right): the text does not say who, but people spoke (weighed as speech).
    if (previous && previous.kind === 'person') return pronoun === 'it' ? unattributed(strength) : { ...UNNAMED_SPEAKER, strength };
    if (previous) return attributed(previous.speaker, previous.kind, strength, context);
    if (pronoun === 'they') {
      const spokes = spokespersonOrg(names, mention.at, context.isOutlet);
      if (spokes) return attributed(spokes, 'org', strength, context);
    }
    return unattributed(strength);
  }
  const noun = mention.noun!.toLowerCase();
  if (OUTLET_NOUN.test(noun)) return { strength, speaker: null, kind: null, outlet: true };
  if (SPOKES.test(noun)) {
    // "an Apple spokesperson" names its organisation; "the spokesperson" refers back to one.
    const own = nameRuns(mention.text).filter((run) => !context.isOutlet(run.words.join(' ')));
    if (own.length > 0) return attributed(own[own.length - 1]!.words.join(' '), 'org', strength, context);
    return attributed(spokespersonFor(names, mention.end, context.isOutlet) ?? spokespersonOrg(names, mention.at, context.isOutlet), 'org', strength, context);
  }
  // "SAG-AFTRA, the actors' union, reached a deal … the union said": the name the text gave that noun.
  const defined = FORMAL_ORG.test(noun) || ORG_NOUN.test(noun) ? names.namedAs(noun, mention.at) : undefined;
  if (defined && !context.isOutlet(defined)) return attributed(defined, 'org', strength, context);
  // "said the science team behind the orbiter": a team described by what it does names no one.
  if (!defined && noun === 'team' && UNNAMED_TEAM.test(mention.text)) return { strength, speaker: null, kind: 'person', outlet: false };
  // "the department said" after "The Department of Justice sued …": the body with that noun in its name.
  if (FORMAL_ORG.test(noun)) {
    const body = names.lastOrgContaining(noun, mention.at);
    // Not the article's most-named organisation when no body of that kind was named: "the
    // council said" in a story about a company is a council the text does not name (tune: 1 shown, 0 right).
    return attributed(body ?? names.lastOrgBefore(mention.at, true, context.isOutlet), 'org', strength, context);
  }
  // "the company said": the organisation that spoke last (a quote's or a statement's), else the only
  // one the story names. Never one merely named nearby, nor a place ("in China").
  if (ORG_NOUN.test(noun)) {
    // "the companies said", or "the statement said" after "…, the companies said in a joint statement":
    // several organisations' words, no one of theirs.
    if (noun === 'companies' || (noun === 'statement' && JOINT_STATEMENT.test(names.slice(reachStart(context), mention.at)))) return unattributed(strength);
    if (previous?.kind === 'org') return attributed(previous.speaker, 'org', strength, context);
    // With no organisation speaking before, only an article naming one organisation says which it
    // is: guessing the most-named one was right about half the time on the measure half.
    return attributed(makerOf(names.lastOrgSpeakingBefore(mention.at, context.isOutlet) ?? names.onlyOrg(context.isOutlet), names.slice(0, mention.at)), 'org', strength, context);
  }
  // "according to the letter": signed by several, rarely the organisation the story is about.
  if (noun === 'letter') return unattributed(strength);
  // "the chief executive said" after "its chief executive Jane Roe and analyst Tom Poe": the one person the
  // text introduced in that role, not the one named last (nor the one quoted before).
  // A role of a named organisation ("the OpenAI chief executive said", "the Microsoft AI chief said") stands only for
  // someone the text sets beside that organisation: never "Microsoft CEO Satya Nadella" for OpenAI's.
  const org = isRoleWord(noun) ? nameRuns(mention.text)[0]?.words.filter((word) => word !== 'AI').join(' ') : undefined;
  const fits = (person: string | undefined) => person !== undefined && (!org || setBeside(names, person, org, mention.at));
  const holder = isRoleWord(noun) ? context.names().personInRole(mention.at, roleHead(noun)) : undefined;
  if (holder && fits(holder)) return attributed(holder, 'person', strength, context);
  // "the Arsenal defender said": a role standing for the person named before ("the man said"
  // after "One man stood by his car" is that man, whom the text does not name).
  if (previous?.kind === 'person') return fits(previous.speaker) ? attributed(unlessUnnamedSince(previous.speaker, mention.at, names), 'person', strength, context) : unattributed(strength);
  // With no one quoted before, only a person named in this paragraph or the one before: "the chief
  // executive said" is not someone named further back (tune and measure: 0 shown either way).
  const from = reachStart(context);
  const near = names.personMentions(from, mention.at).pop()?.person;
  return fits(near) ? attributed(unlessUnnamedSince(near, mention.at, names), 'person', strength, context) : unattributed(strength);
}

// How far from a person's name an organisation set beside it stands ("Microsoft CEO Satya Nadella", "Nadella, who runs Microsoft").
const BESIDE = 60;

/** Whether the text, before `at`, names `org` in a sentence that names `person`, near their name. */
function setBeside(names: SpeakerNames, person: string, org: string, at: number): boolean {
  const text = names.slice(0, at);
  const surname = person.split(' ').pop()!;
  for (let i = text.indexOf(surname); i >= 0; i = text.indexOf(surname, i + 1)) {
    const start = Math.max(0, i - BESIDE, text.lastIndexOf('. ', i) + 1);
    const stop = text.indexOf('. ', i);
    if (text.slice(start, Math.min(i + surname.length + BESIDE, stop < 0 ? text.length : stop)).includes(org)) return true;
  }
  return false;
}

// A statement several organisations made together: "in a joint statement", "the companies said", "both firms said".
const JOINT_STATEMENT = /\bjoint statement\b|\b(?:the|both) (?:companies|firms|groups|organi[sz]ations)\s+(?:said|say|says)\b/i;

// Up to three words of a title before the sentence's first name: "Harbour master ", "Mayor ".
const OPENS_WITH_TITLE = /^(?:[\p{L}-]+\s+){0,3}$/u;

/** A speaker found, as an attribution of this strength (none when the name is empty). */
function attributed(named: string | undefined, kind: 'person' | 'org', strength: number, context: AttributionContext): Attribution {
  // "Cerebras Systems Inc.": the legal form is no part of the name a reader knows.
  const speaker = kind === 'org' ? named?.replace(LEGAL_FORM, '') : named;
  return speaker && !speaker.split(' ').every((word) => PEOPLES.has(word))
    ? { strength, speaker, kind, outlet: context.isOutlet(speaker) }
    : unattributed(strength);
}

// One to three lowercase words between spaces.
const FEW_LOWERCASE_WORDS = /^\s+(?:\p{Ll}+\s+){1,3}$/u;

/**
 * Whether the last sentence before `at` (from `from`) that names one of `people` joins two of them
 * by "and" as one subject ("Maria Lindqvist and Joanna Pereira voted", "Tomas Berglund and his
 * deputy, Piotr Nowak, presented"), or names one as its subject and the other as the object ("Tomas
 * Berglund met Piotr Nowak"): a singular pronoun after it cannot pick one out.
 */
function namesSeveral(names: SpeakerNames, people: string[], from: number, at: number): boolean {
  const mentions = names.personMentions(from, at).filter((mention) => people.includes(mention.person));
  const last = mentions[mentions.length - 1];
  if (!last) return false;
  const text = names.slice(from, at);
  const start = from + sentenceStart(text, 0, last.at - from);
  const inSentence = mentions.filter((mention) => mention.at >= start);
  return inSentence.some((mention, i) => {
    const next = inSentence[i + 1];
    if (!next || next.person === mention.person) return false;
    const between = names.slice(mention.end, next.at);
    if (between.length <= 50 && /(?:^|[\s,])and\s/.test(between)) return true;
    // "Tomas Berglund met ferry operator Piotr Nowak.": a subject, a verb and its object. "he"
    // after it is more likely the subject, but the last-named one is the guess the rules below
    // would make; neither is sure.
    return i === 0 && inSentence.length === 2 && FEW_LOWERCASE_WORDS.test(between) && OPENS_WITH_TITLE.test(names.slice(start, mention.at));
  });
}

// Before a sentence's subject: nothing, or a few words of its role with no comma ("OpenAI co-founder ").
const BEFORE_SUBJECT = /^\s*(?:[^\s,.;:!?]+\s+){0,4}$/;

/**
 * The person the last sentence naming several of `people` before `at` opens with, its subject, when that
 * sentence names another of them after it ("Sutskever, who … oust Sam Altman, has said …" → Sutskever).
 */
function sentenceSubject(names: SpeakerNames, people: string[], from: number, at: number): string | undefined {
  const mentions = names.personMentions(from, at).filter((mention) => people.includes(mention.person));
  const last = mentions[mentions.length - 1];
  if (!last) return undefined;
  const text = names.slice(from, at);
  // The sentence, within its paragraph ("Patrick Rucker, Reuters:" above is a credit line, no sentence's subject).
  const start = from + Math.max(sentenceStart(text, 0, last.at - from), text.lastIndexOf('\n', last.at - from) + 1);
  const inSentence = mentions.filter((mention) => mention.at >= start);
  const first = inSentence[0]!;
  if (inSentence.every((mention) => mention.person === first.person)) return undefined;
  // Named there by the surname at least ("Sutskever" for Ilya Sutskever): a company's name is not its product's ("Harbourline" of "Harbourline Skiff").
  const surname = (name: string) => name.split(/\s+/).pop();
  if (surname(names.slice(first.at, first.end)) !== surname(first.person)) return undefined;
  // Not one whose name owns the subject ("Take Woody Allen’s wife Soon-Yi Previn, who …").
  if (/^['’]s?\b/.test(names.slice(first.end, first.end + 2))) return undefined;
  return BEFORE_SUBJECT.test(names.slice(start, first.at)) ? first.person : undefined;
}

/**
 * The one person the paragraph, before its first quotation, names as the subject of a speech verb
 * ("Addressing the gathering, Prof. Jo Roe said that …"), if it names exactly one.
 */
function reportingPerson(names: SpeakerNames, context: AttributionContext, at: number): string | undefined {
  const text = names.slice(context.offset, at);
  const quoteAt = text.search(OPENING_MARK);
  const before = quoteAt < 0 ? text : text.slice(0, quoteAt);
  const people = new Set<string>();
  for (const verb of speechVerbs(before)) {
    // Reported speech ("said that the objective …"), not any verb of saying.
    if (!REPORTED_CLAUSE.test(before.slice(verb.end))) continue;
    const start = sentenceStart(before, 0, verb.at);
    const clause = before.slice(start, verb.at);
    const mentions = mentionsIn(clause, context.offset + start);
    const chosen = subjectOf(mentions, clause, context.offset + start);
    if (chosen?.kind !== 'name' || chosen.possessive || !isPersonLike(chosen.words!)) continue;
    const found = resolve(chosen, 2, context, mentions);
    if (found.speaker && found.kind === 'person') people.add(found.speaker);
  }
  return people.size === 1 ? [...people][0] : undefined;
}

// A quotation's opening mark.
const OPENING_MARK = /[“"«„]/;

/**
 * The person "he" or "the man" stands for, unless someone unnamed ("one resident", "a woman who
 * asked not to be named") was spoken of since that person was last named: then it may be them.
 */
function unlessUnnamedSince(person: string | undefined, at: number, names: SpeakerNames): string | undefined {
  if (!person) return undefined;
  // Not in someone's words: "“… fails in a customer's rack,” she said" names no one new.
  return UNNAMED_PERSON.test(names.slice(names.lastIndexOfName(person, at), at).replace(QUOTED_WORDS, ' ').toLowerCase()) ? undefined : person;
}

// Words between quotation marks (straight, curly, German or French).
const QUOTED_WORDS = /[“"„«][^“”"„«»]*[”"“»]/g;

function isOrgNoun(noun: string): boolean {
  const word = noun.toLowerCase();
  return FORMAL_ORG.test(word) || ORG_NOUN.test(word) || SPOKES.test(word) || OUTLET_NOUN.test(word);
}

// What a spokesperson speaks for, after the word: "a spokesperson for Acme", "a representative of the Acme Group".
const SPOKES_FOR = /^\s+(?:for|of|at|from)\s+(?:the\s+)?/;

/** The organisation named right after a spokesperson ("a spokesperson for Acme said"), at `end` of the word. */
function spokespersonFor(names: SpeakerNames, end: number, exclude: (name: string) => boolean): string | undefined {
  const after = names.slice(end, end + 100);
  const joint = SPOKES_FOR.exec(after);
  const run = joint ? nameRuns(after.slice(joint[0].length))[0] : undefined;
  // A person's representative ("a representative for Jane Roe") speaks for that person, not as an organisation.
  if (!run || run.at !== 0 || isPersonLike(run.words)) return undefined;
  const name = run.words.join(' ');
  return exclude(name) ? undefined : name;
}

/** The organisation of the last spokesperson mentioned: "… via Vevo’s press office, a spokesperson …". */
function spokespersonOrg(names: SpeakerNames, at: number, exclude: (name: string) => boolean): string | undefined {
  const before = names.slice(Math.max(0, at - 1500), at);
  const match = [...before.matchAll(/spokes(?:person|man|woman)|representative/g)].pop();
  if (!match) return undefined;
  // "A spokesperson for OpenAI disputed that.": the organisation it speaks for, named after it.
  const named = spokespersonFor(names, Math.max(0, at - 1500) + match.index + match[0].length, exclude);
  if (named) return named;
  const from = Math.max(0, match.index - 200);
  const sentence = before.slice(from, Math.min(before.length, match.index + 200));
  const orgs = nameRuns(sentence).filter((run) => names.isOrgLike(run) && !exclude(run.words.join(' ')));
  if (orgs.length === 0) return undefined;
  // The organisation nearest the word "spokesperson", one named before it first ("Anthropic is testing a tier …, a
  // company spokesperson confirmed. The plan costs half as much as Claude Pro"): the sentence's subject.
  const target = match.index - from;
  orgs.sort((a, b) => Number(a.at > target) - Number(b.at > target) || Math.abs(a.at - target) - Math.abs(b.at - target));
  return makerOf(orgs[0]!.words.join(' '), before);
}

/**
 * A product named after its maker ("the $200-a-month Perplexity Max", "Claude Pro"): the maker, when the text
 * names it alone ("Perplexity is making …"), is who speaks for it. Else the name as it is.
 */
function makerOf(name: string | undefined, text: string): string | undefined {
  const space = name ? name.indexOf(' ') : -1;
  if (space < 0) return name;
  const maker = name!.slice(0, space);
  // (Not a firm's joined names: "Ernst & Young".)
  return /^\p{Lu}/u.test(name!.slice(space + 1)) && standsAlone(text, maker) ? maker : name;
}

/** Whether the text names `word` alone, not as the first word of a longer name. */
function standsAlone(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const after = text.slice(at + word.length, at + word.length + 3);
    if (!/^[\p{L}\p{N}]/u.test(after) && !/^\s[\p{Lu}&]/u.test(after) && !/[\p{L}\p{N}]$/u.test(text.slice(Math.max(0, at - 1), at))) return true;
  }
  return false;
}

// A role of lowercase words after up to three capitalised ones, at the end.
const ROLE_BEFORE = /(?:\s\p{Lu}[\p{L}’'-]*){0,3}((?:\s\p{Ll}[\p{Ll}-]*){1,3})\s+$/u;

// The "'s" of a name, and nothing after it.
const NAME_S_AT_END = /^(['’]s)\s*$/u;

/** Name runs, pronouns and role phrases in a stretch of text, in order, with absolute positions. */
function mentionsIn(text: string, offset: number): Mention[] {
  const mentions: Mention[] = [];
  const covered: [number, number][] = [];
  for (const match of text.matchAll(ANAPHOR)) {
    // "the startup’s founder", "the company’s CEO": the role is the speaker, not the company.
    const role = POSSESSIVE_ROLE.exec(text.slice(match.index + match[0].length, match.index + match[0].length + 60).toLowerCase());
    const length = match[0].length + (role ? role[0].length : 0);
    const noun = role ? role[1]! : match[2]!;
    mentions.push({ at: offset + match.index, end: offset + match.index + length, kind: 'anaphor', text: text.slice(match.index, match.index + length), noun });
    covered.push([match.index, match.index + length]);
  }
  for (const run of nameRuns(text)) {
    if (isCovered(covered, run.at)) continue;
    // "Moody's said": a possessive owns a noun after it, so one that ends the words before a verb is a name written with its "'s".
    const ownName = run.possessive && run.words.length === 1 ? NAME_S_AT_END.exec(text.slice(run.at + run.words[0]!.length)) : null;
    if (ownName) {
      const name = run.words[0]! + ownName[1]!;
      mentions.push({ at: offset + run.at, end: offset + run.at + name.length, kind: 'name', text: name, words: [name], possessive: false });
      continue;
    }
    mentions.push({
      at: offset + run.at,
      end: offset + run.at + run.words.join(' ').length,
      kind: 'name',
      text: run.words.join(' '),
      words: run.words,
      possessive: run.possessive,
      cut: (run.all?.length ?? 0) > run.words.length,
      honorific: HONORIFIC_BEFORE.test(text.slice(Math.max(0, run.at - 8), run.at)),
    });
  }
  for (const match of text.matchAll(PRONOUN)) {
    if (isCovered(covered, match.index)) continue;
    mentions.push({ at: offset + match.index, end: offset + match.index + match[0].length, kind: 'pronoun', text: match[0] });
  }
  mentions.sort((a, b) => a.at - b.at);
  for (const mention of mentions) {
    // A name cut from a longer run ("of the Treasury Janet L. Yellen") is no preposition's object:
    // the words before it are its title's.
    if (mention.cut) continue;
    const before = text.slice(Math.max(0, mention.at - offset - 16), mention.at - offset);
    const wider = text.slice(Math.max(0, mention.at - offset - 40), mention.at - offset);
    mention.governed = GOVERNED.test(before) || POSSESSED.test(before) || OBJECT_OF_PARTICIPLE.test(before) || OBJECT_OF_RELATIVE.test(wider) || ROMANCE_OF.test(wider) || GERMAN_DATIVE.test(before);
    if (mention.kind === 'name' && !mention.possessive && describesKind(text, mention.at - offset, mention.end - offset, before)) mention.governed = true;
  }
  // A name joined to an object by "and" or "or" is an object too: "Researchers comparing Venus and
  // Mars said", "Residents of Eastmoor and Westfield said" (neither planet nor town spoke). Only a
  // name of the same kind: in "Daniel Ortiz of Corvane and Michael Brandt" the person joins the person.
  for (let i = 1; i < mentions.length; i++) {
    const mention = mentions[i]!;
    const last = mentions[i - 1]!;
    if (mention.kind !== 'name' || mention.governed || mention.cut || !last.governed || last.kind !== 'name') continue;
    if (isPersonLike(mention.words!) !== isPersonLike(last.words!)) continue;
    const join = text.slice(last.end - offset, mention.at - offset);
    // A comma joins only inside a list that "and" or "or" closes: "Venus, Mars and Earth".
    const next = mentions[i + 1];
    const listed = /^\s*,\s*$/.test(join) && next?.kind === 'name' && COORDINATED.test(text.slice(mention.end - offset, next.at - offset));
    if (COORDINATED.test(join) || listed) mention.governed = true;
  }
  // The object goes on over a role to the name it introduces: "a voice resembling Liberal
  // candidate Grace Holloway says" names her as the one resembled, not the one speaking.
  for (const mention of mentions) {
    if (mention.kind !== 'name' || mention.governed || mention.cut) continue;
    const before = text.slice(Math.max(0, mention.at - offset - 80), mention.at - offset);
    const role = ROLE_BEFORE.exec(before);
    if (!role || !role[1]!.trim().split(/\s+/).every(isRoleWord)) continue;
    const head = before.slice(0, role.index + 1);
    mention.governed = GOVERNED.test(head) || ROMANCE_OF.test(head) || OBJECT_OF_PARTICIPLE.test(head);
  }
  return joinPairs(mentions, text, offset);
}

// "a " or "an " right before a name, and a lower-case word right after it (the noun it modifies).
// ("The one Jane Roe gave": "one" after "the" is a pronoun, and Jane Roe its clause's subject.)
const A_BEFORE = /(?:^|[^\p{L}])(?:a|an|A|An|another|Another)\s+$|(?:^|[^\p{L}])(?<!the |The )(?:one|One)\s+$/u;
const NOUN_AFTER = /^\s+\p{Ll}{3,}\b/u;
// A possessive determiner (a year may follow it): "his 1983 ", "their ".
const POSSESSOR_BEFORE = /(?:^|[^\p{L}])(?:his|her|their|its|our|my|your)\s+(?:\d{4}\s+)?$/u;
// Someone's "’s" right before: "GPT-1’s ".
const OWNER_S_BEFORE = /[\p{L}\p{N}]['’]s\s+$/u;
// A part of a document or a talk after a name: "Related Work section", "Turing Award lecture".
const DOCUMENT_AFTER = /^\s+(?:section|chapter|paper|report|address|speech|lecture|talk|keynote|essay|book|article|post|page|docs|documentation|manual|guide|announcement|letter)\b/u;
// A kind of work before its title: "the book Programming Pearls", "the film Arrival".
const WORK_BEFORE = /(?:^|[^\p{L}])(?:book|novel|paper|essay|film|movie|album|song|poem|play|article|column|newsletter|podcast|documentary)\s+$/u;

/**
 * Whether the name from `at` to `end` (`before`: the words just before it) says what kind of person or
 * thing, not who: "a Mamdani enthusiast shared", "one Bluesky poster wrote" (a name between "a", "one" or
 * "another" and a noun); "in his 1983 Turing Award address", "GPT-1’s Related Work section" (a name owned
 * by someone and followed by a noun); "the book Programming Pearls" (a work's title).
 */
function describesKind(text: string, at: number, end: number, before: string): boolean {
  if (WORK_BEFORE.test(before)) return true;
  const after = text.slice(end, end + 30);
  if (NOUN_AFTER.test(after) && (A_BEFORE.test(before) || POSSESSOR_BEFORE.test(text.slice(Math.max(0, at - 24), at)))) return true;
  return OWNER_S_BEFORE.test(before) && DOCUMENT_AFTER.test(after);
}

/** Whether a position is inside one of the ranges. */
function isCovered(covered: [number, number][], at: number): boolean {
  return covered.some(([from, to]) => at >= from && at < to);
}

/**
 * "Tim Cook and Phil Schiller" said it together, and so did co-authors in a list ("Jane Roe, Tom Lee,
 * and Mia Chen wrote"): one speaker, written as the text lists them.
 */
function joinPairs(mentions: Mention[], text: string, offset: number): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const first = mentions[i]!;
    // The longest run of people joined by commas that ends with "and" before its last name.
    let end = i;
    for (let j = i + 1; j < mentions.length && isListed(mentions[j - 1]!, mentions[j]!, text, offset); j++) {
      if (/\band\s+$/.test(text.slice(mentions[j - 1]!.end - offset, mentions[j]!.at - offset))) end = j;
    }
    if (end === i) {
      out.push(first);
      continue;
    }
    const last = mentions[end]!;
    const listed = mentions.slice(i, end + 1);
    // Without the title the list opens with ("Senators Patricia Holloway and Marcus Ferrante"): the people.
    const title = PLURAL_TITLE.test(first.words?.[0] ?? '') ? first.words![0]!.length + 1 : 0;
    out.push({ ...last, at: first.at + title, text: text.slice(first.at + title - offset, last.end - offset), listed: true, words: listed.flatMap((mention, k) => (k === 0 ? mention.words!.slice(title ? 1 : 0) : ['and', ...mention.words!])) });
    i = end;
  }
  return out;
}

const PLURAL_TITLE = /^(?:Senators|Sens\.|Commissioners|Representatives|Reps\.|Ministers|Judges|Justices|Professors|Profs\.|Drs\.|Councillors|Councilors|Councilmembers|Lawmakers|Governors|Mayors|Directors|Executives|Presidents)$/;

/** Two people's names next to each other in a list: a comma, "and" or both between them. */
function isListed(before: Mention, mention: Mention, text: string, offset: number): boolean {
  // A name after a plural title starts another group: "addressed to Chair Lawrence Whitcombe, Commissioners Danielle
  // Okoro-Baptiste and Rafael Quint argued" lists the commissioners, not the chair with them.
  if (mention.cut || PLURAL_TITLE.test(mention.words?.[0] ?? '')) return false;
  return before.kind === 'name' && mention.kind === 'name' && isPersonLike(before.words!) && isPersonLike(mention.words!) && /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/.test(text.slice(before.end - offset, mention.at - offset));
}

// A relative clause's "who" right before its verb: "Poe disagreed with Roe, who said: “…”".
const WHO_BEFORE_VERB = /,\s*who\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+)?$/u;

/**
 * The name a relative "who" right before the verb stands for: a person, though a preposition governs it
 * ("… disagreed with Roe, who said"). Not a body a role names ("Kerri Miller, Staff Engineer at GitLab, who
 * said": left to subjectOf).
 */
function relativeSubject(mentions: Mention[], text: string, offset: number, names: SpeakerNames): Mention | undefined {
  const who = WHO_BEFORE_VERB.exec(text);
  if (!who) return undefined;
  const named = mentions.filter((mention) => mention.kind === 'name' && mention.end - offset <= who.index).at(-1);
  if (!named || named.possessive || !/^\s*$/.test(text.slice(named.end - offset, who.index))) return undefined;
  const words = named.words!;
  const person = words.length === 1 ? names.isKnownPersonWord(words[0]!) : isPersonLike(words);
  return person && !names.isOrgLike({ words, at: named.at, possessive: false }) ? named : undefined;
}

/**
 * Who the verb's subject is: "Justice Cote, writing on behalf of justices A, B and C,
 * acknowledged" → Cote (a name opening the clause, then an aside between commas); else the
 * person named nearest the verb ("Cash App spokesperson Danika Owsley said"), else the nearest
 * mention. `text` starts at `offset` and ends at the verb.
 */
function subjectOf(all: Mention[], text: string, offset: number): Mention | undefined {
  const chosen = oneSubjectOf(all, text, offset);
  // "Roe and Poe said": two speak; neither alone is the speaker (a name the text writes as one, "Jane Roe
  // and Tom Poe", is one mention and names both).
  const before = chosen?.kind === 'name' ? all.filter((mention) => mention.end <= chosen.at).at(-1) : undefined;
  return before?.kind === 'name' && !before.governed && COORDINATED.test(text.slice(before.end - offset, chosen!.at - offset)) ? undefined : chosen;
}

function oneSubjectOf(all: Mention[], text: string, offset: number): Mention | undefined {
  const mentions = all.filter((mention) => !mention.governed);
  // "When analyst Toshiya Hari asked about margins, Wells replied", "Asked by NBC's Kristen Welker …, Lutnick said": a
  // name right before the verb, after the comma closing an opening clause, is its subject (not a person the clause names).
  const last = mentions[mentions.length - 1];
  if (last?.kind === 'name' && !last.possessive && last.at > offset && /^\s*$/.test(text.slice(last.end - offset)) && /,\s*$/.test(text.slice(0, last.at - offset))) return last;
  // "Jane Roe, deputy director, Acme Motors, added,": the first name, set off by commas, is the subject.
  const setOff = (mention: Mention) => mention.kind === 'name' && /^\s*,/.test(text.slice(mention.end - offset));
  if (!/,\s*$/.test(text)) return preferPerson(mentions, true);
  const first = mentions[0];
  if (first && setOff(first) && wordsIn(text.slice(0, first.at - offset)) <= 3) return first;
  // So it is after an opening phrase that names no one, right after its comma ("Speaking at the
  // launch, Mr. Jane Roe, deputy director, Acme Motors India, added,").
  const rightAfterComma = (mention: Mention) => {
    const comma = text.lastIndexOf(',', mention.at - offset);
    return comma >= 0 && wordsIn(text.slice(comma + 1, mention.at - offset)) <= 1;
  };
  const after = mentions.findIndex((mention) => setOff(mention) && rightAfterComma(mention));
  if (after > 0 && !mentions.slice(0, after).some(isPersonMention)) return mentions[after];
  return preferPerson(mentions, true);
}

function isPersonMention(mention: Mention): boolean {
  return mention.kind === 'name' && isPersonLike(mention.words!);
}

/** The nearest person named, else the nearest mention (to the verb: the last when `nearestLast`). */
function preferPerson(all: Mention[], nearestLast: boolean): Mention | undefined {
  const mentions = all.filter((mention) => !mention.governed);
  const ordered = nearestLast ? [...mentions].reverse() : mentions;
  const person = ordered.find((mention) => mention.kind === 'name' && (isPersonLike(mention.words!) || mention.words!.includes('and')));
  return person ?? ordered[0];
}

// "put it" with a manner or where: "put it simply:", "put it in her memo:".
const PUT_IT = /^\s+it\s+(?:\w+\s+)?(?:simply|bluntly|plainly|succinctly|starkly|best|well|this way|that way|another way|like this|in (?:a|an|the|his|her|their|its) (?:post|statement|tweet|memo|letter|blog post|email|interview|speech|note))\b/;
// "As Jane Roe put it, “…”": "put it" closing a clause opened by "As", the name's apposition between them or not ("As
// Karim Haddad, a partner at Beacon Ventures, put it, “…”").
const AS_PUT_IT = /^\s+it\s*,/;
const AS_CLAUSE = /(?:^|[.!?:;]\s+|,\s+|\s[-–—]\s+)[Aa]s\s+[^,.;:!?]{1,60}(?:,\s+[^,.;:!?]{1,60},\s*)?$/;

// Space then a capital.
const SPACE_THEN_CAPITAL = /^\s+\p{Lu}/u;

function speechVerbs(text: string): { word: string; at: number; end: number }[] {
  const verbs: { word: string; at: number; end: number }[] = [];
  // Every word of the clause is looked up: found by the character tables, and what follows a word
  // is read only for the few words that need it.
  forEachMatch(text, LETTERS, isLetterCode, isLetterCode, (at, end) => {
    const word = text.slice(at, end).toLowerCase();
    // "Jane Roe put it simply: “…”", "As Jane Roe put it, “…”" (but "put it on the wall" says nothing).
    // What follows the word is sliced only for these two (no closure made per word to slice it).
    if (SPEECH.has(word) || (word === 'according' && /^\s+to\b/.test(text.slice(end, end + 30))) || ((word === 'put' || word === 'puts') && (PUT_IT.test(text.slice(end, end + 40)) || (AS_PUT_IT.test(text.slice(end, end + 6)) && AS_CLAUSE.test(text.slice(Math.max(0, at - 80), at)))))) {
      verbs.push({ word, at, end });
    } else if ((word === 'attributed' || word === 'attributable') && /^\s+to\b/.test(text.slice(end, end + 10))) {
      // "The following statement can be attributed to Jane Roe, CEO of Acme:": a press office's "according to".
      verbs.push({ word: 'according', at, end });
    } else if (ACCORDING.has(word) && (SPACE_THEN_CAPITAL.test(text.slice(end)) || FOREIGN_STATEMENT.test(text.slice(end, end + 60)) || FOREIGN_ROLE_THEN_NAME.test(text.slice(end, end + 80)))) {
      // "Laut Jan Müller", "Selon Claire Dupont": another language's "according to" a name.
      verbs.push({ word: 'according', at, end });
    }
  });
  return verbs;
}

const LETTERS = /\p{L}+/gu;
// A capitalised word right before: a title's words ("AI Writing").
const IN_TITLE = /\p{Lu}[\p{L}\p{N}'’-]*\s+$/u;

// Initials inside a name at the end: "Harvard T.H" (of "the Harvard T.H. Chan School"). After a
// lowercase word, initials may end a sentence: "… built in the U.S. The plant …".
const NAMED_INITIALS_END = /\p{Lu}\p{Ll}+\s(?:\p{Lu}\.)+\p{Lu}$/u;
// An initial or a title at the end.
const INITIAL_OR_TITLE_END = new RegExp(String.raw`(?:^|[\s(])(?:\p{Lu}|${NAME_TITLE_ABBREVIATIONS})$`, 'u');

/** Whether the stop at `index` follows an initial or a title (read from `from` on): no sentence ends there. */
function endsInInitialOrTitle(text: string, index: number, from = 0): boolean {
  return INITIAL_OR_TITLE_END.test(text.slice(Math.max(from, index - 4), index)) || NAMED_INITIALS_END.test(text.slice(Math.max(from, index - 30), index));
}

// Initials ("U.S", its last stop not yet read) or a company's name with its suffix ("Acme Corp") at the text's
// start, after a comma or a lower-case verb at most.
const OPENING_INITIALS = new RegExp(String.raw`^[\s,]*(?:\p{Ll}+\s+)?(?:(?:\p{Lu}\.)+\p{Lu}|(?:\p{Lu}[\p{L}&'’-]*\s+){1,3}(?:${LEGAL_FORMS}|Co))$`, 'u');

// Initials set close ("C.C", "J.K", their last stop not yet read) after a space.
const CLOSE_INITIALS_END = /(?:^|[\s(])(?:\p{Lu}\.)+\p{Lu}$/u;
// The word after a stop: a capitalised word, then a space or a stop.
const NEXT_WORD_AFTER_STOP = /^\.\s+(\p{Lu}[\p{L}'’-]*)/u;

/**
 * Initials set close before a name ("chief executive C.C. Wei said", "author J.K. Fenwick"), not a place's initials
 * ending a sentence ("… built in the U.S. The plant …"): the word after them opens no sentence.
 */
function initialsBeforeName(text: string, index: number): boolean {
  if (!CLOSE_INITIALS_END.test(text.slice(Math.max(0, index - 12), index))) return false;
  const next = NEXT_WORD_AFTER_STOP.exec(text.slice(index, index + 40))?.[1];
  return next !== undefined && !SENTENCE_OPENING_WORDS.includes(next);
}

/** The text up to the end of its first sentence. */
function sentenceHead(text: string): string {
  const end = /[.!?](?=\s+[\p{Lu}“"‘]|\s*$)/u.exec(text);
  if (!end) return text;
  // Not after an initial or a title: "J. Trevor Hughes", "Mr. Kalanick". Nor after initials or a company's
  // suffix that open the attribution, maybe after its verb: "…,” U.S. Commerce Secretary Jane Roe said",
  // "…,” said U.K. Prime Minister …", "…,” Acme Corp. CEO Jane Roe said" (after more words they may end a
  // sentence: "… built in the U.S. The plant …", "… a deal with Acme Corp. The company …").
  if (endsInInitialOrTitle(text, end.index) || OPENING_INITIALS.test(text.slice(0, end.index)) || initialsBeforeName(text, end.index)) {
    const rest = sentenceHead(text.slice(end.index + 1));
    return text.slice(0, end.index + 1) + rest;
  }
  return text.slice(0, end.index + 1);
}

/** Where the sentence holding `at` starts, not before `from`. */
function sentenceStart(text: string, from: number, at: number): number {
  let start = from;
  // A sentence may open with a bracket before its capital: "… free software. (One of its IT leads … said …".
  const pattern = /[.!?]["”’)]?\s+(?=\(?[\p{Lu}“"‘])/gu;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match && match.index < at; match = pattern.exec(text)) {
    if (endsInInitialOrTitle(text, match.index, from)) continue;
    start = match.index + match[0].length;
  }
  return Math.min(start, at);
}

// A capital first.
const CAPITAL_FIRST = /^\p{Lu}/u;

/** Capitalised words, roles and name particles only: "Alex Wurz", "former president Barack Obama". */
function onlyNameWords(text: string): boolean {
  return (text.match(/[\p{L}][\p{L}’'.-]*/gu) ?? []).every((word) => CAPITAL_FIRST.test(word) || isRoleWord(word) || isPersonWord(word));
}

function wordsIn(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** Where a pronoun's or a role's reach starts: the paragraph before this one, else this one. */
function reachStart(context: AttributionContext): number {
  return !context.previousParagraph ? context.offset : context.offset - context.previousParagraph.length - 2;
}
