// The newsbot command line. Exit codes: 0 success, 1 runtime failure, 2 bad usage or setting,
// 3 `run --once` could read no feed at all; the reason is one line on stderr.
// Only what a command needs is imported, when it needs it: `newsbot --help` must start in a blink.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { UserError } from '../commands/command.ts';
import type { Article } from './articles/article.ts';
import { ConfigError, loadConfig, loadDotEnv, type Config } from './config.ts';
import { projectDir } from './project-dir.ts';

const USAGE = `usage:
  newsbot run [--once]                      poll feeds, store, deliver, answer commands
  newsbot demo                              the same on sample feeds served offline (stored in memory)
  newsbot digest <feed file or URL>... [--json]
                                            parse and summarise feeds without storing
  newsbot query [topic] [terms...] [--since 7d] [--source NAME] [--limit N] [--page N] [--json]
                                            the /news query against the store
  newsbot digest-preview [--since 24h] [--topic ai] [--size 5] [--json]
                                            the digest ranking of the stored stories (as /news today)
  newsbot commands register                 register the slash commands with Discord (globally,
                                            or in DISCORD_GUILD_ID); safe to run again
  newsbot --version
configuration: environment variables or .env beside package.json, see .env.example
exit codes: 0 ok, 1 failure, 2 bad usage or setting, 3 run --once could read no feed`;

/** `run --once` when every feed failed: nothing was read (offline, or every address wrong). */
export const EXIT_NO_FEED_READ = 3;

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
      case 'demo':
        return await demo(rest);
      case 'digest':
        return await digest(rest);
      case 'query':
        return await query(rest);
      case 'digest-preview':
        return await digestPreview(rest);
      case 'commands':
        return await commands(rest);
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(`${USAGE}\n`);
        return 0;
      case 'version':
      case '--version':
      case '-v':
        process.stdout.write(`newsbot ${version()}\n`);
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
      process.stderr.write(`newsbot: ${inCliWords(error.message)}\n`);
      return 2;
    }
    process.stderr.write(`newsbot: ${(error as Error).message ?? String(error)}\n`);
    return 1;
  }
}

async function run(argv: string[]): Promise<number> {
  const { values } = asUsage(() => parseArgs({ args: argv, options: { once: { type: 'boolean' } } }));
  return runBot(loadConfig(), Boolean(values.once));
}

/** `npm run demo`: the bot on the sample feeds in demo/feeds, served on 127.0.0.1, in memory. */
async function demo(argv: string[]): Promise<number> {
  const { values } = asUsage(() => parseArgs({ args: argv, options: { once: { type: 'boolean' } } }));
  const { serveSampleFeeds } = await import('./demo/serve-sample-feeds.ts');
  const samples = await serveSampleFeeds();
  try {
    // Only the terminal: a demo never posts to a Discord or Slack configured in .env.
    const config: Config = {
      ...loadConfig({ ...process.env, STORE_URL: 'memory:', FEEDS_FILE: '' }),
      feeds: samples.urls.map((url) => ({ url })),
      discord: undefined,
      slack: undefined,
    };
    process.stdout.write(
      `newsbot demo: ${samples.urls.length} sample feeds (invented stories) served on 127.0.0.1, stored in memory. npm start polls the real feeds.\n`,
    );
    return await runBot(config, Boolean(values.once));
  } finally {
    await samples.close();
  }
}

async function runBot(config: Config, once: boolean): Promise<number> {
  const [{ createLogger }, { startBot }, { TerminalPrinter }, { allFailed }] = await Promise.all([
    import('./logger.ts'),
    import('./main.ts'),
    import('./platforms/console/terminal-printer.ts'),
    import('./feeds/poll-feeds.ts'),
  ]);
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY) && !once;
  const printer = new TerminalPrinter(process.stdout);
  const logger = createLogger({
    level: config.logLevel,
    pretty: Boolean(process.stderr.isTTY),
    printLine: interactive ? (line) => printer.print(line) : undefined,
  });
  const bot = await startBot(config, { logger, input: process.stdin, output: process.stdout, interactive, printer });

  if (once) {
    const report = await bot.pollOnce();
    await bot.stop();
    return allFailed(report) ? EXIT_NO_FEED_READ : 0;
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
  const [{ loadTopicTable }, { fetchFeed }, { parseFeed }, { buildArticle, feedContextOf }, { renderStoryForTerminal }, { assignStories }] = await Promise.all([
    import('./articles/topics.ts'),
    import('./feeds/fetch-feed.ts'),
    import('./feeds/parse-feed.ts'),
    import('./articles/build-article.ts'),
    import('./render/render-terminal.ts'),
    import('./articles/cluster-stories.ts'),
  ]);
  const topics = loadTopicTable(loadConfig().topicsFile);
  let failed = false;
  const seenAt = new Date();
  const articles: Article[] = [];
  for (const target of positionals) {
    const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(target) ? target : pathToFileURL(target).href;
    try {
      const response = await fetchFeed(url);
      if (response.status !== 'ok') continue;
      const feed = await parseFeed(response.body, { url: response.finalUrl, contentType: response.contentType });
      const context = feedContextOf(url, feed);
      for (const entry of feed.entries) articles.push(buildArticle(entry, context, topics, seenAt));
    } catch (error) {
      failed = true;
      process.stderr.write(`newsbot: ${target}: ${(error as Error).message}\n`);
    }
  }
  // The articles of all the feeds given that tell one event share a story id (as the bot's would).
  const assigned = assignStories(articles, []);
  if (values.json) {
    for (const article of assigned) process.stdout.write(`${JSON.stringify(digestJson(article))}\n`);
    return failed ? 1 : 0;
  }
  // Read by a person: each story once, as a channel shows it, its first article with the other
  // outlets that told it.
  const byStory = new Map<string, Article[]>();
  for (const article of assigned) {
    const story = article.story ?? article.id;
    const told = byStory.get(story);
    if (told) told.push(article);
    else byStory.set(story, [article]);
  }
  for (const [first, ...others] of byStory.values()) {
    const outlets = [...new Set(others.map((other) => other.source).filter((source) => source !== first!.source))];
    process.stdout.write(`${renderStoryForTerminal(first!, { color: false }, seenAt, outlets)}\n\n`);
  }
  return failed ? 1 : 0;
}

