// Feeds added in chat never reach inside the host's network.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicAddress, nonPublicReason, publicOnlyFetch } from '../src/feeds/address-guard.ts';
import { fetchFeed } from '../src/feeds/fetch-feed.ts';
import { startFeedServer, type FeedServer } from './fakes/feed-server.ts';
import { rss } from './helpers/rss.ts';

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1', '127.1.2.3', '10.0.0.1', '172.16.5.4', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0',
    '224.0.0.1', '255.255.255.255', '198.18.0.1', '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', 'ff02::1',
    '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '64:ff9b::a00:1', '2002:7f00:1::1', 'not an ip',
  ])('%s is not public', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });
  it.each(['93.184.216.34', '1.1.1.1', '2606:4700:4700::1111', '::ffff:1.1.1.1'])('%s is public', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe('nonPublicReason (for /feeds add)', () => {
  it.each([
    'http://127.0.0.1/feed',
    'http://2130706433/feed',
    'http://0x7f.1/feed',
    'http://[::ffff:127.0.0.1]/feed',
    'http://[::1]:8080/feed',
    'http://169.254.169.254/latest/meta-data',
    'http://localhost/feed',
    'http://printer.local/feed',
  ])('refuses %s', async (url) => {
    expect(await nonPublicReason(url)).toMatch(/not a public address|local name/);
  });
});

describe('publicOnlyFetch', () => {
  let server: FeedServer;
  beforeAll(async () => {
    server = await startFeedServer();
    server.setFeed('/feed.xml', rss('Inside', []));
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses a loopback literal before connecting', async () => {
    await expect(fetchFeed(server.url('/feed.xml'), { fetch: publicOnlyFetch })).rejects.toThrow(/127\.0\.0\.1 is not a public address/);
    expect(server.requests).toHaveLength(0);
  });
  it('refuses a name that resolves to loopback, at connect time', async () => {
    const url = server.url('/feed.xml').replace('127.0.0.1', 'localhost');
    await expect(fetchFeed(url, { fetch: publicOnlyFetch })).rejects.toThrow(/non-public address/);
    expect(server.requests).toHaveLength(0);
  });
  it('is bypassed only for trusted feeds (the plain fetch reaches the same server)', async () => {
    await expect(fetchFeed(server.url('/feed.xml'))).resolves.toMatchObject({ status: 'ok' });
  });
});
