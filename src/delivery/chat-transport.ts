// What delivery needs from a chat platform: post a story, edit it, send a DM. Each platform
// adapter implements it; delivery never sees discord.js or Bolt.
import type { Article } from '../articles/article.ts';
import type { Platform } from '../store/bot-records.ts';

export interface StoryPost {
  article: Article;
  /** Other outlets that told the same story, shown as "also covered by". */
  alsoCoveredBy: string[];
}

export interface ChatTransport {
  platform: Platform;
  /** The platform's posting pace per channel; default 5 posts in 5 s (Discord's). */
  pace?: { max: number; perMs: number };
  /**
   * Posts one story. `key` identifies the delivery: a platform uses it so a retry after a crash
   * cannot post twice (Discord: the message nonce with enforce_nonce; Slack: message metadata).
   * `retry`: an earlier attempt (perhaps by a process that crashed) may have been sent already.
   */
  postStory(channelId: string, post: StoryPost, key: string, retry: boolean): Promise<{ messageId: string }>;
  editStory(channelId: string, messageId: string, post: StoryPost): Promise<void>;
  /** One DM with several stories; `key` as for postStory. */
  sendDm(userId: string, articles: Article[], key: string): Promise<void>;
}

/** The platform said no for good (missing permission, DMs closed): do not retry. */
export class DeliveryRefused extends Error {
  constructor(
    message: string,
    readonly reason: 'channel-forbidden' | 'dm-closed' | 'gone',
  ) {
    super(message);
    this.name = 'DeliveryRefused';
  }
}
