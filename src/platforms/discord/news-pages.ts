// The buttons under a /news answer on Discord: share, previous, next. Each carries the short
// token of a stored page (commands/news-pages.ts), since a custom_id holds only 100 characters.
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { NewsPage } from '../../../commands/news-pages.ts';

export type NewsButtonAction = 'share' | 'prev' | 'next';

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
