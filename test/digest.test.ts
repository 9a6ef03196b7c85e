// Digests: windows in the channel's time zone across DST changes, ranking by coverage, and one
// delivery per channel and window however often the bot restarts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../src/articles/article.ts';
import type { ChatTransport } from '../src/delivery/chat-transport.ts';
import type { Digest } from '../src/digest/build-digest.ts';
import { latestWindow, type DigestSchedule } from '../src/digest/digest-window.ts';
import { outletStanding } from '../src/digest/outlet-standing.ts';
import { rankStories } from '../src/digest/rank-stories.ts';
import { createDigestScheduler } from '../src/digest/schedule-digests.ts';
import { createBotRecords } from '../src/store/bot-records.ts';
import { openStore } from '../src/store/open-store.ts';
import type { NewsStore } from '../src/store/store-types.ts';
import { DEFAULT_LIMITS, type CommandContext } from '../commands/command.ts';
import { parseCommandText } from '../commands/parse-command-text.ts';
import { runCommand } from '../commands/run-command.ts';
import { loadTopicTable } from '../src/articles/topics.ts';
import { article } from './helpers/articles.ts';
import { seededRandom } from './helpers/seeded-random.ts';

const logger = pino({ level: 'silent' });
const standing = outletStanding();

/** Behaves like a platform: a key already posted is not posted again (Discord's nonce, Slack's metadata). */
class DigestTransport implements ChatTransport {
  platform = 'discord' as const;
  messages: { to: string; digest: Digest; key: string; at: Date }[] = [];
  calls = 0;
  /** Posts, then "loses the response" (a crash before the record says sent). */
  loseNextResponse = false;
  constructor(private readonly clock: () => Date) {}
  async postStory(): Promise<{ messageId: string }> {
    throw new Error('not used');
  }
  async editStory() {}
  async sendDm() {}
  async postDigest(channelId: string, digest: Digest, key: string) {
    return this.deliver(channelId, digest, key);
  }
  async sendDigestDm(userId: string, digest: Digest, key: string) {
    await this.deliver(`dm:${userId}`, digest, key);
  }
  private async deliver(to: string, digest: Digest, key: string) {
    this.calls += 1;
    let index = this.messages.findIndex((message) => message.key === key);
    if (index < 0) index = this.messages.push({ to, digest, key, at: this.clock() }) - 1;
    if (this.loseNextResponse) {
      this.loseNextResponse = false;
      throw new Error('socket hang up');
    }
    return { messageId: `m${index + 1}` };
  }
}

/** Channel c1 set to a daily ai digest at 09:00 UTC at `setAt`. */
async function setDailyChannel(records: ReturnType<typeof createBotRecords>, setAt: Date): Promise<void> {
  await records.setChannel({
    platform: 'discord',
    channelId: 'c1',
    topics: ['ai'],
    digest: { every: 'daily', at: '09:00', tz: 'UTC', size: 5, since: setAt.toISOString() },
    setBy: 'admin',
    setAt: setAt.toISOString(),
  });
}

function localDay(date: Date, tz: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}
function localTime(date: Date, tz: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}

describe('digest windows', () => {
  it('a Berlin daily digest at 09:00 is due at 09:00 local on both sides of the October change', () => {
    const schedule: DigestSchedule = { every: 'daily', at: '09:00', tz: 'Europe/Berlin', size: 5 };
    // 2026-10-25 is the last Sunday of October: Berlin goes from UTC+2 to UTC+1 at 03:00.
    const before = latestWindow(schedule, new Date('2026-10-24T12:00:00Z'));
    expect(before.end.toISOString()).toBe('2026-10-24T07:00:00.000Z');
    const changeDay = latestWindow(schedule, new Date('2026-10-25T12:00:00Z'));
    expect(changeDay.end.toISOString()).toBe('2026-10-25T08:00:00.000Z');
    expect(changeDay.end.getTime() - changeDay.start.getTime()).toBe(25 * 3_600_000);
    expect(changeDay.key).toBe('daily:2026-10-25');
    expect(changeDay.title).toBe('AI news — Sunday 25 October');
  });

  it('a New York digest across the March change covers 23 hours that day', () => {
    const schedule: DigestSchedule = { every: 'daily', at: '09:00', tz: 'America/New_York', size: 5 };
    const window = latestWindow(schedule, new Date('2027-03-14T15:00:00Z'));
    expect(window.end.toISOString()).toBe('2027-03-14T13:00:00.000Z');
    expect(window.end.getTime() - window.start.getTime()).toBe(23 * 3_600_000);
  });

  it('before the time of day, the latest window is yesterday’s; weekly windows end on the chosen weekday', () => {
    const daily = latestWindow({ every: 'daily', at: '09:00', tz: 'UTC', size: 5 }, new Date('2026-12-02T08:59:00Z'));
    expect(daily.key).toBe('daily:2026-12-01');
    const weekly = latestWindow({ every: 'weekly', on: 1, at: '09:00', tz: 'UTC', size: 5 }, new Date('2026-12-02T10:00:00Z'));
    expect(weekly.key).toBe('weekly:2026-11-30');
    expect(weekly.title).toBe('AI news — the week to Monday 30 November');
    expect(weekly.end.getTime() - weekly.start.getTime()).toBe(7 * 86_400_000);
    const weeklyOnTheDay = latestWindow({ every: 'weekly', on: 3, at: '09:00', tz: 'UTC', size: 5 }, new Date('2026-12-02T08:00:00Z'));
    expect(weeklyOnTheDay.key).toBe('weekly:2026-11-25');
  });
});

