// Words in quotes whose speaker the text does not say: shown with no speaker, never with a guess
// (issue 10: "when in doubt, no speaker beats a wrong one"). Invented articles, one per guess removed.
import { describe, expect, it } from 'vitest';
import { extractQuote } from '../src/articles/extract-quote.ts';

const cases: { name: string; headline: string; opening: RegExp; paragraphs: string[] }[] = [
  {
    name: 'a public body the text does not name is not the organisation the article names most',
    headline: 'Freight depot opens near Dunmore',
    opening: /^Lorries at three in the morning/,
    paragraphs: [
      'Kestrel Freight has opened a new depot on the edge of Dunmore, and Kestrel Freight says it will hire 200 drivers. Kestrel Freight trucks already run through the town every night.',
      'Neighbours have complained about the noise, according to minutes of a meeting at the town hall. “Lorries at three in the morning are not what this street was built for, and we will say so at every hearing,” the committee said.',
    ],
  },
  {
    name: '"they" after one person was quoted is not that person',
    headline: 'Eastfield food bank shelves empty ahead of holidays',
    opening: /^We have never seen the shelves/,
    paragraphs: [
      'Asked whether donations had recovered since the summer, the manager of the Eastfield food bank was brief. “Not yet,” said Maria Lopez.',
      'Volunteers from three churches spent the weekend sorting what did arrive. “We have never seen the shelves this empty in November, and we expect it to get worse before the holidays,” they said.',
    ],
  },
  {
    name: '"the chief executive" is not a person named paragraphs before',
    headline: 'Harrow Ferries to cut winter sailings',
    opening: /^Fewer sailings in winter are the price/,
    paragraphs: [
      'Harrow Ferries will run four crossings a day instead of six from December. Passenger numbers fell by a fifth this year.',
      'Islanders have objected. Councillor Priya Raman wrote to the operator last week asking it to keep the early boat.',
      'The company blamed fuel costs, which rose 30% in a year, and a shortage of qualified crew on the route.',
      'Tickets for the remaining crossings will not rise in price before spring.',
      '“Fewer sailings in winter are the price of keeping the route open at all, and we will add boats back when the numbers return,” the chief executive said.',
    ],
  },
];

describe('a quote whose speaker the text does not say', () => {
  it.each(cases)('$name: the words are shown, with no speaker', ({ headline, opening, paragraphs }) => {
    const quote = extractQuote(paragraphs, { headline });
    expect(quote?.text).toMatch(opening);
    expect(quote?.speaker ?? null).toBeNull();
  });
});
