// Reactions on a topic board → the reacting user's subscription (only theirs). The bot's own
// reactions and reactions on any other message are ignored. Works for boards posted before a
// restart: the adapter asks for partial messages and reactions, and only ids are needed here.
import type { MessageReaction, PartialMessageReaction, PartialUser, User } from 'discord.js';
import { UserError } from '../../../commands/command.ts';
import { changeSubscription } from '../../../commands/subscribe.ts';
import type { Topic, TopicTable } from '../../articles/topics.ts';
import type { Logger } from '../../logger.ts';
import type { BaseContext } from './handle-interaction.ts';

export interface ReactionDeps {
  context: BaseContext;
  logger: Logger;
  botUserId: () => string | undefined;
}

export async function handleReaction(
  reaction: MessageReaction | PartialMessageReaction,
  user: User | PartialUser,
  added: boolean,
  deps: ReactionDeps,
): Promise<void> {
  if (user.id === deps.botUserId() || user.bot) return;
  const topic = topicForEmoji(deps.context.topics, reaction.emoji);
  if (!topic) return;
  if (!(await deps.context.records.isBoard('discord', reaction.message.id))) return;
  try {
    await changeSubscription(deps.context, { id: user.id, platform: 'discord' }, topic.name, added);
    deps.logger.info({ user: user.id, topic: topic.name, subscribed: added }, 'subscription changed by reaction');
  } catch (error) {
    // e.g. the subscription limit: nothing to answer a reaction with but the log.
    if (error instanceof UserError) deps.logger.info({ user: user.id, topic: topic.name, reason: error.message }, 'reaction not applied');
    else throw error;
  }
}

/** Unicode emoji compare without variation selectors (❤ vs ❤️); custom ones (<:name:id>) by id. */
export function topicForEmoji(topics: TopicTable, emoji: { id: string | null; name: string | null }): Topic | undefined {
  const plain = (text: string) => text.replace(/\uFE0F/g, '');
  return topics.topics.find((topic) => {
    const custom = /^<a?:\w+:(\d+)>$/.exec(topic.emoji);
    if (custom) return emoji.id === custom[1];
    return !emoji.id && emoji.name !== null && plain(emoji.name) === plain(topic.emoji);
  });
}
