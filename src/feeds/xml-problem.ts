// A quick forward scan for the faults that make a strict XML parse fail, so that a broken document
// goes straight to the repair instead of first paying for a strict parse that fails near its end
// (on a 1.6 MB feed that is a third of a second of the one a document may take).
// It errs one way only: a document it passes may still be refused by sax (the repair then runs as
// before), but one it flags is not well-formed XML. So names are read leniently (any character
// that is not a delimiter), and entity references by shape (sax knows HTML's named entities).

/** Why `xml` is certainly not well-formed (or nests deeper than `maxDepth`), else undefined. */
export function xmlProblem(xml: string, maxDepth: number): string | undefined {
  const open: string[] = [];
  let sawRoot = false;
  // The next '&' in the document: it only moves forward, so finding every one costs one pass.
  let amp = xml.indexOf('&');
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const textEnd = lt === -1 ? xml.length : lt;
    if (textEnd > at && open.length === 0 && textOutsideRoot(xml, at, textEnd)) return 'text outside the root element';
    for (; amp !== -1 && amp < textEnd; amp = xml.indexOf('&', amp + 1)) {
      if (amp >= at && !isReference(xml, amp)) return 'a bare & (not an entity reference)';
    }
    if (lt === -1) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) {
      if (xml.startsWith('<![CDATA[', lt)) {
        if (open.length === 0) return 'CDATA outside the root element';
        at = endOf(xml, ']]>', lt + 9);
      } else if (xml.startsWith('<!--', lt)) {
        at = endOf(xml, '-->', lt + 4);
      } else if (!sawRoot && isDoctype(xml, lt)) {
        at = DOCTYPE.lastIndex;
      } else {
        return 'a markup declaration where none may be';
      }
      if (at === -1) return 'an unterminated CDATA section, comment or declaration';
    } else if (next === 0x3f /* ? */) {
      at = endOf(xml, '?>', lt + 2);
      if (at === -1) return 'an unterminated processing instruction';
    } else if (next === 0x2f /* / */) {
      const close = xml.indexOf('>', lt);
      if (close === -1) return 'an unterminated end tag';
      const name = xml.slice(lt + 2, close).trimEnd();
      if (open.pop() !== name) return `a mismatched end tag </${name.slice(0, 40)}>`;
      at = close + 1;
    } else {
      if (sawRoot && open.length === 0) return 'a second root element';
      const end = startTagEnd(xml, lt);
      if (typeof end === 'string') return end;
      sawRoot = true;
      if (xml.charCodeAt(end - 2) !== 0x2f /* / */) {
        open.push(tagName(xml, lt));
        if (open.length > maxDepth) return `elements nested deeper than ${maxDepth}`;
      }
      at = end;
    }
  }
  if (open.length > 0) return `an unclosed <${open.at(-1)!.slice(0, 40)}>`;
  if (!sawRoot) return 'no root element';
  return undefined;
}

function endOf(xml: string, marker: string, from: number): number {
  const found = xml.indexOf(marker, from);
  return found === -1 ? -1 : found + marker.length;
}

// A DOCTYPE without an internal subset (parseFeed removed any subset before this scan).
const DOCTYPE = /<!DOCTYPE\s[^[>]*>/y;

function isDoctype(xml: string, at: number): boolean {
  DOCTYPE.lastIndex = at;
  return DOCTYPE.test(xml);
}

const NOT_SPACE = /\S/g;

function textOutsideRoot(xml: string, from: number, to: number): boolean {
  NOT_SPACE.lastIndex = from;
  const found = NOT_SPACE.exec(xml);
  return found !== null && found.index < to;
}

// &name; (sax knows HTML's names too, so any name passes), &#123; or &#x1F;
const REFERENCE = /&(?:[A-Za-z_][\w.-]*|#[0-9]+|#x[0-9A-Fa-f]+);/y;

function isReference(text: string, at: number): boolean {
  REFERENCE.lastIndex = at;
  return REFERENCE.test(text);
}

const NAME_END = /[\s/>]/g;

function tagName(xml: string, lt: number): string {
  NAME_END.lastIndex = lt + 1;
  const end = NAME_END.exec(xml)?.index ?? xml.length;
  return xml.slice(lt + 1, end);
}

// After the name: attributes written name="value" or name='value', then > or />.
const ATTRIBUTE = /\s+([^\s=/>"'<]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_CLOSE = /\s*\/?>/y;

/** Where the start tag at `lt` ends (after its '>'), or what is wrong with it. */
function startTagEnd(xml: string, lt: number): number | string {
  const name = tagName(xml, lt);
  if (name === '' || /^[\d.\-'"=<&]/.test(name) || /["'=<&]/.test(name)) return 'an invalid tag name';
  let at = lt + 1 + name.length;
  for (;;) {
    TAG_CLOSE.lastIndex = at;
    if (TAG_CLOSE.test(xml)) return TAG_CLOSE.lastIndex;
    ATTRIBUTE.lastIndex = at;
    const attribute = ATTRIBUTE.exec(xml);
    if (!attribute) return `a malformed start tag <${name.slice(0, 40)}>`;
    const value = attribute[2] ?? attribute[3] ?? '';
    for (let amp = value.indexOf('&'); amp !== -1; amp = value.indexOf('&', amp + 1)) {
      if (!isReference(value, amp)) return 'a bare & (not an entity reference)';
    }
    at = ATTRIBUTE.lastIndex;
  }
}
