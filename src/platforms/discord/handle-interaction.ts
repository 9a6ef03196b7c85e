// Discord interactions → neutral command calls, and neutral replies → interaction responses.
// Slash commands and buttons answer within Discord's 3-second window: a command that has not
// finished after `deferAfterMs` is deferred ("thinking…") and its answer edited in later.
// Everything is private (ephemeral) except the topic board and what a user chooses to share.
import {
  ApplicationCommandOptionType,
  DiscordAPIError,
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponent,
  type AutocompleteInteraction,
  type BaseMessageOptions,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
  type Message,
} from 'discord.js';
import type { Args, CommandContext, CommandSpec, OptionSpec, Reply } from '../../../commands/command.ts';
import { findCommand } from '../../../commands/index.ts';
import { runCommand } from '../../../commands/run-command.ts';
import type { Article } from '../../articles/article.ts';
import type { Logger } from '../../logger.ts';
import { clipText } from '../../clip-text.ts';
import { escapeDiscord } from '../../render/escape-discord.ts';
import { digestHeading, digestMessage } from '../../render/render-digest-discord.ts';
import { boardMessages, MAX_REACTIONS_PER_MESSAGE, replyMessage, storiesMessage, type DiscordMessageBody } from '../../render/render-discord.ts';
import type { KnownSources } from './known-sources.ts';
import { loadPage, savePage, type NewsPage } from '../../../commands/news-pages.ts';
import { pageButtons, parseNewsButton } from './news-pages.ts';
import { needsServer, requiredPermission } from './register-commands.ts';

export type BaseContext = Omit<CommandContext, 'user' | 'channel' | 'missingPostPermissions'>;

export interface InteractionDeps {
  context: BaseContext;
  logger: Logger;
  sources: KnownSources;
  /** Defer a command still running after this long (Discord voids answers after 3 s). */
  deferAfterMs: number;
  /** Permission names the bot lacks to post in a channel (the interaction's own, if it is that one). */
  missingPostPermissions: (channelId: string, interaction: Interaction) => Promise<string[]>;
}

type Visibility = 'private' | 'public' | 'update';

interface Answer {
  body: DiscordMessageBody;
  components?: APIActionRowComponent<APIButtonComponent>[];
  /** update: replace the message the button is on. */
  visibility: Visibility;
  /** Runs with the posted message (the board adds its reactions). */
  after?: (message: Message) => Promise<void>;
}

const PERMISSION_NAMES: Record<CommandSpec['permission'], string> = {
  anyone: '',
  'manage-channels': 'Manage Channels',
  'manage-server': 'Manage Server',
};

export async function handleInteraction(interaction: Interaction, deps: InteractionDeps): Promise<void> {
  if (interaction.isAutocomplete()) return autocomplete(interaction, deps);
  if (interaction.isChatInputCommand()) return slashCommand(interaction, deps);
  if (interaction.isButton()) return button(interaction, deps);
}

// --- slash commands --------------------------------------------------------------------------

async function slashCommand(interaction: ChatInputCommandInteraction, deps: InteractionDeps): Promise<void> {
  let name = interaction.commandName;
  const args = argsOf(interaction.options.data);
  // SPEC: "/news help" is the help command.
  if (name === 'news' && String(args.topic ?? '').trim().toLowerCase() === 'help') name = 'help';
  const command = findCommand(name);
  const problem = !command
    ? `I don't know /${name} (the commands may be outdated: ask the bot's operator to run newsbot commands register). Try /news or /help.`
    : permissionProblem(command.spec, interaction);
  if (problem) return respond(interaction, 'private', deps, async () => privateText(problem));
  // The board is for everyone to react on; every other answer is the asker's alone.
  const visibility: Visibility = name === 'topics' ? 'public' : 'private';
  await respond(interaction, visibility, deps, async () => {
    const reply = await runCommand({ command: name, args }, contextFor(interaction, deps), deps.logger);
    return answerFor(reply, args, interaction, deps);
  });
}

