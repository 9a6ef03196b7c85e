// A social post embedded in a story, set as one block: its text, then "— Name (@handle) Month D, YYYY"
// (the form an embedded post takes when its inner paragraph is not set apart). The text is the
// holder's words, without quote marks.
import type { QuotedSpan } from './quoted-spans.ts';
import { isPersonLike } from './speaker-names.ts';

export interface EmbeddedPost {
  span: QuotedSpan;
  speaker: string;
  kind: 'person' | 'org';
}

// The post's words, a dash, the holder's name, the handle in brackets and the date.
const SIGNED_POST = /^(.{20,}?)\s+[—–-]+\s+([^()@\n]{2,60}?)\s+\(@[\w.]+\)\s+\p{L}+\.? \d{1,2}, \d{4}$/u;

/** The embedded post a paragraph is, when it is one. */
export function embeddedPost(paragraph: string): EmbeddedPost | undefined {
  if (!paragraph.includes('(@')) return undefined;
  const match = SIGNED_POST.exec(paragraph);
  if (!match) return undefined;
  const text = match[1]!;
  const speaker = match[2]!.trim();
  return { span: { open: 0, close: text.length, text, closed: true, single: false }, speaker, kind: isPersonLike(speaker.split(/\s+/)) ? 'person' : 'org' };
}
