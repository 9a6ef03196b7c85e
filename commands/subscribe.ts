// /subscribe topic and /unsubscribe topic: the same as reacting on the topic board, typed.
// Reactions call changeSubscription too, so both paths say and store the same thing.
import type { DigestSchedule } from '../src/digest/digest-window.ts';
import type { Platform } from '../src/store/bot-records.ts';
import type { Command, CommandContext, Reply } from './command.ts';
import { UserError } from './command.ts';
import { DIGEST_OPTIONS, describeDigest, parseDigestOptions } from './digest-options.ts';
import { clip } from './parse-duration.ts';
import { closest } from './suggest.ts';

const topicOption = [{ name: 'topic', description: 'A topic such as open-source or policy', type: 'string' as const, required: true, autocomplete: 'topic' as const }];

/** mode:each|digest and a digest's when; a subscriber's digest covers every topic they follow. */
const modeOptions = DIGEST_OPTIONS.filter((option) => option.name !== 'size');

export const subscribeCommand: Command = {
  spec: { name: 'subscribe', description: 'Get a DM for each new story on a topic, or one digest a day', permission: 'anyone', options: [...topicOption, ...modeOptions] },
  run(args, context) {
    if (context.user.platform === 'console') throw new UserError(TERMINAL_HAS_NO_DMS);
    // No mode: keep what the user chose before; mode:each ends digests.
    const digest = args.mode === undefined || args.mode === '' ? undefined : (parseDigestOptions(args, context.now()) ?? null);
    return changeSubscription(context, context.user, String(args.topic ?? ''), true, digest);
  },
};

/** The terminal prints every story as it comes: subscriptions (DMs) mean Discord or Slack. */
const TERMINAL_HAS_NO_DMS =
  'The terminal has no DMs: it prints every new story as it arrives. Subscriptions send Discord or Slack DMs; here, /news policy shows one topic.';

export const unsubscribeCommand: Command = {
  spec: { name: 'unsubscribe', description: 'Stop the DMs for a topic', permission: 'anyone', options: topicOption },
  run: (args, context) => {
    if (context.user.platform === 'console') throw new UserError(TERMINAL_HAS_NO_DMS);
    return changeSubscription(context, context.user, String(args.topic ?? ''), false);
  },
};

// One user's changes run one after another in this process: two quick reactions read, change and
// write the same record, and the second must see the first.
const pending = new Map<string, Promise<unknown>>();

/** Adds or removes one topic of one user's subscription; answers in words the user reads privately. */
export function changeSubscription(
  context: Pick<CommandContext, 'records' | 'topics' | 'limits'>,
  user: { id: string; platform: Platform },
  topicName: string,
  on: boolean,
  digest?: DigestSchedule | null,
): Promise<Reply> {
  const key = `${user.platform}:${user.id}`;
  const result = (pending.get(key) ?? Promise.resolve()).then(() => applyChange(context, user, topicName, on, digest));
  const tail = result.catch(() => undefined);
  pending.set(key, tail);
  void tail.then(() => {
    if (pending.get(key) === tail) pending.delete(key);
  });
  return result;
}

async function applyChange(
  { records, topics, limits }: Pick<CommandContext, 'records' | 'topics' | 'limits'>,
  user: { id: string; platform: Platform },
  topicName: string,
  on: boolean,
  digest?: DigestSchedule | null,
): Promise<Reply> {
  const name = topicName.trim().toLowerCase();
  const topic = topics.byName.get(name);
  if (!topic) {
    const guess = closest(name, [...topics.byName.keys()]);
    throw new UserError(
      `There is no topic "${clip(name)}". ${guess ? `Did you mean ${guess}?` : `Topics: ${[...topics.byName.keys()].join(', ')}`}`,
    );
  }
  const current = (await records.getSubscription(user.platform, user.id)) ?? { platform: user.platform, userId: user.id, topics: [] };
  const has = current.topics.includes(name);
  if (on && !has && current.topics.length >= limits.subscriptionsPerUser) {
    throw new UserError(`You already follow ${limits.subscriptionsPerUser} topics, the most one person can. Unsubscribe from one first.`);
  }
  const next = on ? (has ? current.topics : [...current.topics, name]) : current.topics.filter((entry) => entry !== name);
  // Subscribing again is the user saying "my DMs are open now".
  const chosen = digest === undefined ? current.digest : (digest ?? undefined);
  await records.setSubscription({ ...current, topics: next, digest: chosen, dmClosedAt: on ? undefined : current.dmClosedAt });
  const label = `${topic.emoji} ${name}`;
  return {
    type: 'text',
    text: on
      ? chosen
        ? `${has ? 'You already follow' : 'Subscribed to'} ${label}: you get ${describeDigest(chosen)} by DM of the topics you follow, instead of a DM per story.`
        : `${has ? 'You already follow' : 'Subscribed to'} ${label}: you get a DM for each new story (several within 10 minutes come as one DM).`
      : has
        ? `Unsubscribed from ${label}.`
        : `You were not subscribed to ${label}.`,
  };
}
