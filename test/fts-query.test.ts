import { describe, expect, it } from 'vitest';
import { toFtsPhrases } from '../src/store/fts-query.ts';

describe('toFtsPhrases', () => {
  it.each([
    ['openai', '"openai"'],
    ['OpenAI  GPT-5', '"openai" AND "gpt 5"'],
    ['node.js AT&T', '"node js" AND "at t"'],
    ['"unbalanced', '"unbalanced"'],
    ['quant*', '"quant"'],
    ['NEAR(a b)', '"near" AND "a" AND "b"'],
    ['a AND b OR NOT c', '"a" AND "and" AND "b" AND "or" AND "not" AND "c"'],
    ['headline:robots', '"headline" AND "robots"'],
    ['{text}: x ^y', '"text" AND "x" AND "y"'],
    ['café Zürich', '"café" AND "zürich"'],
    ['ai ai AI', '"ai"'],
  ])('%j -> %s', (input, expected) => {
    expect(toFtsPhrases(input)).toBe(expected);
  });

  it.each(['', '   ', '"', '*', '()', '"*()', '-', '\u0000'])('%j has no words', (input) => {
    expect(toFtsPhrases(input)).toBeUndefined();
  });

  it('bounds the work of a wall of text', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `w${i}`).join(' ');
    expect(toFtsPhrases(many)?.split(' AND ')).toHaveLength(12);
    expect(toFtsPhrases('x'.repeat(10_000))).toBe(`"${'x'.repeat(64)}"`);
    expect(toFtsPhrases(Array(5000).fill('a').join('-'))).toBe(`"${Array(8).fill('a').join(' ')}"`);
  });
});
