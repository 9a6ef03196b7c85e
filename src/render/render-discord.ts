// Stories and replies → Discord API message bodies (plain JSON, no discord.js here: the Discord
// adapter sends them). Within Discord's limits: title 256, description 4,096, field 1,024,
// 10 embeds and 6,000 characters a message, 2,000 characters of content.
import type { Reply } from '../../commands/command.ts';
import type { Article } from '../articles/article.ts';
import { escapeDiscord, fit, safeUrl } from './escape-discord.ts';

export interface DiscordEmbed {
  title: string;
  url?: string;
  author?: { name: string };
  description?: string;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
  timestamp?: string;
  color?: number;
}

export interface DiscordMessageBody {
  content?: string;
  embeds?: DiscordEmbed[];
  /** Never ping: feed text can hold @everyone, <@id>, <@&id>. */
  allowed_mentions: { parse: [] };
}

const COLORS: Record<string, number> = {
  ai: 0x5865f2, models: 0x9b59b6, 'open-source': 0x2ecc71, research: 0x1abc9c, policy: 0xe67e22,
  business: 0xf1c40f, chips: 0x95a5a6, safety: 0xe74c3c, robotics: 0x3498db,
};
const MAX_EMBED_TOTAL = 6000;
const MAX_CONTENT = 2000;

/** One embed per story: headline linked, outlet as author, quote (else summary), topics and time. */
export function storyEmbed(article: Article, alsoCoveredBy: string[] = []): DiscordEmbed {
  const body = article.quote
    ? `“${article.quote.text}”${article.quote.speaker ? ` — ${article.quote.speaker}` : ''}`
    : article.summary;
  const mainTopic = article.topics.find((topic) => topic !== 'ai' && COLORS[topic]) ?? article.topics[0] ?? 'ai';
  const embed: DiscordEmbed = {
    title: fit(article.headline || '(untitled)', 256),
    url: safeUrl(article.url),
    author: { name: fit(article.source, 256) },
    description: body ? fit(escapeDiscord(body), 1000) : undefined,
    footer: article.topics.length ? { text: fit(article.topics.join(' · '), 2048) } : undefined,
    timestamp: isValidDate(article.published) ? new Date(article.published).toISOString() : undefined,
    color: COLORS[mainTopic] ?? COLORS.ai,
  };
  if (alsoCoveredBy.length) {
    embed.fields = [{ name: 'Also covered by', value: fit(alsoCoveredBy.map(escapeDiscord).join(', '), 1024) }];
  }
  return embed;
}

/** A channel post for one story. */
export function storyMessage(article: Article, alsoCoveredBy: string[] = []): DiscordMessageBody {
  return { embeds: [storyEmbed(article, alsoCoveredBy)], allowed_mentions: { parse: [] } };
}

/** Several stories in one message (a DM digest, a /news page): at most 10 embeds and 6,000 characters. */
export function storiesMessage(articles: Article[], content?: string): DiscordMessageBody {
  const embeds: DiscordEmbed[] = [];
  let total = 0;
  for (const article of articles.slice(0, 10)) {
    const embed = storyEmbed(article);
    const size = embedSize(embed);
    if (total + size > MAX_EMBED_TOTAL) break;
    embeds.push(embed);
    total += size;
  }
  return { content: content ? fit(content, MAX_CONTENT) : undefined, embeds, allowed_mentions: { parse: [] } };
}

/** A neutral reply as a Discord message body (buttons are the adapter's: they carry its ids). */
export function replyMessage(reply: Reply): DiscordMessageBody {
  switch (reply.type) {
    case 'text':
      return { content: fit(escapeMentions(reply.text), MAX_CONTENT), allowed_mentions: { parse: [] } };
    case 'stories':
      if (reply.articles.length === 0) {
        return { content: fit(escapeMentions(`**${reply.title}**: ${reply.emptyHint ?? 'nothing found.'}`), MAX_CONTENT), allowed_mentions: { parse: [] } };
      }
      return storiesMessage(reply.articles, `**${escapeDiscord(reply.title)}**`);
    case 'board':
      return {
        embeds: [
          {
            title: 'Topics — react to get new stories by DM',
            description: fit(
              reply.topics.map((topic) => `${topic.emoji} **${topic.name}** — ${escapeDiscord(topic.description)} (${topic.count})`).join('\n'),
              4096,
            ),
            footer: { text: 'Remove your reaction to stop. /subscribe and /unsubscribe do the same.' },
            color: COLORS.ai,
          },
        ],
        allowed_mentions: { parse: [] },
      };
  }
}

function embedSize(embed: DiscordEmbed): number {
  return (
    embed.title.length +
    (embed.description?.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

/** Our own texts may echo user input: mentions in them are defused, markdown kept. */
function escapeMentions(text: string): string {
  return text.replace(/@/g, '@\u200b').replace(/<(?=[@#])/g, '<\u200b');
}

function isValidDate(iso: string): boolean {
  return Number.isFinite(Date.parse(iso));
}
