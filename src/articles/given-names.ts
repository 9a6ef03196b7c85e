// Common given names, lowercase: a domain made of a given name and a word the word list knows
// ("paulkocher", "annasmith") is a person's site, named as the person ("Paul Kocher"). General
// knowledge of names across English-speaking, European, Latin American, South and East Asian
// usage; a name that is also a common word ("will", "grace") is here too, since it only ever
// counts as the first of two pieces.
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `aaron abby abdul abigail adam adrian ahmed aidan alan albert alejandro alex alexander alexandra alexis ali alice
  alicia alison allison amanda amber amelia amir amit amy ana anderson andre andrea andreas andrew andy angela anil
  anita ann anna anne annie anthony antoine anton antonio anya arjun armin arnold arthur arun ashley audrey austin
  barbara barry ben benjamin bernard beth bill blake bob bobby brad bradley brandon brendan brent brett brian bruce
  bruno bryan caleb cameron camille carl carla carlos carol caroline carrie casey catherine chad charles charlie
  charlotte chen chris christian christina christine christopher chuck claire clara claude colin connor craig cristina
  daisuke dale damian dan dana daniel daniela danny dave david dean deborah denis dennis derek diana diane diego
  dmitri dmitry dominic don donald doug douglas dylan ed eddie edward elena eli elijah elizabeth ella ellen emily
  emma eric erica erik erin ethan eugene eva evan fatima felix fernando filip fiona francesca francis francisco
  frank fred frederick gabriel gabriela gary gavin gemma george gerald gina giovanni glenn gordon grace graham greg
  gregory guido gustavo hannah hans harold harry heather helen henry hiroshi holly howard hugo ian igor isaac
  isabel isabella ivan jack jacob jake james jamie jan jane janet jason javier jay jean jeff jeffrey jen jennifer
  jenny jeremy jerry jessica jill jim jimmy joan joe joel johan johannes john jon jonas jonathan jordan jorge jose
  joseph josh joshua juan julia julian julie jun justin kai karen karl kate katherine kathleen kathryn katie kay keith
  kelly ken kenji kenneth kevin kim kristen kumar kurt kyle larry laura lauren lee leo leon leonardo liam linda lisa
  liz lucas lucia luis luke lynn marc marco marcus margaret maria marie mario mark martha martin mary matt matthew
  max maya megan melissa michael michelle miguel mike mohamed mohammed molly monica nancy naomi natalie nathan neil
  nicholas nick nicole nikolai nina noah nora oliver olivia omar oscar owen pablo pamela patricia patrick paul paula
  pedro peter philip phillip pierre priya rachel rafael rahul raj ralph ramon randy raul ray raymond rebecca richard
  rick rob robert roberto robin roger ron ronald rose ross roy ruth ryan sam samantha samuel sandra sandy sara sarah
  scott sean sebastian sergei sergey seth shane shannon sharon simon sofia sophia sophie stan stefan stephanie
  stephen steve steven stuart susan suzanne takeshi tanya taylor ted teresa terry thomas tim timothy tina todd tom
  tommy tony tracy travis tyler valerie vanessa victor victoria vincent vivek walter wayne wei wendy will william
  xavier yan yang yuki yusuf zach zachary zoe
  luiz andres joao manuel ricardo sergio marcelo rodrigo eduardo alvaro gonzalo ignacio enrique hector mauricio felipe
  mateus thiago vinicius mariana fernanda camila beatriz valentina`.split(/\s+/),
);

// Given names read as one gender in the usage the feeds are written in, for "she said" after a
// woman and a man are named: the pronoun picks the one person it can stand for. A name used for
// both (alex, sam, jordan, taylor, kim, jean, andrea, …) is in neither list, so a pronoun after it
// stays unresolved unless no one else fits.
export const FEMALE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  `abby abigail agnes aisha alejandra alexandra alice alicia alison allison amanda amber amelia amy ana anastasia
  angela angelika anita ann anna anne annette annie anya astrid audrey barbara beatriz beth birgit brenda brigitte
  camille carla carmen carol caroline carrie catherine cecilia celine charlotte chelsea christina christine claire
  clara claudia cristina daniela deborah denise diana diane dolores dorothy elena eleanor elisa elizabeth ella ellen
  emily emma erica erin esther eva evelyn fatima fiona francesca gabriela gabriele gina giulia grace greta hana hannah
  heather heidi helen helena ines ingrid irene isabel isabella jane janet jennifer jenny jessica jill joan joanna
  josefine judith julia julie karen karin katarzyna kate katherine kathleen kathryn katie keiko kristen laia laura
  lauren leah lena linda lisa liz lucia lucy luisa margaret margarete maria marie marina marta martha mary maya megan
  melanie melissa meredith mia michelle miriam molly monica monika nadia nancy naomi natalia natalie nicole nina nora
  olga olivia pamela patricia paula petra priya priyanka rachel rebecca renate rosa rose ruth sabine samantha sandra
  sara sarah savannah sofia sonia sophia sophie stephanie susan susanne suzanne svetlana sylvia tamara tanya teresa
  tina ursula valentina valerie vanessa vera veronica victoria wendy yolanda yvonne zoe
  ava brooke chloe doris edith freya gloria gwen hazel haruka isla jasmine jocelyn joanne joyce judy kayla kimberly
  leila lillian lily lorena magdalena marisol mercedes mila nathalie ophelia paige penelope priscilla rahel regina
  rosalind serafina serena sheila shirley simone stella tatiana theresa wanda ximena yasmin yvette zainab zara
  agnieszka aleksandra beata bianca carolina catalina chiara clementine daria dorota elif ewa federica florence gabriella
  hadiza ifeoma ilaria joanna justyna leticia lorenza malgorzata marguerite matilda ngozi oksana paola patrizia rosalie
  silvia sinead siobhan viktoria yetunde zofia`.split(/\s+/),
);

