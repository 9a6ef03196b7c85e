// What every platform adapter (console, Discord, Slack) offers the core.
import type { Article } from '../articles/article.ts';
import type { ChatTransport } from '../delivery/chat-transport.ts';

export interface PlatformAdapter {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The terminal shows every new story as it arrives (oldest first). */
  announce?(articles: Article[]): Promise<void>;
  /** Chat platforms: channel posts and DMs, sent through delivery's durable outbox. */
  transport?: ChatTransport;
}
