// Digest benchmark: a SQLite store of 100,000 articles (quick: 10,000) over 90 days, told in
// story groups of 1-6 outlets, and the time to build a digest from it: the day's (a channel's
// daily digest, /news today) and the week's. Target: digest_build_ms < 200 at 100,000 articles.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Article } from '../src/articles/article.ts';
import { buildDigest } from '../src/digest/build-digest.ts';
import { recentWindow } from '../src/digest/digest-window.ts';
import { outletStanding } from '../src/digest/outlet-standing.ts';
import { openStore } from '../src/store/open-store.ts';
import { seededRandom } from '../test/helpers/seeded-random.ts';

const DAY_MS = 86_400_000;
const OUTLETS = ['TechCrunch', 'The Verge', 'Reuters', 'VentureBeat', 'Bloomberg', 'Wired', 'Ars Technica', 'CNBC', 'The Guardian', 'Engadget', 'ZDNet', 'Axios', 'Tiny Blog', 'Another Blog'];
const RUNS = 15;

export async function runDigestBench(options: { quick: boolean; log: (figure: object) => void }): Promise<void> {
  const { quick, log } = options;
  const total = quick ? 10_000 : 100_000;
  const random = seededRandom(14);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'newsbot-digest-bench-'));
  try {
    const store = await openStore({ dataDir });
    const now = Date.now();
    let batch: Article[] = [];
    for (let i = 0, story = 0; i < total; story++) {
      const published = now - 90 * DAY_MS * (1 - i / total);
      const outlets = 1 + Math.floor(random() ** 3 * 6);
      for (let j = 0; j < outlets && i < total; j++, i++) {
        const source = OUTLETS[Math.floor(random() * OUTLETS.length)]!;
        const at = new Date(published + j * 600_000).toISOString();
        batch.push({
          id: `bench-${i}`,
          feedUrl: `https://${source.replace(/\W/g, '').toLowerCase()}.example/feed`,
          url: `https://news.example/${i}`,
          headline: `Story ${story}: an AI model ships`,
          source,
          published: at,
          firstSeen: at,
          quote: null,
          summary: 'A model shipped.',
          topics: random() < 0.8 ? ['ai', 'models'] : ['robotics'],
          story: `story-${story}`,
          text: '',
        });
      }
      if (batch.length >= 1000) {
        await store.putArticles(batch);
        batch = [];
      }
    }
    await store.putArticles(batch);
    const standing = outletStanding();
    for (const span of ['today', 'week'] as const) {
      const times: number[] = [];
      let stories = 0;
      for (let run = 0; run < RUNS; run++) {
        const start = performance.now();
        const digest = await buildDigest(store, { window: recentWindow(span, new Date(now)), topics: ['ai'], size: 10, standing });
        times.push(performance.now() - start);
        stories = digest.stories.length;
      }
      times.sort((a, b) => a - b);
      const median = Math.round(times[Math.floor(RUNS / 2)]! * 10) / 10;
      log({ name: span === 'today' ? 'digest_build_ms' : 'digest_build_week_ms', value: median, unit: 'ms', articles: total, stories, runs: RUNS, target: span === 'today' ? '< 200' : undefined });
    }
    await store.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
