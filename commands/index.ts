// Every chat command, in one list: each platform adapter registers from here.
import type { Command } from './command.ts';
import { help } from './help.ts';
import { news } from './news.ts';

export const COMMANDS: Command[] = [news, help];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.spec.name === name);
}
