// The neutral command layer: a declarative spec every platform registers from, a handler that
// returns a neutral Reply, and the UserError that every platform shows privately.
import type { Article } from '../src/articles/article.ts';
import type { TopicTable } from '../src/articles/topics.ts';
import type { Digest } from '../src/digest/build-digest.ts';
import type { OutletStanding } from '../src/digest/outlet-standing.ts';
import type { FeedSource } from '../src/feeds/feed-types.ts';
import type { BotRecords, Platform } from '../src/store/bot-records.ts';
import type { NewsStore } from '../src/store/store-types.ts';

export interface OptionSpec {
  name: string;
  description: string;
  type: 'string' | 'integer';
  required?: boolean;
  /** Platforms that can suggest values offer these (topic names, known sources). */
  autocomplete?: 'topic' | 'source';
  min?: number;
  max?: number;
}

export interface SubcommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
}

export interface CommandSpec {
  name: string;
  description: string;
  /** Options of the command itself; empty when it has subcommands. */
  options: OptionSpec[];
  /** e.g. /autopost set|off|status; the chosen one arrives as args.subcommand. */
  subcommands?: SubcommandSpec[];
  /** Who may run it; platforms map this to their own permission model and enforce it. */
  permission: 'anyone' | 'manage-channels' | 'manage-server';
}

/** Option values as the platform delivered them (plus `subcommand`); handlers validate them. */
export type Args = Record<string, string | number | undefined>;

/** Limits that keep one server from starving the rest. */
export interface Limits {
  feedsPerServer: number;
  autopostChannelsPerServer: number;
  subscriptionsPerUser: number;
}

export const DEFAULT_LIMITS: Limits = { feedsPerServer: 50, autopostChannelsPerServer: 20, subscriptionsPerUser: 25 };

export interface CommandContext {
  store: NewsStore;
  records: BotRecords;
  topics: TopicTable;
  now: () => Date;
  limits: Limits;
  /** The operator's feeds (defaults and FEEDS_FILE), polled for every server. */
  feeds: FeedSource[];
  user: { id: string; platform: Platform };
  /** Where the command was typed: absent in the terminal and the CLI. */
  channel?: { id: string; serverId?: string };
  /** The permissions the bot lacks to post in a channel (platforms that can tell, do). */
  missingPostPermissions?: (channelId: string) => Promise<string[]>;
  /** Digest ranking's outlet table (config OUTLET_WEIGHTS); the default table when absent. */
  outletStanding?: OutletStanding;
  /** Checks a feed URL given in chat: throws UserError when it may not be polled. */
  checkFeedUrl?: (url: string) => Promise<void>;
}

export type Reply =
  | {
      type: 'stories';
      /** What was asked, in words ("ai · openai gpt · since 7d"). */
      title: string;
      articles: Article[];
      /** Shown when nothing matched: says what to try instead. */
      emptyHint?: string;
      /** The same command's args for the next page, when there is one. */
      nextPage?: Args;
      /** The command that produced it, so a platform can rebuild "next page" and "share". */
      command: string;
      /** /news today and /news week: the articles ranked as a digest, shown as one. */
      digest?: Digest;
    }
  /** `error`: a mistake or failure, always shown privately. */
  | { type: 'text'; text: string; error?: boolean }
  /** The topic board: posted where everyone sees it, reacting with an emoji subscribes. */
  | { type: 'board'; topics: { name: string; emoji: string; description: string; count: number }[] };

export interface Command {
  spec: CommandSpec;
  run(args: Args, context: CommandContext): Promise<Reply>;
}

/** A mistake the user can fix: the message says what to type instead. Always shown privately. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
