// Topics a whole feed implies: an AI lab's or an AI section's feed is all `ai`, whoever publishes it
// (a university lab's research blog, a company's AI blog, a newsroom's AI section). Known outlets
// carry their own topics (known-outlets.ts); this reads what any feed says about itself.
import { domainOf, hostOf } from './known-outlets.ts';

// The feed's title names the field: "The Berkeley Artificial Intelligence Research Blog",
// "Machine Learning Blog | ML@CMU", "AI | The Verge", "AI News & Artificial Intelligence | TechCrunch",
// "The Stanford NLP Group"; a robotics lab's or section's too ("Robotics Institute", "Robotics | Site":
// robots are AI news), and one named for the field's other branches ("Computer Vision Lab", "Robot
// Learning Lab", "Reinforcement Learning Group", "Language Technologies Institute"). Only a kind of
// learning that is machine learning: "Lifelong Learning Group" is about teaching people.
const AI_FIELDS = [
  'artificial intelligence', 'machine learning', 'deep learning', 'künstliche Intelligenz',
  'natural language processing', 'robotics', 'computer vision', 'intelligent systems', 'autonomous systems',
  'robot learning', 'reinforcement learning', 'statistical learning', 'representation learning',
  'language technolog(?:y|ies)', 'computational linguistics', 'speech processing', 'pattern recognition',
  'intelligence artificielle', 'inteligencia artificial', 'inteligência artificial', 'intelligenza artificiale',
];
// Case matters for the short ones: "AI", "KI" (German), "IA" (French, Spanish, Portuguese, Italian:
// "Boletín IA") and "NLP", not "ai" inside a word or the Spanish "ai".
const AI_SHORT = /\b(?:AI|A\.I\.|KI|IA|NLP)\b|ML@\w/;
const AI_LONG = new RegExp(`\\b(?:${AI_FIELDS.join('|')})\\b`, 'i');

// AI labs known by their short names alone, which say nothing about AI to a word rule: the one list
// of them. In a feed's title as written ("BAIR Blog", "CSAIL News", "Microsoft Research Blog"); the
// one-word ones also as a label of a university's host ("sail.cs.example.edu"), where "mila" or
// "sail" cannot be a sailing club.
const AI_LABS = [
  'BAIR', // Berkeley AI Research
  'SAIL', // Stanford AI Lab
  'CSAIL', // MIT Computer Science and Artificial Intelligence Laboratory
  'HAI', // Stanford Human-Centered AI
  'MILA', 'Mila', // Quebec AI institute
  'AI2', 'Ai2', // Allen Institute for AI
  'FAIR', // Meta's Fundamental AI Research
  'DeepMind',
  'Google Research', 'Google Brain',
  'Microsoft Research', // MSR's blog is nearly all AI now
];
const AI_LAB_TITLE = new RegExp(`\\b(?:${AI_LABS.join('|')})\\b`);
// Words of a host's labels ("ai", "ml-lab", "nlp", "mlgroup") that name the field on any host, and
// the labs' one-word names on a university's host.
const AI_HOST_WORDS = new Set(['ai', 'ml', 'nlp']);
const AI_HOST_COMPOUND = /^(?:ai|ml|nlp)(?:lab|labs|group|research)$/;
const AI_LAB_HOST_WORDS = new Set(AI_LABS.filter((name) => !name.includes(' ')).map((name) => name.toLowerCase()));

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
  if (AI_SHORT.test(title) || AI_LONG.test(title)) return ['ai'];
  if (AI_LAB_TITLE.test(title)) return ['ai'];
  return hostTopics(feedLink);
}

/**
 * `ai` for an AI host: "ai.example.com", "example.ai", "ml-lab.example.com", "mlgroup.example.edu",
 * "bair.example.edu". (Labs' own hosts are known outlets: known-outlets.ts.)
 */
export function hostTopics(link: string | undefined): string[] {
  const host = hostOf(link);
  if (!host) return [];
  const parsed = domainOf(host);
  if (parsed.publicSuffix === 'ai') return ['ai'];
  const words = (parsed.subdomain ?? '').split(/[.-]/);
  if (words.some((word) => AI_HOST_WORDS.has(word) || AI_HOST_COMPOUND.test(word))) return ['ai'];
  if (isUniversity(parsed.publicSuffix) && words.some((word) => AI_LAB_HOST_WORDS.has(word))) return ['ai'];
  return [];
}

/** A university's domain: "example.edu", "example.ac.uk", "example.edu.au". */
function isUniversity(suffix: string | null): boolean {
  return !!suffix && /(?:^|\.)(?:edu|ac)(?:\.|$)/.test(suffix);
}
