// Slack bench: slash command received → response sent, with the real Bolt app (our adapter, HTTP
// mode, signed requests) against the fake Slack on 127.0.0.1 and a default (SQLite) store of
// 100,000 articles (quick: 10,000). Timed at the fake: from POSTing the signed /news request to
// the response arriving at its response_url. Target: p99 < 100 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { DEFAULT_LIMITS, type Args } from '../commands/command.ts';
import { loadTopicTable } from '../src/articles/topics.ts';
import { createSlackAdapter } from '../src/platforms/slack/slack-adapter.ts';
import { createBotRecords } from '../src/store/bot-records.ts';
import { openStore } from '../src/store/open-store.ts';
import { startFakeSlack } from '../test/fakes/fake-slack.ts';
import { fillStore, makeCalls, percentile, round, seededRandom } from './chat-bench-corpus.ts';

const SECRET = 'bench-signing-secret';
const USER = { id: 'UBENCH', name: 'bench' };
const CHANNEL = 'CBENCH';

export async function runSlackBench(options: { quick: boolean; log: (figure: object) => void }): Promise<void> {
  const { quick, log } = options;
  const articles = quick ? 10_000 : 100_000;
  const commands = quick ? 200 : 500;
  const random = seededRandom(11);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'newsbot-slack-bench-'));
  const fake = await startFakeSlack({ users: [USER], signingSecret: SECRET });
  const store = await openStore({ dataDir });
  const adapter = createSlackAdapter({
    config: { botToken: 'xoxb-bench', signingSecret: SECRET, port: 0, adminUserIds: [], apiUrl: fake.apiUrl },
    context: { store, records: createBotRecords(store), topics: loadTopicTable(), now: () => new Date(), limits: DEFAULT_LIMITS, feeds: [] },
    logger: pino({ level: 'silent' }),
    host: '127.0.0.1',
  });
  try {
    await fillStore(store, articles, random);
    await adapter.start();
    const url = adapter.eventsUrl()!;
    const timings: number[] = [];
    for (const [index, call] of makeCalls(commands + 20, random).entries()) {
      const started = performance.now();
      const sent = await fake.sendSlashCommand(url, { text: asText(call.command, call.args), userId: USER.id, channelId: CHANNEL });
      await fake.waitForResponses(sent.responseId!, 1, 5_000);
      const ms = performance.now() - started;
      if (index >= 20) timings.push(ms); // the first 20 warm up the JIT and SQLite's page cache
    }
    const figure = { unit: 'ms', articles, commands: timings.length };
    log({ name: 'slack_command_p50', value: round(percentile(timings, 0.5)), ...figure });
    log({ name: 'slack_command_p99', value: round(percentile(timings, 0.99)), ...figure });
    log({ name: 'slack_command_max', value: round(percentile(timings, 1)), ...figure });
  } finally {
    await adapter.stop();
    await store.close();
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The text a Slack user types for a command call: "openai gpt since:7d source:"The Verge"". */
function asText(command: string, args: Args): string {
  if (command !== 'news') return command;
  const parts = [args.topic, args.query];
  for (const name of ['since', 'source', 'limit', 'page']) {
    const value = args[name];
    if (value !== undefined) parts.push(`${name}:${/\s/.test(String(value)) ? `"${value}"` : value}`);
  }
  return parts.filter(Boolean).join(' ');
}
