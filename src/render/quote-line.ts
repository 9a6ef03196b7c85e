// A story's key line within `max` characters: its quote with the speaker kept whole (only the
// quoted words are cut), else its summary. `escape` is the platform's, applied before cutting so
// an escape sequence is never split.
import type { Article } from '../articles/article.ts';
import { clipText } from '../clip-text.ts';

export function quoteLine(article: Article, max: number, escape: (text: string) => string = (text) => text): string {
  if (!article.quote) return article.summary ? clipText(article.summary, max, { escape }) : '';
  const speaker = article.quote.speaker ? ` — ${escape(article.quote.speaker)}` : '';
  const room = max - speaker.length - 2;
  if (room < 20) return clipText(`“${escape(article.quote.text)}”`, max);
  return `“${clipText(article.quote.text, room, { escape })}”${speaker}`;
}
