// What delivery needs from a chat platform: post a story, edit it, send a DM. Each platform
// adapter implements it; delivery never sees discord.js or Bolt.
import type { Article } from '../articles/article.ts';
import type { Digest } from '../digest/build-digest.ts';
import type { Platform } from '../store/bot-records.ts';

export interface StoryPost {
  article: Article;
  /** Other outlets that told the same story, shown as "also covered by". */
  alsoCoveredBy: string[];
  /** The platform refused the full post as invalid: send headline, outlet and a short link only. */
  minimal?: boolean;
}

export interface ChatTransport {
  platform: Platform;
  /** The platform's posting pace per channel; default 5 posts in 5 s (Discord's). */
  pace?: { max: number; perMs: number };
  /**
   * Posts one story. `key` identifies the delivery: a platform uses it so a retry after a crash
   * cannot post twice (Discord: the message nonce with enforce_nonce; Slack: message metadata).
   * `retry`: an earlier attempt (perhaps by a process that crashed) may have been sent already, so
   * the transport looks for it first; false when every earlier attempt is known not to have arrived.
   */
  postStory(channelId: string, post: StoryPost, key: string, retry: boolean): Promise<{ messageId: string }>;
  editStory(channelId: string, messageId: string, post: StoryPost): Promise<void>;
  /** One DM with several stories; `key` and `retry` as for postStory. */
  sendDm(userId: string, articles: Article[], key: string, retry: boolean): Promise<void>;
  /** One digest as one channel message; `key` and `retry` as for postStory. */
  postDigest?(channelId: string, digest: Digest, key: string, retry: boolean): Promise<{ messageId: string }>;
  /** One digest as one DM; `key` as for postStory. */
  sendDigestDm?(userId: string, digest: Digest, key: string): Promise<void>;
}

/**
 * The platform said no for good: do not retry. channel-forbidden / gone pause the channel;
 * dm-closed stops a user's DMs; invalid means this one message was refused (400 Invalid Form Body,
 * invalid_blocks, msg_too_long): it is re-rendered once in a safe minimal form, then given up.
 */
export class DeliveryRefused extends Error {
  constructor(
    message: string,
    readonly reason: 'channel-forbidden' | 'dm-closed' | 'gone' | 'invalid',
  ) {
    super(message);
    this.name = 'DeliveryRefused';
  }
}

const NOT_SENT = Symbol('newsbot.notSent');

/**
 * Marks an error the platform answered (a refusal, a 429): the request was not carried out, so the
 * next attempt need not look for an earlier post. Timeouts and 5xx stay unmarked: those may have
 * been carried out with the answer lost.
 */
export function markNotSent<E>(error: E): E {
  if (error && typeof error === 'object') (error as Record<symbol, boolean>)[NOT_SENT] = true;
  return error;
}

export function wasNotSent(error: unknown): boolean {
  return error instanceof DeliveryRefused || Boolean(error && typeof error === 'object' && (error as Record<symbol, boolean>)[NOT_SENT]);
}

/**
 * After a failed attempt at a delivery (post or DM), whether the next one must look for an earlier
 * message first: this attempt was already a retry, or its request may have been carried out.
 */
export function maybeSentAfter(retry: boolean, error: unknown): boolean {
  return retry || !wasNotSent(error);
}
