// The search index's catch-up from the store: a key that goes between the store's scan and its read
// (a record expiring, another process deleting its keys) makes keyv's iterator throw a TypeError, as
// it reads `expires` of nothing. The catch-up scans again instead of leaving the index short, which
// left a digest with "No new stories" on a shared Redis store.
import type Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { KeyvNewsStore } from '../src/store/keyv-news-store.ts';
import { SearchIndex } from '../src/store/search-index.ts';
import { memorySortedSets } from '../src/store/sorted-sets.ts';
import { article } from './helpers/articles.ts';

/** A keyv whose iterator fails `failures` times the way keyv's does on a vanished key, then lists `stored`. */
function keyvVanishingOnce(stored: ReturnType<typeof article>[], failures: number): Keyv {
  let scans = 0;
  const iterator = async function* (): AsyncGenerator<[string, unknown]> {
    scans++;
    yield [`article:${stored[0]!.id}`, stored[0]];
    if (scans <= failures) throw new TypeError("Cannot read properties of undefined (reading 'expires')");
    for (const item of stored.slice(1)) yield [`article:${item.id}`, item];
  };
  return { iterator } as unknown as Keyv;
}

async function storeOver(keyv: Keyv): Promise<{ store: KeyvNewsStore; index: SearchIndex }> {
  const index = await SearchIndex.open(':memory:', 'test');
  const store = new KeyvNewsStore(keyv, index, async () => undefined, memorySortedSets(), true, async (entries) => entries.map(() => true));
  return { store, index };
}

describe('catching the search index up with the store', () => {
  const stored = [article('catch-a', { published: '2026-12-02T07:00:00Z' }), article('catch-b', { published: '2026-12-02T07:30:00Z' }), article('catch-c', { published: '2026-12-02T08:00:00Z' })];

  it('scans again when a key vanished mid-scan, and indexes every article once', async () => {
    const { store, index } = await storeOver(keyvVanishingOnce(stored, 1));
    expect(await store.catchUp()).toBe(3);
    const found = await store.search({ since: new Date('2026-12-01T00:00:00Z'), limit: 10 });
    expect(found.articles.map((item) => item.id).sort()).toEqual(['catch-a', 'catch-b', 'catch-c']);
    await index.close();
  });

  it('gives up, with the error, when every scan fails', async () => {
    const { store, index } = await storeOver(keyvVanishingOnce(stored, 10));
    await expect(store.catchUp()).rejects.toThrow(TypeError);
    await index.close();
  });
});
