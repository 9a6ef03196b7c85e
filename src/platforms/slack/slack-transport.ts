// Delivery's ChatTransport on Slack. The outbox key rides in each post's message metadata, so a
// retry after a crash first looks in the channel's recent history for a post carrying it and
// never posts twice. The client given should not retry by itself (see slack-adapter): retries are
// the outbox's, which knows to look for the earlier post first.
//
// Membership: chat:write.public lets the bot post in a public channel it is not in, but
// conversations.history there answers not_in_channel (history needs the bot in the conversation).
// So a lookup that meets not_in_channel joins the channel (conversations.join, scope
// channels:join; public channels only) and reads again; not_in_channel on a lookup never pauses a
// channel. Where Slack refuses the join, the retry posts without looking: a possible double beats
// a certain loss. A join that fails for a moment (5xx, timeout) fails the attempt instead. Lookups happen only on retries after an attempt that may have been carried out (a
// timeout, a 5xx, a crash), never before every post or DM: conversations.history is a Tier 3
// method (about 50 calls a minute).
import type { webApi } from '@slack/bolt';
import type { Article } from '../../articles/article.ts';
import { DeliveryRefused, markNotSent, type ChatTransport, type StoryPost } from '../../delivery/chat-transport.ts';
import { digestMessage } from '../../render/render-digest-slack.ts';
import { storiesMessage, storyMessage } from '../../render/render-slack.ts';

type WebClient = webApi.WebClient;

const EVENT_TYPE = 'newsbot_delivery';
/** How far back a retry looks for its own earlier post. */
const HISTORY_LOOKBACK = 200;
/** How long one history read answers lookups of leftover deliveries in its channel. */
const PAGE_REUSE_MS = 60_000;
/**
 * How long after this process's attempt ended a post it sent may still land: a request the client
 * gave up on can reach Slack, and be carried out, after the retry's history read. Slack has no
 * idempotency key, so a retry that finds nothing this soon waits out the rest and reads again.
 */
const LANDING_MS = 5_000;
/** A 429 means Slack did not do the call: wait its Retry-After and call again, this often and this long at most. */
const RATE_LIMIT_TRIES = 3;
const RATE_LIMIT_WAIT_MAX_S = 10;
// Errors that mean "this channel will not take posts from us" vs "it is gone", and "no DMs".
const FORBIDDEN = new Set(['not_in_channel', 'channel_not_found', 'restricted_action', 'missing_scope', 'not_authed', 'ekm_access_denied']);
const GONE = new Set(['is_archived', 'channel_is_archived']);
const DM_CLOSED = new Set(['cannot_dm_bot', 'user_not_found', 'user_disabled', 'messages_tab_disabled', 'user_is_restricted']);
// This message, not the channel: chat.postMessage's documented errors for a body Slack will not take.
const INVALID = new Set([
  'invalid_blocks', 'invalid_blocks_format', 'msg_too_long', 'no_text', 'invalid_metadata_format', 'invalid_metadata_schema',
  'metadata_too_large', 'metadata_must_be_sent_from_app', 'too_many_attachments', 'invalid_attachments', 'invalid_arguments',
]);

