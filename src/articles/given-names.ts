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
  charlotte chen chris christian christina christine christopher chuck claire clara colin connor craig cristina
  daisuke dale damian dan dana daniel daniela danny dave david dean deborah denis dennis derek diana diane diego
  dmitri dmitry dominic don donald doug douglas dylan ed eddie edward elena eli elijah elizabeth ella ellen emily
  emma eric erica erik erin ethan eugene eva evan fatima felix fernando filip fiona francesca francis francisco
  frank fred frederick gabriel gabriela gary gavin george gerald gina giovanni glenn gordon grace graham greg
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
  xavier yan yang yuki yusuf zach zachary zoe`.split(/\s+/),
);
