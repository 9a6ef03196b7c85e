// The headline as a reader wants it: entities decoded, whitespace collapsed, no " - Outlet" tail.
import { decodeHTML } from 'entities';
import { collapse } from './clean-html.ts';

/** `outlets`: names that may trail the title (the source, the feed's title). */
export function cleanHeadline(title: string | undefined, outlets: (string | undefined)[]): string {
  // Titles are sometimes entity-escaped twice ("&amp;#8211;"): decode until stable, twice at most.
  let text = collapse(decodeHTML(decodeHTML(title ?? '').replace(/<[^>]+>/g, '')));
  for (const outlet of outlets) {
    if (!outlet) continue;
    const tail = new RegExp(`\\s+[-|–—]\\s+${escape(outlet)}$`, 'i');
    if (tail.test(text)) {
      text = text.replace(tail, '');
      break;
    }
  }
  return text;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