function permissionProblem(spec: CommandSpec, interaction: ChatInputCommandInteraction): string | undefined {
  if (needsServer(spec) && !interaction.inGuild()) return `Run /${spec.name} in a server channel; in a DM try /news or /subscribe.`;
  const bit = requiredPermission(spec);
  // default_member_permissions can be overridden by server admins: check the member here too.
  if (bit !== null && !interaction.memberPermissions?.has(bit)) {
    const needed = PERMISSION_NAMES[spec.permission];
    return `/${spec.name} needs the ${needed} permission. Ask someone who has it to run /${spec.name} here; /news works for everyone.`;
  }
  return undefined;
}

function contextFor(interaction: Interaction, deps: InteractionDeps): CommandContext {
  return {
    ...deps.context,
    user: { id: interaction.user.id, platform: 'discord' },
    channel: interaction.channelId ? { id: interaction.channelId, serverId: interaction.guildId ?? undefined } : undefined,
    missingPostPermissions: (channelId) => deps.missingPostPermissions(channelId, interaction),
  };
}

/** Option values by name; a subcommand arrives as args.subcommand with its options beside it. */
export function argsOf(options: readonly CommandInteractionOption[]): Args {
  const args: Args = {};
  for (const option of options) {
    if (option.type === ApplicationCommandOptionType.Subcommand) {
      args.subcommand = option.name;
      Object.assign(args, argsOf(option.options ?? []));
    } else if (option.type === ApplicationCommandOptionType.SubcommandGroup) {
      Object.assign(args, argsOf(option.options ?? []));
    } else if (typeof option.value === 'string' || typeof option.value === 'number') {
      args[option.name] = option.value;
    }
  }
  return args;
}

async function answerFor(reply: Reply, args: Args, interaction: Interaction, deps: InteractionDeps): Promise<Answer> {
  switch (reply.type) {
    case 'text':
      return { body: replyMessage(reply), visibility: 'private' };
    case 'stories':
      return { ...(await storiesAnswer(reply, args, deps)), visibility: 'private' };
    case 'board':
      return { body: replyMessage(reply), visibility: 'public', after: (message) => setUpBoard(message, reply, interaction, deps) };
  }
}

/** A page of stories with its buttons: share, previous, next. */
async function storiesAnswer(reply: Extract<Reply, { type: 'stories' }>, args: Args, deps: InteractionDeps): Promise<Omit<Answer, 'visibility'>> {
  const body = replyMessage(reply);
  const shown = body.embeds?.length ?? 0;
  if (reply.articles.length === 0 || shown === 0) return { body, components: [] };
  const page: NewsPage = {
    args,
    title: reply.title,
    articleIds: reply.articles.slice(0, shown).map((article) => article.id),
    hasNext: Boolean(reply.nextPage),
    digest: reply.digest,
  };
  const token = await savePage(deps.context.store, page);
  return { body, components: [pageButtons(token, page)] };
}

/**
 * Marks the message as a board (reactions on it count from now on), then adds each topic's emoji.
 * A message takes at most 20 distinct reactions, so topics past the first 20 get further board
 * messages (public follow-ups), 20 topics each.
 */
async function setUpBoard(message: Message, reply: Extract<Reply, { type: 'board' }>, interaction: Interaction, deps: InteractionDeps): Promise<void> {
  const bodies = boardMessages(reply);
  try {
    for (let part = 0; part < bodies.length; part++) {
      let board = message;
      if (part > 0) {
        if (!interaction.isRepliable()) break;
        const body = bodies[part]!;
        board = await interaction.followUp({ embeds: body.embeds ?? [], allowedMentions: { parse: [] } });
      }
      await deps.context.records.markBoard('discord', board.id);
      const topics = reply.topics.slice(part * MAX_REACTIONS_PER_MESSAGE, (part + 1) * MAX_REACTIONS_PER_MESSAGE);
      for (const topic of topics) await board.react(topic.emoji);
    }
  } catch (error) {
    deps.logger.warn({ channel: message.channelId, error: (error as Error).message }, 'could not add the board reactions');
    if (interaction.isRepliable()) {
      await interaction
        .followUp({ content: boardProblem(error), flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } })
        .catch(() => undefined);
    }
  }
}

