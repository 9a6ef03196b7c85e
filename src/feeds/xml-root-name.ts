// The name of a document's first element, skipping what may come before it (declaration,
// processing instructions, comments, doctype, stray text). Used to tell feeds from HTML pages
// and other XML before any real parse.

/** The first element's tag name as written (e.g. "rss", "rdf:RDF", "feed", "html"), or undefined. */
export function xmlRootName(text: string): string | undefined {
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('<', at);
    if (open === -1) return undefined;
    if (text.startsWith('<?', open)) {
      at = endOf(text, '?>', open);
    } else if (text.startsWith('<!--', open)) {
      at = endOf(text, '-->', open);
    } else if (text.startsWith('<!', open)) {
      // <!DOCTYPE ...> may carry an internal subset in [...]
      const bracket = text.indexOf('[', open);
      const close = text.indexOf('>', open);
      if (close === -1) return undefined;
      at = bracket !== -1 && bracket < close ? endOf(text, ']', bracket) : close + 1;
    } else {
      const name = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(open, open + 200));
      if (name) return name[1];
      at = open + 1;
    }
  }
  return undefined;
}

function endOf(text: string, marker: string, from: number): number {
  const end = text.indexOf(marker, from);
  return end === -1 ? text.length : end + marker.length;
}
