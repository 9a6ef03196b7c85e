// The terminal as a chat platform (like Hubot's Shell adapter): typed lines become the same
// command calls Discord and Slack produce, and new stories are printed. Without a terminal
// (a service, a pipe) it only logs new stories.
import { createInterface, type Interface } from 'node:readline';
import type { CommandContext } from '../../../commands/command.ts';
import { parseCommandText } from '../../../commands/parse-command-text.ts';
import { runCommand } from '../../../commands/run-command.ts';
import type { Article } from '../../articles/article.ts';
import type { Logger } from '../../logger.ts';
import { renderReplyForTerminal, renderStoryForTerminal } from '../../render/render-terminal.ts';
import { createKnownSources } from '../discord/known-sources.ts';
import type { PlatformAdapter } from '../platform.ts';
import { TerminalPrinter } from './terminal-printer.ts';

export interface ConsoleAdapterOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A person at a terminal: read commands and print stories. */
  interactive: boolean;
  color: boolean;
  context: Omit<CommandContext, 'user'>;
  logger: Logger;
  /** Ctrl-C or Ctrl-D at the prompt. */
  onExit: () => void;
  /** Shared with the logger, so log lines print above the prompt too. */
  printer?: TerminalPrinter;
}

export function createConsoleAdapter(options: ConsoleAdapterOptions): PlatformAdapter {
  const style = { color: options.color };
  const printer = options.printer ?? new TerminalPrinter(options.output);
  const print = (text: string) => printer.print(text);
  const sources = createKnownSources(options.context.store, options.context.now);
  let prompt: Interface | undefined;

  // Ctrl-C, Ctrl-D and "exit" all leave. The printer lets go of the prompt first: a log line
  // printed while shutting down must not draw the prompt again (that also re-opened stdin, so the
  // process never ended).
  function leave(): void {
    const closing = prompt;
    prompt = undefined;
    printer.attach(undefined);
    closing?.removeAllListeners('close');
    closing?.close();
    options.output.write('\n');
    options.onExit();
  }

  async function handleLine(line: string): Promise<void> {
    // print() draws the prompt again after each answer; a line with no answer draws it here.
    if (!line.trim()) return void prompt?.prompt();
    // Words a terminal user types out of habit: they do here what they do in a shell.
    const word = line.trim().toLowerCase().replace(/^\//, '');
    if (word === 'clear') {
      options.output.write('\u001b[2J\u001b[H');
      return void prompt?.prompt();
    }
    if (word === 'exit' || word === 'quit') return leave();
    const topicNames = new Set(options.context.topics.byName.keys());
    let text: string;
    try {
      const call = parseCommandText(line, topicNames, await sources.suggest('', 500).catch(() => []));
      const reply = await runCommand(call, { ...options.context, user: { id: 'console', platform: 'console' } }, options.logger);
      text = renderReplyForTerminal(reply, style);
    } catch (error) {
      // parseCommandText throws UserError for unknown options: answer it like any other mistake.
      text = (error as Error).message;
    }
    print(text);
  }

  return {
    name: 'console',
    async start() {
      if (!options.interactive) return;
      prompt = createInterface({ input: options.input, output: options.output, prompt: 'news> ' });
      printer.attach(prompt);
      print('newsbot is polling feeds. Type /news today, /news ai, /news openai gpt, /news policy since:7d, /news feeds or /news help; Ctrl-D or exit leaves.');
      prompt.on('line', (line) => {
        void handleLine(line);
      });
      prompt.on('SIGINT', leave);
      prompt.on('close', leave);
    },
    async stop() {
      const closing = prompt;
      prompt = undefined;
      printer.attach(undefined);
      closing?.removeAllListeners('close');
      closing?.close();
    },
    async announce(articles: Article[]) {
      for (const article of articles) {
        if (options.interactive) print(renderStoryForTerminal(article, style));
        else options.logger.info({ headline: article.headline, source: article.source, url: article.url, topics: article.topics, story: article.story, mergedStories: article.mergedStories }, 'new story');
      }
    },
  };
}
