// A wrong setting stops start-up with one line naming the setting; no setting at all is valid.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';
import { DEFAULT_FEEDS } from '../src/feeds/default-feeds.ts';

const cwd = mkdtempSync(path.join(tmpdir(), 'newsbot-config-'));

describe('loadConfig', () => {
  it('needs nothing: default feeds, SQLite under ./data', () => {
    const config = loadConfig({}, cwd);
    expect(config.storeUrl).toBeUndefined();
    expect(config.dataDir).toBe(path.join(cwd, 'data'));
    expect(config.feeds.length).toBe(DEFAULT_FEEDS.length);
    expect(config.pollIntervalMs).toBe(600_000);
    expect(config.retentionDays).toBe(90);
  });
  it('resolves relative paths beside package.json, whatever the current directory', () => {
    const root = path.resolve(import.meta.dirname, '..');
    const before = process.cwd();
    try {
      process.chdir(cwd);
      const config = loadConfig({ DATA_DIR: 'store', TOPICS_FILE: 'src/articles/default-topics.json' });
      expect(config.dataDir).toBe(path.join(root, 'store'));
      expect(config.topicsFile).toBe(path.join(root, 'src/articles/default-topics.json'));
    } finally {
      process.chdir(before);
    }
  });
  it('ships 15 to 30 named default feeds', () => {
    expect(DEFAULT_FEEDS.length).toBeGreaterThanOrEqual(15);
    expect(DEFAULT_FEEDS.length).toBeLessThanOrEqual(30);
    for (const feed of DEFAULT_FEEDS) expect(feed.name).toBeTruthy();
  });
  it('adds an operator feeds file to the defaults, or replaces them', () => {
    const file = path.join(cwd, 'feeds.txt');
    writeFileSync(file, '# mine\nhttps://example.org/feed.xml My feed\n\nfile:///tmp/x.xml\n');
    expect(loadConfig({ FEEDS_FILE: file }, cwd).feeds.length).toBe(DEFAULT_FEEDS.length + 2);
    const own = loadConfig({ FEEDS_FILE: file, DEFAULT_FEEDS: 'off' }, cwd).feeds;
    expect(own).toEqual([{ url: 'https://example.org/feed.xml', name: 'My feed' }, { url: 'file:///tmp/x.xml', name: undefined }]);
  });
  it.each([
    [{ STORE_URL: 'mysql://x' }, /^STORE_URL=mysql:\/\/x is not supported/],
    [{ STORE_NAMESPACE: 'my bot' }, /^STORE_NAMESPACE=my bot may hold only letters/],
    [{ QUEUE_URL: 'amqp://broker' }, /^QUEUE_URL=amqp:\/\/broker must be a Redis URL/],
    [{ QUEUE_URL: 'redis://127.0.0.1:6379' }, /^QUEUE_URL needs a store every process shares: set STORE_URL/],
    [{ POLL_INTERVAL_MINUTES: 'often' }, /^POLL_INTERVAL_MINUTES=often must be a number/],
    [{ RETENTION_DAYS: '0' }, /^RETENTION_DAYS=0 must be a number from 1/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL=loud must be one of/],
    [{ DEFAULT_FEEDS: 'maybe' }, /^DEFAULT_FEEDS=maybe must be on or off/],
    [{ DEFAULT_FEEDS: 'off' }, /FEEDS_FILE/],
    [{ FEEDS_FILE: 'missing.txt' }, /^FEEDS_FILE=.*missing.txt cannot be read/],
    [{ TOPICS_FILE: 'missing.json' }, /^TOPICS_FILE=missing.json does not exist/],
  ])('%j is refused in one line naming the setting', (env, message) => {
    expect(() => loadConfig(env, cwd)).toThrow(ConfigError);
    expect(() => loadConfig(env, cwd)).toThrow(message);
  });
  it('refuses a feeds-file line that is not a URL, naming the line', () => {
    const file = path.join(cwd, 'bad-feeds.txt');
    writeFileSync(file, 'https://ok.example/feed\nnot a url\n');
    expect(() => loadConfig({ FEEDS_FILE: file }, cwd)).toThrow(/line 2: "not" is not an http/);
  });
});
