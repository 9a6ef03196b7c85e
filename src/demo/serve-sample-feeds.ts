// The offline demo's feed host: serves demo/feeds/* on 127.0.0.1 with every {{rfc822 -2h}} and
// {{iso -30m}} turned into a time that long before the server started, so the samples never age
// past RETENTION_DAYS. ETags make re-polls cheap 304s, as real hosts do.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { projectDir } from '../project-dir.ts';

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };
const TYPES: Record<string, string> = {
  '.xml': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.json': 'application/feed+json; charset=utf-8',
};

export interface SampleFeedServer {
  /** One URL per sample feed. */
  urls: string[];
  close(): Promise<void>;
}

/** Replaces the date placeholders of a sample feed, relative to `now`. */
export function datedSample(text: string, now: Date): string {
  return text.replace(/\{\{(rfc822|iso) -(\d+)([mhd])\}\}/g, (_, format: string, amount: string, unit: string) => {
    const date = new Date(now.getTime() - Number(amount) * UNIT_MS[unit]!);
    return format === 'iso' ? date.toISOString() : date.toUTCString();
  });
}

export async function serveSampleFeeds(dir = path.join(projectDir(), 'demo', 'feeds'), now = new Date()): Promise<SampleFeedServer> {
  const files = new Map<string, { body: string; type: string; etag: string }>();
  for (const name of readdirSync(dir).sort()) {
    const type = TYPES[path.extname(name)];
    if (!type) continue;
    const body = datedSample(readFileSync(path.join(dir, name), 'utf8'), now);
    files.set(`/${name}`, { body, type, etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"` });
  }
  const server = createServer((request, response) => {
    const file = files.get(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file) return void response.writeHead(404).end('not found');
    if (request.headers['if-none-match'] === file.etag) return void response.writeHead(304, { ETag: file.etag }).end();
    response.writeHead(200, { 'Content-Type': file.type, ETag: file.etag }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    urls: [...files.keys()].map((name) => `http://127.0.0.1:${port}${name}`),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
