// Stories and replies → Discord API message bodies (plain JSON, no discord.js here: the Discord
// adapter sends them). Within Discord's limits (discord-api-docs, "Embed Limits" and "Create
// Message"): title 256, description 4,096, field 1,024, footer 2,048, author 256, 10 embeds and
// 6,000 characters a message, 2,000 characters of content; links (and the story's thumbnail)
// over 2,048 are dropped. Every
// string is cut with clipText, escaped first, so no limit can be passed by escaping and no emoji
// is cut in half.
import type { Reply } from '../../commands/command.ts';
import type { Article } from '../articles/article.ts';
import { clipText } from '../clip-text.ts';
import { escapeDiscord, safeUrl } from './escape-discord.ts';
import { digestMessage } from './render-digest-discord.ts';

export interface DiscordEmbed {
  title: string;
  url?: string;
  author?: { name: string };
  description?: string;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
  timestamp?: string;
  color?: number;
  /** The story's image, shown small beside the text. */
  thumbnail?: { url: string };
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

/** One embed per story: headline linked, outlet as author, quote (else summary), topics, time and image. */
export function storyEmbed(article: Article, alsoCoveredBy: string[] = []): DiscordEmbed {
  const body = article.quote
    ? `“${article.quote.text}”${article.quote.speaker ? ` — ${article.quote.speaker}` : ''}`
    : article.summary;
  const mainTopic = article.topics.find((topic) => topic !== 'ai' && COLORS[topic]) ?? article.topics[0] ?? 'ai';
  const embed: DiscordEmbed = {
    title: clipText(article.headline || '(untitled)', 256),
    url: safeUrl(article.url),
    author: { name: clipText(article.source || '?', 256) },
    description: body ? clipText(body, 1000, { escape: escapeDiscord }) : undefined,
    footer: article.topics.length ? { text: clipText(article.topics.join(' · '), 2048) } : undefined,
    timestamp: isValidDate(article.published) ? new Date(article.published).toISOString() : undefined,
    color: COLORS[mainTopic] ?? COLORS.ai,
  };
  const image = safeUrl(article.image);
  if (image) embed.thumbnail = { url: image };
  if (alsoCoveredBy.length) {
    embed.fields = [{ name: 'Also covered by', value: clipText(alsoCoveredBy.join(', '), 1024, { escape: escapeDiscord }) }];
  }
  return embed;
}

/** A channel post for one story. `minimal`: headline, outlet and a short link only (see MINIMAL_URL). */
export function storyMessage(article: Article, alsoCoveredBy: string[] = [], minimal = false): DiscordMessageBody {
  if (minimal) {
    const embed: DiscordEmbed = { title: clipText(article.headline || '(untitled)', 200), url: safeUrl(article.url, MINIMAL_URL), author: { name: clipText(article.source || '?', 100) } };
    return { embeds: [embed], allowed_mentions: { parse: [] } };
  }
  return { embeds: [storyEmbed(article, alsoCoveredBy)], allowed_mentions: { parse: [] } };
}

/**
 * The safe form's link bound: a post Discord refused as invalid is sent once more with headline,
 * outlet and a link no longer than this (URLs well under 2,048 have been seen refused), else none.
 */
export const MINIMAL_URL = 512;

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
  return { content: content ? clipText(content, MAX_CONTENT) : undefined, embeds, allowed_mentions: { parse: [] } };
}

/** A neutral reply as a Discord message body (buttons are the adapter's: they carry its ids). */
export function replyMessage(reply: Reply): DiscordMessageBody {
  switch (reply.type) {
    case 'text':
      return { content: clipText(reply.text, MAX_CONTENT, { escape: escapeMentions }), allowed_mentions: { parse: [] } };
    case 'stories':
      if (reply.articles.length === 0) {
        return { content: clipText(`**${reply.title}**: ${reply.emptyHint ?? 'nothing found.'}`, MAX_CONTENT, { escape: escapeMentions }), allowed_mentions: { parse: [] } };
      }
      if (reply.digest) return digestMessage(reply.digest);
      return storiesMessage(reply.articles, `**${clipText(reply.title, 1900, { escape: escapeDiscord })}**`);
    case 'board':
      return boardMessages(reply)[0]!;
  }
}

/**
 * Discord: "there is a maximum of 20 unique reactions per message" (error 30010, Maximum number of
 * reactions reached). So the topic board is one message per 20 topics, each with its own emoji.
 */
export const MAX_REACTIONS_PER_MESSAGE = 20;

/** The topic board as one message per MAX_REACTIONS_PER_MESSAGE topics, in order. */
export function boardMessages(reply: Extract<Reply, { type: 'board' }>): DiscordMessageBody[] {
  const parts: (typeof reply.topics)[] = [];
  for (let i = 0; i < reply.topics.length; i += MAX_REACTIONS_PER_MESSAGE) parts.push(reply.topics.slice(i, i + MAX_REACTIONS_PER_MESSAGE));
  if (parts.length === 0) parts.push([]);
  return parts.map((topics, index) => {
    const lines = topics.map((topic) => `${topic.emoji} **${topic.name}** — ${clipText(topic.description, 150, { escape: escapeDiscord })} (${topic.count})`);
    return {
      embeds: [
        {
          title: parts.length > 1 ? `Topics (${index + 1}/${parts.length}) — react to get new stories by DM` : 'Topics — react to get new stories by DM',
          description: clipText(lines.join('\n') || 'No topics.', 4096),
          footer: { text: 'Remove your reaction to stop. /subscribe and /unsubscribe do the same.' },
          color: COLORS.ai,
        },
      ],
      allowed_mentions: { parse: [] },
    };
  });
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
