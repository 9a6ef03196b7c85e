// Text to match literally inside a pattern built at run time: its pattern characters escaped.
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
