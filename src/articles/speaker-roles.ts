// Who a quoted person is to the story, read from where the text introduces them: the role before the
// name ("U.S. District Judge Helen Marquez") or the apposition after it ("Priyanka Shah, an analyst at
// Corbel Securities"). The story's principal is the one the headline names by role ("Judge blocks …");
// an analyst, strategist or economist at a firm is asked to comment on it.
import { introductionRoles, isRoleWord, roleHead } from './speaker-names.ts';

export interface SpeakerRoles {
  /** The role words of the speaker's introduction, lower case ("judge", "chief", "analyst"). */
  roles: Set<string>;
  /** Introduced as a market commentator: "an analyst at Y", "chief currency strategist with Y". */
  commentator: boolean;
}

// Role words that only qualify another ("senior analyst", "former judge"): shared, they say nothing of whom the headline means.
const QUALIFIERS = new Set(['former', 'ex', 'interim', 'acting', 'senior', 'lead', 'principal', 'deputy', 'associate', 'assistant', 'staff', 'vice', 'product', 'member', 'partner', 'mr', 'mrs', 'ms', 'dr', 'sir']);

// ", an analyst at Corbel Securities", ", chief currency strategist with Kasumi", ", an economist for Bank X".
const COMMENTATOR = /^,\s+(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+){0,3}(?:analyst|strategist|economist)\s+(?:at|with|for)\s/u;

const WORD = /[\p{L}][\p{L}.-]*/gu;

/** The speaker's roles where the text first names them in full (by surname when it never does); undefined when not found. */
export function speakerRoles(paragraphs: readonly string[], speaker: string): SpeakerRoles | undefined {
  const surname = speaker.split(/\s+/).pop()!;
  for (const name of speaker === surname ? [speaker] : [speaker, surname]) {
    for (const paragraph of paragraphs) {
      const at = paragraph.indexOf(name);
      if (at < 0) continue;
      const roles = introductionRoles(paragraph, at, at + name.length);
      return { roles, commentator: COMMENTATOR.test(paragraph.slice(at + name.length, at + name.length + 100)) };
    }
  }
  return undefined;
}

/** The headline's role words: "Judge blocks …", "Orchard Foods CEO says …", "Corbel analyst downgrades …". */
export function headlineRoles(headline: string): Set<string> {
  const roles = new Set<string>();
  for (const word of headline.match(WORD) ?? []) if (isRoleWord(word)) roles.add(roleHead(word));
  return roles;
}

/** The speaker's introduction shares a role with the headline, qualifiers aside. */
export function sharesRole(roles: Set<string>, headline: Set<string>): boolean {
  for (const role of roles) if (!QUALIFIERS.has(role) && headline.has(role)) return true;
  return false;
}
