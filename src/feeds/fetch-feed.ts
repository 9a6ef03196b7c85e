// Fetches one feed politely and safely: conditional GET, a clear User-Agent, compression, and hard
// limits (time, size, redirects) so one bad host can never stall or flood the poller.
import { open } from 'node:fs/promises';
import { STATUS_CODES } from 'node:http';
import { fileURLToPath } from 'node:url';
import { FeedError } from './feed-types.ts';
import { networkErrorWords } from '../network-error-words.ts';

export const USER_AGENT = 'newsbot/0.1 (+https://github.com/newsbot/newsbot)';

// Feeds first; plain XML a little lower; anything else still accepted (many hosts mislabel feeds).
const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8';
// Node's fetch (undici) decodes all three itself.
const ACCEPT_ENCODING = 'gzip, deflate, br';

const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const DEFAULT_MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface FetchFeedOptions {
  /** From the last 200: sent as If-None-Match. */
  etag?: string;
  /** From the last 200: sent as If-Modified-Since. */
  lastModified?: string;
  /** Injected for tests; default globalThis.fetch. */
  fetch?: typeof fetch;
  /** Covers the whole request, redirects and body included. Default 15000. */
  timeoutMs?: number;
  /** Cap on the decoded body. Default 5 MB. */
  maxBytes?: number;
  /**
   * What a body over the cap does: 'fail' (default) throws "response larger than ..."; 'truncate'
   * stops reading at the cap all the same and returns the first maxBytes bytes with
   * `truncated: true`, so the poller can still read the complete items at the top of a feed that
   * grew too large (feeds list newest first).
   */
  oversize?: 'fail' | 'truncate';
  /** Default 5. */
  maxRedirects?: number;
  /** Default USER_AGENT. */
  userAgent?: string;
  /** Shutdown: aborting rejects with the signal's reason (not a FeedError: the feed did nothing wrong). */
  signal?: AbortSignal;
}

export type FetchResult =
  | { status: 'not-modified' }
  | {
      status: 'ok';
      body: Buffer;
      contentType?: string;
      etag?: string;
      lastModified?: string;
      /** The URL after redirects. */
      finalUrl: string;
      /** The body was cut at maxBytes (only with oversize: 'truncate'). */
      truncated?: boolean;
    };

export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FetchResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const truncate = options.oversize === 'truncate';
  const start = parseUrl(url);
  if (start.protocol === 'file:') return readFileFeed(start, maxBytes, truncate);
  requireHttp(start, 'unsupported URL scheme');
  options.signal?.throwIfAborted();

  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? USER_AGENT,
    accept: ACCEPT,
    'accept-encoding': ACCEPT_ENCODING,
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;

  // One controller for the whole request: the timeout and a shutdown both abort it.
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error('timeout'));
  }, timeoutMs);
  const shutdown = options.signal;
  const onShutdown = () => controller.abort(shutdown?.reason);
  shutdown?.addEventListener('abort', onShutdown, { once: true });

  try {
    const { response, finalUrl } = await fetchFollowingRedirects(
      start,
      { headers, redirect: 'manual', signal: controller.signal },
      options.fetch ?? globalThis.fetch,
      options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
      controller.signal,
    );
    if (response.status === 304) {
      discard(response);
      return { status: 'not-modified' };
    }
    if (response.status < 200 || response.status > 299) {
      discard(response);
      throw httpError(response);
    }
    const { body, truncated } = await readCapped(response, maxBytes, truncate, controller.signal);
    return {
      status: 'ok',
      body,
      ...(truncated ? { truncated } : {}),
      contentType: response.headers.get('content-type') ?? undefined,
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
      finalUrl,
    };
  } catch (err) {
    if (timedOut) throw new FeedError(`timed out after ${formatDuration(timeoutMs)}`);
    if (shutdown?.aborted) throw shutdown.reason;
    if (err instanceof FeedError) throw err;
    throw networkError(err);
  } finally {
    clearTimeout(timer);
    shutdown?.removeEventListener('abort', onShutdown);
  }
}

/** Follows redirects by hand so that every hop passes through here, at most maxRedirects of them. */
async function fetchFollowingRedirects(
  start: URL,
  init: RequestInit,
  fetchImpl: typeof fetch,
  maxRedirects: number,
  signal: AbortSignal,
): Promise<{ response: Response; finalUrl: string }> {
  let current = start;
  for (let hops = 0; ; hops++) {
    // The per-hop address check (no private/loopback targets for chat-added feeds) goes here.
    const response = await untilAborted(fetchImpl(current.href, init), signal);
    if (!REDIRECT_STATUSES.has(response.status)) return { response, finalUrl: current.href };
    discard(response);
    const location = response.headers.get('location');
    if (!location) throw new FeedError(`HTTP ${response.status} redirect without a Location`, undefined, response.status);
    if (hops >= maxRedirects) throw new FeedError(`too many redirects (over ${maxRedirects})`);
    current = parseUrl(location, current);
    // Never let a server redirect us to file: or anything else than the web.
    requireHttp(current, 'redirected to an unsupported URL scheme');
  }
}

/**
 * Reads the (already decompressed) body chunk by chunk, stopping the moment it passes the cap:
 * it throws, or with `truncate` keeps exactly the first maxBytes bytes. Either way nothing past
 * the cap is buffered, so a gzip bomb costs at most maxBytes of memory.
 */
