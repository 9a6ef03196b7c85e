// Every chat command, in one list: each platform adapter registers from here.
import { autopostCommand } from './autopost.ts';
import type { Command } from './command.ts';
import { feedsCommand } from './feeds.ts';
import { help } from './help.ts';
import { news } from './news.ts';
import { subscribeCommand, unsubscribeCommand } from './subscribe.ts';
import { topicsCommand } from './topics.ts';

export const COMMANDS: Command[] = [news, topicsCommand, subscribeCommand, unsubscribeCommand, autopostCommand, feedsCommand, help];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.spec.name === name);
}
