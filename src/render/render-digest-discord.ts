// A digest → one Discord message: the title as content, one embed per story. It fits Discord's
// limits by construction: at most 10 stories (10 embeds), and each embed gets an equal share of
// the 6,000 characters a message's embeds may hold, so no story is ever cut off the end. The top
// story shows its image as a thumbnail (thumbnails do not count toward the 6,000); the others
// none, so the list reads as a list.
import type { Digest } from '../digest/build-digest.ts';
import type { DigestStory } from '../digest/rank-stories.ts';
import { clipText } from '../clip-text.ts';
import { escapeDiscord, safeUrl } from './escape-discord.ts';
import type { DiscordEmbed, DiscordMessageBody } from './render-discord.ts';
import { quoteLine } from './quote-line.ts';

const MAX_EMBEDS = 10;
/** Below Discord's 6,000, leaving room for the "+N outlets" footers' separators. */
const EMBED_BUDGET = 5800;
const DIGEST_COLOR = 0x5865f2;

export function digestMessage(digest: Digest, heading = digestHeading(digest)): DiscordMessageBody {
  const stories = digest.stories.slice(0, MAX_EMBEDS);
  const share = Math.floor(EMBED_BUDGET / Math.max(1, stories.length));
  return {
    content: clipText(heading, 2000),
    embeds: stories.map((story, index) => digestEmbed(story, index + 1, share)),
    allowed_mentions: { parse: [] },
  };
}

/** The title line, with "late" when the bot was down when the digest was due. */
export function digestHeading(digest: Digest): string {
  const late = digest.late ? ' (late: I was offline when it was due)' : '';
  if (digest.stories.length === 0) return `**${escapeDiscord(digest.title)}**${late}: no new stories in this window.`;
  return `**${escapeDiscord(digest.title)}**${late}`;
}

/** One story within `budget` characters (title, author, description and footer together). */
function digestEmbed(story: DigestStory, rank: number, budget: number): DiscordEmbed {
  const { article } = story;
  const title = clipText(`${rank}. ${story.update ? 'Update: ' : ''}${article.headline || '(untitled)'}`, Math.min(256, Math.floor(budget / 3)));
  const author = clipText(article.source, 80);
  const more = story.outlets.length - 1;
  const footer = more > 0 ? clipText(`+${more} outlet${more === 1 ? '' : 's'}: ${story.outlets.slice(1).join(', ')}`, Math.min(2048, Math.floor(budget / 4))) : undefined;
  const room = Math.min(4096, budget - title.length - author.length - (footer?.length ?? 0));
  const body = room > 40 ? quoteLine(article, room, escapeDiscord) : '';
  const image = rank === 1 ? safeUrl(article.image) : undefined;
  return {
    title,
    url: safeUrl(article.url),
    author: { name: author },
    description: body || undefined,
    footer: footer ? { text: footer } : undefined,
    timestamp: Number.isFinite(Date.parse(article.published)) ? new Date(article.published).toISOString() : undefined,
    color: DIGEST_COLOR,
    ...(image ? { thumbnail: { url: image } } : {}),
  };
}
