// One of the poll bench's pollers sharing a store (poll-bench.ts, sharedNotModifiedCycle): polls
// feeds due on its clock, leasing each in the shared store as `newsbot run` does on one. Args:
// feed origin, feed count, store URL, namespace, data dir. Prints "ready"; then each line
// "cycle <clock offset ms>" polls what is due (the offset moves every feed's due time past) and
// answers with one JSON line: the outcomes and this process's CPU seconds for the step.
import { createInterface } from 'node:readline';
import { openStore } from '../src/store/open-store.ts';
import { benchPoller } from './poll-bench.ts';

const [origin, count, storeUrl, namespace, dataDir] = process.argv.slice(2) as [string, string, string, string, string];
let offsetMs = 0;
const store = await openStore({ storeUrl, namespace, dataDir });
const poller = benchPoller({
  feeds: Array.from({ length: Number(count) }, (_, index) => ({ url: `${origin}/feed/${index}` })),
  store,
  shareFeeds: true,
  now: () => new Date(Date.now() + offsetMs),
});
process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  const [command, offset] = line.trim().split(' ');
  if (command !== 'cycle') break;
  offsetMs = Number(offset);
  const before = process.cpuUsage();
  const report = await poller.pollDue();
  const cpu = process.cpuUsage(before);
  process.stdout.write(`${JSON.stringify({ outcomes: report.outcomes, cpuS: (cpu.user + cpu.system) / 1e6 })}\n`);
}
await poller.stop();
await store.close();
