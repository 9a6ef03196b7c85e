// A dateline: where (and when) a story was filed, and often by which newsroom, set before its first
// sentence: "SEOUL, Dec. 3 (Yonhap) --", "MADRID, 5 dic (EFE).-", "BEIJING/HONG KONG, June 16 (Reuters) -",
// "SÃO PAULO, 2 DEZ (Reuters) -", "BERLIN, 3. Dezember (dpa) -", "San Francisco, March 3 —", "(Bloomberg) --".
//
// One grammar for the wires' many shapes, read on the text as written (the capitals are a signal):
//   places   a place in capitals or in title case ("Buenos Aires", "Rio de Janeiro"), places joined by "/",
//            ANI's state and country in brackets after it ("Hyderabad (Telangana) [India]")
//   parts    up to three after commas: a state or country ("Calif.", "Japan"), a date (month names in
//            English, Spanish, Portuguese, Italian, French and German, month or day first), a year, or
//            the day of the month alone
//   credit   a newsroom's name in brackets ("(Kyodo)", "(Europa Press)", "(dpa)"), or in slashes ("/TASS/")
//   dash     "-", "--", "–", "—"; after a credit also EFE's ".-", ANI's ":", TASS's ".", or none after a whole
//            dateline as PTI and IANS write it ("New Delhi, Dec 3 (PTI) The …")
// Prose that opens the same way is told apart by what a dateline needs besides its shape: a place in
// title case ("Mercado Pago - La billetera …", "Paris Hilton (socialite) - …") is a dateline only with a
// date or a credit naming a newsroom the outlet table knows (a ticker, "Sony Group (SONY) –", names none);
// and the story after the dash opens as a sentence does, with a capital, a digit, a quotation mark or a
// brand written in lower case ("xAI", "iPhone"): "Hong Kong, December 3 — a date the city …" goes on
// with the same sentence.
import { CALENDAR_LANGUAGES, calendarWords, MONTH_ABBREVIATIONS, MONTH_NAMES } from './calendar-words.ts';
import { outletByName } from './known-outlets.ts';

// Month names and their usual abbreviations in every language a dateline is read in.
const MONTHS = new Set([...calendarWords(MONTH_NAMES, CALENDAR_LANGUAGES), ...calendarWords(MONTH_ABBREVIATIONS, CALENDAR_LANGUAGES)]);

