// The buttons under a /news answer (share, previous, next) carry a short token, not the query:
// a custom_id holds 100 characters, a query more. The page itself is a store record, so buttons
// keep working after a restart and on another bot process sharing the store.
// Records live in a fixed ring of slots: a new page overwrites a random old one, so the store
// holds at most SLOTS of them without any clean-up; the random part of the token tells a button
// whose slot was reused since ("no longer available") from a live one.
import { randomBytes, randomInt } from 'node:crypto';
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { Args } from '../../../commands/command.ts';
import type { NewsStore } from '../../store/store-types.ts';

export interface NewsPage {
  /** The /news arguments that produced this page (page number included). */
  args: Args;
  title: string;
  /** The stories shown, so "share" posts exactly them. */
  articleIds: string[];
  hasNext: boolean;
}

interface StoredPage extends NewsPage {
  nonce: string;
}

const SLOTS = 5000;
const slotKey = (slot: number) => `news-page:${slot}`;

export type NewsButtonAction = 'share' | 'prev' | 'next';

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

export function parseNewsButton(customId: string): { action: NewsButtonAction; token: string } | undefined {
  const match = /^news:(share|prev|next):(\d{1,5}\.[\w-]{1,16})$/.exec(customId);
  return match ? { action: match[1] as NewsButtonAction, token: match[2]! } : undefined;
}

export function pageButtons(token: string, page: NewsPage): APIActionRowComponent<APIButtonComponent> {
  const number = Number(page.args.page ?? 1);
  const button = (action: NewsButtonAction, label: string, style: ButtonStyle.Primary | ButtonStyle.Secondary): APIButtonComponent => ({
    type: ComponentType.Button,
    style,
    label,
    custom_id: `news:${action}:${token}`,
  });
  return {
    type: ComponentType.ActionRow,
    components: [
      button('share', 'Share in channel', ButtonStyle.Primary),
      ...(number > 1 ? [button('prev', '◀ Previous', ButtonStyle.Secondary)] : []),
      ...(page.hasNext ? [button('next', 'Next page ▶', ButtonStyle.Secondary)] : []),
    ],
  };
}
