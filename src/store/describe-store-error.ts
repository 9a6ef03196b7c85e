// Why a store could not be opened, in words, with what to check in STORE_URL: never the client
// library's internals ("thrown because throwOnConnectError is set to true").
import { networkErrorWords } from '../network-error-words.ts';

const CHECK: Record<string, string> = {
  redis: 'check the host and port in STORE_URL and that Redis runs there',
  postgres: 'check the host, port and database name in STORE_URL and that PostgreSQL runs there',
};

export function describeStoreError(scheme: string | undefined, error: Error & { code?: string }): string {
  const kind = scheme === 'rediss' ? 'redis' : scheme === 'postgresql' ? 'postgres' : scheme;
  const check = CHECK[kind ?? ''];
  const words = networkErrorWords(error.code);
  if (words) return check ? `${words}; ${check}` : words;
  const message = error.message.replace(/\s+/g, ' ').trim();
  if (/DB index is out of range|invalid DB index/i.test(message)) {
    return 'no such database number: Redis has 16 by default, redis://host:6379/0 to /15';
  }
  if (/WRONGPASS|NOAUTH|AUTH|password authentication failed/i.test(message)) {
    return 'the password was refused: check the password in STORE_URL (redis://:password@host:6379, postgres://user:password@host/db)';
  }
  if (/database ".*" does not exist/i.test(message)) return `${message}: create it, or name another database in STORE_URL`;
  if (/timed out|timeout/i.test(message)) return check ? `timed out; ${check}` : 'timed out';
  if (check && /not connected|failed to connect|throwOnConnectError/i.test(message)) return `could not connect; ${check}`;
  return message;
}
