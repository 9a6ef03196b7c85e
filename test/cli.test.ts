// The newsbot command line as a user runs it: a child process, real files, a local feed server.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from './fakes/feed-server.ts';
import { freePort } from './helpers/bot-process.ts';
import { clearSharedStore } from './helpers/clear-shared-store.ts';
import { aiItems, rss } from './helpers/rss.ts';

const run = promisify(execFile);
// Each test starts newsbot one to three times through tsx; on a loaded two-core machine one start
// alone can take 20 s.
const SPAWNS_TIMEOUT = 120_000;
const bin = path.resolve('bin/newsbot.js');
let server: FeedServer;
let dir: string;

beforeAll(async () => {
  server = await startFeedServer();
  dir = mkdtempSync(path.join(tmpdir(), 'newsbot-cli-'));
});
afterAll(async () => {
  await server.close();
});

async function newsbot(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH, NEWSBOT_FROM_SOURCE: '1', DATA_DIR: path.join(dir, 'data'), DEFAULT_FEEDS: 'off', FEEDS_FILE: path.join(dir, 'feeds.txt'), ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The bot without a terminal logs each new story as a JSON line on stderr. */
function storiesLogged(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((line) => line.includes('"new story"'))
    .map((line) => JSON.parse(line).headline as string);
}

describe('newsbot run --once', { timeout: SPAWNS_TIMEOUT }, () => {
  it('announces new stories once; a second run announces nothing; query finds them', async () => {
    server.setFeed('/one.xml', rss('One', aiItems('one', 2)));
    server.setFeed('/two.xml', rss('Two', aiItems('two', 5)));
    server.setBehaviour('/down.xml', { kind: 'status', status: 500 });
    writeFileSync(path.join(dir, 'feeds.txt'), ['/one.xml', '/down.xml', '/two.xml'].map((p) => server.url(p)).join('\n'));

    const first = await newsbot(['run', '--once']);
    expect(first.code).toBe(0);
    expect(storiesLogged(first.stderr).sort()).toEqual([
      'one 0: OpenAI ships a new AI model',
      'one 1: OpenAI ships a new AI model',
      'two 0: OpenAI ships a new AI model',
      'two 1: OpenAI ships a new AI model',
      'two 2: OpenAI ships a new AI model',
    ]);
    expect(first.stderr).toContain('HTTP 500');

    const second = await newsbot(['run', '--once']);
    expect(second.code).toBe(0);
    expect(storiesLogged(second.stderr)).toEqual([]);

    const query = await newsbot(['query', 'openai', 'two', '--limit', '10', '--json']);
    expect(query.code).toBe(0);
    const found = query.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(found).toHaveLength(5);
    expect(found[0]).toMatchObject({ headline: expect.stringMatching(/^two /), topics: expect.arrayContaining(['ai', 'openai']) });

    // The digest ranking of what was stored, as /news today shows it.
    const preview = await newsbot(['digest-preview', '--since', '30d', '--size', '3']);
    expect(preview.code).toBe(0);
    const lines = preview.stdout.split('\n');
    expect(lines[0]).toMatch(/^══ AI news — the week to \w+ \d+ \w+ ══$/);
    expect(lines.filter((line) => /^\d\. .*OpenAI ships a new AI model$/.test(line)).map((line) => line.slice(0, 2))).toEqual(['1.', '2.', '3.']);
  });

  it.skipIf(!process.env.REDIS_URL)('digest-preview reads the shared store under STORE_NAMESPACE', async () => {
    const shared = { STORE_URL: process.env.REDIS_URL!, STORE_NAMESPACE: `cli-${Date.now().toString(36)}` };
    try {
      server.setFeed('/ns.xml', rss('Namespaced', aiItems('ns', 2)));
      writeFileSync(path.join(dir, 'feeds.txt'), server.url('/ns.xml'));
      expect((await newsbot(['run', '--once'], shared)).code).toBe(0);
      // Another process (its own search index) previews what the first stored.
      const preview = await newsbot(['digest-preview', '--since', '30d', '--json'], { ...shared, DATA_DIR: path.join(dir, 'other-data') });
      expect(preview.code).toBe(0);
      expect(preview.stdout.trim().split('\n').map((line) => JSON.parse(line).url).sort()).toEqual(['https://news.example/ns/0', 'https://news.example/ns/1']);
    } finally {
      await clearSharedStore(shared.STORE_URL, shared.STORE_NAMESPACE);
    }
  });

  it('stops on a bad setting with one line naming it, exit 2', async () => {
    const result = await newsbot(['run', '--once'], { POLL_INTERVAL_MINUTES: 'soon' });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('newsbot: POLL_INTERVAL_MINUTES=soon must be a number from 0.01 to 1440 (default 10)');
  });
});

describe('newsbot digest', { timeout: SPAWNS_TIMEOUT }, () => {
  it('prints one JSON object per article with the fields of the spec', async () => {
    const file = path.join(dir, 'digest.xml');
    writeFileSync(file, rss('Digest', aiItems('d', 2)));
    const result = await newsbot(['digest', file, '--json']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(Object.keys(lines[0]).sort()).toEqual(['headline', 'id', 'published', 'quote', 'source', 'story', 'summary', 'topics', 'url'].sort());
  });
  it('gives the articles of one event one story across the feeds it is given, in either order', async () => {
    const fixtures = path.resolve('test/fixtures/feeds');
    const files = [path.join(fixtures, 'story-outlet-wire.xml'), path.join(fixtures, 'story-outlet-blog.xml')];
    for (const order of [files, [...files].reverse()]) {
      const result = await newsbot(['digest', ...order, '--json']);
      expect(result.code).toBe(0);
      const story = new Map(result.stdout.trim().split('\n').map((line) => JSON.parse(line)).map((item) => [item.headline, item.story]));
      expect(story.size).toBe(4);
      // The law coming into force, told by both: one story, the earlier article's id.
      expect(story.get("Europe's new rules for frontier AI models kick in today")).toBe(story.get("European Union's Frontier Model Act comes into force"));
      // A funding round and a security flaw of the same company on the same day: two stories.
      expect(story.get('Flaw in Nimbus Labs inference chips lets attackers read model weights')).not.toBe(story.get('Nimbus Labs raises $400 million for AI chips'));
      expect(new Set(story.values()).size).toBe(3);
    }
  });
  it('exits 1 with the reason on stderr for a bad file', async () => {
    const file = path.join(dir, 'page.html');
    writeFileSync(file, '<!doctype html><html><head><title>Moved</title></head><body>Gone</body></html>');
    const result = await newsbot(['digest', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/page\.html: not a feed/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('exits 2 on bad usage', async () => {
    expect((await newsbot(['digest'])).code).toBe(2);
    expect((await newsbot(['frobnicate'])).code).toBe(2);
  });
});

describe('newsbot query', { timeout: SPAWNS_TIMEOUT }, () => {
  it('answers a mistake privately in one line, exit 2', async () => {
    const result = await newsbot(['query', 'ai', '--since', 'yesterday']);
    expect(result.code).toBe(2);
    // Flag syntax on the command line (it was chat syntax, since:24h, before).
    expect(result.stderr.trim()).toBe('newsbot: "yesterday" is not a time span: write --since 24h, --since 7d or --since 2w');
    const limit = await newsbot(['query', 'ai', '--limit', '50']);
    expect(limit).toMatchObject({ code: 2, stderr: 'newsbot: limit must be a whole number from 1 to 10, e.g. --limit 10\n' });
  });
  it('pages with --page, and the footer says how, in flags', async () => {
    server.setFeed('/pages.xml', rss('Pages', aiItems('page', 5)));
    writeFileSync(path.join(dir, 'feeds.txt'), server.url('/pages.xml'));
    await newsbot(['run', '--once'], { NEW_FEED_ANNOUNCE_LIMIT: '0' });
    const first = await newsbot(['query', 'openai', 'page', '--limit', '2']);
    expect(first.stdout).toContain('more: newsbot query openai page --limit 2 --page 2');
    const last = await newsbot(['query', 'openai', 'page', '--limit', '2', '--page', '3', '--json']);
    expect(last.stdout.trim().split('\n')).toHaveLength(1);
  });
  it('names an unknown option in one balanced line', async () => {
    const result = await newsbot(['query', 'ai', '--frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('newsbot: unknown option --frobnicate');
  });
  it('says in words why a store cannot be opened, without the client library\'s internals', async () => {
    const port = await freePort();
    const result = await newsbot(['query', 'ai'], { STORE_URL: `redis://127.0.0.1:${port}` });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`newsbot: cannot open the store at STORE_URL (redis://127.0.0.1:${port}): connection refused (ECONNREFUSED); check the host and port in STORE_URL and that Redis runs there\n`);
  });
});

describe('newsbot, the newcomer\'s way', { timeout: SPAWNS_TIMEOUT }, () => {
  it('--version prints the version', async () => {
    expect(await newsbot(['--version'])).toMatchObject({ code: 0, stdout: 'newsbot 0.1.0\n' });
  });
  it('run --once exits 3 with one line pointing at the README when no feed could be read', async () => {
    const port = await freePort();
    writeFileSync(path.join(dir, 'feeds.txt'), [1, 2, 3].map((n) => `http://127.0.0.1:${port}/feed${n}.xml`).join('\n'));
    const result = await newsbot(['run', '--once']);
    expect(result.code).toBe(3);
    const lines = result.stderr.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: `polled 3 feeds: 0 new stories, 0 unchanged, 3 failed. No feed could be read; offline? See the README's "Offline" section (npm run demo works without a network).`,
      reasons: ['could not connect: connection refused (ECONNREFUSED) (3×)'],
    });
  });
  it('digest: a refused connection and a file that is no feed, in words', async () => {
    const port = await freePort();
    const refused = await newsbot(['digest', `http://127.0.0.1:${port}/feed.xml`]);
    expect(refused.stderr).toBe(`newsbot: http://127.0.0.1:${port}/feed.xml: could not connect: connection refused (ECONNREFUSED)\n`);
    const readme = path.resolve('README.md');
    const notFeed = await newsbot(['digest', readme]);
    expect(notFeed).toMatchObject({ code: 1, stderr: `newsbot: ${readme}: not a feed: no RSS, Atom or JSON Feed in it\n` });
  });
});
