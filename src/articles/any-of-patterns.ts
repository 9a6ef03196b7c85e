// Several patterns as one: one search over a text instead of one per pattern, where only whether
// any matches is asked. Joining keeps each pattern's meaning only without flags and numbered
// back-references: a pattern with either stops the module loading rather than match differently.

/** One pattern that matches where any of `rules` does. */
export function anyOf(rules: RegExp[]): RegExp {
  const odd = rules.find((rule) => rule.flags || /\\[1-9]/.test(rule.source));
  if (odd) throw new Error(`pattern ${odd} has flags or a back-reference: it cannot be joined with others`);
  return new RegExp(rules.map((rule) => `(?:${rule.source})`).join('|'));
}
