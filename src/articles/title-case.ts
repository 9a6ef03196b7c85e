// Title case: most words of four letters or more capitalised, as headlines and headings are
// written. Their capitals say nothing about names, and a line in title case is a heading.

export function isTitleCase(headline: string): boolean {
  const words = headline.split(/\s+/).slice(1).filter((word) => /^\P{L}*\p{L}{4}/u.test(word));
  if (words.length < 2) return false;
  const capitalised = words.filter((word) => /^\P{L}*\p{Lu}/u.test(word)).length;
  return capitalised / words.length >= 0.7;
}

