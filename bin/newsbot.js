#!/usr/bin/env node
// The `newsbot` command: runs the JavaScript compiled into dist/ (`npm install` builds it through
// the prepare script; `npm run build` again after changing the sources). NEWSBOT_FROM_SOURCE=1
// runs the TypeScript sources through tsx instead: the tests do, so they never run a stale build.
import { existsSync } from 'node:fs';

let main;
if (process.env.NEWSBOT_FROM_SOURCE === '1') {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli.ts'));
} else {
  const built = new URL('../dist/src/cli.js', import.meta.url);
  if (!existsSync(built)) {
    process.stderr.write('newsbot: dist/ is missing: run npm run build (npm install runs it)\n');
    process.exit(1);
  }
  ({ main } = await import(built.href));
}
process.exitCode = await main(process.argv.slice(2));