// Repeats of a group holding a Unicode class are written as capturing groups, read by nobody: V8
// compiles a bounded non-capturing repeat by copying it, which makes the first use slow (see
// lead-boilerplate.ts); the parts the code reads are named.
// A word of a place's name, in capitals ("SAN", "ST.", "WINSTON-SALEM") or in title case ("Buenos", "St.").
const WORD = String.raw`\p{Lu}(\p{Ll}+\.?(-\p{Lu}\p{Ll}+)*|[\p{Lu}.'’-]*)`;
// The small words inside a place's name: "Rio de Janeiro", "Frankfurt am Main", "Ciudad de México".
const PARTICLE = '(?:de|do|da|dos|das|del|di|la|el|am|an|der|sur|upon|on)';
// Up to eight words in all, places joined by "/": "BEIJING/HONG KONG", "NEW YORK / LONDON".
const PLACES = String.raw`${WORD}(( ?\/ ?| (${PARTICLE} )?)${WORD}){0,7}`;
// A part after a comma holds no comma, bracket or dash: the grammar's delimiters end it.
const PART = String.raw`,\s*[\p{L}\d][\p{L}\d.'’ ]{0,24}`;
// A comma only in a date set in the credit's brackets, as university releases write it: "PORT CALDER, Fla. (June 1, 2026) —";
// such a date may open with its day ("San Juan, Puerto Rico (18 de noviembre de 2024) –").
const CREDIT = String.raw`[\p{L}\d][\p{L}\d&.'’ /,:-]{0,29}`;
// A time after such a date's year: ", 5:34 PM EDT".
const BRACKETED_TIME = /,\s*\d{1,2}:\d{2}\s*(?:[AP]\.?M\.?)?(?:\s*[A-Z]{2,4})?$/;
// ANI's state and country after the place: "Hyderabad (Telangana) [India]", "New Delhi [India]". The state
// in round brackets only before a country in square ones: otherwise round brackets hold the credit.
const REGION_BRACKETS = String.raw`(\s*\(\p{Lu}[\p{L} .]{1,30}\)(?=\s*\[))?(\s*\[\p{Lu}[\p{L} .]{1,30}\])?`;
// The credit in round brackets, or in slashes as TASS writes it ("MOSCOW, December 3. /TASS/. …").
// After it a dash, ANI's colon, TASS's period; PTI and IANS set none ("New Delhi, Dec 3 (PTI) The …").
const DATELINE = new RegExp(
  String.raw`^((?<place>${PLACES})${REGION_BRACKETS}(?<parts>(${PART}){0,3})\s*)?(\((?<credit>${CREDIT})\)|\/(?<slashed>\p{Lu}[\p{L}\d&'’ -]{1,29})\/)?(?<dash>\s*\.?\s*(?:--?|[—–])|:|\.)?(?<space>\s*)`,
  'u',
);
// French sets its article before the day ("Paris, le 18 novembre 2024 –").
const DATE = /^(?:le\s+|den\s+)?(?:\d{1,2}\.?\s+(?:de\s+)?(\p{L}{3,10})\.?(?:,?\s+(?:de\s+)?\d{4})?|(\p{L}{3,10})\.?\s+\d{1,2}(?:st|nd|rd|th)?\.?(?:\s+\d{4})?)$/u;
const YEAR = /^\d{4}$/;
// A date in digits, as German papers write it: "Berlin, 14.05.2025 –".
const DIGITS_DATE = String.raw`\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})`;
const NUMERIC_DATE = new RegExp(`^${DIGITS_DATE}$`);
// The day of the month alone, as Europa Press writes it ("MADRID, 5 (EUROPA PRESS) -"): a part of a
// dateline, but no date to vouch for a place in title case.
const DAY = /^(?:[1-9]|[12]\d|3[01])$/;
// A state, province or country: "Calif.", "N.Y.", "Japan", "South Korea".
const REGION = /^\p{Lu}[\p{L}.'’]*(\s\p{Lu}[\p{L}.'’]*){0,2}$/u;
// A newsroom's name: capitalised ("Kyodo", "EUROPA PRESS"), or initials in lower case as dpa writes its
// own, its regional services' ("dpa/lno") and its financial service's ("dpa-AFX").
const CREDIT_NAME = /^(?:\p{Lu}.*|\p{Ll}{2,4}(?:-\p{Lu}+)?)$/u;
// How a story's first sentence opens: a capital or a digit, maybe after a quotation mark or an opening
// "¿"/"¡", or a brand written in lower case before a capital ("xAI", "iPhone", "eBay", "macOS", "visionOS"):
// no word of prose runs into a capital.
const SENTENCE_OPENING = /^["“‘«„¿¡]?(?:[\p{Lu}\p{N}]|\p{Ll}{1,6}\p{Lu})/u;

export interface Dateline {
  /** How many characters of the text the dateline takes, the space after its dash included. */
  length: number;
  /**
   * The names in the dateline's brackets, first named first: "(Kyodo)" → Kyodo; "(dpa/lno)", a
   * regional service of dpa's → dpa, lno; "(Reuters/AP)" → Reuters, AP. None without brackets.
   */
  credits: string[];
}

// A newsroom's name set in capitals as wires set their own, one word longer than a ticker ("Jakarta (KORVANEWS) - …"):
// a credit even where the outlet table does not know it ("Sony Group (SONY) –" is a company and its ticker).
const CAPITALS_CREDIT = /^\p{Lu}{6,}$/u;
// A newsroom credited by its site's address, as a site credits its own copy: "Baghdad (IraqiNews.com) – …".
const ADDRESS_CREDIT = /^\p{L}[\p{L}\d-]*\.(?:com|net|org|news|info|[a-z]{2})$/u;
const OPENS_UPPER = /^\p{Lu}/u;
// A place in title case, a comma, a day "de" a month (maybe "de" a year), a full stop and a sentence's capital.
const PLACE_DATE_STOP = /^\p{Lu}\p{Ll}+(?: (?:de |del )?\p{Lu}\p{Ll}+){0,2}, \d{1,2} de (\p{L}{3,10})(?: de \d{4})?\. (?=\p{Lu})/u;
// A sentence opening with an article in German, French, Spanish, Italian or Portuguese (not English: "Acme – The company …" is prose).
const FOREIGN_ARTICLE = /^(?:Der|Die|Das|Ein|Eine|Le|La|Les|L['’]|Un|Une|El|Los|Las|Il|Lo|Gli|Os|As|Um|Uma)(?=\s|\p{Lu})/u;
const HAS_LOWER = /\p{Ll}/u;
// One town (or two joined by a slash or hyphen), in title case or capitals, a full stop, and a German sentence's
// opening article or preposition.
const GERMAN_TOWN_STOP = /^(?:\p{Lu}\p{Ll}+(?:[/-]\p{Lu}\p{Ll}+)?|\p{Lu}{3,}(?:[/-]\p{Lu}{3,})?)\.\s+(?=(?:Der|Die|Das|Den|Dem|Ein|Eine|Einen|Im|In|Am|Nach|Mit|Bei|Seit|Zum|Zur|Vom|Auf|Für|Beim|Mehr|Rund|Gut|Fast|Nur)\s)/u;
// The same in capitals before another language's article, as some papers in English, French, Spanish and Italian
// set it: "SEATTLE. A clinic network …", "LYON. Une start-up …", "FIRENZE. La Regione …".
const CAPITALS_TOWN_STOP = /^\p{Lu}{3,}(?:[ /-]\p{Lu}{2,})?\.\s+(?=(?:The|A|An|Le|La|Les|Un|Une|El|Los|Las|Il|Lo|Gli|Uno|Una|O|Os|As|Um|Uma|Het|Een)\s|L['’])/u;
// A place of up to four words (particles aside), ".-", and a sentence's capital.
const PLACE_STOP_DASH = /^\p{Lu}[\p{L}]+(?: (?:de |del |la |do |da )?\p{Lu}[\p{L}]+){0,3}\.\s?-\s*(?=["“«¿¡]?\p{Lu})/u;
const THREE_CAPITALS = /\p{Lu}{3}/u;

// Cities a dateline names in title case before a colon, as South Asian, Gulf and African papers write it
// ("New Delhi: The ministry said …"), or alone before a dash as agencies' copy does ("Zurich – …"). A word in title case before a colon is as often a label ("Update: …",
// "Photo: …") or a speaker in a transcript ("Jane Roe: We …"), so only a city datelines name is read as one.
const COLON_CITIES = new Set(
  `new delhi|delhi|mumbai|kolkata|chennai|bengaluru|bangalore|hyderabad|ahmedabad|pune|lucknow|jaipur|patna|bhopal|chandigarh|srinagar|
  jammu|guwahati|thiruvananthapuram|kochi|bhubaneswar|ranchi|raipur|dehradun|shimla|noida|gurugram|islamabad|karachi|lahore|peshawar|
  quetta|rawalpindi|dhaka|chittagong|kathmandu|colombo|kabul|thimphu|dubai|abu dhabi|sharjah|ajman|doha|riyadh|jeddah|manama|muscat|
  mangaluru|mangalore|udupi|mysuru|mysore|hubballi|belagavi|nagpur|nashik|thane|surat|vadodara|indore|kanpur|varanasi|agra|amritsar|
  ludhiana|visakhapatnam|vijayawada|madurai|coimbatore|kozhikode|thrissur|
  kuwait city|tehran|baghdad|beirut|amman|damascus|cairo|jerusalem|tel aviv|gaza|ankara|istanbul|nairobi|lagos|abuja|accra|kampala|
  dar es salaam|addis ababa|kigali|harare|lusaka|johannesburg|pretoria|cape town|khartoum|tunis|algiers|rabat|casablanca|dakar|
  beijing|shanghai|shenzhen|hong kong|taipei|tokyo|seoul|singapore|kuala lumpur|jakarta|bangkok|hanoi|manila|yangon|phnom penh|
  moscow|kyiv|kiev|minsk|warsaw|berlin|paris|london|brussels|geneva|zurich|vienna|rome|madrid|lisbon|amsterdam|dublin|stockholm|
  oslo|copenhagen|helsinki|athens|washington|new york|san francisco|los angeles|ottawa|toronto|mexico city|brasilia|sao paulo|
  buenos aires|santiago|bogota|lima|sydney|melbourne|canberra|wellington|auckland`
    .split('|')
    .map((city) => city.trim()),
);
// The states of the US, as a press release's dateline names one after its town in title case ("Rockville, MD —",
// "Austin, Texas —", "Cupertino, Calif. —"): by name, by postal code and by the AP's abbreviation. A town and
// its state vouch for a dateline as a date does ("Paris Hilton (socialite) - …" names none).
const US_STATES = new Set(
  `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|
  Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|
  New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|
  South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|D.C.|
  AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|
  TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|Ala.|Ariz.|Ark.|Calif.|Colo.|Conn.|Del.|Fla.|Ga.|Ill.|Ind.|Kan.|Ky.|La.|Md.|Mass.|Mich.|Minn.|
  Miss.|Mo.|Mont.|Neb.|Nev.|N.H.|N.J.|N.M.|N.Y.|N.C.|N.D.|Okla.|Ore.|Pa.|R.I.|S.C.|S.D.|Tenn.|Vt.|Va.|Wash.|W.Va.|Wis.|Wyo.`
    .split('|')
    .map((state) => state.trim()),
);
// A place in title case, a comma, a month and a day (or a date in digits), a colon: "Dubai, May 10:", "Mangalore, April 28 :",
// "Köln, 14.10.2025: …".
const TITLE_PLACE_DATE_COLON = new RegExp(String.raw`^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2},\s*(?:\p{L}{3,9}\.?\s+\d{1,2}|${DIGITS_DATE})\s?:`, 'u');
// A wire's date and credit with no place, as its copy reposted by portals opens: "Dec 7 (Reuters) - …".
const DATE_CREDIT = /^(\p{Lu}\p{Ll}{2,8})\.?\s+\d{1,2}(?:,?\s+\d{4})?\s+\(([^()]{2,30})\)\s*(?:--?|[—–])\s+/u;
// A place in title case, a word or three, and its colon at the very start: "New Delhi: ", "Dar es Salaam: ".
const TITLE_PLACE_COLON = /^(\p{Lu}\p{Ll}+(?: (?:es |de |da |al |el )?\p{Lu}\p{Ll}+){0,2})\s?:\s+/u;
// "新华社北京3月16日电 ", "中国军网北京3月16日电（记者 王芳）": a newsroom and a place in Chinese, a month and a day, and "电",
// a comma after it or not ("财联社6月12日电，").
// Or a place and a double dash, as translated wire copy sets it: "北京——", "密苏里州克莱顿——".
const CHINESE_DATELINE = /^\p{sc=Han}{2,12}\d{1,2}月\d{1,2}日电\s*(?:[（(][^）)]{1,40}[）)])?\s*[，,]?\s*|^\p{sc=Han}{2,10}——(?=[\p{sc=Han}“「《\d])/u;
// A Chinese agency opening that dateline, its credit: "新华社" (Xinhua).
const CHINESE_AGENCY = /^新华社/;
// A Japanese agency's dateline in lenticular brackets, the place and the agency's short name: "【ワシントン共同】" (Kyodo),
// "【ロンドン時事】" (Jiji Press).
const JAPANESE_WIRE = /^【[^】]{0,12}?(共同|時事)】\s*/;
// A Japanese paper's place and reporter in lenticular brackets ("【シリコンバレー=山田遼太郎】", Nikkei's), a Chinese site's
// name there and its reporter ("【财新网】（记者 刘雨辰）"), and Reuters' place and day in full-width square ones
// ("［東京　１２日　ロイター］ - ", the agency its group).
const BRACKETED_PLACE_REPORTER = /^【[^】=＝]{1,12}[=＝][^】]{1,12}】\s*|^【[^】]{1,12}】\s*[（(]记者[^）)]{1,20}[）)]\s*|^［[^］]{1,20}(ロイター)］\s*[-－–—]?\s*/u;
// A place in capitals, a comma, a state or country in capitals, a space, and a sentence opening with a
// word in title case: "CUPERTINO, CALIFORNIA Apple today …", "SEOUL, KOREA Samsung Electronics …".
const CAPITALS_PLACE_REGION = /^\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,3}, (?=\p{Lu}[\p{Lu}.'’-]{3}|\p{Lu}[\p{Lu}.'’-]* \p{Lu}[\p{Lu}.'’-]+ )\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]+){0,2} (?=\p{Lu}\p{Ll})/u;
// A complete sentence after it: five words or more, and a full stop somewhere.
const FIVE_WORDS = /^\S+(?:\s+\S+){4}/;
const SENTENCE_END = /[.!?]/;

/** The dateline opening a story's text, if it has one. */
export function readDateline(text: string): Dateline | undefined {
  // A dateline opens with a capital or a credit's bracket, and has its dash, colon or credit near the start.
  const first = text.charCodeAt(0);
  // Chinese papers' "电" (wire) dateline: newsroom, place, date, "电", a reporter in brackets.
  if (first >= 0x4e00 && first <= 0x9fff) {
    const chinese = CHINESE_DATELINE.exec(text);
    return chinese && chinese[0].length < text.length ? { length: chinese[0].length, credits: CHINESE_AGENCY.test(chinese[0]) ? ['新华社'] : [] } : undefined;
  }
  if (first === 0x3010 || first === 0xff3b) {
    const japanese = JAPANESE_WIRE.exec(text) ?? BRACKETED_PLACE_REPORTER.exec(text);
    return japanese && japanese[0].length < text.length ? { length: japanese[0].length, credits: japanese[1] ? [japanese[1]] : [] } : undefined;
  }
  if (first !== 40 && !(first >= 65 && first <= 90) && !OPENS_UPPER.test(text)) return undefined;
  const head = text.slice(0, 160);
  // Two datelines with a dash set apart by spaces near the start (most paragraphs have none, and are not tried).
  if (spacedDashNearStart(head)) {
    // A wire's name alone before a dash, as aggregators print its copy: "AP - The Senate voted …",
    // "Reuters - The …". Only a newsroom the outlet table knows ("Apple - The company …" is a sentence).
    const wireAlone = WIRE_ALONE.exec(head);
    if (wireAlone && isNewsroom(wireAlone[1]!) && SENTENCE_OPENING.test(text.slice(wireAlone[0].length))) return { length: wireAlone[0].length, credits: [wireAlone[1]!] };
    // A place, then the newsroom's name with no bracket, as CNN sets its datelines: "Washington CNN — The …",
    // "New York CNN Business — …". Only a newsroom the outlet table knows ("New York Apple — …" is no dateline).
    const placeNewsroom = PLACE_THEN_NAME.exec(head);
    if (placeNewsroom && SENTENCE_OPENING.test(text.slice(placeNewsroom[0].length))) {
      const words = placeNewsroom[1]!.split(' ');
      for (let cut = Math.max(1, words.length - 2); cut < words.length; cut++) {
        const newsroom = words.slice(cut).join(' ');
        if (isNewsroom(newsroom)) return { length: placeNewsroom[0].length, credits: [newsroom] };
      }
    }
    // A release's place, then its date between two dashes: "Rockville, MD – June 18, 2025 – The …". The
    // date vouches for the place, as it does before a single dash.
    const placeThenDate = PLACE_DASH_DATE_DASH.exec(head);
    if (placeThenDate && isBracketedDate(placeThenDate[1]!) && SENTENCE_OPENING.test(text.slice(placeThenDate[0].length))) return { length: placeThenDate[0].length, credits: [] };
    // A wire's place and date, then its name in brackets between dashes: "TOKYO, Jun 11, 2026 - (JCN Newswire) - …".
    const datedCredit = PLACE_DATE_CREDIT.exec(head);
    if (datedCredit && isBracketedDate(datedCredit[1]!) && SENTENCE_OPENING.test(text.slice(datedCredit[0].length))) return { length: datedCredit[0].length, credits: [datedCredit[2]!] };
    // A newsroom's name, maybe its place, and the date and time in brackets: "Law360 (June 23, 2026, 9:41 PM EDT) -- …",
    // "Law360, New York (December 9, 2026, 4:12 PM EST) -- …".
    const namedDate = NAME_BRACKETED_DATE.exec(head);
    if (namedDate && isBracketedDate(namedDate[2]!) && SENTENCE_OPENING.test(text.slice(namedDate[0].length))) return { length: namedDate[0].length, credits: [namedDate[1]!] };
  }
  const dateCredit = DATE_CREDIT.exec(head);
  if (dateCredit && MONTHS.has(dateCredit[1]!.toLowerCase()) && isNewsroom(dateCredit[2]!) && SENTENCE_OPENING.test(text.slice(dateCredit[0].length))) {
    return { length: dateCredit[0].length, credits: names(dateCredit[2]) };
  }
  const colonAt = head.indexOf(':');
  if (colonAt > 0 && colonAt < 24) {
    const colonPlace = TITLE_PLACE_COLON.exec(head);
    if (colonPlace && (isDatelineCity(colonPlace[1]!) || namedAgain(colonPlace[1]!, text.slice(colonPlace[0].length, colonPlace[0].length + 300)))) {
      const story = text.slice(colonPlace[0].length);
      if (SENTENCE_OPENING.test(story) && FIVE_WORDS.test(story) && SENTENCE_END.test(story)) return { length: colonPlace[0].length, credits: [] };
    }
  }
  // A place and its state or country in capitals with no dash after them, as a newsroom's page sets them
  // apart by type alone: "CUPERTINO, CALIFORNIA Apple today …". The comma and a region of four letters or
  // more tell it from capitals opening a sentence ("NASA, ESA Launch …").
  const placeInCapitals = CAPITALS_PLACE_REGION.exec(head);
  if (placeInCapitals && THREE_CAPITALS.test(placeInCapitals[0])) return { length: placeInCapitals[0].length, credits: [] };
  // A place and its date closed by a full stop, as Spanish-language papers write it: "Madrid, 3 de marzo. Telefónica …".
  const datedPlace = PLACE_DATE_STOP.exec(head);
  if (datedPlace && MONTHS.has(datedPlace[1]!.toLowerCase())) return { length: datedPlace[0].length, credits: [] };
  // A town and a full stop before a German sentence, as German regional papers set it: "Berlin. Die Bundesregierung …",
  // "Walldorf/Frankfurt. Der Softwarekonzern …", "BONN. Die …".
  const germanTown = GERMAN_TOWN_STOP.exec(head) ?? CAPITALS_TOWN_STOP.exec(head);
  if (germanTown) return { length: germanTown[0].length, credits: [] };
  // A place and ".-" with no credit, as Latin American papers set it: "BUENOS AIRES.- El Gobierno …", "Santiago.- La …".
  const placeStopDash = PLACE_STOP_DASH.exec(head);
  if (placeStopDash) return { length: placeStopDash[0].length, credits: [] };
  if (!/[—–(/-]/.test(head)) {
    // With a colon alone, only a place in capitals makes a dateline ("ISLAMABAD: …"): a word in title
    // case ("Update: …", "Here is …") cannot, so most paragraphs are ruled out before the pattern.
    // A place in title case with a date before the colon ("Dubai, May 10: …", as Indian and Gulf papers
    // write it) is one too: the date vouches for the place, as with a dash.
    const second = text.charCodeAt(1);
    if (!head.includes(':') || (second >= 97 && second <= 122 && !TITLE_PLACE_DATE_COLON.test(head))) return undefined;
  }
  // A release's place and date together in brackets, the date first or last: "(San Juan, Puerto Rico,
  // 17 de noviembre de 2024) – El …", "(17 de noviembre de 2024, El Vaticano) – La …".
  if (first === 40) {
    const bracketed = BRACKETED_DATELINE.exec(head);
    if (bracketed && hasDate(bracketed[1]!) && SENTENCE_OPENING.test(text.slice(bracketed[0].length))) return { length: bracketed[0].length, credits: [] };
    // A city datelines name, alone or with its state or country, in brackets before a dash: "(Washington, DC) – …", as
    // Human Rights Watch sets its releases.
    const bracketedCity = BRACKETED_CITY.exec(head);
    if (bracketedCity && isDatelineCity(bracketedCity[1]!) && SENTENCE_OPENING.test(text.slice(bracketedCity[0].length))) return { length: bracketedCity[0].length, credits: [] };
  }
  const match = DATELINE.exec(text);
  if (!match) return undefined;
  const whole = match[0];
  const { place, parts: partsText, slashed, dash, space } = match.groups!;
  let credit: string | undefined = match.groups!.credit ?? slashed;
  // A date in the brackets is the dateline's date, not a newsroom: "(June 1, 2026)".
  let dated = false;
  if (credit !== undefined && place && isBracketedDate(credit)) {
    credit = undefined;
    dated = true;
  } else if (credit?.includes(',')) return undefined;
  if (!place && !credit) return undefined;
  // A period alone ends a dateline only after a credit in slashes: "/TASS/. Russia's …".
  // Or, as Andina writes it, after a newsroom's name in brackets: "Lima, nov. 12 (ANDINA). El …".
  if (dash === '.' && slashed === undefined && !(credit !== undefined && (isNewsroom(credit) || /^\p{Lu}{4,}$/u.test(credit)))) return undefined;
  if (credit !== undefined && !names(credit).every((name) => CREDIT_NAME.test(name))) return undefined;
  // Without a credit the dash stands apart from the story ("SAN FRANCISCO — The …"), never in a word
  // ("U.S.-China"), and EFE's ".-" follows a credit only; a colon follows a credit, or a place in capitals
  // as South Asian papers write it ("ISLAMABAD: The …", "LAHORE, May 6: …"), or a place in title case
  // with its date ("Dubai, May 10: …"), never a name in title case alone.
  const capitals = place !== undefined && !HAS_LOWER.test(place);
  // A dated place's colon may have the story glued to it by a scraper ("Mangalore, April 28 :Vishwas Crystal …"): the date vouches for it.
  const datedColon = dash === ':' && TITLE_PLACE_DATE_COLON.test(text);
  // An em dash set close against the story after a place in capitals or a dated place is one too, as American
  // papers and newsrooms set it: "PITTSBURGH—Carnegie Mellon …", "WASHINGTON, March 13, 2026—The …".
  const parts = (partsText ?? '').split(',').map((piece) => piece.trim()).filter(Boolean);
  for (const part of parts) {
    const date = DATE.exec(part);
    if ((date && MONTHS.has((date[1] ?? date[2])!.toLowerCase())) || NUMERIC_DATE.test(part)) dated = true;
    else if (!YEAR.test(part) && !DAY.test(part) && !REGION.test(part)) return undefined;
  }
  const closeDash = dash === '—' && space === '' && (capitals || dated);
  if (credit === undefined && (dash === undefined || (dash === ':' && !capitals && !datedColon) || dash.includes('.') || (space === '' && !datedColon && !closeDash))) return undefined;
  // No dash at all only after a whole dateline, a place, a date and a known newsroom's credit: "New Delhi,
  // Dec 3 (PTI) The …" ("Election Day, Nov. 5 (Tuesday) Voters …" is a sentence). A place in capitals
  // with the day alone dates it too, as Europa Press writes it: "MADRID, 3 (EUROPA PRESS) Telefónica …".
  const dayAlone = capitals && parts.some((part) => DAY.test(part));
  if (dash === undefined && (!place || !(dated || dayAlone) || space === '' || !isNewsroom(credit!))) return undefined;
  if (place) {
    // In capitals: a place ("SAN FRANCISCO —"), not initials alone ("AI — …"). In title case: a
    // date or a known newsroom's credit makes it a dateline rather than a name opening a sentence.
    // A city datelines name, alone before its dash ("Zurich – Swiss drugmaker …"), is one too.
    const placed = capitals
      ? THREE_CAPITALS.test(place) || dated || credit !== undefined
      : dated ||
        (credit !== undefined && (isNewsroom(credit) || CAPITALS_CREDIT.test(credit) || ADDRESS_CREDIT.test(credit))) ||
        (credit === undefined && dash !== undefined && /[—–-]/.test(dash) && (isDatelineCity(place) || (parts.length === 1 && US_STATES.has(parts[0]!)))) ||
        // A town of one word (or with its particle: "Frankfurt am Main") alone before a long dash, then an
        // article of German, French, Spanish, Italian or Portuguese ("München – Der Softwarekonzern …"): their
        // agencies' dateline. Not two names in title case: "Mercado Pago – La billetera …" is a brand.
        (credit === undefined && parts.length === 0 && dash !== undefined && /[—–]/.test(dash) && !/ \p{Lu}/u.test(place) && FOREIGN_ARTICLE.test(text.slice(whole.length)));
    if (!placed) return undefined;
  }
  // A whole dateline with its credit may be a paragraph of its own above the story ("MADRID, 3 dic. (EUROPA PRESS) -").
  // (Its place in capitals and a dash after the credit: "Apple (MacRumors):" alone is a link blog's credit line.)
  const alone = credit !== undefined && capitals && dash !== undefined && /[-—–]/.test(dash) && text.length === whole.length;
  if (!alone && !SENTENCE_OPENING.test(text.slice(whole.length))) return undefined;
  return { length: whole.length, credits: names(credit) };
}

/**
 * A place a town's paper names again in the first sentence after its colon ("Shiroor: Green Valley
 * School, Shiroor, has …", "Ajman: The forum of Gulf Medical University, Ajman, met …"): the dateline's
 * place, as the list of cities would say, where the list does not know the town. Set off by commas, as
 * places are; a label is not repeated so ("Update: The update …").
 */
function namedAgain(place: string, story: string): boolean {
  const end = story.search(/[.!?](?:\s|$)/);
  const sentence = end < 0 ? story : story.slice(0, end);
  return sentence.includes(`, ${place},`) || sentence.includes(`, ${place} `);
}

/** A dash with a space before it in the first 80 characters: " - ", " – ", " — ", " -- ". */
function spacedDashNearStart(head: string): boolean {
  for (const dash of [' -', ' –', ' —']) {
    const at = head.indexOf(dash);
    if (at >= 0 && at < 80) return true;
  }
  return false;
}

// A name of up to three words, then a dash set apart by spaces.
const WIRE_ALONE = /^(\p{Lu}[\p{L}.&']{1,24}(?: \p{Lu}[\p{L}.&']{1,24}){0,2})\s+(?:--?|[—–])\s+/u;
// Two to five capitalised words, then a dash set apart by spaces: a place and a newsroom's name.
const PLACE_THEN_NAME = /^(\p{Lu}[\p{L}.'’]+(?: \p{Lu}[\p{L}.&'’]+){1,4})\s+(?:--?|[—–])\s+/u;
// A place (a state or country after a comma), a date with its year, a dash, a credit in brackets, a dash.
const PLACE_DATE_CREDIT = /^\p{Lu}[\p{L}.'’]+(?: \p{Lu}[\p{L}.'’]+){0,3}(?:, \p{Lu}[\p{L}.'’]+(?: \p{Lu}[\p{L}.'’]+){0,2}){0,2},\s+([\p{L}\d][\p{L}\d .,]{5,20}?\d{4})\s*(?:--?|[—–])\s*\(([^()]{2,40})\)\s*(?:--?|[—–])\s+/u;
// A newsroom's name (its place after a comma), its date and time in brackets, a dash.
const NAME_BRACKETED_DATE = /^(\p{Lu}[\p{L}\d&.'’-]*)(?:, \p{Lu}[\p{L}.'’]+(?: \p{Lu}[\p{L}.'’]+){0,2})?\s+\(([^()]{8,40})\)\s*(?:--?|[—–])\s+/u;
// A place (a state or country after a comma), a dash, a date with its year, a dash.
const PLACE_DASH_DATE_DASH = /^\p{Lu}[\p{L}.'’]+(?: \p{Lu}[\p{L}.'’]+){0,3}(?:, \p{Lu}[\p{L}.'’]+(?: \p{Lu}[\p{L}.'’]+){0,2}){0,2}\s+(?:--?|[—–])\s+([\p{L}\d][\p{L}\d .,]{5,30}?\d{4})\s+(?:--?|[—–])\s+/u;
// Brackets holding a place, maybe with its state or country, then a dash.
const BRACKETED_CITY = /^\((\p{Lu}[\p{L}.'’]+(?: \p{Lu}[\p{L}.'’]+){0,2})(?:,\s*\p{Lu}[\p{L}.]{1,20}(?: \p{Lu}[\p{L}.]{1,20})?)?\)\s*(?:--?|[—–])\s+/u;
// Brackets holding a place and a date, then a dash.
const BRACKETED_DATELINE = /^\(([^()]{6,80},[^()]{2,80})\)\s*(?:--?|[—–])\s+/u;
// A day and a month name, either way round: "17 de noviembre", "June 1".
const DAY_MONTH = /(?:^|[\s,])\d{1,2}\.?\s+(?:de\s+)?(\p{L}{3,10})/gu;
const MONTH_DAY = /(\p{L}{3,10})\.?\s+\d{1,2}(?!\d)/gu;

/** Whether a bracket's text holds a date: a day and a month name. */
function hasDate(text: string): boolean {
  for (const pattern of [DAY_MONTH, MONTH_DAY]) for (const match of text.matchAll(pattern)) if (MONTHS.has(match[1]!.toLowerCase())) return true;
  return false;
}

/** "June 1, 2026", "1 June 2026": a date with its year. */
function isBracketedDate(text: string): boolean {
  // With its time after the year, as releases date themselves: "PORT CALDER, Fla. (June 1, 2026, 10:00 AM ET) —".
  const day = text.replace(BRACKETED_TIME, '');
  if (!/\d{4}$/.test(day)) return false;
  const date = DATE.exec(day.replace(',', ''));
  return date !== null && MONTHS.has((date[1] ?? date[2])!.toLowerCase());
}

function names(credit: string | undefined): string[] {
  return credit === undefined ? [] : credit.split('/').map((name) => name.trim()).filter(Boolean);
}

/** A credit one of whose names is a newsroom the outlet table knows. */
/** A city datelines name (COLON_CITIES), its accents aside: "Brasília", "Bogotá", "São Paulo". */
function isDatelineCity(place: string): boolean {
  const lower = place.toLowerCase();
  return COLON_CITIES.has(lower) || COLON_CITIES.has(lower.normalize('NFD').replace(/\p{M}/gu, ''));
}

function isNewsroom(credit: string): boolean {
  return names(credit).some((name) => outletByName(name)?.kind === 'news' || DATELINE_NEWSROOMS.has(name));
}

// Newsrooms known by their datelines' credit only: Taiwan's Central News Agency credits its copy "(CNA)" ("Taipei, May 14
// (CNA) Hon Hai …"), while its sites go by other names (中央社, Focus Taiwan), which the outlet table leaves to their feeds.
const DATELINE_NEWSROOMS = new Set(['CNA']);
