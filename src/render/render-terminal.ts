// Reply/Article → terminal text. Feed text never carries control characters to the terminal:
// an escape sequence in a headline could otherwise rewrite the screen.
import { newsCommandText } from '../../commands/news-command-text.ts';
import type { Reply } from '../../commands/command.ts';
import type { Article } from '../articles/article.ts';
import { renderDigestForTerminal } from './render-digest-terminal.ts';

export interface TerminalStyle {
  color: boolean;
}

export function renderReplyForTerminal(reply: Reply, style: TerminalStyle): string {
  if (reply.type === 'text') return safe(reply.text);
  if (reply.type === 'board') {
    const lines = reply.topics.map((topic) => `${topic.emoji}  ${topic.name.padEnd(12)} ${String(topic.count).padStart(6)}  ${topic.description}`);
    return [paint('── topics: /subscribe <topic> to get its stories by DM on Discord or Slack ──', '2', style), ...lines].join('\n');
  }
  if (reply.articles.length === 0) return `${safe(reply.title)}: ${reply.emptyHint ?? 'nothing found.'}`;
  if (reply.digest) return renderDigestForTerminal(reply.digest, style);
  const lines = [paint(`── ${safe(reply.title)} ──`, '2', style)];
  for (const article of reply.articles) lines.push(renderStoryForTerminal(article, style));
  if (reply.nextPage) {
    lines.push(paint(`more: ${nextPageCommand(reply)}`, '2', style));
  }
  return lines.join('\n');
}

export function renderStoryForTerminal(article: Article, style: TerminalStyle, now = new Date(), alsoCoveredBy: string[] = []): string {
  const meta = [article.source, ago(article.published, now), article.topics.join(', ')].filter(Boolean).join(' · ');
  const body = article.quote
    ? `“${article.quote.text}”${article.quote.speaker ? ` — ${article.quote.speaker}` : ''}`
    : article.summary;
  return [
    paint(`■ ${safe(article.headline)}`, '1', style),
    `  ${paint(safe(meta), '36', style)}`,
    body ? `  ${safe(body)}` : undefined,
    alsoCoveredBy.length ? `  Also covered by ${safe(alsoCoveredBy.join(', '))}` : undefined,
    `  ${paint(safe(article.url), '4', style)}`,
  ]
    .filter((line) => line !== undefined)
    .join('\n');
}

/** The line to type for the next page, e.g. `/news ai llama page:2`. */
function nextPageCommand(reply: Extract<Reply, { type: 'stories' }>): string {
  return safe(newsCommandText(reply.nextPage ?? {}, reply.command));
}

export function ago(iso: string, now: Date): string {
  const ms = now.getTime() - new Date(iso).getTime();
  if (!Number.isFinite(ms)) return '';
  if (ms < 60_000) return 'just now';
  if (ms < 3_600_000) return `${Math.floor(ms / 60_000)} min ago`;
  if (ms < 86_400_000) return `${Math.floor(ms / 3_600_000)} h ago`;
  if (ms < 30 * 86_400_000) return `${Math.floor(ms / 86_400_000)} d ago`;
  return iso.slice(0, 10);
}

export function safe(text: string): string {
  // C0 and C1 controls except newline and tab.
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

export function paint(text: string, code: string, style: TerminalStyle): string {
  return style.color ? `\u001b[${code}m${text}\u001b[0m` : text;
}
