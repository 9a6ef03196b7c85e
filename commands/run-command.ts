// Runs a command call for any platform: a UserError becomes a private one-line answer, anything
// unexpected is logged and answered with an apology, never a stack trace.
import type { Logger } from '../src/logger.ts';
import type { CommandContext, Reply } from './command.ts';
import { UserError } from './command.ts';
import { findCommand } from './index.ts';
import type { CommandCall } from './parse-command-text.ts';

export async function runCommand(call: CommandCall, context: CommandContext, logger: Logger): Promise<Reply> {
  const command = findCommand(call.command);
  if (!command) return { type: 'text', error: true, text: `Unknown command "${call.command}". Type /news help to see what I can do.` };
  try {
    return await command.run(call.args, context);
  } catch (error) {
    if (error instanceof UserError) return { type: 'text', error: true, text: error.message };
    logger.error({ err: error, command: call.command }, 'command failed');
    return { type: 'text', error: true, text: 'Something went wrong on my side; please try again in a minute.' };
  }
}
