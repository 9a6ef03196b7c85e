// A story's picture end to end: a feed item with a media:thumbnail is polled from the feed server,
// stored with its image, and posted through the real discord.js and Bolt clients to the strict
// fakes: on Discord as the embed thumbnail, on Slack as an image beside the story. An image Slack
// cannot download makes it refuse the post; the story still arrives there, in the minimal form,
// and a later edit (a second outlet told it) leaves the image out instead of being refused too.
import { pino } from 'pino';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Article } from '../src/articles/article.ts';
import { loadTopicTable } from '../src/articles/topics.ts';
import { createDelivery } from '../src/delivery/deliver-stories.ts';
import { createPoller } from '../src/feeds/poll-feeds.ts';
import { startFeedServer, type FeedServer } from './fakes/feed-server.ts';
import { DISCORD_NEWS, startTwoPlatforms, type TwoPlatforms } from './helpers/two-platforms.ts';

const SLACK_NEWS = 'C0NEWS';
const logger = pino({ level: 'silent' });
const topics = loadTopicTable();

const PICTURED = 'OpenAI releases an open-weight language model';
const UNREACHABLE = 'Anthropic opens a research lab for AI safety';

/** Two AI stories with pictures; the second's picture is on a host Slack cannot reach. */
const FEED = `<?xml version="1.0"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Example AI News</title><link>https://ai-news.example/</link>
<item><title>${PICTURED}</title><link>https://ai-news.example/openai-model</link><guid>https://ai-news.example/openai-model</guid>
<pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate><media:thumbnail url="/images/openai-model.jpg" width="640" height="360"/>
<description>OpenAI released an open-weight language model on Tuesday that runs on a single GPU, the company said.</description></item>
<item><title>${UNREACHABLE}</title><link>https://ai-news.example/anthropic-lab</link><guid>https://ai-news.example/anthropic-lab</guid>
<pubDate>Tue, 01 Dec 2026 11:00:00 GMT</pubDate><media:content url="https://down.example/lab.jpg" medium="image"/>
<description>Anthropic opened a research lab for AI safety in London on Tuesday, the company said.</description></item>
</channel></rss>`;

/** The same Anthropic story from a second outlet, without a picture: the first post is edited. */
const SECOND_OUTLET = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Other Tech Site</title><link>https://other-tech.example/</link>
<item><title>Anthropic opens AI safety research lab in London</title><link>https://other-tech.example/anthropic-london-lab</link><guid>https://other-tech.example/anthropic-london-lab</guid>
<pubDate>Tue, 01 Dec 2026 12:00:00 GMT</pubDate>
<description>Anthropic has opened a research lab for AI safety in London, the Claude maker said on Tuesday.</description></item>
</channel></rss>`;

let server: FeedServer;
let rig: TwoPlatforms;

beforeEach(async () => {
  server = await startFeedServer();
  rig = await startTwoPlatforms({ topics, slackChannel: { id: SLACK_NEWS }, slack: { imageDownloads: (url) => !url.startsWith('https://down.example/') } });
});
afterEach(async () => {
  await rig?.close();
  await server.close();
});

/** Polls one feed; its new stories go to `delivery`. */
function pollFeed(path: string, delivery: { enqueue(articles: Article[]): Promise<void> }) {
  return createPoller({
    feeds: [{ url: server.url(path) }],
    store: rig.store,
    topics,
    logger,
    intervalMs: 600_000,
    newFeedAnnounceLimit: 5,
    retentionDays: 3650,
    onNewArticles: (articles: Article[]) => delivery.enqueue(articles),
  }).pollAll();
}

it("posts a story's feed image to Discord (embed thumbnail) and Slack (image beside it); one Slack cannot download falls back to the minimal form, and its edits leave it out", { timeout: 60_000 }, async () => {
  const { store, records, discord, slack, discordFake, slackFake } = rig;
  server.setFeed('/ai.xml', FEED);
  let clock = Date.now();
  const delivery = createDelivery({ store, records, transports: [discord.transport!, slack.transport!], logger, now: () => new Date(clock) });
  /** Flushes the outbox, time moving on, until `done` (at most 100 rounds). */
  const deliverUntil = async (done: () => boolean) => {
    for (let round = 0; round < 100 && !done(); round++) {
      await delivery.flush();
      clock += 1_500;
    }
  };
  await pollFeed('/ai.xml', delivery);
  const discordPost = (headline: string) => discordFake.messages(DISCORD_NEWS).find((m) => m.embeds[0]?.title === headline);
  const slackPost = (headline: string) => slackFake.messages(SLACK_NEWS).find((m) => JSON.stringify(m.blocks).includes(headline));
  const arrived = () => [PICTURED, UNREACHABLE].every((headline) => discordPost(headline) && slackPost(headline));
  await deliverUntil(arrived);
  expect(arrived()).toBe(true);

  // The relative thumbnail was resolved against the item's page and stored with the article.
  const image = 'https://ai-news.example/images/openai-model.jpg';
  const { articles } = await store.search({ limit: 10 });
  expect(articles.map((article) => [article.headline, article.image]).sort()).toEqual([
    [UNREACHABLE, 'https://down.example/lab.jpg'],
    [PICTURED, image],
  ].sort());

  expect(discordPost(PICTURED)!.embeds[0]!.thumbnail).toEqual({ url: image });
  expect(slackPost(PICTURED)!.blocks![0]!.accessory).toEqual({ type: 'image', image_url: image, alt_text: PICTURED });

  // Discord shows what it can fetch and never refuses a thumbnail for it; Slack refuses the post
  // whose image it cannot download, and the story arrives once, in the minimal form, without it.
  expect(discordPost(UNREACHABLE)!.embeds[0]!.thumbnail).toEqual({ url: 'https://down.example/lab.jpg' });
  const refused = slackFake.calls.filter((call) => call.response.error === 'invalid_blocks');
  expect(refused.map((call) => JSON.stringify(call.body.blocks).includes(UNREACHABLE))).toEqual([true]);
  expect(slackFake.messages(SLACK_NEWS).filter((m) => JSON.stringify(m.blocks).includes(UNREACHABLE))).toHaveLength(1);
  expect(JSON.stringify(slackPost(UNREACHABLE)!.blocks)).not.toContain('down.example');

  // A second outlet tells the Anthropic story: each post is edited to name it. On Slack the edit
  // of the minimal post leaves out the image Slack could not download, so it is not refused.
  server.setFeed('/other.xml', SECOND_OUTLET);
  await pollFeed('/other.xml', delivery);
  const edited = () => JSON.stringify(slackPost(UNREACHABLE)?.blocks).includes('Other Tech Site') && discordPost(UNREACHABLE)?.embeds[0]?.fields?.[0]?.value === 'Other Tech Site';
  await deliverUntil(edited);
  expect(edited()).toBe(true);
  expect(slackFake.calls.filter((call) => call.response.error === 'invalid_blocks')).toHaveLength(1);
  expect(JSON.stringify(slackPost(UNREACHABLE)!.blocks)).not.toContain('down.example');
  expect(discordPost(UNREACHABLE)!.embeds[0]!.thumbnail).toEqual({ url: 'https://down.example/lab.jpg' });
});
