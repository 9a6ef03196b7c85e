// fetchFeed against the fake feed host on 127.0.0.1: no test touches the internet.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FeedError } from '../src/feeds/feed-types.ts';
import { fetchFeed, USER_AGENT, type FetchResult } from '../src/feeds/fetch-feed.ts';
import { startFeedServer, type FeedServer } from './fakes/feed-server.ts';

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title></item></channel></rss>';

let server: FeedServer;
let dir: string;

beforeAll(async () => {
  server = await startFeedServer();
  dir = await mkdtemp(path.join(tmpdir(), 'newsbot-fetch-'));
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

beforeEach(() => {
  server.requests.length = 0;
});

/** The FeedError a fetch rejects with (fails the test if it resolves or throws something else). */
async function feedError(promise: Promise<FetchResult>): Promise<FeedError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FeedError);
  return err as FeedError;
}

function okBody(result: FetchResult): string {
  if (result.status !== 'ok') throw new Error(`expected ok, got ${result.status}`);
  return result.body.toString('utf8');
}

describe('fetchFeed over HTTP', () => {
  it('returns 200 with an ETag, then not-modified when the ETag is sent back', async () => {
    server.setFeed('/etag.xml', RSS);
    const first = await fetchFeed(server.url('/etag.xml'));
    expect(first.status).toBe('ok');
    if (first.status !== 'ok') return;
    expect(first.body.toString()).toBe(RSS);
    expect(first.contentType).toBe('application/rss+xml; charset=utf-8');
    expect(first.etag).toMatch(/^"[0-9a-f]{16}"$/);
    expect(first.finalUrl).toBe(server.url('/etag.xml'));

    const second = await fetchFeed(server.url('/etag.xml'), { etag: first.etag });
    expect(second).toEqual({ status: 'not-modified' });
    expect(server.requests.map((r) => r.status)).toEqual([200, 304]);
    expect(server.requests[0]!.headers['if-none-match']).toBeUndefined();
    expect(server.requests[1]!.headers['if-none-match']).toBe(first.etag);
  });

  it('sends a clear User-Agent and feed-preferring Accept headers', async () => {
    server.setFeed('/headers.xml', RSS);
    await fetchFeed(server.url('/headers.xml'));
    const headers = server.requests[0]!.headers;
    expect(headers['user-agent']).toBe(USER_AGENT);
    expect(headers.accept).toMatch(/^application\/rss\+xml, application\/atom\+xml, application\/feed\+json/);
    expect(headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('uses Last-Modified / If-Modified-Since when the host gives no usable ETag', async () => {
    server.setFeed('/lm.xml', RSS, { lastModified: new Date('2025-01-02T03:04:05Z') });
    const first = await fetchFeed(server.url('/lm.xml'));
    if (first.status !== 'ok') throw new Error('expected ok');
    expect(first.lastModified).toBe('Thu, 02 Jan 2025 03:04:05 GMT');

    const second = await fetchFeed(server.url('/lm.xml'), { lastModified: first.lastModified });
    expect(second).toEqual({ status: 'not-modified' });
    expect(server.requests[1]!.headers['if-modified-since']).toBe(first.lastModified);
    expect(server.requests[1]!.headers['if-none-match']).toBeUndefined();

    // A newer version of the feed is served in full.
    server.setFeed('/lm.xml', RSS + ' ', { lastModified: new Date('2025-02-01T00:00:00Z') });
    const third = await fetchFeed(server.url('/lm.xml'), { lastModified: first.lastModified });
    expect(third.status).toBe('ok');
  });

  it('serves a feed without validators in full every time', async () => {
    server.setFeed('/plain.xml', RSS, { etag: false });
    const result = await fetchFeed(server.url('/plain.xml'), { etag: '"stale"' });
    if (result.status !== 'ok') throw new Error('expected ok');
    expect(result.etag).toBeUndefined();
    expect(result.lastModified).toBeUndefined();
  });

  it('decodes gzip and brotli bodies', async () => {
    const big = RSS.repeat(200);
    server.setFeed('/gzip.xml', big, { encoding: 'gzip' });
    server.setFeed('/br.xml', big, { encoding: 'br' });
    expect(okBody(await fetchFeed(server.url('/gzip.xml')))).toBe(big);
    expect(okBody(await fetchFeed(server.url('/br.xml')))).toBe(big);
  });

  it('returns a wrong content type as given (the parser sniffs the body)', async () => {
    server.setFeed('/html.xml', RSS, { contentType: 'text/html; charset=utf-8' });
    const result = await fetchFeed(server.url('/html.xml'));
    if (result.status !== 'ok') throw new Error('expected ok');
    expect(result.contentType).toBe('text/html; charset=utf-8');
    expect(result.body.toString()).toBe(RSS);
  });

  it('429 with Retry-After in seconds gives retryAfterMs and the status', async () => {
    server.setBehaviour('/429', { kind: 'status', status: 429, retryAfter: '120' });
    const err = await feedError(fetchFeed(server.url('/429')));
    expect(err.message).toBe('HTTP 429 Too Many Requests');
    expect(err.status).toBe(429);
    expect(err.retryAfterMs).toBe(120_000);
  });

  it('503 with Retry-After as an HTTP date gives retryAfterMs', async () => {
    const at = new Date(Date.now() + 90_000).toUTCString();
    server.setBehaviour('/503', { kind: 'status', status: 503, retryAfter: at });
    const err = await feedError(fetchFeed(server.url('/503')));
    expect(err.message).toBe('HTTP 503 Service Unavailable');
    expect(err.status).toBe(503);
    // HTTP dates have whole seconds.
    expect(err.retryAfterMs).toBeGreaterThan(85_000);
    expect(err.retryAfterMs).toBeLessThanOrEqual(90_000);
  });

  it('500 and 404 are FeedErrors with the status and no retryAfterMs', async () => {
    server.setBehaviour('/500', { kind: 'status', status: 500, retryAfter: '5' });
    const err = await feedError(fetchFeed(server.url('/500')));
    expect(err.message).toBe('HTTP 500 Internal Server Error');
    expect(err.status).toBe(500);
    expect(err.retryAfterMs).toBeUndefined();

    const missing = await feedError(fetchFeed(server.url('/nowhere.xml')));
    expect(missing.message).toBe('HTTP 404 Not Found');
    expect(missing.status).toBe(404);
  });

  it('times out on a body that trickles in a byte at a time', async () => {
    server.setFeed('/slow.xml', RSS);
    server.setBehaviour('/slow.xml', { kind: 'slow', intervalMs: 20 });
    const started = Date.now();
    const err = await feedError(fetchFeed(server.url('/slow.xml'), { timeoutMs: 300 }));
    expect(err.message).toBe('timed out after 300 ms');
    expect(Date.now() - started).toBeLessThan(2_000);
    // The headers did arrive: the timeout cut the body, not the connect.
    expect(server.requests[0]!.status).toBe(200);
  });

  it('stops an oversized body at the cap', async () => {
    server.setBehaviour('/huge.xml', { kind: 'oversized', bytes: 50 * 1024 * 1024 });
    const err = await feedError(fetchFeed(server.url('/huge.xml'), { maxBytes: 64 * 1024 }));
    expect(err.message).toBe('response larger than 64 KB');
  });

  it('stops a gzip bomb at the cap, counted after decompression', async () => {
    server.setBehaviour('/bomb.xml', { kind: 'gzip-bomb', bytes: 50 * 1024 * 1024 });
    const err = await feedError(fetchFeed(server.url('/bomb.xml'), { maxBytes: 1024 * 1024 }));
    expect(err.message).toBe('response larger than 1 MB');
  });

  it('stops reading the stream right after the cap (never buffers past it)', async () => {
    let pulled = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024));
      },
      cancel() {
        cancelled = true;
      },
    });
    const fakeFetch = (async () => new Response(endless, { status: 200 })) as typeof fetch;
    const err = await feedError(fetchFeed('http://feeds.invalid/x', { fetch: fakeFetch, maxBytes: 10 * 1024 }));
    expect(err.message).toBe('response larger than 10 KB');
    expect(pulled).toBeLessThan(15);
    await new Promise((resolve) => setImmediate(resolve));
    expect(cancelled).toBe(true);
  });

  it('follows a relative redirect and reports the final URL', async () => {
    server.setFeed('/feeds/new.xml', RSS);
    server.setBehaviour('/feeds/old/index.xml', { kind: 'redirect', location: '../new.xml', status: 301 });
    const result = await fetchFeed(server.url('/feeds/old/index.xml'));
    if (result.status !== 'ok') throw new Error('expected ok');
    expect(result.body.toString()).toBe(RSS);
    expect(result.finalUrl).toBe(server.url('/feeds/new.xml'));
  });

  it('stops a redirect loop after maxRedirects', async () => {
    server.setBehaviour('/loop', { kind: 'redirect-loop' });
    const err = await feedError(fetchFeed(server.url('/loop')));
    expect(err.message).toBe('too many redirects (over 5)');
    expect(server.requests.length).toBe(6); // the request and five redirects

    server.requests.length = 0;
    const strict = await feedError(fetchFeed(server.url('/loop'), { maxRedirects: 1 }));
    expect(strict.message).toBe('too many redirects (over 1)');
    expect(server.requests.length).toBe(2);
  });

  it('refuses a redirect to a file: URL', async () => {
    server.setBehaviour('/to-file', { kind: 'redirect', location: 'file:///etc/passwd' });
    const err = await feedError(fetchFeed(server.url('/to-file')));
    expect(err.message).toBe('redirected to an unsupported URL scheme: file:');
  });

  it('reports a refused connection in one line', async () => {
    // A port that was just free: listen, note it, close.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as { port: number };
    await new Promise((resolve) => probe.close(resolve));
    const err = await feedError(fetchFeed(`http://127.0.0.1:${port}/feed.xml`));
    expect(err.message).toBe('could not connect: connection refused (ECONNREFUSED)');
  });

  it('rejects with the shutdown reason, not a FeedError, when the signal aborts', async () => {
    server.setBehaviour('/shutdown.xml', { kind: 'slow', intervalMs: 50 });
    const controller = new AbortController();
    const pending = fetchFeed(server.url('/shutdown.xml'), { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('shutting down')), 100);
    await expect(pending).rejects.toThrow('shutting down');
    await expect(pending).rejects.not.toBeInstanceOf(FeedError);
  });
});

