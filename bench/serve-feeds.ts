// A fake feed host in its own process, so a benchmark's CPU figures count only the bot's work.
// Serves /feed/0 … /feed/N-1 (small RSS documents with ETags) and prints its origin on stdout.
// Each line "next" on stdin gives every feed 3 new items (answered with "ok"): a cycle with news.
import { createInterface } from 'node:readline';
import { seededRandom } from '../test/helpers/seeded-random.ts';
import { startFeedServer } from '../test/fakes/feed-server.ts';

const count = Number(process.argv[2] ?? 1000);
const server = await startFeedServer();
const random = seededRandom(count);
const COMPANIES = ['OpenAI', 'Anthropic', 'Mistral', 'Cohere', 'Nvidia', 'Google DeepMind', 'Meta', 'xAI', 'Perplexity', 'Databricks'];
const THINGS = ['a reasoning model', 'an open-weights model', 'a coding agent', 'a chip deal', 'a data center', 'a safety framework', 'a funding round', 'a voice assistant'];
const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
let generation = 0;

function publishAll(): void {
  const at = Date.now();
  for (let index = 0; index < count; index++) server.setFeed(`/feed/${index}`, smallFeed(index, generation, at));
}

function smallFeed(index: number, gen: number, at: number): string {
  const items = [0, 1, 2]
    .map((item) => {
      const id = `${gen}-${item}`;
      // Distinct events (a name and an amount of their own), so story grouping compares but rarely joins.
      const headline = `${pick(COMPANIES)} announces ${pick(THINGS)} worth $${Math.floor(random() * 900) + 10} million in ${index}-${id}`;
      return `<item><title>${headline}</title>
<link>https://news.example/${index}/${id}</link><guid>https://news.example/${index}/${id}</guid>
<pubDate>${new Date(at - item * 60_000).toUTCString()}</pubDate><description>${headline}. The company said the work took a year.</description></item>`;
    })
    .join('\n');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ${index}</title><link>https://news.example/${index}</link>${items}</channel></rss>`;
}

publishAll();
process.stdout.write(`${server.origin}\n`);
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'next') return;
  generation++;
  publishAll();
  process.stdout.write('ok\n');
});
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