describe('ranking', () => {
  const group = (story: string, outlets: string[], hour: number): Article[] =>
    outlets.map((source, i) =>
      article(`${story}-${i}`, { story, source, headline: `${story} by ${source}`, published: new Date(Date.UTC(2026, 11, 1, hour, i)).toISOString() }),
    );
  const shuffled = <T>(items: T[], seed: number): T[] => {
    const random = seededRandom(seed);
    return items.map((item) => [random(), item] as const).sort((a, b) => a[0] - b[0]).map(([, item]) => item);
  };

  it('a story told by four outlets outranks one told by one, then standing, then recency', () => {
    const articles = [
      ...group('four-outlets', ['Small Blog', 'Another Blog', 'Third Site', 'Fourth Site'], 1),
      ...group('reuters-alone', ['Reuters'], 10),
      ...group('blog-alone-new', ['Tiny Blog'], 11),
      ...group('blog-alone-old', ['Tiny Blog'], 2),
      ...group('two-outlets', ['Tiny Blog', 'Other Blog', 'Tiny Blog'], 3),
    ];
    for (const seed of [1, 2, 3]) {
      const ranked = rankStories(shuffled(articles, seed), { standing, size: 10 });
      expect(ranked.map((story) => story.story)).toEqual(['four-outlets', 'two-outlets', 'reuters-alone', 'blog-alone-new', 'blog-alone-old']);
      expect(ranked[0]!.outlets).toHaveLength(4);
      // The same outlet twice is one outlet.
      expect(ranked[1]!.outlets).toEqual(['Tiny Blog', 'Other Blog']);
    }
  });

  it('the shown article is the best-standing outlet’s', () => {
    const [top] = rankStories(group('s', ['Tiny Blog', 'Reuters', 'Other'], 1), { standing, size: 5 });
    expect(top!.article.source).toBe('Reuters');
    expect(top!.outlets[0]).toBe('Reuters');
    const overridden = rankStories(group('s', ['Tiny Blog', 'Reuters'], 1), { standing: outletStanding('Tiny Blog=9'), size: 5 });
    expect(overridden[0]!.article.source).toBe('Tiny Blog');
  });

  it('a story shown before comes back only when it grew by N outlets, marked update', () => {
    const shownBefore = { grown: 2, same: 3 };
    const ranked = rankStories([...group('grown', ['A', 'B', 'C', 'D'], 1), ...group('same', ['A', 'B', 'C', 'D'], 1), ...group('fresh', ['A'], 1)], {
      standing,
      size: 5,
      shownBefore,
      updateGrowth: 2,
    });
    expect(ranked.map((story) => [story.story, story.update])).toEqual([
      ['grown', true],
      ['fresh', false],
    ]);
  });
});

