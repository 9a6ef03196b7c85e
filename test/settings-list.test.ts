// Every setting src/config.ts reads is in the README's tables and in .env.example, and neither
// lists one the code does not read.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(file, 'utf8');
const sorted = (names: Iterable<string>) => [...new Set(names)].sort();

/** env.NAME and helper(env, 'NAME', ...) in config.ts. */
const codeReads = sorted(
  [...read('src/config.ts').matchAll(/\benv\.([A-Z][A-Z0-9_]+)|\(env, '([A-Z][A-Z0-9_]+)'/g)].map((match) => (match[1] ?? match[2])!),
);

describe('the settings list', () => {
  it('config.ts reads the settings we expect to find (the scan works)', () => {
    expect(codeReads).toEqual(expect.arrayContaining(['STORE_URL', 'DATA_DIR', 'POLL_INTERVAL_MINUTES', 'DISCORD_TOKEN', 'SLACK_PORT', 'ALLOW_PRIVATE_FEED_ADDRESSES']));
  });
  it('the README tables list exactly what config.ts reads', () => {
    const rows = [...read('README.md').matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map((match) => match[1]!);
    expect(sorted(rows)).toEqual(codeReads);
  });
  it('.env.example lists exactly what config.ts reads', () => {
    const lines = [...read('.env.example').matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]!);
    expect(sorted(lines)).toEqual(codeReads);
  });
});