export function createSlackTransport(client: WebClient): ChatTransport {
  const dmChannels = new Map<string, string>();

  /**
   * The client should reject rate-limited calls (rejectRateLimitedCalls): a 429 is then waited out
   * here and the call made again, which is safe because Slack did not do it. A long Retry-After
   * fails the attempt and the outbox tries later.
   */
  async function call<T>(work: () => Promise<T>): Promise<T> {
    for (let tries = 1; ; tries++) {
      try {
        return await work();
      } catch (error) {
        const { code, retryAfter } = error as { code?: string; retryAfter?: number };
        if (code !== 'slack_webapi_rate_limited_error' || tries >= RATE_LIMIT_TRIES || !(retryAfter! <= RATE_LIMIT_WAIT_MAX_S)) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.max(retryAfter!, 1) * 1000));
      }
    }
  }

  /**
   * A channel's recent posts by key, as last read. After a restart every leftover delivery retries
   * with a lookup; one read per channel serves all of them (history is Tier 3, about 50 calls a
   * minute). Only for keys this process never tried to post: those were sent, if at all, before
   * the read began.
   */
  const pages = new Map<string, { readAt: number; posted: Map<string, string> }>();
  /** Keys this process tried to post, and when its last try ended (how it ended does not matter). */
  const triedUntil = new Map<string, number>();

  async function findPosted(channel: string, key: string): Promise<string | undefined> {
    const page = pages.get(channel);
    if (page && !triedUntil.has(key) && Date.now() - page.readAt < PAGE_REUSE_MS) return page.posted.get(key);
    const readAt = Date.now();
    const read = () => call(() => client.conversations.history({ channel, limit: HISTORY_LOOKBACK, include_all_metadata: true }));
    let history;
    try {
      history = await read();
    } catch (error) {
      if (slackError(error) !== 'not_in_channel') throw error;
      // Posted through chat:write.public: join (public channels) and look again.
      try {
        await call(() => client.conversations.join({ channel }));
      } catch (joinError) {
        // Slack refused the join (a private channel, a missing scope): we cannot look, so post.
        // A 5xx, a timeout or a rate limit only says "not now": fail the attempt and look next
        // time, for the earlier post may be there.
        if (!slackError(joinError)) throw joinError;
        return undefined;
      }
      history = await read();
    }
    const posted = new Map<string, string>();
    for (const message of history.messages ?? []) {
      const metadata = message.metadata as { event_type?: string; event_payload?: { key?: string } } | undefined;
      if (metadata?.event_type === EVENT_TYPE && metadata.event_payload?.key && message.ts) posted.set(metadata.event_payload.key, message.ts);
    }
    pages.set(channel, { readAt, posted });
    return posted.get(key);
  }

  /** The earlier post of a delivery that may have been sent, looked for again once this process's own try has had time to land. */
  async function findEarlierPost(channel: string, key: string): Promise<string | undefined> {
    const found = await findPosted(channel, key);
    const wait = (triedUntil.get(key) ?? 0) + LANDING_MS - Date.now();
    if (found || wait <= 0) return found;
    await new Promise((resolve) => setTimeout(resolve, wait));
    return findPosted(channel, key);
  }

  async function post(channel: string, message: { text: string; blocks: unknown[] }, key: string): Promise<string> {
    try {
      const result = await call(() =>
        client.chat.postMessage({
          channel,
          text: message.text,
          blocks: message.blocks as never,
          unfurl_links: false,
          unfurl_media: false,
          metadata: { event_type: EVENT_TYPE, event_payload: { key } },
        }),
      );
      return result.ts!;
    } finally {
      triedUntil.set(key, Date.now());
    }
  }

  async function dmChannel(userId: string): Promise<string> {
    let channel = dmChannels.get(userId);
    if (!channel) {
      channel = (await call(() => client.conversations.open({ users: userId }))).channel!.id!;
      dmChannels.set(userId, channel);
    }
    return channel;
  }

  return {
    platform: 'slack',
    // Slack allows about one message a second per channel.
    pace: { max: 1, perMs: 1100 },
    async postStory(channelId: string, story: StoryPost, key: string, retry: boolean) {
      try {
        const already = retry ? await findEarlierPost(channelId, key) : undefined;
        return { messageId: already ?? (await post(channelId, storyMessage(story.article, story.alsoCoveredBy, story.minimal), key)) };
      } catch (error) {
        throw refusal(error, 'channel') ?? answered(error);
      }
    },
    async editStory(channelId: string, messageId: string, story: StoryPost) {
      try {
        // A post Slack refused as invalid went out minimal; the commonest cause is an image Slack
        // could not download, so its edits leave the image out rather than be refused again.
        const article = story.minimal ? { ...story.article, image: undefined } : story.article;
        const message = storyMessage(article, story.alsoCoveredBy);
        await call(() => client.chat.update({ channel: channelId, ts: messageId, text: message.text, blocks: message.blocks as never }));
      } catch (error) {
        // The post was deleted: there is nothing left to edit.
        if (slackError(error) === 'message_not_found') return;
        throw refusal(error, 'channel') ?? answered(error);
      }
    },
    async postDigest(channelId, digest, key, retry) {
      try {
        const already = retry ? await findEarlierPost(channelId, key) : undefined;
        return { messageId: already ?? (await post(channelId, digestMessage(digest), key)) };
      } catch (error) {
        throw refusal(error, 'channel') ?? answered(error);
      }
    },
    async sendDigestDm(userId, digest, key) {
      try {
        const channel = await dmChannel(userId);
        if (!(await findEarlierPost(channel, key))) await post(channel, digestMessage(digest), key);
      } catch (error) {
        throw refusal(error, 'dm') ?? answered(error);
      }
    },
    async sendDm(userId: string, articles: Article[], key: string, retry: boolean) {
      try {
        const channel = await dmChannel(userId);
        if (retry && (await findEarlierPost(channel, key))) return;
        const heading = articles.length === 1 ? 'A new story on topics you follow' : `${articles.length} new stories on topics you follow`;
        await post(channel, storiesMessage(articles, `${heading} (remove your reaction on the topic board, or /news unsubscribe, to stop)`), key);
      } catch (error) {
        throw refusal(error, 'dm') ?? answered(error);
      }
    },
  };
}

function slackError(error: unknown): string | undefined {
  return (error as { data?: { error?: string } }).data?.error;
}

function refusal(error: unknown, where: 'channel' | 'dm'): DeliveryRefused | undefined {
  const code = slackError(error);
  if (!code) return undefined;
  if (where === 'dm' && DM_CLOSED.has(code)) return new DeliveryRefused(`Slack: ${code}`, 'dm-closed');
  if (INVALID.has(code)) return new DeliveryRefused(`Slack refused the message (${code})`, 'invalid');
  if (GONE.has(code)) return new DeliveryRefused(`Slack: the channel is archived (${code})`, 'gone');
  if (FORBIDDEN.has(code)) return new DeliveryRefused(`Slack: I cannot post there (${code}); invite me with /invite @newsbot`, 'channel-forbidden');
  return undefined;
}

/** Slack answered (an error code, a 429): the call was not carried out. HTTP 5xx and timeouts may have been. */
function answered(error: unknown): unknown {
  const code = (error as { code?: string }).code;
  return slackError(error) || code === 'slack_webapi_rate_limited_error' ? markNotSent(error) : error;
}