/** What went wrong with the board's reactions, naming what to fix. */
function boardProblem(error: unknown): string {
  const code = error instanceof DiscordAPIError ? error.code : undefined;
  if (code === 10014) return 'I could not add a topic reaction: one of the topic emoji is not an emoji Discord knows (check TOPICS_FILE). You can still use /subscribe.';
  if (code === 30010) return 'I could not add all topic reactions: Discord allows 20 per message. You can still use /subscribe.';
  if (code === 50001) return 'I could not add the topic reactions here: grant me View Channel in this channel. You can still use /subscribe.';
  return 'I could not add the topic reactions here: grant me Add Reactions and Read Message History in this channel. You can still react with a topic’s emoji yourself, or use /subscribe.';
}

// --- buttons ---------------------------------------------------------------------------------

async function button(interaction: ButtonInteraction, deps: InteractionDeps): Promise<void> {
  const parsed = parseNewsButton(interaction.customId);
  if (!parsed) return respond(interaction, 'private', deps, async () => privateText('This button no longer works. Run /news again.'));
  const { action, token } = parsed;
  // Next/previous replace the private answer in place; share posts for everyone.
  await respond(interaction, action === 'share' ? 'public' : 'update', deps, async () => {
    const page = await loadPage(deps.context.store, token);
    if (!page) return privateText('These results are no longer available. Run /news again.');
    if (action === 'share') return shareAnswer(page, interaction.user.id, deps);
    const number = Number(page.args.page ?? 1) + (action === 'next' ? 1 : -1);
    const args = { ...page.args, page: number };
    const reply = await runCommand({ command: 'news', args }, contextFor(interaction, deps), deps.logger);
    if (reply.type !== 'stories') return { body: replyMessage(reply), visibility: 'private' };
    return { ...(await storiesAnswer(reply, args, deps)), visibility: 'update' };
  });
}

async function shareAnswer(page: NewsPage, userId: string, deps: InteractionDeps): Promise<Answer> {
  // A digest (/news today, /news week) is shared as the message a digest channel gets.
  if (page.digest) return { body: digestMessage(page.digest, `${digestHeading(page.digest)} — shared by <@${userId}>`), visibility: 'public' };
  const articles = (await Promise.all(page.articleIds.map((id) => deps.context.store.getArticle(id)))).filter(
    (article): article is Article => article !== undefined,
  );
  if (articles.length === 0) return privateText('These stories are no longer stored. Run /news again.');
  // <@id> shows who shared; allowed_mentions { parse: [] } keeps it from pinging.
  return { body: storiesMessage(articles, `**${escapeDiscord(page.title)}** — shared by <@${userId}>`), visibility: 'public' };
}

// --- autocomplete ----------------------------------------------------------------------------

async function autocomplete(interaction: AutocompleteInteraction, deps: InteractionDeps): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const spec = optionSpec(interaction.commandName, interaction.options.getSubcommand(false), focused.name);
  const typed = String(focused.value ?? '');
  let choices: { name: string; value: string }[] = [];
  if (spec?.autocomplete === 'topic') choices = topicChoices(typed, spec.name === 'topics', deps.context);
  // /news today and /news week are typed into the topic option: offer them first.
  if (interaction.commandName === 'news' && spec?.name === 'topic') choices = [...digestChoices(typed), ...choices];
  else if (spec?.autocomplete === 'source') choices = (await deps.sources.suggest(typed, 25)).map((name) => ({ name: clipText(name, 100), value: name }));
  // Discord: at most 25 choices, each name and value 1-100 characters. A value cannot be cut (it
  // would name something else): a longer one is left out.
  await interaction.respond(choices.filter((choice) => choice.value.length >= 1 && choice.value.length <= 100).slice(0, 25));
}

function optionSpec(commandName: string, subcommand: string | null, optionName: string): OptionSpec | undefined {
  const spec = findCommand(commandName)?.spec;
  const options = subcommand ? spec?.subcommands?.find((sub) => sub.name === subcommand)?.options : spec?.options;
  return options?.find((option) => option.name === optionName);
}

