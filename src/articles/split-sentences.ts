// Where a text's sentences end: at . ! or ? and a capital after, at Chinese and Japanese stops, and where a feed glued
// paragraphs at a stop. Its own module: the topic table reads first sentences too, and loading it (every command that
// answers from the store) should not load the whole summarizer.
// A sentence ends at . ! or ? (plus closing quotes), then space, then a capital, digit or opening
// quote; not after a title or initial ("Mr.", "U.S.") and never inside "3.1".
// Chinese and Japanese end a sentence at 。！？ (closing brackets after), with no space before the next.
// Words that open sentences, used where no space says where one starts: a caption or heading glued to
// the story (GLUED_OPENING), a bold run-in head (RUN_IN_STORY_OPENING), paragraphs glued at a stop (BOUNDARY).
export const OPENING_WORDS = ['There', 'The', 'This', 'These', 'That', 'Those', 'Once', 'When', 'While', 'After', 'Before', 'Last', 'Today', 'Yesterday', 'It', 'We', 'I', 'A', 'An', 'Our', 'My', 'His', 'Her', 'Their', 'If', 'Since', 'For', 'As'];
// Those and the pronouns, prepositions and linking words a sentence after a name opens with ("… in Kerala.The company …",
// "… built in the U.S. He said …").
export const SENTENCE_OPENING_WORDS = [...OPENING_WORDS, 'He', 'She', 'They', 'In', 'On', 'At', 'But', 'Previously', 'Meanwhile', 'However'];
// Paragraphs a feed ran together with no space ("… foran kassen.Sidste runde afvikles …", "… criteria.Apart
// from India …") end at a full stop between a word all in lower case and a capitalised one, or between a
// name and a word that opens sentences ("… in Sri Lanka.On 26 February …", "… Kerala.The company …"): not
// in an abbreviation ("e.g."), an address ("bold.dk") or a name with a dot ("System.Xml", "Node.Js").
const GLUED_STOP = String.raw`(\.)(?:(?<=(?:^|[^\p{L}\p{N}.])\p{Ll}{2,}\.)(?=\p{Lu}\p{Ll}+[\s,;:])|(?<=(?:^|[^\p{L}\p{N}.])\p{Lu}\p{Ll}+\.)(?=(?:${SENTENCE_OPENING_WORDS.join('|')})\s))`;
// A sentence may open with a word that has no capital first: a handle and its space ("@OpenAIDevs also
// added …", not code's "@person.name") or a brand's few lower-case letters before its capital ("iPhone
// sales …", "eBay said …"). Markdown's bold marks left in a feed's text may stand before either, or
// after a sentence's stop ("… on **PinchBench**. **Z.ai’s GLM-5V** is …").
const OPENS_LOWER = String.raw`@[\p{L}\p{N}_]+\s|\p{Ll}{1,2}\p{Lu}`;
const BOUNDARY = new RegExp(String.raw`([.!?]+["'”’)\]*]*)\s+(?=(?:["'“‘(]|\*\*?)?(?:[\p{Lu}\p{N}]|${OPENS_LOWER}))|([。！？]+[」』）”]*)\s*(?=[^\s」』）”。！？])|${GLUED_STOP}`, 'gu');
// Titles, ranks and suffixes a name carries with a stop ("Capt. Jane Roe", "Lt. Gen. Li Wei", "Jane Roe Jr."):
// no sentence ends at their stop. Attribution reads them too (speaker-names, attribute-quote).
export const NAME_TITLE_ABBREVIATIONS = 'Mr|Mrs|Ms|Dr|Drs|Prof|Hon|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Cpl|Maj|Adm|Cmdr|Rev|St|Jr|Sr';
// Those, a rank's "(ret.)" ("Lt. Gen. (ret.) Jane Roe", its bracket closed after the stop), "approx. 40", a citation's "et al. 2021".
// German, French, Spanish and Portuguese ones too: "z. B.", "2 Mio. Euro", "Nr. 5", "Mme.", "Sra.", "aprox. 2.000", "Venloer Str. 12".
// And "Warner Bros. Discovery", "e.g. Harbor Foods", "i.e. Google", "incl. Dr. Roe", "a.k.a. Lil Byte"
// (not "a.m." and "p.m.": "… at 10 a.m. The vote …" ends a sentence as often as not).
const ABBREVIATION = new RegExp(
  String.raw`(?:^|[\s(])(?:${NAME_TITLE_ABBREVIATIONS}|ret|Ret|Sens|Reps|Fr|Mt|Ft|Dept|Univ|approx|aprox|gral|Str|Bros|incl|e\.g|i\.e|a\.k\.a|Inc|Corp|Co|Ltd|vs|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Nr|Mio|Mrd|Tsd|ca|bzw|vgl|ggf|evtl|inkl|bspw|sog|usw|Mme|Mlle|Sra|Dra|Fig|fig|Abb|et al|(?:\p{L}\.)*\p{Lu}|\p{Ll})\.\)?$`,
  'u',
);

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  // exec in a loop, not matchAll: matchAll clones the pattern on every call, for every paragraph.
  BOUNDARY.lastIndex = 0;
  for (let match; (match = BOUNDARY.exec(text)); ) {
    const end = match.index + (match[1] ?? match[2] ?? match[3]!).length;
    if (ABBREVIATION.test(text.slice(Math.max(start, end - 12), end))) continue;
    // A list's number ("1. Acme’s new model") opens what follows, it is no sentence of its own.
    if (end - start <= 4 && /^\s*\d{1,2}\.$/.test(text.slice(start, end))) continue;
    sentences.push(text.slice(start, end).trim());
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences.filter(Boolean);
}
