// Delivery's ChatTransport on Discord: channel posts, edits and DMs as plain REST calls with the
// bodies render-discord builds. The outbox key becomes the message nonce with enforce_nonce, so a
// retry after a crash (or a lost response) returns the first message instead of posting twice.
// The REST client given waits out 429s (retry-after); delivery's own one does not retry 5xx or
// timeouts itself: the outbox does, with backoff and the same nonce.
//
// enforce_nonce dedupes for "a few minutes" only (discord-api-docs, Create Message: "If
// enforce_nonce is set to true and a message was created by the same author with the same nonce in
// the past few minutes, that message will be returned"), while the outbox may retry after up to
// 15 minutes. So a retry first looks through the channel's recent messages for the bot's own post
// of the story (same link, else same title) and posts only when there is none.
import { createHash } from 'node:crypto';
import { DiscordAPIError, Routes, type APIChannel, type APIMessage, type REST } from 'discord.js';
import type { Article } from '../../articles/article.ts';
import { DeliveryRefused, markNotSent, type ChatTransport, type StoryPost } from '../../delivery/chat-transport.ts';
import { digestMessage } from '../../render/render-digest-discord.ts';
import { storiesMessage, storyMessage, type DiscordEmbed, type DiscordMessageBody } from '../../render/render-discord.ts';

/** How many recent messages a retry looks through for its own earlier post (Discord's maximum page). */
const LOOKBACK = 100;

/** Discord nonces are at most 25 characters: a hash of the outbox key. */
export function discordNonce(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 25);
}

