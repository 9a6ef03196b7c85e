// Feed URLs given in chat must never reach inside the host's network: no loopback, private,
// link-local, unique-local, multicast, reserved or unspecified address, IPv4 or IPv6, including
// IPv4-mapped IPv6 and numeric host forms (the URL parser already turns 2130706433 and 0x7f.1
// into 127.0.0.1). The check runs on the address actually connected to, for every redirect
// hop, so a name that resolves to a public address once and a private one later gains nothing.
import { lookup } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { Agent, fetch as undiciFetch } from 'undici';
import { FeedError } from './feed-types.ts';

const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16],
  ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], ['::1', 128], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 23], ['2001:db8::', 32],
  ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

/** True for an address on the public internet. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !blocked.check(address, 'ipv4');
  if (family !== 6) return false;
  const embedded = embeddedIpv4(address);
  if (embedded) return isPublicAddress(embedded);
  return !blocked.check(address, 'ipv6');
}

/** IPv4 carried inside IPv6: mapped (::ffff:a.b.c.d), compatible (::a.b.c.d), NAT64 (64:ff9b::), 6to4 (2002::). */
function embeddedIpv4(address: string): string | undefined {
  const lower = address.toLowerCase().replace(/^\[|\]$/g, '');
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1];
  const hex = /^(?:::ffff:|::|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex) return fromHex(hex[1]!, hex[2]!);
  const sixToFour = /^2002:([0-9a-f]{1,4}):([0-9a-f]{1,4}):/.exec(lower);
  if (sixToFour) return fromHex(sixToFour[1]!, sixToFour[2]!);
  return undefined;
}

function fromHex(high: string, low: string): string {
  const a = parseInt(high, 16);
  const b = parseInt(low, 16);
  return [a >> 8, a & 255, b >> 8, b & 255].join('.');
}

/** Resolves like dns.lookup, but fails when any address the name has is not public. */
const publicLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0);
    const list = addresses as unknown as { address: string; family: number }[];
    const refused = list.find((entry) => !isPublicAddress(entry.address));
    if (refused || list.length === 0) {
      return callback(Object.assign(new Error(`${hostname} resolves to a non-public address (${refused?.address ?? 'none'})`), { code: 'ENONPUBLIC' }), '', 0);
    }
    if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: typeof list) => void)(null, list);
    callback(null, list[0]!.address, list[0]!.family);
  });
};

// One agent for every untrusted feed: its connections are made only to checked addresses.
const guardedAgent = new Agent({ connect: { lookup: publicLookup } });

/**
 * fetch for feeds added in chat: refuses IP-literal hosts that are not public before connecting,
 * and resolves names only to public addresses at connect time (no DNS rebinding).
 */
export const publicOnlyFetch: typeof fetch = (async (input: string | URL | Request, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : input.toString());
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !isPublicAddress(host)) throw new FeedError(`refused: ${host} is not a public address`);
  try {
    return (await undiciFetch(url, { ...(init as object), dispatcher: guardedAgent })) as unknown as Response;
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    if (cause?.code === 'ENONPUBLIC') throw new FeedError(`refused: ${cause.message}`);
    throw error;
  }
}) as typeof fetch;

/** For `/feeds add`: the reason a URL may not be polled, or undefined when it may. */
export async function nonPublicReason(rawUrl: string): Promise<string | undefined> {
  const url = new URL(rawUrl);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return isPublicAddress(host) ? undefined : `${host} is not a public address`;
  if (/^localhost$|\.localhost$|\.local$|\.internal$/i.test(host)) return `${host} is a local name`;
  const addresses = await new Promise<{ address: string }[]>((resolve) =>
    lookup(host, { all: true }, (error, found) => resolve(error ? [] : found)),
  );
  if (addresses.length === 0) return `${host} does not resolve`;
  const inside = addresses.find((entry) => !isPublicAddress(entry.address));
  return inside ? `${host} resolves to ${inside.address}, which is not a public address` : undefined;
}
