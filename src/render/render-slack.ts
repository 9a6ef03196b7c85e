// Stories and replies → Slack Block Kit (plain JSON, no Bolt here: the Slack adapter sends it).
// Feed text is escaped for mrkdwn (&, <, >) so it can never form <!channel>, <!here>, <@U…> or a
// link of its own; links are http(s) only. Within Block Kit's limits (api.slack.com/reference/
// block-kit): 50 blocks a message, 3,000 characters a section's text, 150 a header, 75 a button's
// text, 2,000 its value, an image element's image_url 3,000 and alt_text 2,000. Every string is cut with clipText AFTER escaping is accounted for (an
// escaped `&` is five characters: escaping after a cut could push a section past 3,000, which
// Slack refuses with invalid_blocks), and the notification `text` is escaped like the blocks.
import type { Reply } from '../../commands/command.ts';
import type { Article } from '../articles/article.ts';
import { clipText } from '../clip-text.ts';
import { safeUrl } from './escape-discord.ts';
import { digestMessage } from './render-digest-slack.ts';

export type SlackBlock = Record<string, unknown>;

export interface SlackMessage {
  /** Notification and screen-reader text. */
  text: string;
  blocks: SlackBlock[];
}

export interface SlackButton {
  text: string;
  actionId: string;
  value: string;
  primary?: boolean;
}

/** mrkdwn's three control characters; everything else shows as typed. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const MAX_SECTION = 3000;
/** chat.postMessage `text` is truncated by Slack past 40,000; a notification needs far less. */
const MAX_FALLBACK = 3000;
/** Links in a story's section; a longer one is dropped (the section holds 3,000 in all). */
const MAX_SECTION_URL = 1500;

const mrkdwn = (text: string, max: number) => clipText(text, max, { escape: escapeMrkdwn });

/** Block Kit's image element: image_url at most 3,000 characters, alt_text at most 2,000. */
const MAX_IMAGE_URL = 3000;
const MAX_ALT_TEXT = 2000;

/**
 * The story's image as a section accessory (shown small beside the text), its alt text the
 * headline; undefined without a usable image. Slack downloads it at post time and refuses the
 * whole message (invalid_blocks) when it cannot: so only a channel post carries one, because
 * delivery then resends it in the minimal form, without. Several stories in one message (a /news
 * page, a DM, a digest) have no such second try, and one dead image would lose them all.
 */
function imageAccessory(article: Article): SlackBlock | undefined {
  const url = safeUrl(article.image, MAX_IMAGE_URL);
  if (!url) return undefined;
  return { type: 'image', image_url: url, alt_text: clipText(article.headline || '(untitled)', MAX_ALT_TEXT) };
}

/** A story: headline linked, outlet, quote (else summary), then topics and time in a context line. */
export function storyBlocks(article: Article, alsoCoveredBy: string[] = [], minimal = false): SlackBlock[] {
  // In <url|text> the first '|' ends the URL, and URLs keep '|' unencoded: encode it.
  const url = safeUrl(article.url, minimal ? MINIMAL_URL : MAX_SECTION_URL)?.replace(/\|/g, '%7C');
  const headline = mrkdwn(article.headline || '(untitled)', 300);
  const title = url ? `*<${url}|${headline}>*` : `*${headline}*`;
  const lines = [title, `_${mrkdwn(article.source || '?', 150)}_`];
  if (minimal) return [{ type: 'section', text: { type: 'mrkdwn', text: lines.join('\n') } }];
  if (alsoCoveredBy.length) lines.push(`Also covered by ${mrkdwn(alsoCoveredBy.join(', '), 500)}`);
  const body = article.quote
    ? `“${article.quote.text}”${article.quote.speaker ? ` — ${article.quote.speaker}` : ''}`
    : article.summary;
  // The body takes what the other lines leave, up to 1,200.
  const room = Math.min(1200, MAX_SECTION - lines.join('\n').length - 1);
  if (body && room > 20) lines.splice(2, 0, mrkdwn(body, room));
  const published = Date.parse(article.published);
  const when = Number.isFinite(published)
    ? `<!date^${Math.floor(published / 1000)}^{date_short_pretty} {time}|${new Date(published).toISOString().slice(0, 16).replace('T', ' ')} UTC>`
    : '';
  const topics = mrkdwn(article.topics.join(' · '), 1000);
  return [
    { type: 'section', text: { type: 'mrkdwn', text: lines.join('\n') } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: [topics, when].filter(Boolean).join('  ·  ') || ' ' }] },
  ];
}