describe('fetchFeed for local files and bad URLs', () => {
  it('reads a file: URL from disk', async () => {
    const file = path.join(dir, 'feed.xml');
    await writeFile(file, RSS);
    const url = pathToFileURL(file).href;
    const result = await fetchFeed(url, { etag: '"ignored"' });
    if (result.status !== 'ok') throw new Error('expected ok');
    expect(result.body.toString()).toBe(RSS);
    expect(result.finalUrl).toBe(url);
  });

  it('applies the size cap to files and names a missing file', async () => {
    const file = path.join(dir, 'big.xml');
    await writeFile(file, Buffer.alloc(4096, 'a'));
    const big = await feedError(fetchFeed(pathToFileURL(file).href, { maxBytes: 1024 }));
    expect(big.message).toBe('response larger than 1 KB');

    const missing = path.join(dir, 'missing.xml');
    const err = await feedError(fetchFeed(pathToFileURL(missing).href));
    expect(err.message).toBe(`file not found: ${missing}`);
  });

  it('rejects unsupported schemes and malformed URLs', async () => {
    expect((await feedError(fetchFeed('ftp://127.0.0.1/feed.xml'))).message).toBe('unsupported URL scheme: ftp:');
    expect((await feedError(fetchFeed('javascript:alert(1)'))).message).toBe('unsupported URL scheme: javascript:');
    expect((await feedError(fetchFeed('not a url'))).message).toBe('invalid URL: not a url');
  });
});
