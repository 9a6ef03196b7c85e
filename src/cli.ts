// The newsbot command line. Exit codes: 0 success, 1 runtime failure, 2 bad usage; the reason is
// one line on stderr.
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { DEFAULT_LIMITS, UserError } from '../commands/command.ts';
import { COMMANDS } from '../commands/index.ts';
import { parseCommandText } from '../commands/parse-command-text.ts';
import { runCommand } from '../commands/run-command.ts';
import type { Article } from './articles/article.ts';
import { buildArticle } from './articles/build-article.ts';
import { loadTopicTable } from './articles/topics.ts';
import { ConfigError, loadConfig, loadDotEnv } from './config.ts';
import { fetchFeed } from './feeds/fetch-feed.ts';
import { parseFeed } from './feeds/parse-feed.ts';
import { createLogger } from './logger.ts';
import { startBot } from './main.ts';
import { TerminalPrinter } from './platforms/console/terminal-printer.ts';
import { registerCommands } from './platforms/discord/register-commands.ts';
import { renderReplyForTerminal, renderStoryForTerminal } from './render/render-terminal.ts';
import { createBotRecords } from './store/bot-records.ts';
import { isSharedStore, openStore } from './store/open-store.ts';

const USAGE = `usage:
  newsbot run [--once]                      poll feeds, store, deliver, answer commands
  newsbot digest <feed file or URL>... [--json]
                                            parse and summarise feeds without storing
  newsbot query [topic] [terms...] [--since 7d] [--source NAME] [--limit N] [--json]
                                            the /news query against the store
  newsbot commands register                 register the slash commands with Discord (globally,
                                            or in DISCORD_GUILD_ID); safe to run again
configuration: environment variables, see .env.example`;

class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  // `newsbot digest feed.xml | head`: the reader left, which is not a failure.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  try {
    loadDotEnv();
    switch (command) {
      case 'run':
        return await run(rest);
      case 'digest':
        return await digest(rest);
      case 'query':
        return await query(rest);
      case 'commands':
        return await commands(rest);
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(`${USAGE}\n`);
        return 0;
      default:
        throw new UsageError(command ? `unknown command "${command}"` : 'a command is needed');
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`newsbot: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof UserError) {
      process.stderr.write(`newsbot: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`newsbot: ${(error as Error).message ?? String(error)}\n`);
    return 1;
  }
}

async function run(argv: string[]): Promise<number> {
  const { values } = asUsage(() => parseArgs({ args: argv, options: { once: { type: 'boolean' } } }));
  const config = loadConfig();
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY) && !values.once;
  const printer = new TerminalPrinter(process.stdout);
  const logger = createLogger({
    level: config.logLevel,
    pretty: Boolean(process.stderr.isTTY),
    printLine: interactive ? (line) => printer.print(line) : undefined,
  });
  const bot = await startBot(config, { logger, input: process.stdin, output: process.stdout, interactive, printer });

  if (values.once) {
    const report = await bot.pollOnce();
    logger.info(report, 'polled every feed once');
    await bot.stop();
    return 0;
  }

  logger.info({ feeds: config.feeds.length, store: config.storeUrl ?? `${config.dataDir}/newsbot.sqlite` }, 'newsbot started');
  bot.startPolling();
  const signalled = new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  const reason = await Promise.race([signalled, bot.exitRequested.then(() => 'exit requested')]);
  logger.info({ reason }, 'shutting down');
  // A second Ctrl-C while shutting down means "now".
  process.once('SIGINT', () => process.exit(1));
  await bot.stop();
  return 0;
}

async function digest(argv: string[]): Promise<number> {
  const { values, positionals } = asUsage(() =>
    parseArgs({ args: argv, options: { json: { type: 'boolean' } }, allowPositionals: true }),
  );
  if (positionals.length === 0) throw new UsageError('digest needs at least one feed file or URL');
  const topics = loadTopicTable(loadConfig().topicsFile);
  let failed = false;
  for (const target of positionals) {
    const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(target) ? target : pathToFileURL(target).href;
    try {
      const response = await fetchFeed(url);
      if (response.status !== 'ok') continue;
      const feed = await parseFeed(response.body, { url: response.finalUrl, contentType: response.contentType });
      const seenAt = new Date();
      const context = { url, title: feed.title, link: feed.link };
      for (const entry of feed.entries) {
        const article = buildArticle(entry, context, topics, seenAt);
        process.stdout.write(values.json ? `${JSON.stringify(digestJson(article))}\n` : `${renderStoryForTerminal(article, { color: false }, seenAt)}\n\n`);
      }
    } catch (error) {
      failed = true;
      process.stderr.write(`newsbot: ${target}: ${(error as Error).message}\n`);
    }
  }
  return failed ? 1 : 0;
}

async function query(argv: string[]): Promise<number> {
  const { values, positionals } = asUsage(() =>
    parseArgs({
      args: argv,
      options: { since: { type: 'string' }, source: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } },
      allowPositionals: true,
    }),
  );
  const config = loadConfig();
  const topics = loadTopicTable(config.topicsFile);
  const call = parseCommandText(positionals.join(' '), new Set(topics.byName.keys()));
  if (call.command !== 'news') throw new UsageError('query takes a topic and words, e.g. newsbot query openai gpt --since 7d');
  Object.assign(call.args, { since: values.since, source: values.source, limit: values.limit });
  const store = await openStore({ storeUrl: config.storeUrl, dataDir: config.dataDir, namespace: config.storeNamespace });
  try {
    // On a shared store other processes wrote articles this DATA_DIR's search index has not seen:
    // bring it up to date before answering (the run that started at open is joined, not repeated).
    if (isSharedStore(config.storeUrl)) await store.catchUp();
    const context = {
      store,
      records: createBotRecords(store),
      topics,
      now: () => new Date(),
      limits: DEFAULT_LIMITS,
      feeds: config.feeds,
      user: { id: 'cli', platform: 'console' as const },
    };
    const reply = await runCommand(call, context, createLogger({ level: config.logLevel, pretty: Boolean(process.stderr.isTTY) }));
    if (reply.type === 'text' && reply.error) throw new UserError(reply.text);
    if (values.json) {
      for (const article of reply.type === 'stories' ? reply.articles : []) process.stdout.write(`${JSON.stringify(digestJson(article))}\n`);
    } else {
      process.stdout.write(`${renderReplyForTerminal(reply, { color: Boolean(process.stdout.isTTY) })}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}

async function commands(argv: string[]): Promise<number> {
  const [action, ...extra] = argv;
  if (action !== 'register' || extra.length) throw new UsageError('the only commands action is "register": newsbot commands register');
  const discord = loadConfig().discord;
  if (!discord) {
    throw new ConfigError('DISCORD_TOKEN is not set: create a bot in the Discord developer portal and set DISCORD_TOKEN and DISCORD_APPLICATION_ID (README, "Discord")');
  }
  const count = await registerCommands(COMMANDS.map((command) => command.spec), discord);
  process.stdout.write(
    discord.guildId
      ? `Registered ${count} commands in server ${discord.guildId}; they are usable there now.\n`
      : `Registered ${count} commands globally; every server the bot is in sees them (Discord may take a few minutes).\n`,
  );
  return 0;
}

/** The shape SPEC.md gives for `--json`: one object per article. */
function digestJson(article: Article) {
  const { id, url, headline, source, published, topics, quote, summary, story } = article;
  return { id, url, headline, source, published, topics, quote, summary, story };
}

/** Runs parseArgs, turning its complaints into a one-line usage error. */
function asUsage<T>(parseArguments: () => T): T {
  try {
    return parseArguments();
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
}
