// A fake feed host on 127.0.0.1 for tests and benchmarks. It serves feeds with ETag/Last-Modified
// (304 on a match) and, per path on demand, the failures real feed hosts produce. Responses are
// prepared in setFeed, so a request costs a map lookup and one write (the 1,000-feed bench).
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export interface FeedOptions {
  /** Default 'application/rss+xml; charset=utf-8'. A wrong type: e.g. 'text/html'. */
  contentType?: string;
  /** Send ETag (a hash of the body) and Last-Modified, and answer 304 on a match. Default true. */
  etag?: boolean;
  /** Send the body gzip- or brotli-encoded (Content-Encoding). */
  encoding?: 'gzip' | 'br';
  /** Last-Modified to send; default the time of setFeed. */
  lastModified?: Date;
}

/** What a path does instead of serving its feed normally. */
export type Behaviour =
  /** Any status, e.g. 500 or 404; 429/503 with a Retry-After (seconds or an HTTP date). */
  | { kind: 'status'; status: number; retryAfter?: string }
  /** The path's feed (or a filler body) one byte every intervalMs, headers sent at once. */
  | { kind: 'slow'; intervalMs: number }
  /** Streams `bytes` of filler without a Content-Length. */
  | { kind: 'oversized'; bytes: number }
  /** Location sent exactly as given, so it may be relative. Default status 302. */
  | { kind: 'redirect'; location: string; status?: number }
  /** Redirects to itself, forever. */
  | { kind: 'redirect-loop' }
  /** A small gzip body that inflates to `bytes` zeros. */
  | { kind: 'gzip-bomb'; bytes: number };

export interface LoggedRequest {
  /** Path without the query string. */
  path: string;
  headers: IncomingHttpHeaders;
  status: number;
}

export interface FeedServer {
  /** e.g. http://127.0.0.1:40123 */
  origin: string;
  url(path: string): string;
  setFeed(path: string, body: string | Buffer, opts?: FeedOptions): void;
  /** null goes back to serving the feed (or 404). */
  setBehaviour(path: string, behaviour: Behaviour | null): void;
  /** Every request, in order; tests may empty it with `requests.length = 0`. */
  requests: LoggedRequest[];
  /** Stops timers and destroys every socket, keep-alive ones included. */
  close(): Promise<void>;
}

interface PreparedFeed {
  body: Buffer;
  /** The body as sent (encoded when asked). */
  wire: Buffer;
  headers: Record<string, string | number>;
  etag?: string;
  lastModifiedMs?: number;
}

const DEFAULT_TYPE = 'application/rss+xml; charset=utf-8';
const FILLER = Buffer.alloc(64 * 1024, 'a');

