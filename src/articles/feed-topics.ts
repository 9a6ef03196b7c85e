// Topics a whole feed implies: an AI lab's or an AI section's feed is all `ai`, whoever publishes it
// (a university lab's research blog, a company's AI blog, a newsroom's AI section). Known outlets
// carry their own topics (known-outlets.ts); this reads what any feed says about itself.
import type { RawEntry } from '../feeds/feed-types.ts';
import { cleanHtml } from './clean-html.ts';
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
// The field in Chinese, Japanese and Korean ("所有人工智能新闻", "人工知能ニュース"), where words have no spaces around them.
const AI_CJK = /人工智能|人工智慧|人工知能|인공지능|机器学习|機器學習|機械学習|深度学习|深度學習|大模型|大语言模型|大型語言模型/u;
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
  if (saysAi(title)) return mixedSubjects(title) ? [] : ['ai'];
  if (AI_LAB_TITLE.test(title)) return ['ai'];
  return hostTopics(feedLink);
}

function saysAi(text: string): boolean {
  return AI_SHORT.test(text) || AI_LONG.test(text) || AI_CJK.test(text);
}

// The parts of a title ("Tech, AI & Gadgets – Harbor Post") and the subjects a part lists ("Tech", "AI", "Gadgets").
const TITLE_PART_BREAK = /\s[|–—»:-]\s|\s[|–—»]|:\s/;
const SUBJECT_BREAK = /\s*(?:,|&|\+|\band\b|\/)\s*/;
// Words that name the feed's kind, not a subject ("AI News", "Markets Daily"), and subjects close enough to the field
// that a feed of them and AI is still an AI feed ("Data & AI", "AI and Robotics"); arXiv's category codes ("cs.CL").
const FEED_KIND_WORDS = /\b(?:the|news|daily|weekly|blog|latest|updates?|insights|trends|digest|report|review|magazine|today|newsletter|hub|watch|briefing|roundup|section)\b/gi;
const NEAR_AI = /^(?:data(?: science)?|analytics|automation|robots?|robotics|ml|llms?|agents?|machine learning|deep learning|(?:cs|stat)\.[A-Z]{2}\b.*)$/i;

/**
 * Whether the title names AI as one subject among others ("Tech, AI & Gadgets", "Markets & AI Daily", "Telecom,
 * Cloud and AI News"): a section of several subjects, whose items are not all AI news.
 */
function mixedSubjects(title: string): boolean {
  const part = title.split(TITLE_PART_BREAK).find(saysAi);
  if (!part) return false;
  const subjects = part.split(SUBJECT_BREAK).map((subject) => subject.replace(FEED_KIND_WORDS, ' ').replace(/\s+/g, ' ').trim()).filter(Boolean);
  return subjects.length > 1 && subjects.some((subject) => !saysAi(subject) && !NEAR_AI.test(subject) && !AI_LAB_TITLE.test(subject));
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

// A feed's items read alone to decide whether its publisher writes about AI and nothing much else: the
// first this many (a long archive adds time, not evidence), and at least this many of them.
const PUBLISHER_ITEMS = 30;
const PUBLISHER_MIN_ITEMS = 5;
// The share of them that must be AI news on their own text.
const PUBLISHER_AI_SHARE = 0.5;
// The words an AI lab's or an AI start-up's post can say what it is about with, without a term that
// names AI anywhere ("Toward a public science of model behavior", "Context forking to save time and
// tokens"): the field's everyday words, which elsewhere mean a fashion model or a travel agent. Not
// the ones a headline uses as often in other senses: "prompts" (the verb), "training" (a job's),
// "reasoning" (a court's), "transformers" (the grid's), "weights", "a benchmark" (a stock index);
// nor "Model" before a letter or a number (a car: "Model Y", "Model 3"), nor a "business model". Matched whole, in any case.
const ML_WORDS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[
    '(?<!business |role )models?(?! (?:\\p{N}|[A-Z](?![\\p{L}\\p{N}])))', 'tokens', 'agents?', 'benchmarks', 'datasets?', 'interpretab(?:le|ility)',
    'neurons?', 'fine-tun(?:e|ed|ing)', 'evals?', 'embeddings?', 'learning theory', 'loss landscapes?',
  ].join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);

/** Whether a title or lead speaks the field's everyday words (ML_WORDS). */
export function saysMlWords(text: string): boolean {
  return ML_WORDS.test(text);
}

/**
 * Whether most of a feed's items are AI news on their own text (title and description): a
 * publisher whose feed is all about AI (a lab's research page, an AI start-up's blog) is known by
 * its items when its name and address say nothing ("Transluce - Research"). `isAi` tells one item.
 */
export function mostlyAiItems(entries: readonly RawEntry[], isAi: (title: string, text: string, categories: string[]) => boolean): boolean {
  const read = entries.slice(0, PUBLISHER_ITEMS);
  if (read.length < PUBLISHER_MIN_ITEMS) return false;
  let ai = 0;
  for (const entry of read) {
    // The description (short) rather than the full body: enough to tell, at a fraction of the cost.
    const text = cleanHtml(entry.summaryHtml ?? entry.html ?? '').paragraphs.join('\n\n');
    if (isAi(entry.title ?? '', text, entry.categories)) ai++;
  }
  return ai >= PUBLISHER_AI_SHARE * read.length;
}
