// A social post embedded in a story, set as one block: its text, then "— Name (@handle) Month D, YYYY"
// (the form an embedded post takes when its inner paragraph is not set apart); or a post quoted by
// another post, as feed generators for X set it: a line of the holder's name and handle with a colon
// ("OpenAI (@OpenAI):"), then the quoted post's text. Either text is the holder's words, without quote marks.
import type { QuotedSpan } from './quoted-spans.ts';
import { isPersonLike } from './speaker-names.ts';

export interface EmbeddedPost {
  span: QuotedSpan;
  speaker: string;
  kind: 'person' | 'org';
}

// The post's words, a dash, the holder's name, the handle in brackets and the date.
const SIGNED_POST = /^(.{20,}?)\s+[—–-]+\s+([^()@\n]{2,60}?)\s+\(@[\w.]+\)\s+\p{L}+\.? \d{1,2}, \d{4}$/u;

// A social account as feeds of X or Mastodon posts write it: a display name, then its handle in brackets ("Ana
// Ruiz (@anaruiz)", "Ana (@ana@social.example)", "🍥 Timmy 🍥 (@timmy)"). A name may hold a dot inside a word
// ("Kimi.ai"), not a sentence's stop.
const ACCOUNT = String.raw`([^\s()](?:[^.!?()\n]|\.(?=\S)){0,60})\s\(@([\w.-]+(?:@[\w.-]+)?)\)`;
/** A post's own author line, which such feeds put first: "Andrej Karpathy (@karpathy)". */
export const ACCOUNT_LINE = new RegExp(`^${ACCOUNT}$`, 'u');
/** A quoted post's holder line, the account and a colon: "OpenAI (@OpenAI):"; the quoted post follows it. */
export const ACCOUNT_LEAD_IN = new RegExp(`^${ACCOUNT}:$`, 'u');

/**
 * The post quoted at `paragraphs[index]`: the paragraph under a holder line (ACCOUNT_LEAD_IN). Not when
 * the holder is the post's own author quoting an earlier post of theirs: their words, not someone else's.
 */
export function quotedPost(paragraphs: readonly string[], index: number): EmbeddedPost | undefined {
  const previous = paragraphs[index - 1];
  const holder = previous === undefined ? undefined : ACCOUNT_LEAD_IN.exec(previous.trim());
  if (!holder || !paragraphs[index]!.trim()) return undefined;
  // The author line opens the post, under a repost line when there is one ("🔁 @meng retweeted").
  const author = paragraphs.slice(0, 2).map((line) => ACCOUNT_LINE.exec(line.trim())).find(Boolean);
  if (author && author[2]!.toLowerCase() === holder[2]!.toLowerCase()) return undefined;
  return postOf(paragraphs[index]!, holder[1]!.trim());
}

/** The embedded post a paragraph is, when it is one. */
export function embeddedPost(paragraph: string): EmbeddedPost | undefined {
  if (!paragraph.includes('(@')) return undefined;
  const match = SIGNED_POST.exec(paragraph);
  if (!match) return undefined;
  return postOf(match[1]!, match[2]!.trim());
}

/** A post whose holder its signature line, removed as furniture under it, named (see CleanText.signedPosts). */
export function signedPost(paragraph: string, signedPosts: ReadonlyMap<string, string> | undefined): EmbeddedPost | undefined {
  const holder = signedPosts === undefined || signedPosts.size === 0 ? undefined : signedPosts.get(paragraph);
  return holder ? postOf(paragraph, holder) : undefined;
}

function postOf(text: string, speaker: string): EmbeddedPost {
  return { span: { open: 0, close: text.length, text, closed: true, single: false }, speaker, kind: isPersonLike(speaker.split(/\s+/)) ? 'person' : 'org' };
}
