// Stories and replies → Slack Block Kit (plain JSON, no Bolt here: the Slack adapter sends it).
// Feed text is escaped for mrkdwn (&, <, >) so it can never form <!channel>, <!here>, <@U…> or a
// link of its own; links are http(s) only. Within Block Kit's limits: 50 blocks a message,
// 3,000 characters a section, 150 a header, 2,000 a button value.
import type { Reply } from '../../commands/command.ts';
import type { Article } from '../articles/article.ts';
import { fit, safeUrl } from './escape-discord.ts';

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

/** A story: headline linked, outlet, quote (else summary), then topics and time in a context line. */
export function storyBlocks(article: Article, alsoCoveredBy: string[] = []): SlackBlock[] {
  // In <url|text> the first '|' ends the URL, and URLs keep '|' unencoded: encode it.
  const url = safeUrl(article.url)?.replace(/\|/g, '%7C');
  const headline = escapeMrkdwn(fit(article.headline || '(untitled)', 300));
  const title = url ? `*<${url}|${headline}>*` : `*${headline}*`;
  const body = article.quote
    ? `“${article.quote.text}”${article.quote.speaker ? ` — ${article.quote.speaker}` : ''}`
    : article.summary;
  const lines = [title, `_${escapeMrkdwn(fit(article.source, 150))}_`, body ? escapeMrkdwn(fit(body, 1200)) : ''];
  if (alsoCoveredBy.length) lines.push(`Also covered by ${escapeMrkdwn(fit(alsoCoveredBy.join(', '), 500))}`);
  const published = Date.parse(article.published);
  const when = Number.isFinite(published)
    ? `<!date^${Math.floor(published / 1000)}^{date_short_pretty} {time}|${new Date(published).toISOString().slice(0, 16).replace('T', ' ')} UTC>`
    : '';
  return [
    { type: 'section', text: { type: 'mrkdwn', text: fit(lines.filter(Boolean).join('\n'), 3000) } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: fit([article.topics.join(' · '), when].filter(Boolean).join('  ·  ') || ' ', 2000) }] },
  ];
}

export function storyMessage(article: Article, alsoCoveredBy: string[] = []): SlackMessage {
  return { text: fit(`${article.headline} (${article.source})`, 3000), blocks: storyBlocks(article, alsoCoveredBy) };
}

/** Several stories (a DM digest, a /news page), with optional buttons under them. */
export function storiesMessage(articles: Article[], heading: string, buttons: SlackButton[] = []): SlackMessage {
  const blocks: SlackBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: `*${escapeMrkdwn(fit(heading, 2900))}*` } }];
  for (const article of articles.slice(0, 10)) blocks.push(...storyBlocks(article), { type: 'divider' });
  if (buttons.length) blocks.push(actions(buttons));
  return { text: fit(heading, 3000), blocks: blocks.slice(0, 50) };
}

/** A neutral reply as a Slack message. */
export function replyMessage(reply: Reply, buttons: SlackButton[] = []): SlackMessage {
  switch (reply.type) {
    case 'text':
      return { text: fit(escapeMrkdwn(reply.text), 3000), blocks: [{ type: 'section', text: { type: 'mrkdwn', text: fit(escapeMrkdwn(reply.text), 3000) } }] };
    case 'stories':
      if (reply.articles.length === 0) {
        const text = `${reply.title}: ${reply.emptyHint ?? 'nothing found.'}`;
        return { text: fit(escapeMrkdwn(text), 3000), blocks: [{ type: 'section', text: { type: 'mrkdwn', text: fit(escapeMrkdwn(text), 3000) } }] };
      }
      return storiesMessage(reply.articles, reply.title, buttons);
    case 'board': {
      const lines = reply.topics.map((topic) => `${topic.emoji}  *${topic.name}* — ${escapeMrkdwn(topic.description)} (${topic.count})`);
      return {
        text: 'Topics: react with an emoji to get its new stories by DM',
        blocks: [
          { type: 'header', text: { type: 'plain_text', text: 'Topics — react to get new stories by DM' } },
          { type: 'section', text: { type: 'mrkdwn', text: fit(lines.join('\n'), 3000) } },
          { type: 'context', elements: [{ type: 'mrkdwn', text: 'Remove your reaction to stop. `/news subscribe <topic>` does the same.' }] },
        ],
      };
    }
  }
}

function actions(buttons: SlackButton[]): SlackBlock {
  return {
    type: 'actions',
    elements: buttons.map((button) => ({
      type: 'button',
      text: { type: 'plain_text', text: fit(button.text, 75) },
      action_id: button.actionId,
      value: fit(button.value, 2000),
      ...(button.primary ? { style: 'primary' } : {}),
    })),
  };
}
