// A fake feed host in its own process, so a benchmark's CPU figures count only the bot's work.
// Serves /feed/0 … /feed/N-1 (small RSS documents with ETags) and prints its origin on stdout.
import { startFeedServer } from '../test/fakes/feed-server.ts';

const count = Number(process.argv[2] ?? 1000);
const server = await startFeedServer();
for (let index = 0; index < count; index++) {
  server.setFeed(`/feed/${index}`, smallFeed(index));
}
process.stdout.write(`${server.origin}\n`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));

function smallFeed(index: number): string {
  const items = [0, 1, 2]
    .map(
      (item) => `<item><title>Feed ${index} story ${item}: a new AI model ships</title>
<link>https://news.example/${index}/${item}</link><guid>https://news.example/${index}/${item}</guid>
<pubDate>Mon, 02 Nov 2026 10:0${item}:00 GMT</pubDate><description>A lab released a language model.</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ${index}</title><link>https://news.example/${index}</link>${items}</channel></rss>`;
}
