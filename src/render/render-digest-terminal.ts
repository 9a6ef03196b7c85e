// A digest → terminal text: the title, then numbered stories with their coverage.
import type { Digest } from '../digest/build-digest.ts';
import { paint, renderStoryForTerminal, safe, type TerminalStyle } from './render-terminal.ts';

export function renderDigestForTerminal(digest: Digest, style: TerminalStyle, now = new Date()): string {
  const late = digest.late ? ' (late)' : '';
  const lines = [paint(`══ ${safe(digest.title)}${late} ══`, '1', style)];
  if (digest.stories.length === 0) lines.push('No new stories in this window.');
  digest.stories.forEach((story, index) => {
    const more = story.outlets.length - 1;
    const coverage = more > 0 ? `+${more} outlet${more === 1 ? '' : 's'}: ${story.outlets.slice(1).join(', ')}` : 'one outlet';
    // The story's own "■" becomes its rank.
    lines.push(
      renderStoryForTerminal(story.article, style, now).replace('■', `${index + 1}.${story.update ? ' (update)' : ''}`),
      `  ${paint(safe(coverage), '2', style)}`,
    );
  });
  return lines.join('\n');
}