async function query(argv: string[]): Promise<number> {
  const { values, positionals } = asUsage(() =>
    parseArgs({
      args: argv,
      options: { since: { type: 'string' }, source: { type: 'string' }, limit: { type: 'string' }, page: { type: 'string' }, json: { type: 'boolean' } },
      allowPositionals: true,
    }),
  );
  const config = loadConfig();
  const [{ loadTopicTable }, { parseCommandText }, { runCommand }, { DEFAULT_LIMITS }, { createLogger }, { renderReplyForTerminal }, { createBotRecords }, { isSharedStore, openStore }] =
    await Promise.all([
      import('./articles/topics.ts'),
      import('../commands/parse-command-text.ts'),
      import('../commands/run-command.ts'),
      import('../commands/command.ts'),
      import('./logger.ts'),
      import('./render/render-terminal.ts'),
      import('./store/bot-records.ts'),
      import('./store/open-store.ts'),
    ]);
  const topics = loadTopicTable(config.topicsFile);
  const call = parseCommandText(positionals.join(' '), new Set(topics.byName.keys()));
  if (call.command !== 'news') throw new UsageError('query takes a topic and words, e.g. newsbot query openai gpt --since 7d');
  for (const name of ['since', 'source', 'limit', 'page'] as const) if (values[name] !== undefined) call.args[name] = values[name];
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
      process.stdout.write(`${inCliWords(renderReplyForTerminal(reply, { color: Boolean(process.stdout.isTTY) }))}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}

async function digestPreview(argv: string[]): Promise<number> {
  const { values } = asUsage(() =>
    parseArgs({
      args: argv,
      options: { since: { type: 'string', default: '24h' }, topic: { type: 'string', default: 'ai' }, size: { type: 'string', default: '5' }, json: { type: 'boolean' } },
    }),
  );
  const config = loadConfig();
  const [{ loadTopicTable }, { parseDuration }, { recentWindow }, { buildDigest }, { isSharedStore, openStore }, { renderDigestForTerminal }] = await Promise.all([
    import('./articles/topics.ts'),
    import('../commands/parse-duration.ts'),
    import('./digest/digest-window.ts'),
    import('./digest/build-digest.ts'),
    import('./store/open-store.ts'),
    import('./render/render-digest-terminal.ts'),
  ]);
  const topics = loadTopicTable(config.topicsFile);
  const topic = values.topic.toLowerCase();
  if (!topics.byName.has(topic)) throw new UsageError(`there is no topic "${topic}"; topics: ${[...topics.byName.keys()].join(', ')}`);
  const size = Number(values.size);
  if (!Number.isInteger(size) || size < 1 || size > 10) throw new UsageError('--size must be a whole number from 1 to 10');
  const now = new Date();
  const span = parseDuration(values.since);
  const window = recentWindow(span > 86_400_000 ? 'week' : 'today', now);
  window.start = new Date(now.getTime() - span);
  const store = await openStore({ storeUrl: config.storeUrl, dataDir: config.dataDir, namespace: config.storeNamespace });
  try {
    // As in query: a shared store's stories other processes wrote reach this index first.
    if (isSharedStore(config.storeUrl)) await store.catchUp();
    const digest = await buildDigest(store, { window, topics: [topic], size, standing: config.outletStanding });
    if (values.json) {
      for (const story of digest.stories) process.stdout.write(`${JSON.stringify({ ...digestJson(story.article), outlets: story.outlets })}\n`);
    } else {
      process.stdout.write(`${renderDigestForTerminal(digest, { color: Boolean(process.stdout.isTTY) }, now)}\n`);
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
  const [{ registerCommands }, { COMMANDS }] = await Promise.all([import('./platforms/discord/register-commands.ts'), import('../commands/index.ts')]);
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
    const { code, message } = error as Error & { code?: string };
    const option = /'(-[^']*)'/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) throw new UsageError(`unknown option ${option}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) throw new UsageError(`option ${option.split(' ')[0]} needs a value`);
    throw new UsageError(message.split('\n')[0]!);
  }
}

/**
 * Commands answer in chat syntax (`/news ai page:2`, `e.g. limit:10`); on the command line the
 * same hint is `newsbot query ai --page 2`.
 */
export function inCliWords(text: string): string {
  return text
    .replace(/\/news help\b/g, 'newsbot --help')
    .replace(/\/news\b/g, 'newsbot query')
    .replace(/\b(since|source|limit|page):("[^"]*"|[^\s,;)]+)/g, '--$1 $2');
}

/** The version in package.json. */
function version(): string {
  return (JSON.parse(readFileSync(path.join(projectDir(), 'package.json'), 'utf8')) as { version: string }).version;
}
