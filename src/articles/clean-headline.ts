// The headline as a reader wants it: the title's HTML read as text (script and markup dropped, the
// text of inline elements kept), whitespace collapsed, no " - Outlet" tail.
import { decodeHTML } from 'entities';
import { collapse, htmlToText } from './clean-html.ts';
import { truncate } from './summarize.ts';

// A title longer than this is not a headline but a body pasted into the title: cut it.
const MAX_HEADLINE = 300;

/** `outlets`: names that may trail the title (the source, the feed's title). */
export function cleanHeadline(title: string | undefined, outlets: (string | undefined)[]): string {
  // The title is HTML (feed-types.ts). Titles are sometimes entity-escaped twice ("&amp;#8211;"):
  // what reading the HTML leaves as an entity is decoded once more.
  const read = htmlToText((title ?? '').slice(0, 4 * MAX_HEADLINE));
  let text = read.includes('&') ? collapse(decodeHTML(read)) : read;
  // A separator, then the outlet's name, at the very end.
  const separator = /\s+[-|–—]\s+([^-|–—]+)$/.exec(text);
  const tail = separator?.[1]?.toLowerCase();
  if (tail && outlets.some((outlet) => outlet?.toLowerCase() === tail)) text = text.slice(0, separator!.index);
  return truncate(text, MAX_HEADLINE);
}
