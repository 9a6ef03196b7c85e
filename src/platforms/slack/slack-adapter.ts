// Slack as a platform (@slack/bolt): one slash command, /news, whose text carries the whole
// command set (parsed exactly like the console's lines), Block Kit replies, the topic board's
// reactions, and delivery through the Slack transport. Socket Mode when SLACK_APP_TOKEN is set
// (no public URL needed), else HTTP mode, where Bolt verifies every request's signature and
// rejects stale timestamps.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, LogLevel, webApi, type Logger as BoltLogger, type RespondFn } from '@slack/bolt';
import type { CommandContext, Reply } from '../../../commands/command.ts';
import { UserError } from '../../../commands/command.ts';
import { findCommand } from '../../../commands/index.ts';
import { loadPage, savePage } from '../../../commands/news-pages.ts';
import { parseCommandText, type CommandCall } from '../../../commands/parse-command-text.ts';
import { runCommand } from '../../../commands/run-command.ts';
import { changeSubscription } from '../../../commands/subscribe.ts';
import type { Article } from '../../articles/article.ts';
import type { SlackConfig } from '../../config.ts';
import type { Logger } from '../../logger.ts';
import { digestMessage } from '../../render/render-digest-slack.ts';
import { replyMessage, storiesMessage, type SlackButton } from '../../render/render-slack.ts';
import type { PlatformAdapter } from '../platform.ts';
import { slackEmojiName, topicForReaction } from './slack-emoji.ts';
import { createSlackTransport } from './slack-transport.ts';

export type BaseContext = Omit<CommandContext, 'user' | 'channel' | 'missingPostPermissions'>;

export interface SlackAdapterOptions {
  config: SlackConfig;
  context: BaseContext;
  logger: Logger;
  /** HTTP mode's host; default all interfaces (tests use 127.0.0.1). */
  host?: string;
  /** Web API retries for commands; default Slack's (tests pass 0 to see failures at once). */
  retries?: number;
  /** Delivery's Web API calls give up after this long (the outbox retries them). Default 15 s. */
  requestTimeoutMs?: number;
}

export interface SlackAdapter extends PlatformAdapter {
  readonly app: App;
  /** HTTP mode: where Slack sends requests, once started. */
  eventsUrl(): string | undefined;
}

const ADMIN_CACHE_MS = 5 * 60_000;

