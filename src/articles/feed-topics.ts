// Topics a whole feed implies: an AI lab's or an AI section's feed is all `ai`, whoever publishes it
// (a university lab's research blog, a company's AI blog, a newsroom's AI section). Known outlets
// carry their own topics (known-outlets.ts); this reads what any feed says about itself.
import { parse as parseDomain } from 'tldts';
import { hostOf } from './known-outlets.ts';

// The feed's title names the field: "The Berkeley Artificial Intelligence Research Blog",
// "Machine Learning Blog | ML@CMU", "AI | The Verge", "AI News & Artificial Intelligence | TechCrunch".
const AI_TITLE = /\b(?:AI|A\.I\.|artificial intelligence|machine learning|deep learning|ML@\w+|KI|künstliche Intelligenz)\b/i;
// Case matters for the short ones: "AI" and "KI", not "ai" inside a word or the Spanish "ai".
const AI_SHORT = /\b(?:AI|A\.I\.|KI)\b|ML@/;
const AI_LONG = /\b(?:artificial intelligence|machine learning|deep learning|künstliche Intelligenz)\b/i;
// AI labs known by their short names alone, in a feed's title ("BAIR Blog", "CSAIL News").
const AI_LAB_TITLE = /\b(?:BAIR|CSAIL|SAIL|MILA|AI2|FAIR|DeepMind)\b/;

/** `ai` when the feed's title or address says it is about AI, else nothing. */
export function feedTopics(feedTitle: string | undefined, feedLink: string | undefined): string[] {
  // Every item of a feed asks the same question: the last answer is kept (a copy is returned,
  // as callers may spread or change it).
  if (last && last.title === feedTitle && last.link === feedLink) return [...last.topics];
  const topics = topicsOf(feedTitle, feedLink);
  last = { title: feedTitle, link: feedLink, topics };
  return [...topics];
}

let last: { title: string | undefined; link: string | undefined; topics: string[] } | undefined;

function topicsOf(feedTitle: string | undefined, feedLink: string | undefined): string[] {
  const title = feedTitle ?? '';
  if (AI_TITLE.test(title) && (AI_SHORT.test(title) || AI_LONG.test(title))) return ['ai'];
  if (AI_LAB_TITLE.test(title)) return ['ai'];
  // An AI host: "ai.example.com", "example.ai", "ml.example.edu". (Labs' own hosts are known outlets: known-outlets.ts.)
  const host = hostOf(feedLink);
  if (!host) return [];
  const parsed = parseDomain(host);
  const labels = (parsed.subdomain ?? '').split('.');
  if (labels.includes('ai') || labels.includes('ml') || parsed.publicSuffix === 'ai') return ['ai'];
  return [];
}
