// Opens the NewsStore that STORE_URL names: keyv on SQLite (default), memory, Redis or PostgreSQL,
// plus the process-local FTS5 search index derived from it.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Keyv from 'keyv';
import { KeyvNewsStore } from './keyv-news-store.ts';
import { describeStoreError } from './describe-store-error.ts';
import { SearchIndex } from './search-index.ts';
import { SqliteKeyvStore } from './sqlite-keyv-store.ts';
import { memorySortedSets, postgresSortedSets, redisSortedSets, sqliteSortedSets, type SortedSets } from './sorted-sets.ts';
import type { NewsStore } from './store-types.ts';
import { memorySwap, postgresSwap, redisSwap, sqliteSwap, type SwapRaw } from './swap-records.ts';

export interface OpenStoreOptions {
  /** STORE_URL: undefined or `sqlite://path`, `memory:`, `redis://...`, `postgres://...`. */
  storeUrl?: string;
  /** Where the default SQLite file and the search index live; created if missing. */
  dataDir: string;
  /** Keeps several bots (or test runs) apart in one shared store. Letters, digits, `-`, `_`. */
  namespace?: string;
  /** The search index file; default `<dataDir>/search-index.sqlite` (`:memory:` for `memory:`). */
  indexPath?: string;
}

/** STORE_URL names something we cannot open. */
export class StoreUrlError extends Error {
  override name = 'StoreUrlError';
}

const ACCEPTED = 'sqlite://path (default: <dataDir>/newsbot.sqlite), memory:, redis://host:port, postgres://user@host/db';

// @keyv/postgres 2.2.3 keeps ONE module-wide pool per URL and its disconnect() ends it for every
// store using it, so stores on the same URL share it and the last one to close ends it. (Two
// different PostgreSQL URLs in one process would still clash: nothing here needs that.)
const postgresUsers = new Map<string, number>();

export async function openStore(options: OpenStoreOptions): Promise<NewsStore> {
  const namespace = options.namespace ?? 'newsbot';
  if (!/^[\w-]+$/.test(namespace)) {
    throw new StoreUrlError(`store namespace "${namespace}" may hold only letters, digits, "-" and "_"`);
  }
  const url = options.storeUrl?.trim() || undefined;
  const scheme = url ? /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase() : 'sqlite';
  const dataDir = path.resolve(options.dataDir);
  const serialization = { serialize: JSON.stringify, deserialize: JSON.parse };

  let keyv: Keyv;
  let disconnect = (): Promise<void> => keyv.disconnect();
  let origin: string;
  let defaultIndex = path.join(dataDir, 'search-index.sqlite');
  let catchUpAtOpen: 'never' | 'when-index-empty' | 'always';
  let prepare = async (): Promise<void> => undefined;
  let openSets: () => SortedSets | Promise<SortedSets>;
  let swap: SwapRaw;
  let firstStoreError: (Error & { code?: string }) | undefined;

  switch (scheme) {
    case 'sqlite': {
      const file = path.resolve(url?.replace(/^sqlite:(\/\/)?/i, '') || path.join(dataDir, 'newsbot.sqlite'));
      mkdirSync(path.dirname(file), { recursive: true });
      const store = new SqliteKeyvStore({ uri: `sqlite://${file}`, busyTimeout: 5000, iterationLimit: 1000 });
      keyv = new Keyv({ store, namespace, throwOnErrors: true, ...serialization });
      prepare = () => store.useWal();
      openSets = () => sqliteSortedSets(store, namespace);
      swap = sqliteSwap(store, namespace);
      origin = `sqlite://${file}#${namespace}`;
      // One process owns this file and writes both, so the index only needs rebuilding when lost.
      catchUpAtOpen = 'when-index-empty';
      break;
    }
    case 'memory': {
      keyv = new Keyv({ namespace, throwOnErrors: true, ...serialization });
      origin = `memory:${namespace}`;
      defaultIndex = ':memory:';
      openSets = memorySortedSets;
      swap = memorySwap(keyv.store as Map<string, unknown>, namespace);
      catchUpAtOpen = 'never';
      break;
    }
    case 'redis':
    case 'rediss': {
      // The Redis and PostgreSQL clients load only when named: `newsbot query` on SQLite stays quick.
      const { default: KeyvRedis } = await import('@keyv/redis');
      const store = new KeyvRedis(url, { throwOnErrors: true, connectionTimeout: 5000 });
      // The client's own rejection only says it is "not connected"; the reason comes as an event.
      store.on('error', (error: Error & { code?: string }) => (firstStoreError ??= error));
      // Like @keyv/redis's createKeyv: the adapter prefixes keys (`ns::key`), keyv does not.
      keyv = new Keyv({ store, namespace, useKeyPrefix: false, throwOnErrors: true, ...serialization });
      origin = `${withoutPassword(url!)}#${namespace}`;
      catchUpAtOpen = 'always';
      openSets = () => redisSortedSets(store, namespace);
      swap = redisSwap(store, namespace);
      break;
    }
    case 'postgres':
    case 'postgresql': {
      const uri = url!;
      const { default: KeyvPostgres } = await import('@keyv/postgres');
      const store = new KeyvPostgres({ uri, iterationLimit: 500 });
      keyv = new Keyv({ store, namespace, throwOnErrors: true, ...serialization });
      postgresUsers.set(uri, (postgresUsers.get(uri) ?? 0) + 1);
      disconnect = async () => {
        const users = (postgresUsers.get(uri) ?? 1) - 1;
        if (users > 0) return void postgresUsers.set(uri, users);
        postgresUsers.delete(uri);
        await keyv.disconnect();
      };
      origin = `${withoutPassword(uri)}#${namespace}`;
      catchUpAtOpen = 'always';
      openSets = () => postgresSortedSets(store, namespace);
      swap = postgresSwap(store, namespace);
      break;
    }
    default:
      throw new StoreUrlError(`STORE_URL "${withoutPassword(url ?? '')}" is not supported; use ${ACCEPTED}`);
  }

  let index: SearchIndex | undefined;
  let sets: SortedSets;
  try {
    // Fail at start-up, with the setting named, when the store cannot be opened or reached.
    await prepare()
      .then(() => keyv.get('probe'))
      .catch((error: Error & { code?: string }) => {
        const where = url ? withoutPassword(url) : `unset, so ${origin.replace(/#.*/, '')}`;
        throw new Error(`cannot open the store at STORE_URL (${where}): ${describeStoreError(scheme, firstStoreError ?? error)}`);
      });
    sets = await openSets();
    const indexPath = options.indexPath ?? defaultIndex;
    if (indexPath !== ':memory:') mkdirSync(path.dirname(path.resolve(indexPath)), { recursive: true });
    index = await SearchIndex.open(indexPath, origin);
  } catch (error) {
    await disconnect().catch(() => undefined);
    throw error;
  }

  const store = new KeyvNewsStore(keyv, index, disconnect, sets, isSharedStore(url), swap);
  if (catchUpAtOpen === 'always' || (catchUpAtOpen === 'when-index-empty' && (await index.isEmpty()))) {
    // In the background: start-up never waits for a scan of the whole store.
    store.catchUp().catch((error: Error) => {
      console.warn(`newsbot: search index catch-up failed (queries may miss some articles): ${error.message}`);
    });
  }
  return store;
}

/** A store several processes can share (each with its own search index, caught up from it). */
export function isSharedStore(storeUrl: string | undefined): boolean {
  return /^(redis|rediss|postgres|postgresql):/i.test(storeUrl?.trim() ?? '');
}

function withoutPassword(url: string): string {
  return url.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
}
