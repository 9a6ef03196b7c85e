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
// references to XML characters).
// htmlparser2 reads anything; sax refused what is not well-formed, and a refused document goes to
// the repair (or is refused with the line sax gave). So whatever sax would have refused before the
// root element ended is refused here with sax's own error: when this pass meets a reference, a
// name or a comment sax refuses, or when the caller has not already checked the document with
// xmlProblem (parseFeed does before its strict parse) and that check finds a fault, sax itself
// reads the document for its verdict. That happens on broken documents only.
// Nothing is ever fetched or expanded from a DOCTYPE: htmlparser2 treats a declaration as an
// opaque string, and parseFeed removes any internal subset before this runs.
import { Parser } from 'htmlparser2';
import sax from 'sax';
import { MAX_XML_DEPTH } from './repair-xml.ts';
import { xmlProblem } from './xml-problem.ts';

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
  /** A body element (BODY_NAMES) or inside one. */
  body: boolean;
  /**
   * A body's markup as written, text and child elements in order: begun when the body's first child
   * element opens (most bodies are text alone and never need it), kept by every element inside it.
   */
  markup?: string;
}

// The elements that hold an item's body (RSS description and content:encoded, Atom content and summary), sometimes written
// as raw elements in the text ("<description>The <tt>nix</tt> list …</description>"): their markup is
// kept in document order, for innerMarkup.
const BODY_NAMES = new Set(['description', 'content', 'summary', 'content:encoded']);

// The body's markup in order, on a body element that holds child elements (not enumerable: the tree keeps xml2js's shape).
const INNER_MARKUP = Symbol('innerMarkup');

/**
 * The markup of a body element that holds child elements, its text and children in the order they
 * were written (xml2js's tree joins an element's text pieces and groups its children by name, which
 * drops the words of "The <tt>nix-devel</tt> list" and reorders a <p>, <ul>, <p> body); undefined
 * for any other node.
 */
export function innerMarkup(node: XmlNode): string | undefined {
  return typeof node === 'string' ? undefined : (node as { [INNER_MARKUP]?: string })[INNER_MARKUP];
}

/**
 * The document as { rootName: root }, or undefined when it has no element at all; throws sax's
 * error for a document sax refused. `checked`: xmlProblem already found no fault in it.
 */
export function readXmlTree(xml: string, checked: boolean): Record<string, XmlNode> | undefined {
  if (xml.trim() === '') return undefined;
  const stack: OpenElement[] = [];
  let result: Record<string, XmlNode> | undefined;
  let inCdata = false;
  let writing = true;
  // sax reads the whole document at most once: when it found no fault, the checks stop asking.
  let saxAccepted = false;
  const askSax = () => {
    if (saxAccepted) return;
    throwSaxRefusal(xml);
    saxAccepted = true;
  };
  if (!checked && xmlProblem(xml, MAX_XML_DEPTH) !== undefined) askSax();
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        if (result !== undefined) return;
        if (!SAX_NAME.test(name)) askSax();
        const node = Object.create(null) as OpenElement['node'];
        node._ = '';
        for (const key in attributes) {
          if (!SAX_NAME.test(key)) askSax();
          node.$ ??= Object.create(null);
          (node.$ as Record<string, string>)[key] = decodeReferences(attributes[key]!, askSax);
        }
        const parent = stack.at(-1);
        if (parent?.body && parent.markup === undefined) parent.markup = escapeText(parent.node._);
        stack.push({ name, node, cdata: false, body: parent !== undefined && (parent.body || BODY_NAMES.has(name)), markup: parent?.body ? '' : undefined });
      },
      ontext(text) {
        const top = stack.at(-1);
        // sax reported no empty CDATA section, so one does not make its element's text count.
        if (top === undefined || result !== undefined || text === '') return;
        const decoded = inCdata ? text : decodeReferences(text, askSax);
        top.node._ += decoded;
        if (top.markup !== undefined) top.markup += escapeText(decoded);
        if (inCdata) top.cdata = true;
      },
      oncomment(comment) {
        // sax refused "--" inside a comment, and a comment ending "--->".
        if (result === undefined && (comment.includes('--') || comment.endsWith('-'))) askSax();
      },
      onprocessinginstruction(_name, data) {
        // sax ended a processing instruction at a "?>" whose "?" is not the second of a pair ("??>"
        // does not end one there): where htmlparser2 stopped after an odd run of '?', sax read on.
        if (result === undefined && /(?:^|[^?])(?:\?\?)*\?$/.test(data.slice(1))) askSax();
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
        if (!writing) askSax();
        const { name, node, cdata, markup } = stack.pop()!;
        const attributes = node.$ as Record<string, string> | undefined;
        const value = closedValue(node, cdata);
        const parent = stack.at(-1);
        if (markup !== undefined) {
          if (parent?.markup !== undefined) parent.markup += `<${name}${attributesMarkup(attributes)}>${markup}</${name}>`;
          else if (typeof value !== 'string' && hasChildElements(value)) Object.defineProperty(value, INNER_MARKUP, { value: markup });
        }
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

// sax's name characters (XML 1.0 NameStartChar and NameChar, by UTF-16 unit).
const NAME_START = ':_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD';
const SAX_NAME = new RegExp(`^[${NAME_START}][${NAME_START}\u00B7\u0300-\u036F\u203F-\u2040.\\d-]*$`);

/**
 * Throws the first error sax reports before the root element ends (xml2js, which read sax's
 * events, settled with the root and ignored later errors). Returns when sax finds none.
 */
function throwSaxRefusal(xml: string): void {
  const parser = sax.parser(true, {});
  let refusal: Error | undefined;
  let depth = 0;
  // Nothing after the first error or the root's end matters: stop sax there (it would go on
  // building an error message for every later fault).
  const stop = new Error('stop');
  parser.onopentag = () => void depth++;
  parser.onclosetag = () => {
    if (--depth === 0) throw stop;
  };
  parser.onerror = (error) => {
    refusal = error;
    throw stop;
  };
  try {
    parser.write(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml).close();
  } catch (error) {
    if (error !== stop) throw error;
  }
  if (refusal !== undefined) throw refusal;
}

// '&' then a reference name up to ';' (sax's name characters, loosely: anything but delimiters).
const REFERENCE = /&([^\s;&<>"']*)(;?)/g;

/** Text or an attribute value with its references decoded; throws on one sax refused. */
function decodeReferences(raw: string, askSax: () => void): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(REFERENCE, (_match, name: string, semicolon: string) => {
    const value = semicolon === ';' ? referenceValue(name) : undefined;
    if (value === undefined) askSax();
    return value ?? _match;
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

function attributesMarkup(attributes: Record<string, string> | undefined): string {
  let out = '';
  for (const name in attributes) out += ` ${name}="${escapeAttribute(attributes[name]!)}"`;
  return out;
}

function hasChildElements(node: XmlElement): boolean {
  for (const key in node) if (key !== '_' && key !== '$') return true;
  return false;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\t/g, '&#x9;').replace(/\n/g, '&#xA;').replace(/\r/g, '&#xD;');
}