describe('scheduled digests', () => {
  let store: NewsStore;
  let dir: string | undefined;
  afterEach(async () => {
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  /** Two AI stories an hour, one told by three outlets, so every window has something to rank. */
  async function seed(from: Date, to: Date) {
    const articles: Article[] = [];
    for (let t = from.getTime(); t < to.getTime(); t += 3_600_000) {
      const hour = new Date(t).toISOString();
      articles.push(
        ...['Reuters', 'The Verge', 'Tiny Blog'].map((source, i) => article(`wide-${t}-${i}`, { story: `wide-${t}`, source, published: hour, firstSeen: hour })),
        article(`narrow-${t}`, { story: `narrow-${t}`, source: 'Tiny Blog', published: hour, firstSeen: hour }),
      );
    }
    await store.putArticles(articles);
  }

  async function runDays(tz: string, from: string, to: string) {
    store = await openStore({ storeUrl: 'memory:', dataDir: '' });
    const records = createBotRecords(store);
    let clock = new Date(from);
    await seed(new Date(Date.parse(from) - 2 * 86_400_000), new Date(to));
    await records.setChannel({
      platform: 'discord',
      channelId: 'digest-channel',
      topics: ['ai'],
      digest: { every: 'daily', at: '09:00', tz, size: 5, since: from },
      setBy: 'admin',
      setAt: from,
    });
    const transport = new DigestTransport(() => clock);
    const scheduler = createDigestScheduler({ store, records, transports: [transport], logger, standing, now: () => clock });
    for (; clock.getTime() < Date.parse(to); clock = new Date(clock.getTime() + 15 * 60_000)) await scheduler.runDue();
    return transport;
  }

  it('a Europe/Berlin channel across the last Sunday of October gets exactly one digest per local day, at 09:00', async () => {
    const transport = await runDays('Europe/Berlin', '2026-10-22T00:00:00Z', '2026-10-29T00:00:00Z');
    const days = transport.messages.map((message) => localDay(message.at, 'Europe/Berlin'));
    expect(days).toEqual(['2026-10-22', '2026-10-23', '2026-10-24', '2026-10-25', '2026-10-26', '2026-10-27', '2026-10-28']);
    expect(new Set(transport.messages.map((message) => localTime(message.at, 'Europe/Berlin')))).toEqual(new Set(['09:00']));
    expect(transport.calls).toBe(7);
    const sunday = transport.messages[3]!.digest;
    expect(sunday.title).toBe('AI news — Sunday 25 October');
    expect(sunday.late).toBe(false);
    // Ranked: the stories three outlets told come first, and none is shown twice across digests.
    expect(sunday.stories[0]!.outlets).toHaveLength(3);
    const shown = transport.messages.flatMap((message) => message.digest.stories.map((story) => story.story));
    expect(new Set(shown).size).toBe(shown.length);
  });

  it('an America/New_York channel across the March change gets one digest per local day', async () => {
    const transport = await runDays('America/New_York', '2027-03-12T00:00:00Z', '2027-03-17T00:00:00Z');
    const days = transport.messages.map((message) => localDay(message.at, 'America/New_York'));
    expect(days).toEqual(['2027-03-12', '2027-03-13', '2027-03-14', '2027-03-15', '2027-03-16']);
    expect(new Set(transport.messages.map((message) => localTime(message.at, 'America/New_York')))).toEqual(new Set(['09:00']));
  });

  it('restarts mid-window and a lost response never send a window twice; a missed window is sent late, once', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'newsbot-digest-'));
    const open = () => openStore({ storeUrl: `sqlite://${path.join(dir!, 'bot.sqlite')}`, dataDir: dir! });
    let clock = new Date('2026-12-01T06:00:00Z');
    const transport = new DigestTransport(() => clock);
    store = await open();
    await seed(new Date('2026-11-30T00:00:00Z'), new Date('2026-12-03T00:00:00Z'));
    await setDailyChannel(createBotRecords(store), clock);
    const boot = async () => {
      const records = createBotRecords(store);
      return createDigestScheduler({ store, records, transports: [transport], logger, standing, now: () => clock });
    };

    // 09:00: the post reaches the channel but the response is lost; the process then "crashes".
    clock = new Date('2026-12-01T09:00:00Z');
    transport.loseNextResponse = true;
    await (await boot()).runDue();
    await store.close();
    // Two processes come back on the same store within the window and both look.
    store = await open();
    await (await boot()).runDue();
    await (await boot()).runDue();
    clock = new Date('2026-12-01T18:00:00Z');
    await (await boot()).runDue();
    expect(transport.messages.map((message) => message.key)).toEqual(['digest:discord:c1:daily:2026-12-01']);

    // Down from 08:00 to 15:00 the next day: that morning's digest is sent at 15:00, marked late, once.
    clock = new Date('2026-12-02T15:00:00Z');
    await store.close();
    store = await open();
    await (await boot()).runDue();
    await (await boot()).runDue();
    expect(transport.messages).toHaveLength(2);
    expect(transport.messages[1]!.digest.late).toBe(true);
    expect(transport.messages[1]!.digest.title).toBe('AI news — Wednesday 2 December');
  });

  it('a story published just before a digest was due but fetched after it is in the next digest, once', async () => {
    store = await openStore({ storeUrl: 'memory:', dataDir: '' });
    const records = createBotRecords(store);
    let clock = new Date('2026-12-01T06:00:00Z');
    await setDailyChannel(records, clock);
    await store.putArticles([article('early', { story: 'early', published: '2026-12-01T07:00:00Z', firstSeen: '2026-12-01T07:05:00Z' })]);
    const transport = new DigestTransport(() => clock);
    const scheduler = createDigestScheduler({ store, records, transports: [transport], logger, standing, now: () => clock });
    clock = new Date('2026-12-01T09:00:00Z');
    await scheduler.runDue();
    // Published 08:59, fetched at 09:05: after that day's digest was built.
    await store.putArticles([article('edge', { story: 'edge', published: '2026-12-01T08:59:00Z', firstSeen: '2026-12-01T09:05:00Z' })]);
    await store.putArticles([article('next', { story: 'next', published: '2026-12-01T12:00:00Z', firstSeen: '2026-12-01T12:05:00Z' })]);
    clock = new Date('2026-12-02T09:00:00Z');
    await scheduler.runDue();
    clock = new Date('2026-12-03T09:00:00Z');
    await scheduler.runDue();
    expect(transport.messages.map((message) => message.digest.stories.map((story) => story.story))).toEqual([['early'], ['next', 'edge'], []]);
  });

  it('subscribers who chose digests get one digest DM per day', async () => {
    store = await openStore({ storeUrl: 'memory:', dataDir: '' });
    const records = createBotRecords(store);
    let clock = new Date('2026-12-01T00:00:00Z');
    await seed(new Date('2026-11-30T00:00:00Z'), new Date('2026-12-03T00:00:00Z'));
    await records.setSubscription({ platform: 'discord', userId: 'u1', topics: ['ai'], digest: { every: 'daily', at: '09:00', tz: 'UTC', size: 5, since: clock.toISOString() } });
    const transport = new DigestTransport(() => clock);
    const scheduler = createDigestScheduler({ store, records, transports: [transport], logger, standing, now: () => clock });
    for (; clock.getTime() < Date.parse('2026-12-03T00:00:00Z'); clock = new Date(clock.getTime() + 30 * 60_000)) await scheduler.runDue();
    expect(transport.messages.map((message) => [message.to, message.key])).toEqual([
      ['dm:u1', 'digest-dm:discord:u1:daily:2026-12-01'],
      ['dm:u1', 'digest-dm:discord:u1:daily:2026-12-02'],
    ]);
  });
});

