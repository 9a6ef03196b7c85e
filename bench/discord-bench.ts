// Discord bench: interaction received → reply sent, with the real discord.js client against the
// fake Discord on 127.0.0.1 and a default (SQLite) store of 100,000 articles (quick: 10,000).
// Timed at the fake: from sending INTERACTION_CREATE on the gateway to the recorded callback.
// Target: p99 < 100 ms (Discord voids an answer after 3 s; the adapter defers after 1.5 s).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { DEFAULT_LIMITS } from '../commands/command.ts';
import { loadTopicTable } from '../src/articles/topics.ts';
import { createDiscordAdapter } from '../src/platforms/discord/discord-adapter.ts';
import { createBotRecords } from '../src/store/bot-records.ts';
import { openStore } from '../src/store/open-store.ts';
import { startFakeDiscord, type CommandOptions } from '../test/fakes/fake-discord.ts';
import { fillStore, makeCalls, percentile, round, seededRandom } from './chat-bench-corpus.ts';

const GUILD = '200000000000000001';
const CHANNEL = '300000000000000001';
const USER = { id: '400000000000000001', username: 'bench' };
export async function runDiscordBench(options: { quick: boolean; log: (figure: object) => void }): Promise<void> {
  const { quick, log } = options;
  const articles = quick ? 10_000 : 100_000;
  const interactions = quick ? 200 : 500;
  const random = seededRandom(7);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'newsbot-discord-bench-'));
  const fake = await startFakeDiscord({ guilds: [{ id: GUILD, name: 'bench', channels: [{ id: CHANNEL, name: 'news' }], members: [USER] }] });
  const store = await openStore({ dataDir });
  const adapter = createDiscordAdapter({
    token: 'bench-token',
    apiUrl: fake.apiUrl,
    context: { store, records: createBotRecords(store), topics: loadTopicTable(), now: () => new Date(), limits: DEFAULT_LIMITS, feeds: [] },
    logger: pino({ level: 'silent' }),
  });
  try {
    await fillStore(store, articles, random);
    await adapter.start();

    const commands = makeCalls(interactions + 20, random).map(({ command, args }) => ({ commandName: command, options: args as CommandOptions }));
    const timings: number[] = [];
    let deferred = 0;
    for (const [index, { commandName, options: commandOptions }] of commands.entries()) {
      const started = performance.now();
      const sent = await fake.sendInteraction({ guildId: GUILD, channelId: CHANNEL, user: USER, commandName, options: commandOptions });
      const record = await fake.waitForInteractionResponse(sent.id, 5_000);
      const ms = performance.now() - started;
      if (index < 20) continue; // warm-up: JIT, SQLite page cache, the source-name cache
      timings.push(ms);
      if (record.callback?.type === 5) deferred++;
    }
    const figure = { unit: 'ms', articles, interactions: timings.length };
    log({ name: 'discord_interaction_p50', value: round(percentile(timings, 0.5)), ...figure });
    log({ name: 'discord_interaction_p99', value: round(percentile(timings, 0.99)), ...figure });
    log({ name: 'discord_interaction_max', value: round(percentile(timings, 1)), ...figure });
    log({ name: 'discord_interaction_deferred', value: deferred, unit: 'interactions', articles, interactions: timings.length });
  } finally {
    await adapter.stop();
    await store.close();
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