/** The digest spans of /news (today, week) whose name starts with what was typed. */
function digestChoices(typed: string): { name: string; value: string }[] {
  const spans = [
    { name: 'today — the day’s top stories, ranked by how many outlets told each', value: 'today' },
    { name: 'week — the week’s top stories, ranked by how many outlets told each', value: 'week' },
  ];
  return spans.filter((span) => span.value.startsWith(typed.trim().toLowerCase()));
}

/** Topic names matching what was typed; a comma-separated list (autopost topics) completes its last item. */
export function topicChoices(typed: string, list: boolean, { topics }: Pick<BaseContext, 'topics'>): { name: string; value: string }[] {
  const parts = list ? typed.split(',') : [typed];
  const last = (parts.pop() ?? '').trim().toLowerCase();
  const chosen = parts.map((part) => part.trim().toLowerCase()).filter(Boolean);
  const candidates = topics.topics.filter((topic) => !chosen.includes(topic.name));
  const starts = candidates.filter((topic) => topic.name.startsWith(last));
  const contains = candidates.filter(
    (topic) => !topic.name.startsWith(last) && (topic.name.includes(last) || topic.description.toLowerCase().includes(last)),
  );
  return [...starts, ...contains].slice(0, 25).map((topic) => {
    const value = [...chosen, topic.name].join(',');
    return { name: clipText(`${topic.emoji} ${value} — ${topic.description}`, 100), value };
  });
}

// --- answering within the 3-second window ----------------------------------------------------

function privateText(text: string): Answer {
  return { body: replyMessage({ type: 'text', text, error: true }), visibility: 'private' };
}

function messageOptions(answer: Answer): BaseMessageOptions {
  return {
    content: answer.body.content ?? '',
    embeds: answer.body.embeds ?? [],
    components: answer.components ?? [],
    allowedMentions: { parse: [] },
  };
}

/**
 * Runs `work` and answers with its result; when it is still running after deferAfterMs, the
 * interaction is deferred the way `expected` says and the answer edited (or followed up) later.
 */
async function respond(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  expected: Visibility,
  deps: InteractionDeps,
  work: () => Promise<Answer>,
): Promise<void> {
  // A failure is answered too: Discord would otherwise show "The application did not respond".
  const working = work().catch((error: unknown) => {
    deps.logger.error({ err: error }, 'interaction failed');
    return privateText('Something went wrong on my side; please try again in a minute.');
  });
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), deps.deferAfterMs)));
  let first: Answer | 'late';
  try {
    first = await Promise.race([working, late]);
  } finally {
    clearTimeout(timer);
  }
  if (first !== 'late') return answerNow(interaction, first);

  let deferred: Visibility = expected;
  if (expected === 'update' && interaction.isButton()) await interaction.deferUpdate();
  else {
    deferred = expected === 'public' ? 'public' : 'private';
    await interaction.deferReply(deferred === 'private' ? { flags: MessageFlags.Ephemeral } : {});
  }
  const answer = await working;
  const options = messageOptions(answer);
  const wanted = answer.visibility === 'update' && deferred !== 'update' ? 'private' : answer.visibility;
  let message: Message;
  if (wanted === deferred) {
    message = await interaction.editReply(options);
  } else {
    // A public "thinking…" must not turn into a private error in public: remove it, answer privately.
    if (deferred === 'public') await interaction.deleteReply().catch(() => undefined);
    message = await interaction.followUp({ ...options, ...(wanted === 'private' ? { flags: MessageFlags.Ephemeral } : {}) });
  }
  await answer.after?.(message);
}

async function answerNow(interaction: ChatInputCommandInteraction | ButtonInteraction, answer: Answer): Promise<void> {
  const options = messageOptions(answer);
  if (answer.visibility === 'update' && interaction.isButton()) {
    await interaction.update(options);
    return;
  }
  const flags = answer.visibility === 'public' ? undefined : MessageFlags.Ephemeral;
  if (!answer.after) {
    await interaction.reply({ ...options, flags });
    return;
  }
  const response = await interaction.reply({ ...options, flags, withResponse: true });
  const message = response.resource?.message;
  if (message) await answer.after(message);
}
