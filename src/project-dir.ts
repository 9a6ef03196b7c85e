// The checkout's own directory (where package.json is): `.env`, DATA_DIR, TOPICS_FILE and
// FEEDS_FILE resolve against it, so `npx newsbot query` reads the same store from any directory.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let found: string | undefined;

/** The nearest directory above this module holding package.json (src/ and dist/src/ alike). */
export function projectDir(): string {
  if (found) return found;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  found = dir;
  return dir;
}
