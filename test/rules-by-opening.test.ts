import { describe, expect, it } from 'vitest';
import { openingCodes, rulesByOpening } from '../src/articles/rules-by-opening.ts';

// Rules in the shape of the boilerplate tables: anchored, optional greetings, alternations, classes,
// the i flag, lookarounds, and one the index cannot read (it must still be tried on every text).
const RULES = [
  /^(?:(?:good morning|hi)\b[^.!?]{0,30}?[,!]?\s+)?(?:welcome(?: back)? to\b|thanks for reading\b)/,
  /^(share|share this|tweet)( (article|story))?:?$/i,
  /^\d+ points?,? (by \S+ )?(\d+ comments?|discuss)$/,
  /^[—–-] .{1,40}\(@\w+\)$/,
  /^(?=sponsor)\w+ by\b/,
  /^\((?:reuters|ap)\)\s*(?:--?|[—–])\s*/,
  /^[^:.!?"“]{3,40}\bwrites\b[^:]{0,40}:\s+/,
  /^\p{Lu}[\p{Lu} ]{2,30}\s+[—–]\s+/u,
];

const TEXTS = [
  'Welcome back to The Weekly Loop, our newsletter.', 'welcome back to the weekly loop', 'good morning, welcome to it',
  'hi all! thanks for reading', 'Share this story:', 'SHARE', 'tweet', '42 points by jdoe 7 comments', '3 points discuss',
  '— Jane Roe (@jroe)', '- Jane Roe (@jroe)', 'sponsored by Acme', '(Reuters) - Acme said', '(ap) — it rained',
  'Jane Roe writes in her blog: the story', 'SAN FRANCISCO — Acme said', 'Ünïcode opening', '', ' leading space',
  'A story that is just a story.', 'the post appeared first on x', 'Đà Nẵng — a city',
];

function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe('rules indexed by their opening', () => {
  it('answers as trying every rule does, whatever the rules’ order', () => {
    for (let round = 0; round < 5; round++) {
      const rules = shuffled(RULES);
      const index = rulesByOpening(rules);
      for (const text of TEXTS) expect(index.some(text), text).toBe(rules.some((rule) => rule.test(text)));
      // Each rule alone too: the index of one rule must not miss a text it matches.
      for (const rule of rules) for (const text of TEXTS) expect(rulesByOpening([rule]).some(text), `${rule} ${text}`).toBe(rule.test(text));
    }
  });

  it('reads both cases of a case-insensitive rule’s opening, and gives up on what it cannot read', () => {
    expect([...openingCodes(/^(share|tweet)/i)!].map((code) => String.fromCharCode(code)).sort().join('')).toBe('STst');
    expect(openingCodes(/^[^:]{3}x/)).toBeUndefined();
    expect(openingCodes(/welcome/)).toBeUndefined();
  });

  it('refuses a global rule, whose state would change with fewer tests', () => {
    expect(() => rulesByOpening([/^a/g])).toThrow();
  });
});