describe('digest commands', () => {
  let store: NewsStore;
  afterEach(async () => {
    await store?.close();
  });
  const topics = loadTopicTable();
  const topicNames = new Set(topics.byName.keys());

  async function setUp(clock: { now: Date }) {
    store = await openStore({ storeUrl: 'memory:', dataDir: '' });
    const records = createBotRecords(store);
    const context = (user: string, channel?: string): CommandContext => ({
      store,
      records,
      topics,
      now: () => clock.now,
      limits: DEFAULT_LIMITS,
      feeds: [],
      user: { id: user, platform: 'discord' },
      channel: channel ? { id: channel, serverId: 'g1' } : undefined,
    });
    const run = (line: string, user = 'admin', channel?: string) => runCommand(parseCommandText(line, topicNames), context(user, channel), logger);
    return { records, run };
  }

  it('/autopost set … mode:digest stores the channel’s schedule; mistakes are one line', async () => {
    const clock = { now: new Date('2026-12-01T10:00:00Z') };
    const { records, run } = await setUp(clock);
    const reply = await run('/news autopost set topics:ai mode:digest every:weekly on:monday at:9:30 tz:Europe/Berlin size:7', 'admin', 'c1');
    expect(reply).toMatchObject({ type: 'text', text: expect.stringContaining('a weekly digest on Mondays at 09:30 Europe/Berlin (top 7 stories)') });
    expect((await records.getChannel('discord', 'c1'))?.digest).toEqual({ every: 'weekly', on: 1, at: '09:30', tz: 'Europe/Berlin', size: 7, since: clock.now.toISOString() });
    expect(await run('/news autopost status', 'admin', 'c1')).toMatchObject({ text: expect.stringContaining('weekly digest') });
    for (const [line, error] of [
      ['/news autopost set ai mode:digest tz:Mars/Olympus', 'not a time zone I know'],
      ['/news autopost set ai mode:digest at:25:00', 'at must be a time of day'],
      ['/news autopost set ai every:daily', 'only apply to digests: add mode:digest'],
      ['/news autopost set ai mode:digest size:11', 'size must be a whole number from 1 to 10'],
    ] as const) {
      const answer = await run(line, 'admin', 'c2');
      expect(answer).toMatchObject({ type: 'text', error: true, text: expect.stringContaining(error) });
      expect((answer as { text: string }).text).not.toContain('\n');
    }
    // mode:each (the default) is a post per story again.
    await run('/news autopost set ai', 'admin', 'c1');
    expect((await records.getChannel('discord', 'c1'))?.digest).toBeUndefined();
  });

  it('/subscribe topic mode:digest chooses digest DMs; subscribing to more keeps the choice; mode:each ends it', async () => {
    const clock = { now: new Date('2026-12-01T10:00:00Z') };
    const { records, run } = await setUp(clock);
    expect(await run('/news subscribe ai mode:digest tz:America/New_York', 'u1')).toMatchObject({ text: expect.stringContaining('a daily digest at 09:00 America/New_York') });
    await run('/news subscribe policy', 'u1');
    expect(await records.getSubscription('discord', 'u1')).toMatchObject({ topics: ['ai', 'policy'], digest: { every: 'daily', tz: 'America/New_York' } });
    await run('/news subscribe ai mode:each', 'u1');
    expect((await records.getSubscription('discord', 'u1'))?.digest).toBeUndefined();
  });

  it('/news today in a digest channel is the digest the channel got; elsewhere it ranks the last 24 hours', async () => {
    const clock = { now: new Date('2026-12-01T08:00:00Z') };
    const { records, run } = await setUp(clock);
    const hour = (h: number) => new Date(Date.UTC(2026, 11, 1, h)).toISOString();
    await store.putArticles([
      ...['Reuters', 'The Verge', 'Wired', 'Tiny Blog'].map((source, i) => article(`wide-${i}`, { story: 'wide', source, published: hour(1 + i) })),
      article('narrow', { story: 'narrow', source: 'Reuters', published: hour(7) }),
      article('late-news', { story: 'late-news', source: 'Reuters', published: hour(10) }),
    ]);
    await run('/news autopost set ai mode:digest at:09:00', 'admin', 'c1');
    await records.setChannel({ ...(await records.getChannel('discord', 'c1'))!, digest: { every: 'daily', at: '09:00', tz: 'UTC', size: 5 } });
    const transport = new DigestTransport(() => clock.now);
    const scheduler = createDigestScheduler({ store, records, transports: [transport], logger, standing, now: () => clock.now });
    clock.now = new Date('2026-12-01T09:00:00Z');
    await scheduler.runDue();
    clock.now = new Date('2026-12-01T12:00:00Z');
    await scheduler.runDue();
    const posted = transport.messages.map((message) => message.digest.stories.map((story) => story.story));
    expect(posted).toEqual([['wide', 'narrow']]);

    const inChannel = await run('/news today', 'someone', 'c1');
    expect(inChannel).toMatchObject({ type: 'stories', title: 'AI news — Tuesday 1 December' });
    expect((inChannel as { digest: Digest }).digest.stories.map((story) => story.story)).toEqual(posted[0]);

    const elsewhere = await run('/news today');
    expect((elsewhere as { digest: Digest }).digest.stories.map((story) => [story.story, story.outlets.length])).toEqual([
      ['wide', 4],
      ['late-news', 1],
      ['narrow', 1],
    ]);
    const week = await run('/news week limit:1');
    expect((week as { digest: Digest }).digest).toMatchObject({ title: 'AI news — the week to Tuesday 1 December', stories: [{ story: 'wide' }] });
  });
});
