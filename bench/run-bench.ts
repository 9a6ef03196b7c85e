// npm run bench [-- --quick]: one JSON object per figure on stdout. Benchmarks, not tests:
// nothing here fails on a number, only on a broken run. --quick is the CI-sized run.
import { runDigestBench } from './digest-bench.ts';
import { runDiscordBench } from './discord-bench.ts';
import { runFanoutBench } from './fanout-bench.ts';
import { runIngestBench } from './ingest-bench.ts';
import { runPollBench } from './poll-bench.ts';
import { runQueryBench } from './query-bench.ts';
import { runSlackBench } from './slack-bench.ts';
import { runStoryBench } from './story-bench.ts';

const quick = process.argv.includes('--quick');
const log = (figure: object) => process.stdout.write(`${JSON.stringify(figure)}\n`);

await runIngestBench({ quick, log });
await runStoryBench({ quick, log });
await runQueryBench({ quick, log });
await runPollBench({ quick, log });
await runFanoutBench({ quick, log });
await runDiscordBench({ quick, log });
await runSlackBench({ quick, log });
await runDigestBench({ quick, log });
