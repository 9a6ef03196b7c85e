// A digest → one Slack message: a header, then per story a section and a divider. It fits Block
// Kit by construction: at most 10 stories make 2 + 10 × 2 = 22 blocks of the 50 allowed, each
// section is cut to fit its 3,000 characters and the header its 150.
import type { Digest } from '../digest/build-digest.ts';
import type { DigestStory } from '../digest/rank-stories.ts';
import { clipText } from '../clip-text.ts';
import { safeUrl } from './escape-discord.ts';
import { quoteLine } from './quote-line.ts';
import { actions, escapeMrkdwn, type SlackBlock, type SlackButton, type SlackMessage } from './render-slack.ts';

/** `note`: a line under the header (mrkdwn, e.g. who shared it: a header cannot show a mention). */
export function digestMessage(digest: Digest, heading = digest.title, buttons: SlackButton[] = [], note?: string): SlackMessage {
  const blocks: SlackBlock[] = [{ type: 'header', text: { type: 'plain_text', text: clipText(heading, 150) } }];
  if (note) blocks.push(context(clipText(note, 300)));
  if (digest.late) blocks.push(context('Late: I was offline when this digest was due.'));
  if (digest.stories.length === 0) blocks.push(context('No new stories in this window.'));
  digest.stories.slice(0, 10).forEach((story, index) => blocks.push(storySection(story, index + 1), { type: 'divider' }));
  if (buttons.length) blocks.push(actions(buttons));
  const summary = digest.stories.map((story, index) => `${index + 1}. ${story.article.headline}`).join('\n');
  return { text: clipText(`${heading}\n${summary}`, 3000, { escape: escapeMrkdwn }), blocks };
}

function storySection(story: DigestStory, rank: number): SlackBlock {
  const { article } = story;
  // In <url|text> the first '|' ends the URL: encode it.
  const url = safeUrl(article.url)?.replace(/\|/g, '%7C');
  const headline = clipText(`${story.update ? 'Update: ' : ''}${article.headline || '(untitled)'}`, 300, { escape: escapeMrkdwn });
  const more = story.outlets.length - 1;
  const coverage = more > 0 ? ` · +${more} outlet${more === 1 ? '' : 's'} (${clipText(story.outlets.slice(1).join(', '), 400, { escape: escapeMrkdwn })})` : '';
  const lines = [
    `*${rank}. ${url ? `<${url}|${headline}>` : headline}*`,
    `_${clipText(article.source, 150, { escape: escapeMrkdwn })}_${coverage}`,
    quoteLine(article, 1500, escapeMrkdwn),
  ];
  return { type: 'section', text: { type: 'mrkdwn', text: clipText(lines.filter(Boolean).join('\n'), 3000) } };
}

function context(text: string): SlackBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}
