// /news help: what the bot can do, in the words a user types.
import type { Command, Reply } from './command.ts';

export const help: Command = {
  spec: {
    name: 'help',
    description: 'What newsbot can do',
    permission: 'anyone',
    options: [],
  },
  async run(_args, { topics }): Promise<Reply> {
    const names = topics.topics.map((topic) => `${topic.emoji} ${topic.name}`).join('  ');
    return {
      type: 'text',
      text: [
        'newsbot keeps you on top of AI-industry news from curated feeds.',
        '/news                     the newest AI stories',
        '/news today               today’s top stories, ranked by how many outlets told each (/news week: 7 days)',
        '/news openai              the newest stories on a topic',
        '/news ai gpt-5 pricing    stories matching your words, most relevant first',
        '/news policy since:7d     only stories from the last 7 days (also 24h, 2w)',
        '/news ai source:TechCrunch limit:10 page:2',
        '/news help                this text',
        '/subscribe ai mode:digest one digest DM a day instead of a DM per story',
        '/autopost set topics:ai mode:digest every:daily at:09:00 tz:Europe/Berlin size:5   (channel admins)',
        `Topics: ${names}`,
      ].join('\n'),
    };
  },
};
