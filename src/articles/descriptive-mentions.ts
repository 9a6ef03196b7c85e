// Names that describe something else rather than say what a story is about: a past employer
// ("a former Google engineer", "spent five years at DeepMind"), a label on another company ("Nvidia
// supplier Korvell", "OpenAI rival Sable Labs", "Google-backed Anthropic"), and what a relative clause
// says about its noun ("Korvell, which packages chips for Nvidia, raised its forecast"). The company
// topics read a text with these blanked: a company named only so is mentioned, not the subject.

// A capitalised name of one or two words ("Google", "Google DeepMind", "OpenAI", "xAI").
const NAME = String.raw`(?:\p{Lu}|x(?=\p{Lu}))[\p{L}\p{N}.&]*(?:[ -]\p{Lu}[\p{L}\p{N}.&]*)?`;

// Each pattern with words it cannot match without: most texts hold none of them, and the patterns,
// which may start at any capital, are read over the whole text only when one is there. A plain
// substring test per word is far cheaper than the pattern's search (this step ran five searches over
// every text a company topic scored on, ~4% of understanding).
const DESCRIPTIONS: { pattern: RegExp; needs: string[] }[] = [
  // A past employer: "former Google engineers", "ex-OpenAI", "a onetime Meta executive".
  {
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:[Ff]ormer|[Ee]x-|[Oo]ne-?time)\s*(${NAME})`, 'gu'),
    needs: ['ormer', 'x-', 'netime', 'ne-time'],
  },
  // A career told in a clause: "worked on speech products at Google", "spent five years at DeepMind".
  {
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:worked|spent [\p{L}\p{N}-]+ (?:years?|months?)|previously|formerly)(?: [^\s.,;:!?]+){0,5}? (?:at|for|of) (${NAME})`,
      'gu',
    ),
    needs: ['worked', 'spent ', 'previously', 'formerly'],
  },
  // A label on the company that follows it: "Nvidia supplier Korvell", "OpenAI rival Sable Labs".
  {
    pattern: new RegExp(String.raw`(${NAME}) (?:supplier|rival|competitor|backer|alum|veteran|partner) (?=\p{Lu})`, 'gu'),
    needs: [' supplier ', ' rival ', ' competitor ', ' backer ', ' alum ', ' veteran ', ' partner '],
  },
  // The same label before a preposition: "a Gemini rival from Polaris Labs", "an OpenAI competitor in Europe".
  {
    pattern: new RegExp(String.raw`(${NAME}) (?:rival|competitor|challenger)s?(?= (?:from|to|in|for|that|with|built|made)\b)`, 'gu'),
    needs: [' rival', ' competitor', ' challenger'],
  },
  // The label after the name: "a rival to Copilot", "draws comparisons to Sora", "an answer to ChatGPT".
  {
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:rivals?|competitors?|challengers?|alternatives?|answer|comparisons?) (?:to|with) (${NAME})`, 'gu'),
    needs: ['rival', 'competitor', 'challenger', 'alternative', 'answer to', 'comparison'],
  },
  // Whose money is behind it, told after it: "Coreline, backed by Microsoft, opens …".
  {
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:backed|funded|owned|financed|bankrolled) by (${NAME})`, 'gu'),
    needs: ['backed by ', 'funded by ', 'owned by ', 'financed by ', 'bankrolled by '],
  },
  // A team's past employer as a group: "OpenAI alumni behind a new start-up", German "Ex-Mitarbeiter von OpenAI".
  {
    pattern: new RegExp(String.raw`(${NAME}) (?:alumni|alums|veterans)(?![\p{L}])`, 'gu'),
    needs: [' alumni', ' alums', ' veterans'],
  },
  {
    pattern: new RegExp(String.raw`(?:Ex-Mitarbeiter(?:innen)?|[Ee]hemalige[nr]? Mitarbeiter(?:innen)?) (?:von|bei) (${NAME})`, 'gu'),
    needs: ['Mitarbeiter'],
  },
  // A product another is likened to: "Like ChatGPT before it, Scrivly grew by word of mouth".
  {
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])[Ll]ike (${NAME}) before (?:it|them|him|her)\b`, 'gu'),
    needs: [' before '],
  },
  // Who owns or pays for the company that follows: "Google-backed Anthropic".
  {
    pattern: new RegExp(String.raw`(${NAME})-(?:backed|funded|owned|financed) (?=\p{Lu})`, 'gu'),
    needs: ['-backed ', '-funded ', '-owned ', '-financed '],
  },
  // A kind named after a product: "Llama-style models", "GPT-like chatbots", "CUDA-compatible chips".
  {
    pattern: new RegExp(String.raw`(${NAME})-(?:style|like|compatible|class) `, 'gu'),
    needs: ['-style ', '-like ', '-compatible ', '-class '],
  },
  // A comparison that borrows a name for another company: "the OpenAI of robotics", "like ChatGPT but for lawyers".
  {
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:[Tt]he|[Ll]ike) (${NAME})(?: of (?=\p{Ll})|,? but for )`, 'gu'),
    needs: [' of ', 'but for '],
  },
  // Copies of a product run as a tool: "spins up hundreds of Claude Code instances", "40 Codex
  // agents in parallel". The story is about what they are put to, not whose product they are.
  {
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:\d[\d,]*|hundreds of|thousands of|dozens of|several|multiple|many|parallel) (${NAME}) (?:instances|agents|sessions|copies)(?![\p{L}\p{N}])`,
      'gu',
    ),
    needs: [' instances', ' agents', ' sessions', ' copies'],
  },
];

// A newsletter's teaser of its other items, after the lead story's sentence: "Cursor launches a code
// host. Plus: how to make ChatGPT write like you." What follows "Plus:" to the paragraph's end names
// other stories of the issue, not this one.
const TEASER = /(?:^|(?<=[.!?]["”’)]? ))Plus: [^\n]*/gmu;

// A relative clause between commas says something about the thing before it ("Korvell, which
// packages chips for Nvidia, raised …"); the whole clause is blanked. Within one sentence. Not a
// person's ("Dan Brooks, who leads inference at Anthropic,"): whom a guest works for is news.
const RELATIVE_CLAUSE = /, (?:which|whose) [^,.;:!?\n]{1,120},/gu;

// What a comparison measures against, from "than" to the clause's end, when it is a name ("beats
// rivals at spreadsheets more accurately than OpenAI's GPT-5 and Google's Gemini 3"): the yardstick,
// not the subject. Not an amount ("more than $10bn on OpenAI").
const COMPARISON = / than (?:the )?(?=\p{Lu})[^,.;:!?\n]{1,100}/gu;
// The same comparison said with a verb: "Lumen's model beats GPT-5 on coding", "outperforms Gemini":
// the rival's name (its run of capitalised words) is the yardstick, not the story's company.
const RIVAL = / (?:beats|outperforms|outscores|outclasses|surpasses|rivals|matches) (?:the )?\p{Lu}[\p{L}\p{N}.'’-]*(?: \p{Lu}[\p{L}\p{N}.'’-]*)*/gu;

// A ranking's others, two or more names after "ahead of" ("launches at No. 2 on Arena ahead of Google,
// Meta and xAI"): the field it beat, not the subject. One name may be an event ("ahead of Google I/O").
const RANKED_AHEAD = new RegExp(String.raw` ahead of (?:the )?${NAME}(?:, ${NAME})*,? and ${NAME}`, 'gu');
// The rivals a company is said to be up against while it does what the story tells ("rolls out an AI
// agent as it battles Microsoft and Google"): the backdrop, not the subject.
const BATTLED = new RegExp(String.raw` as (?:it|they|the company) (?:battles|takes on|competes with|races|vies with|chases) (?:the likes of )?${NAME}(?:, ${NAME})*(?:,? and ${NAME})?`, 'gu');

/**
 * The text with descriptive mentions blanked by spaces (same length, so offsets and paragraph
 * breaks stand), or the text itself when it has none.
 */
export function blankDescriptiveMentions(text: string): string {
  let blanked: string[] | undefined;
  for (const { pattern, needs } of DESCRIPTIONS) {
    if (!needs.some((words) => text.includes(words))) continue;
    for (const match of text.matchAll(pattern)) {
      const name = match[1]!;
      const start = match.index + match[0].lastIndexOf(name);
      blanked = blank(blanked, text, start, start + name.length);
    }
  }
  if (text.includes(', which ') || text.includes(', whose ')) for (const match of text.matchAll(RELATIVE_CLAUSE)) blanked = blank(blanked, text, match.index + 1, match.index + match[0].length - 1);
  if (text.includes('Plus: ')) for (const match of text.matchAll(TEASER)) blanked = blank(blanked, text, match.index, match.index + match[0].length);
  if (text.includes(' than ')) for (const match of text.matchAll(COMPARISON)) blanked = blank(blanked, text, match.index + 1, match.index + match[0].length);
  for (const match of text.matchAll(RIVAL)) blanked = blank(blanked, text, match.index + 1, match.index + match[0].length);
  if (text.includes(' ahead of ')) for (const match of text.matchAll(RANKED_AHEAD)) blanked = blank(blanked, text, match.index + 1, match.index + match[0].length);
  if (text.includes(' as it ') || text.includes(' as they ') || text.includes(' as the company ')) for (const match of text.matchAll(BATTLED)) blanked = blank(blanked, text, match.index + 1, match.index + match[0].length);
  return blanked ? blanked.join('') : text;
}

/**
 * `text`'s characters from `start` to `end` as spaces (line breaks kept), in `blanked`, its characters
 * split out on first use. By UTF-16 units, as the offsets count (code points would shift them past a
 * surrogate pair). (A module function, not a closure: under tsx a named closure costs a
 * defineProperty per call.)
 */
function blank(blanked: string[] | undefined, text: string, start: number, end: number): string[] {
  const chars = blanked ?? text.split('');
  for (let at = start; at < end; at++) if (text[at] !== '\n') chars[at] = ' ';
  return chars;
}
