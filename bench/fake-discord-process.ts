// The fake Discord of the distributed fan-out bench (fanout-bench.ts) in a process of its own, so
// its CPU is not charged to the delivery processes it serves. argv: channels globalLimitPerSecond
// ('' for none). Sends {apiUrl} once listening, then answers the parent's messages over IPC:
// 'count' → {posts} (accepted POSTs so far); 'report' → post times, the channels whose message
// count differs from `expected`, global refusals and this process's CPU seconds. Stops on 'close'.
import { startFakeDiscord } from '../test/fakes/fake-discord.ts';

const [channelArg, limitArg] = process.argv.slice(2) as [string, string];
const channelIds = Array.from({ length: Number(channelArg) }, (_, index) => String(320_000_000_000_000_000n + BigInt(index)));
const fake = await startFakeDiscord({
  token: 'bench-token',
  guilds: channelIds.map((id, index) => ({ id: String(220_000_000_000_000_000n + BigInt(index)), name: `server ${index}`, channels: [{ id, name: 'news' }] })),
  ...(limitArg ? { globalLimitPerSecond: Number(limitArg) } : {}),
});
const posted = () => fake.requests.filter((r) => r.method === 'POST' && r.status === 200);
const send = (message: object) => process.send!(message);

process.on('message', (message: { type: 'count' } | { type: 'report'; expected: number } | { type: 'close' }) => {
  if (message.type === 'count') send({ type: 'count', posts: posted().length });
  else if (message.type === 'report') {
    const cpu = process.cpuUsage();
    send({
      type: 'report',
      times: posted().map((r) => r.at),
      wrong: channelIds.filter((id) => fake.messages(id).length !== message.expected).length,
      globalRefusals: fake.requests.filter((r) => r.status === 429).length,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
    });
  } else void fake.close().finally(() => process.exit(0));
});
send({ type: 'ready', apiUrl: fake.apiUrl, channelIds });
