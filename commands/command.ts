// The neutral command layer: a declarative spec every platform registers from, a handler that
// returns a neutral Reply, and the UserError that every platform shows privately.
import type { Article } from '../src/articles/article.ts';
import type { TopicTable } from '../src/articles/topics.ts';
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

export interface CommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  /** Who may run it; platforms map this to their own permission model. */
  permission: 'anyone' | 'manage-channels' | 'manage-server';
}

/** Option values as the platform delivered them; handlers validate them. */
export type Args = Record<string, string | number | undefined>;

export interface CommandContext {
  store: NewsStore;
  topics: TopicTable;
  now: () => Date;
  user: { id: string; platform: string };
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
    }
  /** `error`: a mistake or failure, always shown privately. */
  | { type: 'text'; text: string; error?: boolean };

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
