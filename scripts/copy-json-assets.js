// Part of `npm run build`: tsc compiles src/ into dist/src/ but leaves data files behind; the
// JSON files modules read beside themselves (default-topics.json) are copied to the same place.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

function copyJson(from, to) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    if (entry.isDirectory()) copyJson(source, path.join(to, entry.name));
    else if (entry.name.endsWith('.json')) {
      mkdirSync(to, { recursive: true });
      copyFileSync(source, path.join(to, entry.name));
    }
  }
}

copyJson('src', path.join('dist', 'src'));
