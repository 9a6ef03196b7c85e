// The outlet that wrote the story, not the aggregator that carried it: the item's own credit
// (<source>), a repost's credit to the original ("Source link", "Originally published at", "via",
// "quotes a report from X:", a byline e-mail domain), a title credit ("… (Reuters)"), the link's
// domain, and last the feed's own name.
import type { RawEntry } from '../feeds/feed-types.ts';
import type { CleanText } from './clean-html.ts';
import { hostOf, isRedirector, outletByName, outletForUrl, siteNameForUrl, type Outlet } from './known-outlets.ts';

// Anchors by which a repost credits the original.
const CREDIT_ANCHOR = /^(source( link)?|original(ly published)?( at| on)?|read (the )?original( article)?|via .+)$/i;

const NAME = String.raw`((?:the\s+)?\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,4})`;
// Text by which an aggregator credits the outlet it quotes, each with words that must be there
// (a cheap test before the pattern).
const CREDIT_TEXT: [RegExp, RegExp][] = [
  [/(?:report|article|story|post|piece) (?:from|in|by|at) /, new RegExp(String.raw`\b(?:quotes|quoting|cites|citing|shares)\s+(?:a|an|the)\s+(?:new\s+)?(?:report|article|story|post|piece|blog post)\s+(?:from|in|by|at)\s+${NAME}`, 'u')],
  [/(?:writing|reporting|writes|reports) (?:for|in|at) /, new RegExp(String.raw`\b(?:writing|reporting|writes|reports)\s+(?:for|in|at)\s+${NAME}:`, 'u')],
  [/(?:reports|writes|notes|explains):/, new RegExp(String.raw`(?:^|[.!?]\s+)${NAME}\s+(?:reports|writes|notes|explains):`, 'u')],
  [/reports /, new RegExp(String.raw`\breports\s+${NAME}[.:]`, 'u')],
  [/(?:published|appeared|posted|ran) (?:at|on|in|by) /, new RegExp(String.raw`\b(?:originally|first)\s+(?:published|appeared|posted|ran)\s+(?:at|on|in|by)\s+${NAME}`, 'u')],
  [/appeared first on /, new RegExp(String.raw`\bappeared first on\s+${NAME}`, 'u')],
];
const EMAIL_DOMAIN = /\b[\w.+-]+@([\w-]+(?:\.[\w-]+)+)\b/;
// "Beijing is looking at … (Reuters)", "Spirit ends merger - The Verge".
const TITLE_CREDIT = /(?:\s\(([^()]{2,40})\)|\s[-|–—]\s([^-|–—]{2,40}))\s*$/;

export interface SourceContext {
  entry: RawEntry;
  clean: CleanText;
  /** The article link, canonical. */
  link?: string;
  feedTitle?: string;
  feedLink?: string;
}

export interface Source {
  name: string;
  /** Topics the outlet implies (an AI lab's site is all `ai`). */
  topics: string[];
}

export function findSource({ entry, clean, link, feedTitle, feedLink }: SourceContext): Source {
  const found = (outlet: Outlet | undefined, name = outlet?.name): Source | undefined =>
    name ? { name, topics: outlet?.topics ?? [] } : undefined;
  const linkOutlet = isRedirector(link) ? undefined : outletForUrl(link);

  // 1. The item itself names its outlet (Google News' <source>).
  if (entry.sourceName?.trim()) return { name: entry.sourceName.trim(), topics: outletForUrl(entry.sourceUrl)?.topics ?? [] };
  // 2. A repost's credit to the original. A newsroom's own story that cites another ("via X") stays its own.
  if (linkOutlet?.kind !== 'news') {
    const credited = creditedOutlet(clean, link, feedLink);
    if (credited) return credited;
  }
  // 3. A credit at the end of the title, for links that only redirect (Google News) or naming a known outlet.
  const titleCredit = creditInTitle(entry.title, isRedirector(link));
  if (titleCredit) return titleCredit;
  // 4. The page the item points to: its JSON Feed external_url, else its link.
  const external = outletForUrl(entry.sourceUrl);
  if (external) return found(external)!;
  if (entry.sourceUrl && !sameSite(entry.sourceUrl, link)) {
    const name = siteNameForUrl(entry.sourceUrl);
    if (name) return { name, topics: [] };
  }
  if (linkOutlet) return found(linkOutlet)!;
  // 5. A link to another site than the feed's (a link aggregator): that site, named from its domain.
  if (link && feedLink && !isRedirector(link) && !sameSite(link, feedLink)) {
    const name = siteNameForUrl(link);
    if (name) return { name, topics: [] };
  }
  // 6. The feed's own name, without section suffixes ("TechCrunch » AI" → "TechCrunch").
  const byFeed = found(outletForUrl(feedLink)) ?? found(undefined, feedTitle?.split(/\s+[»|:–—-]\s+/)[0]?.trim());
  return byFeed ?? { name: siteNameForUrl(link) ?? 'unknown', topics: [] };
}

function creditedOutlet(clean: CleanText, link: string | undefined, feedLink: string | undefined): Source | undefined {
  for (const anchor of clean.links) {
    if (!CREDIT_ANCHOR.test(anchor.text)) continue;
    const outlet = outletForUrl(anchor.href);
    if (outlet) return { name: outlet.name, topics: outlet.topics ?? [] };
    const viaName = /^via\s+(.+)$/i.exec(anchor.text)?.[1];
    const name = viaName ?? (!sameSite(anchor.href, link) && !sameSite(anchor.href, feedLink) ? siteNameForUrl(anchor.href) : undefined);
    if (name) return { name, topics: [] };
  }
  // The lead and the removed furniture (bylines, "originally published" lines) carry text credits.
  const text = [...clean.paragraphs.slice(0, 2), ...clean.removed].join('\n').slice(0, 3000);
  for (const [words, pattern] of CREDIT_TEXT) {
    const name = words.test(text) ? pattern.exec(text)?.[1]?.replace(/[.,;:]+$/, '') : undefined;
    const outlet = name ? outletByName(name) ?? outletForUrl(domainLike(name)) : undefined;
    if (outlet) return { name: outlet.name, topics: outlet.topics ?? [] };
  }
  const email = EMAIL_DOMAIN.exec(clean.removed.join('\n'))?.[1];
  const byEmail = email ? outletForUrl(`https://${email}`) : undefined;
  if (byEmail) return { name: byEmail.name, topics: byEmail.topics ?? [] };
  return undefined;
}

function creditInTitle(title: string | undefined, redirected: boolean): Source | undefined {
  const match = title ? TITLE_CREDIT.exec(title.trim()) : null;
  const name = (match?.[1] ?? match?.[2])?.trim();
  if (!name) return undefined;
  const outlet = outletByName(name);
  if (outlet) return { name: outlet.name, topics: outlet.topics ?? [] };
  return redirected ? { name, topics: [] } : undefined;
}

/** "MacRumors.com" → a URL to look up; anything else → undefined. */
function domainLike(name: string): string | undefined {
  return /^[\w-]+(?:\.[\w-]+)+$/.test(name) ? `https://${name}` : undefined;
}

function sameSite(a: string | undefined, b: string | undefined): boolean {
  const hostA = registrable(a);
  return hostA !== undefined && hostA === registrable(b);
}

function registrable(url: string | undefined): string | undefined {
  return hostOf(url)?.split('.').slice(-2).join('.');
}
