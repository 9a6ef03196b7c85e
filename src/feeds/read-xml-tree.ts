// Reads an XML document into a small node tree in one streaming pass of htmlparser2 (xmlMode),
// instead of rss-parser over xml2js over sax: htmlparser2's tokenizer is several times faster, and
// a feed needs no more than this tree. The tree has the shape xml2js gave the feed code (and its
// quirks, so feeds read exactly as before):
// - an element with neither attributes nor child elements is its text (a string; '' or the
//   whitespace when empty);
// - otherwise an object: its text `_` (all its text pieces joined, dropped when only whitespace
//   outside CDATA), its attributes `$`, and one array per child element name, in document order;
// - the document is { rootName: root }; anything after the root element is ignored.
// Entity references are decoded here, as sax decoded them (XML's five, HTML 4's names, numeric
// references to XML characters); any other reference makes the document unreadable, as it did.
// Nothing is ever fetched or expanded from a DOCTYPE: htmlparser2 treats a declaration as an
// opaque string, and parseFeed removes any internal subset before this runs.
import { Parser } from 'htmlparser2';
import sax from 'sax';

export type XmlNode = string | XmlElement;
export interface XmlElement {
  _?: string;
  $?: Record<string, string>;
  [child: string]: unknown;
}

interface OpenElement {
  name: string;
  node: Record<string, unknown> & { _: string };
  cdata: boolean;
}

/** The document as { rootName: root }, or undefined when it has no element at all. */
export function readXmlTree(xml: string): Record<string, XmlNode> | undefined {
  if (xml.trim() === '') return undefined;
  const stack: OpenElement[] = [];
  let result: Record<string, XmlNode> | undefined;
  let inCdata = false;
  let writing = true;
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        if (result !== undefined) return;
        const node = Object.create(null) as OpenElement['node'];
        node._ = '';
        for (const key in attributes) {
          node.$ ??= Object.create(null);
          (node.$ as Record<string, string>)[key] = decodeReferences(attributes[key]!, xml, parser.startIndex);
        }
        stack.push({ name, node, cdata: false });
      },
      ontext(text) {
        const top = stack.at(-1);
        if (top === undefined || result !== undefined) return;
        top.node._ += inCdata ? text : decodeReferences(text, xml, parser.startIndex);
        if (inCdata) top.cdata = true;
      },
      oncdatastart() {
        inCdata = true;
      },
      oncdataend() {
        inCdata = false;
      },
      onclosetag() {
        if (result !== undefined) return;
        // An element closed only because the document ended: sax refused an unclosed root.
        if (!writing) throw new Error(`Unclosed root tag\nLine: ${lineAt(xml, xml.length)}`);
        const { name, node, cdata } = stack.pop()!;
        const value = closedValue(node, cdata);
        const parent = stack.at(-1);
        if (parent === undefined) {
          result = Object.create(null) as Record<string, XmlNode>;
          result[name] = value;
        } else {
          const siblings = parent.node[name];
          if (Array.isArray(siblings)) siblings.push(value);
          else parent.node[name] = [value];
        }
      },
    },
    { xmlMode: true, decodeEntities: false },
  );
  parser.write(xml);
  writing = false;
  parser.end();
  return result;
}

/** xml2js's rules for what a closed element becomes (see the top of this file). */
function closedValue(node: OpenElement['node'], cdata: boolean): XmlNode {
  const text = node._;
  if (!cdata && WHITESPACE_ONLY.test(text)) {
    delete (node as Partial<OpenElement['node']>)._;
    for (const _key in node) return node as XmlElement;
    return text;
  }
  for (const key in node) if (key !== '_') return node as XmlElement;
  return text;
}

const WHITESPACE_ONLY = /^\s*$/;

// '&' then a reference name up to ';' (sax's name characters, loosely: anything but delimiters).
const REFERENCE = /&([^\s;&<>"']*)(;?)/g;

/** Text or an attribute value with its references decoded; throws on one sax refused. */
function decodeReferences(raw: string, xml: string, at: number): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(REFERENCE, (_match, name: string, semicolon: string, offset: number) => {
    const value = semicolon === ';' ? referenceValue(name) : undefined;
    if (value === undefined) throw new Error(`Invalid character entity\nLine: ${lineAt(xml, at + offset)}`);
    return value;
  });
}

/** sax's parseEntity: a named entity (any case), or a numeric reference to an XML character. */
function referenceValue(name: string): string | undefined {
  const entities = sax.ENTITIES;
  const named = entities[name] ?? entities[name.toLowerCase()];
  if (named !== undefined) return named;
  const lower = name.toLowerCase();
  if (!lower.startsWith('#')) return undefined;
  const hex = lower.startsWith('#x');
  const digits = lower.slice(hex ? 2 : 1);
  const code = parseInt(digits, hex ? 16 : 10);
  if (Number.isNaN(code) || code.toString(hex ? 16 : 10) !== digits.replace(/^0+/, '') || !isXmlChar(code)) return undefined;
  return String.fromCodePoint(code);
}

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** The 0-based line of a position, as sax reported it (parseFeed adds one). */
function lineAt(xml: string, at: number): number {
  let lines = 0;
  for (let index = xml.indexOf('\n'); index !== -1 && index < at; index = xml.indexOf('\n', index + 1)) lines++;
  return lines;
}

// xml2js's Builder (rootName div, not pretty), which rss-parser used for a description or Atom
// content written as elements: attributes, then the text, then the children grouped by name.
/** An element's serialised markup, as rss-parser gave it for descriptions holding raw elements. */
export function builderMarkup(node: XmlElement): string {
  return elementMarkup('div', node);
}

function elementMarkup(name: string, node: XmlNode): string {
  if (typeof node === 'string') return node === '' ? `<${name}/>` : `<${name}>${escapeText(node)}</${name}>`;
  let attributes = '';
  let inner = '';
  for (const key in node) {
    const child = node[key];
    if (key === '$') {
      for (const attribute in child as Record<string, string>) attributes += ` ${attribute}="${escapeAttribute((child as Record<string, string>)[attribute]!)}"`;
    } else if (key === '_') {
      inner += escapeText(child as string);
    } else if (Array.isArray(child)) {
      for (const entry of child as XmlNode[]) inner += elementMarkup(key, entry);
    }
  }
  return inner === '' ? `<${name}${attributes}/>` : `<${name}${attributes}>${inner}</${name}>`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\t/g, '&#x9;').replace(/\n/g, '&#xA;').replace(/\r/g, '&#xD;');
}
