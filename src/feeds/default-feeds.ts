// The curated AI-news feeds the bot polls out of the box. An operator's FEEDS_FILE adds to these;
// DEFAULT_FEEDS=off leaves only the operator's. `topics: ['ai']` marks feeds where every item is
// about AI (a lab's own blog), so their items are tagged `ai` even when the text is terse.
import type { FeedSource } from './feed-types.ts';

const AI_ONLY = ['ai'];

export const DEFAULT_FEEDS: FeedSource[] = [
  // AI labs and platforms
  { url: 'https://openai.com/news/rss.xml', name: 'OpenAI News', topics: AI_ONLY },
  { url: 'https://blog.google/technology/ai/rss/', name: 'Google: AI', topics: AI_ONLY },
  { url: 'https://deepmind.google/blog/rss.xml', name: 'Google DeepMind', topics: AI_ONLY },
  { url: 'https://research.google/blog/rss/', name: 'Google Research' },
  { url: 'https://huggingface.co/blog/feed.xml', name: 'Hugging Face Blog', topics: AI_ONLY },
  { url: 'https://blogs.microsoft.com/ai/feed/', name: 'Microsoft AI Blog', topics: AI_ONLY },
  { url: 'https://blogs.nvidia.com/feed/', name: 'NVIDIA Blog' },
  { url: 'https://aws.amazon.com/blogs/machine-learning/feed/', name: 'AWS Machine Learning Blog', topics: AI_ONLY },
  // AI sections of tech and news outlets
  { url: 'https://techcrunch.com/category/artificial-intelligence/feed/', name: 'TechCrunch AI' },
  { url: 'https://www.theverge.com/rss/ai-artificial-intelligence/index.xml', name: 'The Verge AI' },
  { url: 'https://venturebeat.com/category/ai/feed/', name: 'VentureBeat AI' },
  { url: 'https://www.technologyreview.com/topic/artificial-intelligence/feed', name: 'MIT Technology Review AI' },
  { url: 'https://arstechnica.com/ai/feed/', name: 'Ars Technica AI' },
  { url: 'https://www.wired.com/feed/tag/ai/latest/rss', name: 'Wired AI' },
  { url: 'https://www.theguardian.com/technology/artificialintelligence/rss', name: 'The Guardian AI' },
  { url: 'https://www.zdnet.com/topic/artificial-intelligence/rss.xml', name: 'ZDNET AI' },
  { url: 'https://siliconangle.com/category/ai/feed/', name: 'SiliconANGLE AI' },
  { url: 'https://the-decoder.com/feed/', name: 'The Decoder', topics: AI_ONLY },
  // Research
  { url: 'https://rss.arxiv.org/rss/cs.AI', name: 'arXiv cs.AI', topics: AI_ONLY },
  { url: 'https://rss.arxiv.org/rss/cs.CL', name: 'arXiv cs.CL', topics: AI_ONLY },
  { url: 'https://bair.berkeley.edu/blog/feed.xml', name: 'Berkeley AI Research', topics: AI_ONLY },
  { url: 'https://thegradient.pub/rss/', name: 'The Gradient', topics: AI_ONLY },
  // Newsletters and community
  { url: 'https://importai.substack.com/feed', name: 'Import AI', topics: AI_ONLY },
  { url: 'https://www.interconnects.ai/feed', name: 'Interconnects', topics: AI_ONLY },
  { url: 'https://simonwillison.net/atom/everything/', name: 'Simon Willison' },
  { url: 'https://www.reddit.com/r/LocalLLaMA/top/.rss?t=day', name: 'r/LocalLLaMA (top of the day)', topics: AI_ONLY },
  { url: 'https://hnrss.org/newest?q=AI+OR+LLM&points=100', name: 'Hacker News: AI (100+ points)' },
];
