// A topic table with `count` topics (the defaults, then made-up ones, each with its own emoji),
// as a TOPICS_FILE with that many topics would give: more than the 20 reactions a Discord message
// can hold.
import { buildTopicTable, loadTopicTable, type TopicTable } from '../../src/articles/topics.ts';

const EXTRA_EMOJI = [...'🍇🍈🍉🍊🍋🍌🍍🥭🍏🍐🍑🍒🍓🫐🥝🍅🫒🥥🥑🍆🥔🥕🌽🌶🫑🥒🥬🥦🧄🧅🍄🥜🫘🌰🍞🥐🥖🫓🥨🥯'];

export function manyTopics(count: number): TopicTable {
  const base = loadTopicTable().topics;
  const extra = Array.from({ length: Math.max(0, count - base.length) }, (_, i) => ({
    name: `extra-${i + 1}`,
    emoji: EXTRA_EMOJI[i]!,
    description: `Made-up topic ${i + 1} & <its> "description"`,
    threshold: 2,
    terms: { [`extraterm${i + 1}`]: 2 },
  }));
  return buildTopicTable([...base, ...extra].slice(0, count));
}
