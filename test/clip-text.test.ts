// One clipping helper for every platform string: never a lone surrogate, never half an emoji,
// escaped before it is measured.
import { describe, expect, it } from 'vitest';
import { clipText, wellFormed } from '../src/clip-text.ts';
import { escapeDiscord } from '../src/render/escape-discord.ts';
import { escapeMrkdwn } from '../src/render/render-slack.ts';

const isWellFormed = (text: string) => wellFormed(text) === text;

describe('clipText', () => {
  it('cuts 300 emoji (with skin tones, flags and ZWJ families) at every length without splitting one', () => {
    const emoji = ['😀', '👍🏽', '🇫🇷', '👨‍👩‍👧', '🧠', 'é', 'x'];
    const text = Array.from({ length: 300 }, (_, index) => emoji[index % emoji.length]).join('');
    for (let max = 1; max <= text.length + 1; max++) {
      const clipped = clipText(text, max);
      expect(clipped.length).toBeLessThanOrEqual(max);
      expect(isWellFormed(clipped)).toBe(true);
      // What is kept is a whole-grapheme prefix of the original.
      expect(text.startsWith(clipped.replace(/…$/, ''))).toBe(true);
    }
  });
  it('measures the escaped text and never cuts inside an escape', () => {
    const flood = '&'.repeat(5000);
    const slack = clipText(flood, 3000, { escape: escapeMrkdwn });
    expect(slack.length).toBeLessThanOrEqual(3000);
    expect(slack.replace(/…$/, '')).toMatch(/^(&amp;)+$/);
    const discord = clipText('*'.repeat(3000), 1000, { escape: escapeDiscord });
    expect(discord.length).toBeLessThanOrEqual(1000);
    expect(discord.replace(/…$/, '')).toMatch(/^(\\\*)+$/);
  });
  it('replaces lone surrogates from the input and keeps short text as it is', () => {
    expect(clipText('a\ud83db', 10)).toBe('a\ufffdb');
    expect(clipText('short', 10)).toBe('short');
    expect(clipText('alpha beta gamma', 12, { ellipsis: '' })).toBe('alpha beta');
  });
});
