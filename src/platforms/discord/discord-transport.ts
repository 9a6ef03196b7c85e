// Delivery's ChatTransport on Discord: channel posts, edits and DMs as plain REST calls with the
// bodies render-discord builds. The outbox key becomes the message nonce with enforce_nonce, so a
// retry after a crash (or a lost response) returns the first message instead of posting twice.
// The REST client given waits out 429s (retry-after); delivery's own one does not retry 5xx or
// timeouts itself: the outbox does, with backoff and the same nonce.
import { createHash } from 'node:crypto';
import { DiscordAPIError, Routes, type APIChannel, type APIMessage, type REST } from 'discord.js';
import type { Article } from '../../articles/article.ts';
import { DeliveryRefused, type ChatTransport, type StoryPost } from '../../delivery/chat-transport.ts';
import { storiesMessage, storyMessage, type DiscordMessageBody } from '../../render/render-discord.ts';

/** Discord nonces are at most 25 characters: a hash of the outbox key. */
export function discordNonce(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 25);
}

export function createDiscordTransport(rest: REST): ChatTransport {
  const dmChannels = new Map<string, string>();

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
    async postStory(channelId: string, post: StoryPost, key: string) {
      try {
        const message = await send(channelId, storyMessage(post.article, post.alsoCoveredBy), key);
        return { messageId: message.id };
      } catch (error) {
        throw channelRefusal(error) ?? error;
      }
    },
    async editStory(channelId: string, messageId: string, post: StoryPost) {
      try {
        const { embeds, allowed_mentions } = storyMessage(post.article, post.alsoCoveredBy);
        await rest.patch(Routes.channelMessage(channelId, messageId), { body: { embeds, allowed_mentions } });
      } catch (error) {
        // The post was deleted (by a moderator): there is nothing left to edit.
        if (error instanceof DiscordAPIError && error.code === 10008) return;
        throw channelRefusal(error) ?? error;
      }
    },
    async sendDm(userId: string, articles: Article[], key: string) {
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
          await send(channelId, body, part ? `${key}:${part}` : key);
          rest = rest.slice(count);
        }
      } catch (error) {
        throw dmRefusal(error) ?? error;
      }
    },
  };
}

function dmIntro(count: number): string {
  const what = count === 1 ? 'A new story' : `${count} new stories`;
  return `${what} on topics you follow. Remove your reaction on the topic board, or use /unsubscribe, to stop.`;
}

/** 403 / Missing Permissions / Missing Access: pause the channel; Unknown Channel: it is gone. */
function channelRefusal(error: unknown): DeliveryRefused | undefined {
  if (!(error instanceof DiscordAPIError)) return undefined;
  if (error.code === 10003) return new DeliveryRefused('Discord says the channel no longer exists (Unknown Channel)', 'gone');
  if (error.status === 403 || error.code === 50013 || error.code === 50001) {
    return new DeliveryRefused(
      `Discord refused the post: ${error.message} (${error.code}); I need View Channel, Send Messages and Embed Links there`,
      'channel-forbidden',
    );
  }
  return undefined;
}

/** 50007 Cannot send messages to this user (DMs closed, or no shared server), or an unknown user. */
function dmRefusal(error: unknown): DeliveryRefused | undefined {
  if (!(error instanceof DiscordAPIError)) return undefined;
  if (error.code === 50007 || error.code === 10013 || error.status === 403) {
    return new DeliveryRefused(`Discord refused the DM: ${error.message} (${error.code})`, 'dm-closed');
  }
  return undefined;
}
