// A page's note that its own picture or summary was made with AI ("This image is AI-generated and does
// not depict any real-life event.", "The summary above was generated using AI."): the page's
// furniture, said of news on any subject, not news about AI. Only of "this" or "the … above" medium:
// "an AI-generated image of the Pope fooled millions" is a story about AI. Topics blank these notes
// before reading a text; the lead skips a paragraph that opens with one.
const MEDIUM = String.raw`(?:image|photo|photograph|picture|illustration|graphic|artwork|thumbnail|video|audio|summary|article\s+summary|text|translation)s?`;
const MADE_WITH_AI = String.raw`(?:AI[- ]generated|(?:generated|created|made|produced|summari[sz]ed|translated|illustrated)\s+(?:by|with|using)\s+(?:an?\s+)?(?:AI|artificial\s+intelligence)(?:\s+tools?)?)`;
// The note's subject and verb: "This image is", "The summary above was", then how it was made.
const NOTE = String.raw`(?:(?:this|these|the\s+(?:above|featured|accompanying|cover|header|lead|main))\s+${MEDIUM}|the\s+${MEDIUM}\s+above)\s+(?:is|was|are|were|has\s+been|have\s+been)\s+(?:\w+\s+)?${MADE_WITH_AI}`;
const AI_DISCLOSURE = new RegExp(String.raw`(?<=^|[\n.!?]\s*)${NOTE}[^\n.!?]*[.!?]?`, 'giu');

/** A text (a paragraph, lowercased or not) that opens with such a note. */
export const AI_DISCLOSURE_OPENING = new RegExp(`^${NOTE}`, 'iu');

// A reader's label for a summary a model wrote, as a paragraph of its own ("AI Summary", "Key Takeaways
// AI Summary", "Summarized by AI"): a few capitalised words, the label last.
const AI_SUMMARY_LABEL = /^(?:\p{Lu}[\p{L}-]*[^\S\n]+){0,3}(?:AI[- ](?:[Gg]enerated[^\S\n]+)?[Ss]ummary|[Ss]ummari[sz]ed[^\S\n]+(?:by|with)[^\S\n]+AI)$/gmu;
// What every note and label holds: most texts, even about AI, have none, and skip both patterns.
const DISCLOSURE_WORDS = new RegExp(String.raw`${MADE_WITH_AI}|AI[- ](?:generated\s+)?summary|summari[sz]ed\s+(?:by|with)\s+AI`, 'iu');
// Words every match of DISCLOSURE_WORDS holds: "generated", "summar…", or "AI"/"artificial" after a
// space. Tried first: a few plain words are found at a third of the cost of the full alternation, which
// is tried at every position, and nine texts in ten have none of them.
const DISCLOSURE_HINT = /generated|summar|\s(?:ai|artificial)/iu;

/** The text with AI disclosures (AI_DISCLOSURE, AI_SUMMARY_LABEL) blanked, its paragraphs where they were. */
export function withoutAiDisclosures(text: string): string {
  if (!DISCLOSURE_HINT.test(text) || !DISCLOSURE_WORDS.test(text)) return text;
  const blank = (found: string) => found.replace(/[^\n]/g, ' ');
  return text.replace(AI_DISCLOSURE, blank).replace(AI_SUMMARY_LABEL, blank);
}