export async function startFeedServer(): Promise<FeedServer> {
  const feeds = new Map<string, PreparedFeed>();
  const behaviours = new Map<string, Behaviour>();
  const requests: LoggedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const bombs = new Map<number, Buffer>();

  function send(req: IncomingMessage, res: ServerResponse, path: string, status: number, headers = {}, body?: Buffer): void {
    requests.push({ path, headers: req.headers, status });
    res.writeHead(status, headers);
    res.end(body);
  }

  function serveFeed(req: IncomingMessage, res: ServerResponse, path: string, feed: PreparedFeed): void {
    if (isNotModified(req, feed)) {
      const headers: Record<string, string> = {};
      if (feed.etag) headers.etag = feed.etag;
      if (feed.headers['last-modified']) headers['last-modified'] = String(feed.headers['last-modified']);
      send(req, res, path, 304, headers);
      return;
    }
    send(req, res, path, 200, feed.headers, feed.wire);
  }

  function serveSlow(req: IncomingMessage, res: ServerResponse, path: string, intervalMs: number): void {
    const body = feeds.get(path)?.body ?? FILLER.subarray(0, 1024);
    requests.push({ path, headers: req.headers, status: 200 });
    res.writeHead(200, { 'content-type': DEFAULT_TYPE, 'content-length': body.length });
    res.flushHeaders();
    let sent = 0;
    const timer = setInterval(() => {
      if (sent >= body.length) {
        stop();
        res.end();
        return;
      }
      res.write(body.subarray(sent, sent + 1));
      sent++;
    }, intervalMs);
    const stop = () => {
      clearInterval(timer);
      timers.delete(timer);
    };
    timers.add(timer);
    res.on('close', stop);
  }

  function serveOversized(req: IncomingMessage, res: ServerResponse, path: string, bytes: number): void {
    requests.push({ path, headers: req.headers, status: 200 });
    res.writeHead(200, { 'content-type': DEFAULT_TYPE });
    let sent = 0;
    // Honour backpressure, so the fake never buffers what the client has stopped reading.
    const pump = () => {
      while (sent < bytes) {
        const n = Math.min(FILLER.length, bytes - sent);
        sent += n;
        if (!res.write(FILLER.subarray(0, n))) {
          res.once('drain', pump);
          return;
        }
      }
      res.end();
    };
    pump();
  }

  function gzipBomb(bytes: number): Buffer {
    let bomb = bombs.get(bytes);
    if (!bomb) bombs.set(bytes, (bomb = makeGzipBomb(bytes)));
    return bomb;
  }

  const server = createServer((req, res) => {
    const rawUrl = req.url ?? '/';
    const query = rawUrl.indexOf('?');
    const path = query === -1 ? rawUrl : rawUrl.slice(0, query);
    const behaviour = behaviours.get(path);
    const feed = feeds.get(path);

    if (!behaviour) {
      if (feed) serveFeed(req, res, path, feed);
      else send(req, res, path, 404, { 'content-type': 'text/plain' }, Buffer.from('not found'));
      return;
    }
    switch (behaviour.kind) {
      case 'status': {
        const headers: Record<string, string> = { 'content-type': 'text/plain' };
        if (behaviour.retryAfter !== undefined) headers['retry-after'] = behaviour.retryAfter;
        send(req, res, path, behaviour.status, headers, Buffer.from(`status ${behaviour.status}`));
        return;
      }
      case 'slow':
        serveSlow(req, res, path, behaviour.intervalMs);
        return;
      case 'oversized':
        serveOversized(req, res, path, behaviour.bytes);
        return;
      case 'redirect':
        send(req, res, path, behaviour.status ?? 302, { location: behaviour.location });
        return;
      case 'redirect-loop':
        send(req, res, path, 302, { location: path });
        return;
      case 'gzip-bomb': {
        const bomb = gzipBomb(behaviour.bytes);
        send(req, res, path, 200, { 'content-type': DEFAULT_TYPE, 'content-encoding': 'gzip', 'content-length': bomb.length }, bomb);
        return;
      }
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    url: (path) => origin + path,
    requests,
    setFeed(path, body, opts = {}) {
      const buffer = typeof body === 'string' ? Buffer.from(body) : body;
      const wire =
        opts.encoding === 'gzip' ? gzipSync(buffer) : opts.encoding === 'br' ? brotliCompressSync(buffer) : buffer;
      const headers: Record<string, string | number> = {
        'content-type': opts.contentType ?? DEFAULT_TYPE,
        'content-length': wire.length,
      };
      if (opts.encoding) headers['content-encoding'] = opts.encoding;
      const prepared: PreparedFeed = { body: buffer, wire, headers };
      if (opts.etag ?? true) {
        prepared.etag = `"${createHash('sha1').update(buffer).digest('hex').slice(0, 16)}"`;
        // HTTP dates have whole seconds: round so an exact If-Modified-Since echo matches.
        const lastModified = Math.floor((opts.lastModified ?? new Date()).getTime() / 1000) * 1000;
        prepared.lastModifiedMs = lastModified;
        headers.etag = prepared.etag;
        headers['last-modified'] = new Date(lastModified).toUTCString();
      }
      feeds.set(path, prepared);
    },
    setBehaviour(path, behaviour) {
      if (behaviour) behaviours.set(path, behaviour);
      else behaviours.delete(path);
    },
    close() {
      for (const timer of timers) clearInterval(timer);
      timers.clear();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/**
 * `bytes` zeros as gzip, built as concatenated 1 MB members (gunzip reads them as one stream), so
 * even a gigabyte bomb (about 1 MB on the wire) never allocates its inflated size here.
 */
export function makeGzipBomb(bytes: number): Buffer {
  const MEMBER = 1024 * 1024;
  const whole = gzipSync(Buffer.alloc(Math.min(bytes, MEMBER)), { level: 9 });
  const members: Buffer[] = Array.from({ length: Math.floor(bytes / MEMBER) }, () => whole);
  const rest = bytes % MEMBER;
  if (rest > 0 || members.length === 0) members.push(gzipSync(Buffer.alloc(rest), { level: 9 }));
  return Buffer.concat(members);
}

/** If-None-Match wins when present (RFC 9110); otherwise If-Modified-Since. */
function isNotModified(req: IncomingMessage, feed: PreparedFeed): boolean {
  if (!feed.etag) return false;
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    return ifNoneMatch.split(',').some((tag) => {
      const t = tag.trim();
      return t === '*' || t.replace(/^W\//, '') === feed.etag;
    });
  }
  const ifModifiedSince = req.headers['if-modified-since'];
  if (ifModifiedSince !== undefined && feed.lastModifiedMs !== undefined) {
    const since = Date.parse(ifModifiedSince);
    return !Number.isNaN(since) && feed.lastModifiedMs <= since;
  }
  return false;
}
