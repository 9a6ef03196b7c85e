// `newsbot digest a.xml b.xml --json` as a user runs it (a child process, real files): the articles
// of one event from two outlets' feeds share a `story`, in either order of the files; the same
// company's other news does not. The feeds are invented (test/fixtures/stories/digest-*.xml): a
// maker's own blog announcing a model, and a French agency's English wire telling the launch in
// its own words, then the company's funding round.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
// Each start of newsbot through tsx can take 20 s on a loaded two-core machine.
const SPAWNS_TIMEOUT = 120_000;

async function newsbotDigest(args: string[]): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsbot-story-digest-'));
  // The config wants a feed list; digest reads only the files it is given.
  writeFileSync(path.join(dir, 'feeds.txt'), 'https://feeds.example/unused.xml\n');
  const { stdout } = await run(process.execPath, [path.resolve('bin/newsbot.js'), 'digest', ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH, NEWSBOT_FROM_SOURCE: '1', DATA_DIR: path.join(dir, 'data'), DEFAULT_FEEDS: 'off', FEEDS_FILE: path.join(dir, 'feeds.txt') },
  });
  return stdout;
}

async function digest(files: string[]): Promise<Map<string, string>> {
  const stdout = await newsbotDigest([...files, '--json']);
  const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as { headline: string; story: string });
  return new Map(lines.map((item) => [item.headline, item.story]));
}

describe('newsbot digest: one story across two outlets', { timeout: SPAWNS_TIMEOUT }, () => {
  it('gives a maker’s blog post and a wire’s report of the same launch one story, and the company’s other news its own', async () => {
    const fixtures = path.resolve('test/fixtures/stories');
    const files = [path.join(fixtures, 'digest-maker-blog.xml'), path.join(fixtures, 'digest-french-wire.xml')];
    for (const order of [files, [...files].reverse()]) {
      const story = await digest(order);
      expect(story.size).toBe(4);
      const launch = story.get('Introducing Kestrel 4, our most capable open model');
      expect(story.get('French start-up Corvid AI unveils Kestrel 4 model to rival US giants')).toBe(launch);
      expect(story.get('Corvid AI raises 600 million euros from European investors')).not.toBe(launch);
      expect(story.get('Corvid AI opens an office in Montreal')).not.toBe(launch);
      expect(new Set(story.values()).size).toBe(3);
    }
  });

  it('shows a person each story once, with the other outlet that told it', async () => {
    const fixtures = path.resolve('test/fixtures/stories');
    const text = await newsbotDigest([path.join(fixtures, 'digest-maker-blog.xml'), path.join(fixtures, 'digest-french-wire.xml')]);
    const stories = text.trim().split(/\n\n+/);
    expect(stories).toHaveLength(3);
    const launch = stories.filter((story) => /Kestrel 4/.test(story.split('\n')[0]!));
    expect(launch).toHaveLength(1);
    expect(launch[0]).toMatch(/^ {2}Also covered by \S/m);
    expect(stories.filter((story) => /Also covered by/.test(story))).toHaveLength(1);
  });
});
