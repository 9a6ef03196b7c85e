// Feed text shown on Discord: it may not ping anyone, start a masked link, or break the markdown.
// (allowedMentions { parse: [] } on every message is the second lock on the same door.)

/** Backslash-escapes markdown and defuses every mention form by putting a zero-width space after @ / #. */
export function escapeDiscord(text: string): string {
  return text
    .replace(/[\\*_~`|>[\]()#-]/g, (char) => `\\${char}`)
    .replace(/@/g, '@\u200b')
    .replace(/<(?=[@#:]|\/|a:|t:)/g, '<\u200b')
    .replace(/discord\.gg\//gi, 'discord\u200b.gg/');
}

/** Only http(s) links reach Discord; anything else becomes undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** Cuts at a word boundary and adds an ellipsis, so nothing is split mid-word. */
export function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // A trailing backslash would escape the ellipsis: drop it with the cut word.
  return `${(space > max * 0.5 ? cut.slice(0, space) : cut).replace(/\\+$/, '')}…`;
}