async function readCapped(
  response: Response,
  maxBytes: number,
  truncate: boolean,
  signal: AbortSignal,
): Promise<{ body: Buffer; truncated: boolean }> {
  // Content-Length counts encoded bytes, so it can only settle the question for unencoded bodies.
  const declared = Number(response.headers.get('content-length'));
  if (!truncate && !response.headers.has('content-encoding') && declared > maxBytes) {
    discard(response);
    throw tooLarge(maxBytes);
  }
  if (!response.body) return { body: Buffer.alloc(0), truncated: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let truncated = false;
  try {
    for (;;) {
      const { done, value } = await untilAborted(reader.read(), signal);
      if (done) break;
      if (total + value.byteLength > maxBytes) {
        if (!truncate) throw tooLarge(maxBytes);
        chunks.push(value.subarray(0, maxBytes - total));
        total = maxBytes;
        truncated = true;
        reader.cancel().catch(() => {});
        break;
      }
      total += value.byteLength;
      chunks.push(value);
    }
  } catch (err) {
    // Not awaited: a misbehaving stream must not hold us past the error.
    reader.cancel().catch(() => {});
    throw err;
  }
  return { body: Buffer.concat(chunks, total), truncated };
}

/** Local files, for trying the bot on fixture feeds: same size cap, no conditional GET. */
async function readFileFeed(url: URL, maxBytes: number, truncate: boolean): Promise<FetchResult> {
  let path: string;
  try {
    path = fileURLToPath(url);
  } catch {
    throw new FeedError(`invalid file URL: ${oneLine(url.href)}`);
  }
  try {
    const handle = await open(path, 'r');
    try {
      const info = await handle.stat();
      if (!info.isFile()) throw new FeedError(`not a file: ${path}`);
      if (info.size > maxBytes) {
        if (!truncate) throw tooLarge(maxBytes);
        const buffer = Buffer.alloc(maxBytes);
        const { bytesRead } = await handle.read(buffer, 0, maxBytes, 0);
        return { status: 'ok', body: buffer.subarray(0, bytesRead), finalUrl: url.href, truncated: true };
      }
      const body = await handle.readFile();
      if (body.length > maxBytes) throw tooLarge(maxBytes); // it grew since stat
      return { status: 'ok', body, finalUrl: url.href };
    } finally {
      await handle.close();
    }
  } catch (err) {
    if (err instanceof FeedError) throw err;
    const code = errorCode(err);
    if (code === 'ENOENT') throw new FeedError(`file not found: ${path}`);
    if (code === 'EACCES' || code === 'EPERM') throw new FeedError(`permission denied: ${path}`);
    throw new FeedError(`could not read file: ${code ?? oneLine(String(err))}`);
  }
}

/** Rejects as soon as `signal` aborts, even if `promise` ignores the signal (an injected fetch might). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => {});
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}

/** Drops a body we will not read, so the connection is released rather than left waiting. */
function discard(response: Response): void {
  response.body?.cancel().catch(() => {});
}

function httpError(response: Response): FeedError {
  const status = response.status;
  const text = oneLine(response.statusText || STATUS_CODES[status] || '');
  const retryAfterMs =
    status === 429 || status === 503 ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
  return new FeedError(`HTTP ${status}${text ? ` ${text}` : ''}`, retryAfterMs, status);
}

/** Retry-After is either delay-seconds or an HTTP date; anything else is ignored. */
function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - Date.now());
}

/** Turns undici's "fetch failed" (the real reason is in `cause`) into one readable line. */
function networkError(err: unknown): FeedError {
  const code = errorCode(err);
  switch (code) {
    case 'ECONNREFUSED':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return new FeedError(`could not connect: ${networkErrorWords(code)}`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new FeedError(`could not resolve host: ${networkErrorWords(code)}`);
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
      return new FeedError(`connection closed by the server: ${code}`);
  }
  // zlib's codes start with Z_; brotli's with ERR__ERROR_FORMAT or mention BROTLI.
  if (code && /^Z_|^ERR__ERROR_FORMAT|BROTLI/.test(code)) {
    return new FeedError(`could not decompress the response: ${code}`);
  }
  if (code && /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_|DEPTH_ZERO/.test(code)) {
    return new FeedError(`TLS error: ${code}`);
  }
  if (code) return new FeedError(`request failed: ${code}`);
  // undici's own message is "fetch failed"; the reason ("bad port") is in its cause.
  const cause = (err as { cause?: unknown }).cause;
  const message = cause instanceof Error ? cause.message : err instanceof Error ? err.message : String(err);
  return new FeedError(`request failed: ${oneLine(message)}`);
}

/** The first `code` along the error and its causes (undici nests the socket error in `cause`). */
function errorCode(err: unknown): string | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const { code, cause, errors } = current as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === 'string') return code;
    // Happy-eyeballs connects fail with an AggregateError of one error per address.
    current = cause ?? (Array.isArray(errors) ? errors[0] : undefined);
  }
  return undefined;
}

function parseUrl(value: string, base?: URL): URL {
  try {
    return new URL(value, base);
  } catch {
    throw new FeedError(`invalid URL: ${oneLine(value).slice(0, 200)}`);
  }
}

function requireHttp(url: URL, what: string): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FeedError(`${what}: ${url.protocol.slice(0, 20)}`);
  }
}

function tooLarge(maxBytes: number): FeedError {
  return new FeedError(`response larger than ${formatBytes(maxBytes)}`);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${round1(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${round1(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${round1(ms / 1000)} s`;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
