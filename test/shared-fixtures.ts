// The real-world fixtures live in ../shared/fixtures (other publishers' feeds: never copied here).
// A user's clone has no ../shared, so tests that need them skip with a printed reason.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const sharedFixtures = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../shared/fixtures',
);

export const hasSharedFixtures = existsSync(path.join(sharedFixtures, 'feeds/MANIFEST.tsv'));

if (!hasSharedFixtures) {
  console.warn(`skipping fixture tests: ${sharedFixtures} is absent (it exists beside the repo in CI)`);
}

export function sharedPath(...parts: string[]): string {
  return path.join(sharedFixtures, ...parts);
}
