// /topics: the topic board. One line per topic with its emoji and how many stories are stored;
// the platform posts it where everyone sees it and reacting with an emoji subscribes.
import type { Command, Reply } from './command.ts';

export const topicsCommand: Command = {
  spec: {
    name: 'topics',
    description: 'The topic board: react with a topic’s emoji to get its stories by DM',
    permission: 'anyone',
    options: [],
  },
  async run(_args, { store, topics }): Promise<Reply> {
    const counts = await store.countByTopic();
    return {
      type: 'board',
      topics: topics.topics.map(({ name, emoji, description }) => ({ name, emoji, description, count: counts[name] ?? 0 })),
    };
  },
};
