// Words in quotes whose speaker the text does not say: shown with no speaker, never with a guess
// (issue 10: "when in doubt, no speaker beats a wrong one"). Invented articles.
import { describe, expect, it } from 'vitest';
import { extractQuote } from '../src/articles/extract-quote.ts';

describe('a public body the text does not name', () => {
  it('is not the organisation the article names most', () => {
    const quote = extractQuote(
      [
        'Kestrel Freight has opened a new depot on the edge of Dunmore, and Kestrel Freight says it will hire 200 drivers. Kestrel Freight trucks already run through the town every night.',
        'Neighbours have complained about the noise, according to minutes of a meeting at the town hall. “Lorries at three in the morning are not what this street was built for, and we will say so at every hearing,” the committee said.',
      ],
      { headline: 'Freight depot opens near Dunmore' },
    );
    expect(quote?.text).toMatch(/^Lorries at three in the morning/);
    expect(quote?.speaker ?? null).toBeNull();
  });
});
