// Small RSS documents written inline by tests: each test says exactly which items a feed has.

export interface TestItem {
  title: string;
  link?: string;
  guid?: string;
  pubDate?: string;
  description?: string;
}

export function rss(title: string, items: TestItem[]): string {
  const body = items
    .map(
      (item) => `<item>
  <title>${escape(item.title)}</title>
  ${item.link ? `<link>${escape(item.link)}</link>` : ''}
  ${item.guid ? `<guid>${escape(item.guid)}</guid>` : ''}
  ${item.pubDate ? `<pubDate>${item.pubDate}</pubDate>` : ''}
  <description>${escape(item.description ?? `${item.title}. OpenAI said the new AI model is faster.`)}</description>
</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${escape(title)}</title><link>https://news.example/</link>
${body}
</channel></rss>`;
}

/** `count` AI items, newest first, an hour apart, ending at `newest`. */
export function aiItems(prefix: string, count: number, newest = new Date('2026-11-20T12:00:00Z')): TestItem[] {
  return Array.from({ length: count }, (_, index) => ({
    title: `${prefix} ${index}: OpenAI ships a new AI model`,
    link: `https://news.example/${prefix}/${index}`,
    guid: `https://news.example/${prefix}/${index}`,
    pubDate: new Date(newest.getTime() - index * 3_600_000).toUTCString(),
  }));
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
