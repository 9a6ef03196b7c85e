// Slack names reactions by shortcode ("llama"), the topic table by the emoji itself ("🦙").
// This maps the default topics' emoji; a topic of the operator's may name its own with
// `slackEmoji` in the topic table.
import type { Topic, TopicTable } from '../../articles/topics.ts';

const SHORTCODES: Record<string, string> = {
  '🤖': 'robot_face', '🧠': 'brain', '🦙': 'llama', '🔬': 'microscope', '⚖': 'scales', '💼': 'briefcase',
  '🔌': 'electric_plug', '🛡': 'shield', '🦾': 'mechanical_arm', '🟢': 'large_green_circle', '🟠': 'large_orange_circle',
  '🔵': 'large_blue_circle', '🔷': 'large_blue_diamond', '🪟': 'window', '🟩': 'large_green_square', '🍎': 'apple',
  '✖': 'heavy_multiplication_x', '🌬': 'wind_blowing_face', '🐋': 'whale', '📰': 'newspaper', '💡': 'bulb', '🚀': 'rocket',
};

/** The Slack shortcode of a topic's emoji, without colons. */
export function slackEmojiName(topic: Topic): string | undefined {
  const own = (topic as Topic & { slackEmoji?: string }).slackEmoji;
  return own?.replace(/:/g, '') ?? SHORTCODES[topic.emoji.replace(/\uFE0F/g, '')];
}

/** The topic a reaction names ("llama", "+1::skin-tone-2" → no topic). */
export function topicForReaction(topics: TopicTable, reaction: string): Topic | undefined {
  const name = reaction.replace(/::skin-tone-\d$/, '');
  return topics.topics.find((topic) => slackEmojiName(topic) === name);
}
