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

/**
 * The longest link a message carries. Discord refuses embeds whose url is longer (400 Invalid Form
 * Body: "Must be 2048 or fewer in length"; the embed object docs list no url limit, but the API
 * enforces this one, and far shorter URLs have been seen refused in discord-api-docs issues), and
 * a Slack section holds 3,000 characters in all. A longer link is dropped, not cut: a cut URL is a
 * wrong one.
 */
export const MAX_LINK_URL = 2048;

/** Only http(s) links no longer than MAX_LINK_URL reach a platform; anything else becomes undefined. */
export function safeUrl(url: string | undefined, max = MAX_LINK_URL): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    const text = parsed.toString();
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && text.length <= max ? text : undefined;
  } catch {
    return undefined;
  }
}