export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { config, logger } = options;
  const socketMode = Boolean(config.appToken);
  const app = new App({
    token: config.botToken,
    ...(socketMode ? { appToken: config.appToken, socketMode: true } : { signingSecret: config.signingSecret! }),
    deferInitialization: true,
    logger: boltLogger(logger),
    clientOptions: {
      ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
      ...(options.retries !== undefined ? { retryConfig: { retries: options.retries } } : {}),
    },
  });
  // Delivery has its own Web API client: no retries inside it (a timed-out or failed
  // chat.postMessage may have been posted, and a blind resend would post twice; the outbox retries
  // instead, looking for its earlier post first) and a timeout (the default client has none, so one
  // unanswered call would stall delivery). 429s are retried by the transport after Retry-After.
  const deliveryClient = new webApi.WebClient(config.botToken, {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    logger: boltLogger(logger),
    retryConfig: { retries: 0 },
    // A 429 comes back at once (with its Retry-After) for the transport to wait out and retry.
    rejectRateLimitedCalls: true,
    timeout: options.requestTimeoutMs ?? 15_000,
  });
  const transport = createSlackTransport(deliveryClient);
  const adminCache = new Map<string, { admin: boolean; at: number }>();
  let botUserId: string | undefined;
  let server: Server | undefined;

  async function isAdmin(userId: string): Promise<boolean> {
    if (config.adminUserIds.includes(userId)) return true;
    const cached = adminCache.get(userId);
    if (cached && Date.now() - cached.at < ADMIN_CACHE_MS) return cached.admin;
    const info = await app.client.users.info({ user: userId });
    const admin = Boolean(info.user?.is_admin || info.user?.is_owner || info.user?.is_primary_owner);
    adminCache.set(userId, { admin, at: Date.now() });
    return admin;
  }

  function contextFor(userId: string, channelId: string, teamId: string): CommandContext {
    return {
      ...options.context,
      user: { id: userId, platform: 'slack' },
      channel: { id: channelId, serverId: teamId },
      // Posting works in public channels (chat:write.public) and in private ones the bot was invited to.
      async missingPostPermissions(channel) {
        try {
          await app.client.conversations.info({ channel });
          return [];
        } catch {
          return ['an invitation to this channel (type /invite @newsbot here)'];
        }
      },
    };
  }

  /** The stories a page showed that are still stored. */
  async function storedArticles(ids: string[]): Promise<Article[]> {
    return (await Promise.all(ids.map((id) => options.context.store.getArticle(id)))).filter((article): article is Article => article !== undefined);
  }

  /** A /news page as an ephemeral message with share and next/previous buttons. */
  async function storiesAnswer(reply: Extract<Reply, { type: 'stories' }>, call: CommandCall) {
    if (reply.articles.length === 0) return replyMessage(reply);
    const page = Number(call.args.page ?? 1);
    const token = await savePage(options.context.store, {
      args: call.args,
      title: reply.title,
      articleIds: reply.articles.map((article) => article.id),
      hasNext: Boolean(reply.nextPage),
      digest: reply.digest,
    });
    const buttons: SlackButton[] = [{ text: 'Share in channel', actionId: 'news_share', value: token, primary: true }];
    if (page > 1) buttons.push({ text: '◀ Previous', actionId: 'news_prev', value: token });
    if (reply.nextPage) buttons.push({ text: 'Next page ▶', actionId: 'news_next', value: token });
    return replyMessage(reply, buttons);
  }

  /** Posts the topic board where everyone sees it, adds each topic's emoji, remembers it. */
  async function postBoard(reply: Extract<Reply, { type: 'board' }>, channel: string): Promise<string> {
    const message = replyMessage(reply);
    // Reactions reach the bot only in conversations it is a member of (reactions:read), and
    // chat:write.public posts without joining: join a public channel first (a private one the bot
    // was invited to it is in already; there join fails harmlessly).
    await app.client.conversations.join({ channel }).catch(() => undefined);
    let posted;
    try {
      posted = await app.client.chat.postMessage({ channel, text: message.text, blocks: message.blocks as never });
    } catch {
      return 'I cannot post in this channel: invite me first with /invite @newsbot, then run /news topics again.';
    }
    await options.context.records.markBoard('slack', `${channel}:${posted.ts}`);
    for (const topic of options.context.topics.topics) {
      const name = slackEmojiName(topic);
      if (name) await app.client.reactions.add({ channel, timestamp: posted.ts!, name }).catch(() => undefined);
    }
    return 'Posted the topic board: react with a topic’s emoji to get its new stories by DM.';
  }

  app.command('/news', async ({ command, ack, respond }) => {
    let call: CommandCall;
    try {
      call = parseCommandText(command.text, new Set(options.context.topics.byName.keys()));
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      return void (await ack({ response_type: 'ephemeral', text: error.message }));
    }
    // Answer Slack at once (it shows an error after 3 s); everything else, the admin check (a
    // users.info call that Slack may answer slowly) included, follows through response_url.
    await ack();
    const spec = findCommand(call.command)?.spec;
    if (spec && spec.permission !== 'anyone' && !(await isAdmin(command.user_id))) {
      const who = config.adminUserIds.length ? 'workspace admins, owners and the users the operator listed' : 'workspace admins and owners';
      return void (await respond({ response_type: 'ephemeral', text: `Only ${who} can change /news ${call.command}. Ask one of them; /news works for everyone.` }));
    }
    const reply = await runCommand(call, contextFor(command.user_id, command.channel_id, command.team_id), logger);
    if (reply.type === 'board') {
      await respond({ response_type: 'ephemeral', text: await postBoard(reply, command.channel_id) });
    } else if (reply.type === 'stories') {
      await respond({ response_type: 'ephemeral', ...(await storiesAnswer(reply, call)) });
    } else {
      await respond({ response_type: 'ephemeral', ...replyMessage(reply) });
    }
  });

  app.action(/^news_(share|prev|next)$/, async ({ ack, action, body, respond }) => {
    await ack();
    const token = (action as { value?: string }).value ?? '';
    const which = (action as { action_id: string }).action_id;
    const page = await loadPage(options.context.store, token);
    if (!page) return void (await respond({ response_type: 'ephemeral', replace_original: false, text: 'This result is no longer available: run /news again.' }));
    const user = body.user.id;
    const channel = (body as { channel?: { id: string } }).channel?.id;
    if (which === 'news_share') {
      // A digest (/news today, /news week) is shared as the message a digest channel gets.
      const message = page.digest
        ? digestMessage(page.digest, page.digest.title, [], `Shared by <@${user}>`)
        : storiesMessage(await storedArticles(page.articleIds), `${page.title} — shared by <@${user}>`);
      try {
        if (channel) await app.client.chat.postMessage({ channel, text: message.text, blocks: message.blocks as never, unfurl_links: false });
      } catch {
        await respond({ response_type: 'ephemeral', replace_original: false, text: 'I cannot post in this channel: invite me with /invite @newsbot.' });
      }
      return;
    }
    const number = Number(page.args.page ?? 1) + (which === 'news_next' ? 1 : -1);
    const call: CommandCall = { command: 'news', args: { ...page.args, page: Math.max(1, number) } };
    const reply = await runCommand(call, contextFor(user, channel ?? '', body.team?.id ?? ''), logger);
    const message = reply.type === 'stories' ? await storiesAnswer(reply, call) : replyMessage(reply);
    await respond({ response_type: 'ephemeral', replace_original: true, ...message });
  });

  async function onReaction(event: { user: string; reaction: string; item: { type: string; channel?: string; ts?: string } }, added: boolean): Promise<void> {
    if (event.user === botUserId || event.item.type !== 'message' || !event.item.channel) return;
    const topic = topicForReaction(options.context.topics, event.reaction);
    if (!topic || !(await options.context.records.isBoard('slack', `${event.item.channel}:${event.item.ts}`))) return;
    let text: string;
    try {
      const reply = await changeSubscription(options.context, { id: event.user, platform: 'slack' }, topic.name, added);
      text = reply.type === 'text' ? reply.text : '';
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      text = error.message;
    }
    logger.info({ user: event.user, topic: topic.name, subscribed: added }, 'subscription changed by reaction');
    if (text) await app.client.chat.postEphemeral({ channel: event.item.channel, user: event.user, text }).catch(() => undefined);
  }
  app.event('reaction_added', async ({ event }) => onReaction(event, true));
  app.event('reaction_removed', async ({ event }) => onReaction(event, false));

  app.error(async (error) => {
    logger.error({ err: error }, 'slack handler failed');
  });

  return {
    name: 'slack',
    app,
    transport,
    eventsUrl() {
      const address = server?.address() as AddressInfo | null | undefined;
      return address ? `http://${options.host ?? '127.0.0.1'}:${address.port}/slack/events` : undefined;
    },
    async start() {
      try {
        await app.init();
        botUserId = (await app.client.auth.test()).user_id;
        const started = socketMode ? await app.start() : await app.start({ port: config.port, ...(options.host ? { host: options.host } : {}) });
        if (!socketMode) server = started as Server;
      } catch (error) {
        throw new Error(`Slack start failed (check SLACK_BOT_TOKEN and ${socketMode ? 'SLACK_APP_TOKEN' : 'SLACK_SIGNING_SECRET, SLACK_PORT'}): ${(error as Error).message}`);
      }
      logger.info({ mode: socketMode ? 'socket' : 'http', port: socketMode ? undefined : config.port }, 'slack connected');
    },
    async stop() {
      await app.stop().catch(() => undefined);
    },
  };
}

/** Bolt's log lines go to our logger (pino). */
function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ platform: 'slack' });
  let level = LogLevel.INFO;
  const text = (parts: unknown[]) => parts.map(String).join(' ');
  return {
    debug: (...parts) => child.debug(text(parts)),
    info: (...parts) => child.info(text(parts)),
    warn: (...parts) => child.warn(text(parts)),
    error: (...parts) => child.error(text(parts)),
    setLevel: (next) => void (level = next),
    getLevel: () => level,
    setName: () => undefined,
  };
}
