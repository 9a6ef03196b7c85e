// The buttons under a /news answer (share, previous, next) carry a short token, not the query:
// a Discord custom_id holds 100 characters, a query more (Slack buttons carry the same token).
// The page itself is a store record, so buttons keep working after a restart and on another bot
// process sharing the store.
// Records live in a fixed ring of slots: a new page overwrites a random old one, so the store
// holds at most SLOTS of them without any clean-up; the random part of the token tells a button
// whose slot was reused since ("no longer available") from a live one.
import { randomBytes, randomInt } from 'node:crypto';
import type { Digest } from '../src/digest/build-digest.ts';
import type { NewsStore } from '../src/store/store-types.ts';
import type { Args } from './command.ts';

export interface NewsPage {
  /** The /news arguments that produced this page (page number included). */
  args: Args;
  title: string;
  /** The stories shown, so "share" posts exactly them. */
  articleIds: string[];
  hasNext: boolean;
  /** /news today and /news week: the digest shown, so "share" posts it in the digest layout. */
  digest?: Digest;
}

interface StoredPage extends NewsPage {
  nonce: string;
}

const SLOTS = 5000;
const slotKey = (slot: number) => `news-page:${slot}`;

export async function savePage(store: NewsStore, page: NewsPage): Promise<string> {
  const slot = randomInt(SLOTS);
  const nonce = randomBytes(6).toString('base64url');
  await store.setRecord<StoredPage>(slotKey(slot), { ...page, nonce });
  return `${slot}.${nonce}`;
}

export async function loadPage(store: NewsStore, token: string): Promise<NewsPage | undefined> {
  const [slot, nonce] = token.split('.');
  const stored = await store.getRecord<StoredPage>(slotKey(Number(slot)));
  return stored && stored.nonce === nonce ? stored : undefined;
}