export const MALE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  `aaron adam adrian ahmed alan albert alejandro alexander anand andreas andrew andy anthony antoine anton antonio
  arjun arnold arthur arun barry ben benjamin bernard bill bob brad bradley brandon brendan brett brian bruce bruno
  bryan carl carlos charles chris christian christoph christopher clement colin craig daniel dario dave david dennis
  derek diego dmitri dmitry dominic donald doug douglas eddy edward elon eric erik ethan eugene felix fernando francis
  francisco frank fred frederick gareth gary george gerald giovanni gordon graham greg gregory gustavo hans harold harry
  henry hiroshi howard hugo ian igor isaac ivan jack jacob jake james jan jason javier jeff jeffrey jensen jeremy jerry
  jim joe joel johan johannes john jon jonas jonathan jorge jose joseph josh joshua juan julian justin karl keith ken
  kenji kenneth kevin klaus kurt kyle larry lars liam logan lucas luis luke marc marco marcus mario mark martin matt
  matthew michael miguel mike mohamed mohammed mustafa nathan neil nicholas nick nikolai oliver omar oscar owen pablo
  patrick paul pedro peter philip phillip pierre rafael rahul raj ralph ramon raul raymond rene richard rick rob robert
  roberto roger ron ronald roy ryan samuel satya scott sean sebastian sergei sergey seth simon stefan stefano stephen
  steve steven stuart sundar takeshi ted thomas tim timothy tom tomas tommy tony travis tyler victor vincent vivek
  walter wayne william wolfgang xavier yusuf zach zachary
  chinedu desmond elias emil ezra felipe gustav hamish haruto harvey hector ibrahim isaiah jasper jeremiah jonah josef
  juergen jurgen kwame leonard lorenzo lukas magnus malcolm marcel mateo maximilian mikhail miles nigel olaf oskar otto
  percy rashid reginald rolf ruben rupert santiago sven tariq theo tobias ulrich viktor vladimir wilhelm yannick
  adebayo bartosz chukwuemeka emeka enzo federico francesco giuseppe jakub jerzy kazimierz krzysztof leopold luigi
  marcin matteo mateusz nnamdi obinna olumide piotr riccardo salvatore tomasz tunde wojciech`.split(/\s+/),
);

const MARKS = /\p{M}/gu;

// Titles set before a name, which say nothing of the person's gender.
const TITLE_WORDS: ReadonlySet<string> = new Set(
  'dr prof mr mrs ms mx sir dame representative rep senator sen judge justice president chair chairman chairwoman mayor governor gov minister secretary commissioner chancellor ambassador general gen colonel captain lord'.split(' '),
);

/** A person's gender as their given name reads, or undefined when the name is not telling. */
export function genderOfName(name: string): 'female' | 'male' | undefined {
  // The given name after a title ("Representative Douglas Whitford", "Dr. Ana Ruiz").
  const words = name.split(/\s+/);
  const given = words.find((word, at) => at === words.length - 1 || !TITLE_WORDS.has(word.replace(/\.$/, '').toLowerCase())) ?? words[0]!;
  const first = given.toLowerCase().normalize('NFD').replace(MARKS, '');
  if (FEMALE_GIVEN_NAMES.has(first)) return 'female';
  if (MALE_GIVEN_NAMES.has(first)) return 'male';
  return undefined;
}

/** A given name one of the lists knows, accents aside ("Inés", "Ines"). */
export function isGivenName(word: string): boolean {
  const folded = word.toLowerCase().normalize('NFD').replace(MARKS, '');
  return GIVEN_NAMES.has(folded) || FEMALE_GIVEN_NAMES.has(folded) || MALE_GIVEN_NAMES.has(folded);
}