/**
 * A channel post for one story, its image beside it (see imageAccessory); `minimal`: headline,
 * outlet and a short link only.
 */
export function storyMessage(article: Article, alsoCoveredBy: string[] = [], minimal = false): SlackMessage {
  const blocks = storyBlocks(article, alsoCoveredBy, minimal);
  const accessory = minimal ? undefined : imageAccessory(article);
  if (accessory) blocks[0] = { ...blocks[0], accessory };
  return { text: mrkdwn(`${article.headline} (${article.source})`, MAX_FALLBACK), blocks };
}

/** The safe form's link bound (as on Discord): a longer link is left out. */
const MINIMAL_URL = 512;

/** Several stories (a DM digest, a /news page), with optional buttons under them. */
export function storiesMessage(articles: Article[], heading: string, buttons: SlackButton[] = []): SlackMessage {
  const blocks: SlackBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: `*${mrkdwn(heading, MAX_SECTION - 2)}*` } }];
  // 1 heading + 10 × 3 story blocks + 1 actions = 32, within the 50 blocks a message may hold.
  for (const article of articles.slice(0, 10)) blocks.push(...storyBlocks(article), { type: 'divider' });
  if (buttons.length) blocks.push(actions(buttons));
  return { text: mrkdwn(heading, MAX_FALLBACK), blocks };
}

/** A neutral reply as a Slack message. */
export function replyMessage(reply: Reply, buttons: SlackButton[] = []): SlackMessage {
  switch (reply.type) {
    case 'text':
      return { text: mrkdwn(reply.text, MAX_FALLBACK), blocks: [{ type: 'section', text: { type: 'mrkdwn', text: mrkdwn(reply.text, MAX_SECTION) } }] };
    case 'stories':
      if (reply.articles.length === 0) {
        const text = `${reply.title}: ${reply.emptyHint ?? 'nothing found.'}`;
        return { text: mrkdwn(text, MAX_FALLBACK), blocks: [{ type: 'section', text: { type: 'mrkdwn', text: mrkdwn(text, MAX_SECTION) } }] };
      }
      if (reply.digest) return digestMessage(reply.digest, reply.title, buttons);
      return storiesMessage(reply.articles, reply.title, buttons);
    case 'board': {
      const lines = reply.topics.map((topic) => `${topic.emoji}  *${escapeMrkdwn(topic.name)}* — ${mrkdwn(topic.description, 200)} (${topic.count})`);
      // Whole lines per section, each section within 3,000 characters (a 40-topic file needs two).
      const sections: string[] = [];
      for (const line of lines) {
        const last = sections.at(-1);
        if (last !== undefined && last.length + 1 + line.length <= MAX_SECTION) sections[sections.length - 1] = `${last}\n${line}`;
        else sections.push(line);
      }
      return {
        text: 'Topics: react with an emoji to get its new stories by DM',
        blocks: [
          { type: 'header', text: { type: 'plain_text', text: 'Topics — react to get new stories by DM' } },
          ...sections.slice(0, 40).map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } })),
          { type: 'context', elements: [{ type: 'mrkdwn', text: 'Remove your reaction to stop. `/news subscribe <topic>` does the same.' }] },
        ],
      };
    }
  }
}

/** A row of buttons. */
export function actions(buttons: SlackButton[]): SlackBlock {
  return {
    type: 'actions',
    elements: buttons.map((button) => ({
      type: 'button',
      text: { type: 'plain_text', text: clipText(button.text, 75) },
      action_id: button.actionId,
      value: clipText(button.value, 2000, { ellipsis: '' }),
      ...(button.primary ? { style: 'primary' } : {}),
    })),
  };
}
