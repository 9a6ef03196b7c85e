// What "exactly once" means, counted: for every channel with autopost and every subscriber, the
// stories that should have reached it (the stored articles whose topics it follows, grouped by
// story), against what the fake platforms hold (story links found in channel posts and DMs).
// Independent of the outbox's keys: a story posted twice under two keys is still a duplicate.
import type { Article } from '../../src/articles/article.ts';
import type { FakeDiscord, FakeMessage } from '../fakes/fake-discord.ts';
import type { FakeSlack, SlackMessage } from '../fakes/fake-slack.ts';

export interface AuditTarget {
  /** e.g. "discord #C1" or "slack DM U1". */
  name: string;
  topics: string[];
  /** Each message the platform holds for it, as the story links it carries. */
  messages: string[][];
}

export interface AuditReport {
  /** Story deliveries that arrived (once or more). */
  posted: number;
  /** Extra copies beyond the first. */
  duplicates: number;
  /** Story deliveries that never arrived. */
  lost: number;
  /** Links posted to a target that should not have had them (or that match no stored article). */
  unexpected: number;
  /** One line per target with a problem, for the failure message. */
  problems: string[];
  /** "name: got/expected" per target. */
  perTarget: string[];
}

export function discordLinks(message: FakeMessage): string[] {
  return message.embeds.flatMap((embed) => (typeof embed.url === 'string' ? [embed.url] : []));
}

export function slackLinks(message: SlackMessage): string[] {
  return [...JSON.stringify(message.blocks ?? []).matchAll(/<(https?:\/\/[^|>]+)\|/g)].map((match) => match[1]!);
}

export function discordTargets(fake: FakeDiscord, channels: { id: string; topics: string[] }[], users: { id: string; topics: string[] }[]): AuditTarget[] {
  return [
    ...channels.map((channel) => ({
      name: `discord #${channel.id}`,
      topics: channel.topics,
      messages: fake.messages(channel.id).filter((m) => m.author.id === fake.botUser.id).map(discordLinks),
    })),
    ...users.map((user) => ({ name: `discord DM ${user.id}`, topics: user.topics, messages: fake.dmsTo(user.id).map(discordLinks) })),
  ];
}

export function slackTargets(fake: FakeSlack, channels: { id: string; topics: string[] }[], users: { id: string; topics: string[] }[]): AuditTarget[] {
  const bot = (m: SlackMessage) => m.user === fake.botUserId;
  return [
    ...channels.map((channel) => ({ name: `slack #${channel.id}`, topics: channel.topics, messages: fake.messages(channel.id).filter(bot).map(slackLinks) })),
    ...users.map((user) => ({
      name: `slack DM ${user.id}`,
      topics: user.topics,
      messages: fake.messages(fake.dmChannelId(user.id)).filter(bot).map(slackLinks),
    })),
  ];
}

export function auditDeliveries(articles: Article[], targets: AuditTarget[]): AuditReport {
  const storyOfUrl = new Map(articles.map((article) => [article.url, article.story]));
  // A story that took in stories posted before (a later article told the same event as both: see
  // Article.mergedStories) was posted once under each id it had; after the merge, never again.
  const allowed = new Map<string, number>();
  const formerOf = new Map<string, string[]>();
  const idOfUrl = new Map(articles.map((article) => [article.url, article.id]));
  for (const article of articles) if (article.mergedStories) formerOf.set(article.story, [...(formerOf.get(article.story) ?? []), ...article.mergedStories]);
  for (const article of articles) allowed.set(article.story, Math.max(allowed.get(article.story) ?? 1, 1 + (article.mergedStories?.length ?? 0)));
  const report: AuditReport = { posted: 0, duplicates: 0, lost: 0, unexpected: 0, problems: [], perTarget: [] };
  for (const target of targets) {
    const expected = new Set(articles.filter((a) => a.topics.some((topic) => target.topics.includes(topic))).map((a) => a.story));
    const copies = new Map<string, number>();
    const strays: string[] = [];
    for (const links of target.messages) {
      // A story appears once per message even if two of its articles' links were in it.
      const stories = new Set<string>();
      for (const link of links) {
        const story = storyOfUrl.get(link);
        if (!story || !expected.has(story)) strays.push(link);
        else stories.add(story);
      }
      for (const story of stories) copies.set(story, (copies.get(story) ?? 0) + 1);
    }
    // A story split off one posted before (a later article matched part of it better) was shown
    // there, under its former id: delivery adds its articles to that post, so it is not lost.
    const postedIds = new Set(target.messages.flat().map((link) => idOfUrl.get(link)));
    const shownBefore = (story: string) => (formerOf.get(story) ?? []).some((former) => copies.has(former) || postedIds.has(former));
    const lost = [...expected].filter((story) => !copies.has(story) && !shownBefore(story));
    const doubled = [...copies].filter(([story, count]) => count > allowed.get(story)!);
    report.perTarget.push(`${target.name}: ${copies.size}/${expected.size}`);
    report.posted += copies.size;
    report.lost += lost.length;
    report.duplicates += doubled.reduce((sum, [story, count]) => sum + count - allowed.get(story)!, 0);
    report.unexpected += strays.length;
    if (lost.length || doubled.length || strays.length) {
      report.problems.push(
        `${target.name}: expected ${expected.size}, got ${copies.size}; lost ${lost.length}, doubled ${JSON.stringify(doubled.slice(0, 5))}, unexpected ${JSON.stringify(strays.slice(0, 5))}`,
      );
    }
  }
  return report;
}
