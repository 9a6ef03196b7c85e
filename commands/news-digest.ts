// /news today and /news week: the digest ranking on demand, privately (Share posts it). In a
// channel that receives digests, `today` is that channel's latest digest, exactly as it was
// posted; elsewhere it ranks the last 24 hours (week: 7 days) of a topic's stories.
import { buildDigest } from '../src/digest/build-digest.ts';
import { latestWindow, recentWindow } from '../src/digest/digest-window.ts';
import { outletStanding } from '../src/digest/outlet-standing.ts';
import { digestKey, type DigestEntry } from '../src/digest/schedule-digests.ts';
import type { CommandContext, Reply } from './command.ts';
import { DEFAULT_DIGEST_SIZE } from './digest-options.ts';

export type DigestSpan = 'today' | 'week';

export async function newsDigest(span: DigestSpan, topic: string, size: number | undefined, context: CommandContext): Promise<Reply> {
  const { store, records, user, now } = context;
  const channel = context.channel ? await records.getChannel(user.platform, context.channel.id) : undefined;
  const schedule = channel?.digest;
  const sameSpan = schedule && (span === 'today') === (schedule.every === 'daily');
  if (channel && schedule && sameSpan) {
    const window = latestWindow(schedule, now());
    const posted = await store.getRecord<DigestEntry>(digestKey(user.platform, { channelId: channel.channelId }, window.key));
    const digest =
      posted?.digest ??
      (await buildDigest(store, { window, topics: channel.topics, feeds: channel.feeds, size: size ?? schedule.size, standing: context.outletStanding ?? outletStanding() }));
    return digestReply(digest, span, topic);
  }
  const digest = await buildDigest(store, {
    window: recentWindow(span, now(), schedule?.tz),
    topics: [topic],
    size: size ?? DEFAULT_DIGEST_SIZE,
    standing: context.outletStanding ?? outletStanding(),
  });
  return digestReply(digest, span, topic);
}

function digestReply(digest: Awaited<ReturnType<typeof buildDigest>>, span: DigestSpan, topic: string): Reply {
  return {
    type: 'stories',
    command: 'news',
    title: digest.title,
    articles: digest.stories.map((story) => story.article),
    digest,
    emptyHint: `No ${topic} stories ${span === 'today' ? 'in the last 24 hours' : 'in the last 7 days'} yet.`,
  };
}
