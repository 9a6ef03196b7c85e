// One delivery process of the distributed fan-out bench (fanout-bench.ts): the outbox on the shared
// Redis store, jobs from the BullMQ queue, posts through discord.js to the fake Discord. Says
// "ready" on stdout, stops on SIGTERM. argv: redisUrl namespace apiUrl ratePerSecond dataDir
import { REST } from 'discord.js';
import { pino } from 'pino';
import { createDelivery } from '../src/delivery/deliver-stories.ts';
import { createDiscordTransport } from '../src/platforms/discord/discord-transport.ts';
import { createDeliveryQueue } from '../src/queue/delivery-queue.ts';
import { openQueueConnection } from '../src/queue/queue-connection.ts';
import { createBotRecords } from '../src/store/bot-records.ts';
import { openStore } from '../src/store/open-store.ts';

const [redisUrl, namespace, apiUrl, rate, dataDir] = process.argv.slice(2) as [string, string, string, string, string];
const perSecond = Number(rate);
const logger = pino({ level: 'silent' });
const store = await openStore({ storeUrl: redisUrl, dataDir, namespace });
const connection = await openQueueConnection(redisUrl, namespace);
const rest = new REST({ api: apiUrl, retries: 0, timeout: 15_000, globalRequestsPerSecond: perSecond }).setToken('bench-token');
const delivery = createDelivery({
  store,
  records: createBotRecords(store),
  transports: [createDiscordTransport(rest)],
  logger,
  queue: createDeliveryQueue({ connection, logger, rate: { discord: perSecond }, concurrency: 32 }),
});
delivery.start();
// CPU counted from here: loading and compiling the sources is not delivery work.
const atReady = process.cpuUsage();
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
  const cpu = process.cpuUsage(atReady);
  void delivery
    .stop()
    .then(() => connection.close())
    .then(() => store.close())
    .finally(() => {
      process.stdout.write(`${JSON.stringify({ cpuSeconds: (cpu.user + cpu.system) / 1e6 })}\n`);
      process.exit(0);
    });
});