export function createDiscordTransport(rest: REST): ChatTransport {
  const dmChannels = new Map<string, string>();
  let botUserId: string | undefined;

  /**
   * The id of the bot's own recent message in the channel showing this embed (same link, or same
   * title when there is no link), if any. Without Read Message History Discord refuses the read:
   * then the nonce is all there is, and the post goes ahead.
   */
  async function findPosted(channelId: string, embed: DiscordEmbed | undefined): Promise<string | undefined> {
    if (!embed) return undefined;
    botUserId ??= ((await rest.get(Routes.user())) as { id: string }).id;
    let recent: APIMessage[];
    try {
      recent = (await rest.get(Routes.channelMessages(channelId), { query: new URLSearchParams({ limit: String(LOOKBACK) }) })) as APIMessage[];
    } catch (error) {
      if (error instanceof DiscordAPIError && error.status === 403) return undefined;
      throw error;
    }
    const found = recent.find((message) => {
      const shown = message.embeds[0];
      if (message.author.id !== botUserId || !shown) return false;
      return embed.url ? shown.url === embed.url : !shown.url && shown.title === embed.title;
    });
    return found?.id;
  }

  async function send(channelId: string, body: DiscordMessageBody, key: string): Promise<APIMessage> {
    return (await rest.post(Routes.channelMessages(channelId), {
      body: { ...body, nonce: discordNonce(key), enforce_nonce: true },
    })) as APIMessage;
  }

  async function dmChannel(userId: string): Promise<string> {
    let id = dmChannels.get(userId);
    if (!id) {
      id = ((await rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as APIChannel).id;
      dmChannels.set(userId, id);
    }
    return id;
  }

  return {
    platform: 'discord',
    async postStory(channelId: string, post: StoryPost, key: string, retry: boolean) {
      try {
        const body = storyMessage(post.article, post.alsoCoveredBy, post.minimal);
        const already = retry ? await findPosted(channelId, body.embeds?.[0]) : undefined;
        return { messageId: already ?? (await send(channelId, body, key)).id };
      } catch (error) {
        throw channelRefusal(error) ?? answered(error);
      }
    },
    async editStory(channelId: string, messageId: string, post: StoryPost) {
      try {
        const { embeds, allowed_mentions } = storyMessage(post.article, post.alsoCoveredBy);
        await rest.patch(Routes.channelMessage(channelId, messageId), { body: { embeds, allowed_mentions } });
      } catch (error) {
        // The post was deleted (by a moderator): there is nothing left to edit.
        if (error instanceof DiscordAPIError && error.code === 10008) return;
        throw channelRefusal(error) ?? answered(error);
      }
    },
    async postDigest(channelId, digest, key, retry) {
      try {
        const body = digestMessage(digest);
        const already = retry ? await findPosted(channelId, body.embeds?.[0]) : undefined;
        return { messageId: already ?? (await send(channelId, body, key)).id };
      } catch (error) {
        throw channelRefusal(error) ?? answered(error);
      }
    },
    async sendDigestDm(userId, digest, key) {
      try {
        const channelId = await dmChannel(userId);
        const body = digestMessage(digest);
        if (!(await findPosted(channelId, body.embeds?.[0]))) await send(channelId, body, key);
      } catch (error) {
        throw dmRefusal(error) ?? answered(error);
      }
    },
    async sendDm(userId: string, articles: Article[], key: string, retry: boolean) {
      try {
        const channelId = await dmChannel(userId);
        // One DM; only when the stories exceed one message's limits (10 embeds, 6,000 characters)
        // does it continue in a second, so no story is dropped.
        let rest = articles;
        for (let part = 0; rest.length; part++) {
          const content = part === 0 ? dmIntro(articles.length) : undefined;
          const body = storiesMessage(rest, content);
          const count = body.embeds?.length ?? 0;
          if (count === 0) break; // cannot happen: one story's embed is far below 6,000 characters
          const already = retry ? await findPosted(channelId, body.embeds?.[0]) : undefined;
          if (!already) await send(channelId, body, part ? `${key}:${part}` : key);
          rest = rest.slice(count);
        }
      } catch (error) {
        throw dmRefusal(error) ?? invalid(error) ?? answered(error);
      }
    },
  };
}

function dmIntro(count: number): string {
  const what = count === 1 ? 'A new story' : `${count} new stories`;
  return `${what} on topics you follow. Remove your reaction on the topic board, or use /unsubscribe, to stop.`;
}

/**
 * Refusals that are final for the channel: Unknown Channel (10003) means it is gone; Missing Access
 * (50001: the bot cannot see the channel) and Missing Permissions (50013) pause it, naming what to
 * grant. A 400 (Invalid Form Body 50035, Cannot send an empty message 50006, ...) is final for this
 * one message.
 */
function channelRefusal(error: unknown): DeliveryRefused | undefined {
  if (!(error instanceof DiscordAPIError)) return undefined;
  if (error.code === 10003) return new DeliveryRefused('Discord says the channel no longer exists (Unknown Channel)', 'gone');
  if (error.code === 50001) {
    return new DeliveryRefused('Discord refused the post: Missing Access (50001); grant me View Channel there', 'channel-forbidden');
  }
  if (error.status === 403 || error.code === 50013) {
    return new DeliveryRefused(
      `Discord refused the post: ${oneLine(error.message)} (${error.code}); grant me Send Messages and Embed Links there`,
      'channel-forbidden',
    );
  }
  return invalid(error);
}

function invalid(error: unknown): DeliveryRefused | undefined {
  if (!(error instanceof DiscordAPIError) || error.status !== 400) return undefined;
  return new DeliveryRefused(`Discord refused the message (${error.code}): ${oneLine(error.message)}`, 'invalid');
}

/** Any other 4xx was answered, so not carried out; 5xx and timeouts may have been. */
function answered(error: unknown): unknown {
  return error instanceof DiscordAPIError ? markNotSent(error) : error;
}

/** 50007 Cannot send messages to this user (DMs closed, or no shared server), or an unknown user. */
function dmRefusal(error: unknown): DeliveryRefused | undefined {
  if (!(error instanceof DiscordAPIError)) return undefined;
  if (error.code === 50007 || error.code === 10013 || error.status === 403) {
    return new DeliveryRefused(`Discord refused the DM: ${error.message} (${error.code})`, 'dm-closed');
  }
  return undefined;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
