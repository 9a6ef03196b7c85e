// Domains of outlets people know by name. A link to one of these names the outlet that wrote the
// story, whichever feed carried it. Lookups try the host, then each parent domain.

export const KNOWN_OUTLETS: Record<string, string> = {
  'finance.yahoo.com': 'Yahoo Finance',
  'news.yahoo.com': 'Yahoo News',
  'yahoo.com': 'Yahoo',
  'techcrunch.com': 'TechCrunch',
  'theverge.com': 'The Verge',
  'engadget.com': 'Engadget',
  'wired.com': 'Wired',
  'arstechnica.com': 'Ars Technica',
  'reuters.com': 'Reuters',
  'apnews.com': 'The Associated Press',
  'bloomberg.com': 'Bloomberg',
  'nytimes.com': 'The New York Times',
  'washingtonpost.com': 'The Washington Post',
  'wsj.com': 'The Wall Street Journal',
  'ft.com': 'Financial Times',
  'theguardian.com': 'The Guardian',
  'bbc.co.uk': 'BBC News',
  'bbc.com': 'BBC News',
  'cnn.com': 'CNN',
  'cnbc.com': 'CNBC',
  'cbsnews.com': 'CBS News',
  'cbc.ca': 'CBC News',
  'axios.com': 'Axios',
  'theinformation.com': 'The Information',
  'venturebeat.com': 'VentureBeat',
  'zdnet.com': 'ZDNET',
  'macrumors.com': 'MacRumors',
  'macworld.com': 'Macworld',
  '9to5mac.com': '9to5Mac',
  '9to5google.com': '9to5Google',
  'pushsquare.com': 'Push Square',
  'thenextweb.com': 'The Next Web',
  'technologyreview.com': 'MIT Technology Review',
  'huffpost.com': 'HuffPost',
  'forbes.com': 'Forbes',
  'businessinsider.com': 'Business Insider',
  'fortune.com': 'Fortune',
  'semafor.com': 'Semafor',
  'politico.com': 'Politico',
  'nature.com': 'Nature',
  'science.org': 'Science',
  'arxiv.org': 'arXiv',
  'ssrn.com': 'SSRN',
  'github.com': 'GitHub',
  'huggingface.co': 'Hugging Face',
  'openai.com': 'OpenAI',
  'anthropic.com': 'Anthropic',
  'blog.google': 'Google',
  'deepmind.google': 'Google DeepMind',
  'research.google': 'Google Research',
  'cloud.google.com': 'Google Cloud',
  'ai.meta.com': 'Meta AI',
  'about.fb.com': 'Meta',
  'blogs.microsoft.com': 'Microsoft',
  'news.microsoft.com': 'Microsoft',
  'blogs.nvidia.com': 'NVIDIA',
  'nvidianews.nvidia.com': 'NVIDIA',
  'mistral.ai': 'Mistral AI',
  'x.ai': 'xAI',
  'apple.com': 'Apple',
  'machinelearning.apple.com': 'Apple Machine Learning Research',
  'blog.cloudflare.com': 'Cloudflare',
  'cloudflare.com': 'Cloudflare',
  'heise.de': 'heise online',
  'golem.de': 'Golem.de',
  'reddit.com': 'Reddit',
  'news.ycombinator.com': 'Hacker News',
  'slashdot.org': 'Slashdot',
  'theregister.com': 'The Register',
  '404media.co': '404 Media',
  'restofworld.org': 'Rest of World',
  'theatlantic.com': 'The Atlantic',
  'economist.com': 'The Economist',
  'vox.com': 'Vox',
  'nbcnews.com': 'NBC News',
  'abcnews.go.com': 'ABC News',
  'npr.org': 'NPR',
  'latimes.com': 'Los Angeles Times',
  'marktechpost.com': 'MarkTechPost',
  'siliconangle.com': 'SiliconANGLE',
  'techradar.com': 'TechRadar',
  'tomshardware.com': "Tom's Hardware",
  'theinformation.co': 'The Information',
};

/** The outlet's name for a URL's host, trying parent domains ("www.reuters.com" → "Reuters"). */
export function outletForUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
  for (let name = host; name.includes('.'); name = name.slice(name.indexOf('.') + 1)) {
    const outlet = KNOWN_OUTLETS[name];
    if (outlet) return outlet;
  }
  return undefined;
}
