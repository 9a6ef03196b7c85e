// `newsbot query` against a shared store (Redis, PostgreSQL) from a fresh DATA_DIR: the articles
// another process stored are in the answer at once, not after an hourly catch-up. Runs when
// REDIS_URL / POSTGRES_URL are set; each run has its own STORE_NAMESPACE and clears it after.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/open-store.ts';
import { article } from './helpers/articles.ts';
import { clearSharedStore } from './helpers/clear-shared-store.ts';

const run = promisify(execFile);
const bin = path.resolve('bin/newsbot.js');
const { REDIS_URL, POSTGRES_URL } = process.env;
const dirs: string[] = [];

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const backends = [
  { name: 'redis', url: REDIS_URL },
  { name: 'postgres', url: POSTGRES_URL },
];

for (const backend of backends) {
  if (!backend.url) console.warn(`skipping newsbot query on a shared ${backend.name} store: ${backend.name.toUpperCase()}_URL is unset`);
  describe.skipIf(!backend.url)(`newsbot query on a shared ${backend.name} store`, () => {
    it('answers from the articles another process stored, with a fresh DATA_DIR', { timeout: 120_000 }, async () => {
      const namespace = `query-${randomUUID().slice(0, 8)}`;
      const writerDir = mkdtempSync(path.join(tmpdir(), 'newsbot-writer-'));
      const readerDir = mkdtempSync(path.join(tmpdir(), 'newsbot-reader-'));
      dirs.push(writerDir, readerDir);
      try {
        const writer = await openStore({ storeUrl: backend.url, dataDir: writerDir, namespace });
        await writer.putArticles([
          article('w1', { headline: 'Tessellate raises a seed round for robot hands' }),
          article('w2', { headline: 'Chip exports tighten again' }),
        ]);
        await writer.close();
        // Absolute: relative paths resolve beside package.json, not in the working directory.
        writeFileSync(path.join(readerDir, 'feeds.txt'), 'https://news.example/feed.xml\n');
        const { stdout } = await run(process.execPath, [bin, 'query', 'tessellate', '--json'], {
          cwd: readerDir,
          // From source, as every test runs the bot (bin/newsbot.js would otherwise run dist/, maybe stale).
          env: { PATH: process.env.PATH, NEWSBOT_FROM_SOURCE: '1', DATA_DIR: path.join(readerDir, 'data'), STORE_URL: backend.url, STORE_NAMESPACE: namespace, DEFAULT_FEEDS: 'off', FEEDS_FILE: path.join(readerDir, 'feeds.txt'), LOG_LEVEL: 'warn' },
        });
        const answered = stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line).headline);
        expect(answered).toEqual(['Tessellate raises a seed round for robot hands']);
      } finally {
        await clearSharedStore(backend.url!, namespace);
      }
    });
  });
}
