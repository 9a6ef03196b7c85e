// Feed HTML → the article's own prose as paragraphs. Captions, credits, share buttons, newsletter
// pleas and comment forms are dropped here so that no later step (summary, quote, search) sees them.
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { type Handler, Parser } from 'htmlparser2';
import { isBoxLabel, isDepiction, isVerbless } from './lead-boilerplate.ts';
import { rulesByOpening } from './rules-by-opening.ts';

export interface CleanText {
  /** The article's paragraphs, whitespace collapsed, boilerplate removed, in order. */
  paragraphs: string[];
  /** Every link in the body with its text, for source attribution ("Source link", "via X"). */
  links: { text: string; href: string }[];
  /** The paragraphs removed as furniture: bylines and credits there still name the original outlet. */
  removed: string[];
  /**
   * The paragraphs set apart from the prose by their type: headings, code, and paragraphs wholly
   * in italics (<em>, <i>) or marked important (<strong>); and a line without a verb right under a picture (its caption). At a
   * post's top: a title, a standfirst, a note, an epigraph, a listing or a caption.
   */
  setApart: Set<string>;
  /**
   * The paragraphs read inside a blockquote that names no one in a <cite>: an excerpt of someone's
   * words set without quote marks ("Jane Roe writes:" above it says whose).
   */
  blockquoted: Set<string>;
  /** The paragraphs read inside a list item: a list's "Term: description" lines are no transcript's turns. */
  listed: Set<string>;
  /**
   * An epigraph above the story: a blockquote whose source line cites the work it is from ("René Char,
   * <cite>Recherche de la base et du sommet</cite>."), its paragraphs and that line, however long.
   */
  epigraphs: Set<string>;
  /**
   * Paragraphs that open with a run-in head in bold and go on after it ("<strong>Quiz</strong> As the
   * dust settles …"), with the head's length: a column's or a section's name, read apart from the sentence.
   */
  runIn: Map<string, number>;
  /**
   * The posts embedded in the story whose signature line was removed under them ("— Sam Altman (@sama) December 6,
   * 2026"), each paragraph with the holder the line names: the post's words are theirs.
   */
  signedPosts: Map<string, string>;
}

// A body beyond this is not prose a summary needs; the caps bound the work for a 1 MB item or
// a page of nothing but tags.
const MAX_HTML = 100_000;
const MAX_TAGS = 10_000;
// Boilerplate and caption paragraphs are shorter than this (a doubled caption included).
const MAX_FURNITURE = 700;

// Elements that never hold the story's prose (a table's <caption> is its title).
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'iframe', 'form', 'button', 'svg', 'figure', 'figcaption', 'img',
  'video', 'audio', 'picture', 'source', 'nav', 'aside', 'footer', 'header', 'select', 'textarea',
  'input', 'label', 'object', 'embed', 'template', 'head', 'title', 'caption',
]);
// Elements whose end is a paragraph break.
const BLOCKS = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'br', 'tr',
  'table', 'section', 'article', 'pre', 'hr', 'dd', 'dt', 'dl', 'main',
]);

// Whole paragraphs that are site furniture, not story. Anchored so a sentence of the story that
// merely mentions "subscribe" survives.
// The signature line of an embedded post, on a line of its own under its words: "— Name (@handle) April 5, 2022",
// Bluesky's "— Name (@name.bsky.social) April 5, 2022 at 9:12 AM", Mastodon's "— Name (@name@mastodon.social)".
const POST_SIGNATURE = /^[—–-] ?([^()@\n]{1,80}?) ?\(@[\w.-]+(?:@[\w.-]+)?\)(?: \p{L}+\.? \d{1,2}, \d{4}(?:,? at \d{1,2}:\d{2}\s*(?:[AP]M)?)?)?$/u;

const BOILERPLATE: RegExp[] = [
  // "Read more", "Read more of this story at Slashdot.", "Read the full story at The Verge." —
  // but not a sentence of the story that starts "Read more about …".
  /^(source link|read more( of this (story|article|post))?|read the (full|original) (story|article)|continue reading|click here)( (at|on) [^.]{1,60})?\s*[:.…»›→]*\s*$/i,
  /^read more:/i,
  /^read the latest\b/i,
  /^the post .{1,300} appeared first on .{1,120}$/i,
  /^(this|the) (article|story|post) (was )?(originally )?(appeared|published) (first )?(on|at|in)\b/i,
  /^subscribe to\b/i,
  /^(sign up|signup) (for|to)\b/i,
  /^(contact|email) (the author\b|[A-Z][\w.'-]+( [A-Z][\w.'-]+)* at )/i,
  /^follow (him|her|them|us|me) on\b/i,
  /^(leave a reply|leave a comment|post a comment|\d+ comments?)$/i,
  /^your email address will not be published\b/i,
  /^required fields are marked\b/i,
  /^(share|share this|share on|tweet|pin it|email this)( (article|story|post))?:?$/i,
  // A label of links to other stories ("Related:", "Related stories", "Recommended for you", "More from Acme"), not
  // a story that opens with a name ("Related Companies will build …", "Recommended reading lists are now …").
  /^(?:(?:related|recommended)(?: (?:articles|stories|posts|coverage|content|links|videos|reading|for you))?(?:\s*:|\s*$)|(?:related (?:articles|stories|posts?|coverage|content|links|videos|tweets?|threads?)|more from|see also|also read)\b)/i,
  /^for the latest .{0,200}click here\.?$/i,
  /^advertisement$/i,
  /^comments$/i,
  /^this article,? .{0,300}\b(first|originally) (appeared|published) (on|at|in)\b/i,
  /^this (story|article) (is|was) (published|produced|reported|distributed) (as part of|in partnership|with support)\b/i,
  /^discuss this (article|story|post)\b/i,
  /^to read this (article|story) in full\b/i,
  /^tags?: /i,
  /^buyer's guide: /i,
  // Reddit's line under a post, with the account's /u/ or, in older feeds, without it ("submitted by ana to funny").
  /^submitted by (?:\/?u\/|[\w-]{2,30} to \/?(?:r\/)?\w{2,30}\b)/i,
  /^\d+ points?,? (by \S+ )?(\d+ comments?|discuss)$/i,
  /^(company|website|ipo|founded|headquarters|employees|funding|acquisitions?): \S/i,
  POST_SIGNATURE,
  // A wire's credit to the reporters who helped ("—With assistance from Kenji Mori."), and a show's sign-off to its
  // listeners ("Thank you for listening. Please support this podcast …").
  /^[—–-]?\s*with (?:assistance|additional reporting|reporting) (?:from|by) [^.!?]{2,120}\.?$/i,
  /^thanks? (?:you )?(?:so much )?for (?:listening|watching|tuning in)\b/i,
  // A bridge's stand-in for a post it cannot show ("[contains quote post or other embedded content]", Bluesky's).
  /^\[contains quote post or other embedded content\]$/i,
  // A copyright line alone ("©2026 Bloomberg L.P.", "Copyright 2026 The Associated Press. All rights reserved.").
  // ("Copyright law is changing." has no year.)
  /^(?:(?:©|\([cC]\))\s*(?:(?:19|20)\d{2}\s*)?|(?:[Cc]opyright|COPYRIGHT)\s*(?:©\s*)?(?:19|20)\d{2}\s*)[\p{Lu}\d][^!?]{1,80}?(?:\s*[Aa]ll [Rr]ights [Rr]eserved\.?)?$/u,
];

// The rules are tried one by one, each anchored at the paragraph's start, so each fails fast. Joined
// into one pattern (as they were), V8 took ~30 ms and 1 MB to compile them on first use; the one
// test per paragraph that saved was not measurable over a whole poll.
// Indexed by what each rule can open with, only the rules that can match the paragraph's start are tried.
const FURNITURE = rulesByOpening(BOILERPLATE);

function isFurniture(text: string): boolean {
  return FURNITURE.some(text);
}

// Photo captions and credits: news agencies' "REUTERS/Name", "Photo by", "Image credit", "(Getty Images)".
// Each with a character it cannot match without: most paragraphs are ruled out without a search.
const CAPTION: [RegExp, string][] = [
  [/\b(REUTERS|AFP|AP Photo|Getty Images|Bloomberg via Getty|EPA|Shutterstock)\s*\/\s*[A-Z]/, '/'],
  // A label, then a colon, "by" or "credit": "Credit unions lose more …" opens a story.
  [/^(photo|image|picture|illustration|credit|photograph)( credit)?(:| by | credits? )/i, ' '],
  [/\((Reuters|AP|AFP|Getty Images|Bloomberg)(\/[\w ]+)?\)\s*$/, ')'],
  [/\b(Image|Photo) credits?:/i, ':'],
  // The New York Times' credit after its caption ("The factory site in Phoenix.Credit...Jane Roe for The New York Times").
  [/(?:^|[.!?”’"\s])Credit\s*(?:\.{3}|…)\s*\S/, 'Credit'],
  // A credit in square brackets closing the caption ("The UAE has invested heavily in AI [File: Reuters]", "[AP Photo/Jane Roe]").
  [/\[(?:File|Photo|Image|Handout|Courtesy|Getty Images|Reuters|AP Photo|AP|AFP|EPA)\b[^\]]{0,60}\]\.?$/, ']'],
];

// A credit line's end ("Photo: Acme.", "Image credit: Jane Roe/Reuters.", or a picture agency's name with no
// stop after it: "Image credit: Getty Images"), then a story's sentence of a dozen words or more, ending the paragraph.
const CREDIT_THEN_STORY = /^(?:[^.!?]{2,80}\.|[^.!?]{0,60}?\b(?:Getty Images|Shutterstock|AP Photo|Reuters|AFP|Unsplash|Pixabay|iStock))\s+(\p{Lu}(?:\S+\s+){11,}[^.!?]*[.!?]["”’)]?(?:\s.*)?)$/su;

/** The story's sentences after a caption's credit glued before them, if there are. */
function storyAfterCredit(text: string): string | undefined {
  return CREDIT_THEN_STORY.exec(text)?.[1];
}

// A news agency's credit after a sentence: "… the people said. (Reuters)".
const WIRE_CREDIT = /[.!?][”"’]?\s*\((?:Reuters|AP|AFP|Bloomberg)\)\s*$/;

// A block's class that names it the standfirst (the deck, the subtitle) a CMS sets above the story
// ("<p class=\"standfirst\">", "article-dek", "c-subtitle"): a summary of the story, not its first sentence.
const STANDFIRST_CLASS = /(?:^|[\s_-])(?:standfirst|dek|deck|subtitle|subhead|strapline)(?:$|[\s_-])/i;

// A footnote's mark as its link's text: "1", "[2]", "*".
const FOOTNOTE_MARK = /^\[?(?:\d{1,3}|\*{1,3}|†)\]?$/;

// A block's class that names it a box beside the story or a social post it embeds: a callout card
// ("kg-callout-card", "wp-block-callout", "admonition"), an embedded post ("twitter-tweet", Substack's
// "twitter-embed", "bluesky-embed", "instagram-media"). Every block inside is set apart: above the
// story, none is its first sentence (an embedded post's words may still be its quote).
// So is a picture's caption or credit set as a paragraph of its own ("<p class=\"wp-caption-text\">", "caption", "photo-credit"),
// and the writer's card a blog sets above or below the post ("author-bio", Ghost's "author-card").
const ASIDE_CLASS = /(?:^|[\s_-])(?:callout|admonition|twitter-tweet|twitter-embed|tweet-embed|bluesky-embed|mastodon-embed|threads-embed|instagram-media|tiktok-embed|caption|photo-credit|image-credit|author-(?:bio|card|box|info|profile)|about-(?:the-)?author)(?:$|[\s_-])/i;

// Inline elements that set text apart: italics, and <strong>, which a CMS gives a whole paragraph that
// is a standfirst or a label above the story (old editors' <b>, Blogger's, styles a question or a
// sentence of the story itself: "<b>Can you tell if this test is correct?</b>" above the code).
// Blocks that set text apart from the prose: headings, code.
const EMPHASIS = new Set(['em', 'i', 'strong']);
// "&nbsp;" as written, glued to a word or a mark on either side ("below.&nbsp; In", "Bug&nbsp;#1").
const GLUED_NBSP = /(?<=[\p{L}\p{N},.;:!?)”’"'])&nbsp;|&nbsp;(?=[\p{L}\p{N}(“‘"'#])/gu;
// "&amp;" not before an entity's name ("Smell &amp; Tell", "AT&amp;T", "a=1&amp;b=2"; not "&amp;nbsp;").
const AMPERSAND = /&amp;(?![a-z]+;|#\d+;|#x[0-9a-f]+;)/gi;

/**
 * The text of a feed that escaped its HTML twice, as it meant: "&nbsp;" written next to a word is a
 * space, and "&amp;" not before an entity's name an ampersand. (A writer showing an entity sets it apart
 * with spaces on both sides or in code: "Write &amp;nbsp; to …" stays as written.)
 */
function undoSecondEscape(text: string, ampersands = true): string {
  if (!text.includes('&')) return text;
  const spaced = text.includes('&nbsp;') ? text.replace(GLUED_NBSP, ' ') : text;
  return ampersands && spaced.includes('&amp;') ? spaced.replace(AMPERSAND, '&') : spaced;
}

const DISPLAY = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre']);

// Elements whose content is a cell of a table row: cells of one row are kept apart by a space
// ("GPT-5 91%", not "GPT-591%"); the row is the paragraph.
const CELLS = new Set(['td', 'th']);

// htmlparser2 options: HTML rules (implied end tags, raw-text script/style/title/textarea), plus
// what feed bodies need because they come out of XML documents: "<iframe/>" is closed at once
// (XHTML writers), and CDATA sections are text, not comments. Entities are decoded by the reader
// (see ProseReader.ontext), not the tokenizer: decoding them, the tokenizer steps through text and
// attribute values one character at a time, where without it it skips to the next "<" or quote
// (a third of its time over the fixture feeds' items).
const PARSER_OPTIONS = { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true, recognizeCDATA: true };

// Elements whose text HTML reads raw, entities and all, that the reader keeps (the other raw-text
// and RCDATA elements, script, style, iframe, title, textarea, are skipped). Read as raw only where
// htmlparser2 does: outside SVG and MathML.
const RAW_TEXT = new Set(['xmp', 'noembed', 'noframes', 'plaintext']);

/**
 * Feed HTML through htmlparser2 (a spec-following tokenizer with HTML's implied end tags): no
 * tree is built, only the text of elements that can hold prose is kept, blocks become paragraphs.
 */
export function cleanHtml(html: string): CleanText {
  const cut = html.length > MAX_HTML ? html.slice(0, MAX_HTML) : html;
  const source = cut.includes('[caption') ? cut.replace(CAPTION_SHORTCODE, ' ') : cut;
  if (!source.includes('<')) return cleanPlainText(source);
  const { blocks, links, removed, setApart, blockquoted, listed, epigraphs, runIn, headings } = read(source);
  const signedPosts = new Map<string, string>();
  return { paragraphs: removeBoilerplate(blocks, removed, headings, setApart, signedPosts), links, removed, setApart, blockquoted, listed, epigraphs, runIn, signedPosts };
}

// A WordPress caption left as its shortcode, when a feed sends the post's source rather than its rendering
// ('[caption id="attachment_9912" align="alignnone" width="800"]<img …> Intel headquarters in Santa Clara.[/caption]'):
// a picture and its caption, which the rendered page sets under the picture, not a paragraph of the story.
const CAPTION_SHORTCODE = /\[caption\b[^\]]{0,300}\][\s\S]{0,2000}?\[\/caption\]/g;

/**
 * An HTML fragment (a title, a short field) as one line of plain text: markup dropped, the text of
 * inline elements kept, script/style and the like dropped, blocks and cells kept apart by a space.
 */
export function htmlToText(html: string): string {
  if (!html.includes('<')) return collapse(html.includes('&') ? decodeHTML(html) : html);
  const { blocks, removed } = read(html.length > MAX_HTML ? html.slice(0, MAX_HTML) : html);
  return collapse([...blocks, ...removed].join(' '));
}

/** What one read of an item's HTML gives: its blocks, and which of them were headings (by index). */
interface Reading {
  blocks: string[];
  links: CleanText['links'];
  removed: string[];
  setApart: Set<string>;
  blockquoted: Set<string>;
  listed: Set<string>;
  epigraphs: Set<string>;
  runIn: Map<string, number>;
  headings: Set<number>;
}

/** One reader and one parser serve every call (reset in between): cleaning runs per item. */
function read(source: string): Reading {
  reader.start();
  parser.reset();
  parser.end(source);
  return reader.finish();
}

/** The state of one read: htmlparser2 calls back with tags and text in document order. */
class ProseReader implements Partial<Handler> {
  blocks: string[] = [];
  links: CleanText['links'] = [];
  removed: string[] = [];
  setApart = new Set<string>();
  blockquoted = new Set<string>();
  listed = new Set<string>();
  epigraphs = new Set<string>();
  runIn = new Map<string, number>();
  /** Which blocks (by index) were headings. */
  headings = new Set<number>();
  private current = '';
  /** Where the current block's last line starts: a <br> that only wraps a line goes on with the block. */
  private lineStart = 0;
  /** The last <br> wrapped a line (its closing tag, which the parser reports too, ends no block). */
  private wrapped = false;
  /** Letters of the current block read outside any <em>/<i>/<strong>: none means the block is all set apart. */
  private plain = false;
  private italics = 0;
  /** A <strong> or <b> opened the block before any text, and has not closed yet. */
  private boldOpening = false;
  /** Where that bold run ended in the block's text (-1: none). */
  private runInEnd = -1;
  private display = 0;
  private linkText = '';
  /** How many elements that never hold prose (figure, nav, script…) are open around the text. */
  private skipping = 0;
  /**
   * How many of those are figures. A slideshow's slide is a figure with the story inside it (caption,
   * picture, credit, then the slide's prose; often left open to the end): the blocks read inside
   * figures alone are the text when the body has none outside them.
   */
  private figures = 0;
  private figureText = '';
  private figureBlocks: string[] = [];
  /** A picture was read in the current block, outside figures. */
  private picture = false;
  /** The last block with anything in it was a picture alone: a caption may come next. */
  private underPicture = false;
  /** How many list items are open around the text. */
  private listItems = 0;
  /** How many blockquotes are open around the text. */
  private quoting = 0;
  /** The open blockquote names whom it quotes (a <cite>: "Kestrel_77 wrote: …"): a quoted post above a reply. */
  private citedQuote = false;
  /** The blocks of the last blockquote, while no block has come after it: an epigraph's, if its source line comes next. */
  private quoteBlocks: string[] = [];
  /** A <cite> outside any blockquote is open in the current block: it names a work ("René Char, <cite>…</cite>"). */
  private citing = false;
  /** Cells read in the current block: a row of two or more is a table's (a spec sheet's), not prose. */
  private cells = 0;
  /** A paragraph of prose (plain text of some words, outside lists and headings) was read. */
  private prose = false;
  /** How many words the last block with text had: a label of a few heads the list under it. */
  private lastWords = 0;
  /** The block being read is classed as a standfirst ("standfirst", "dek"): the story's summary set above it. */
  private standfirst = false;
  /** The element a box or an embedded post is (ASIDE_CLASS), and how many elements of its name are open inside it and it. */
  private aside: { name: string; depth: number } | undefined;
  /** The name of the block whose start tag is being read. */
  private blockName = '';
  /** A block's start tag is being read: its class attribute may name it a standfirst. */
  private classOpening = false;
  /** The last block above a list was a box's own label ("Summary of the day so far", "Key points"). */
  private underBoxLabel = false;
  /** The open list is a box above the story: it opened under a label, before any prose. */
  private box = false;
  private tags = 0;
  /** Inside a CDATA section, or an element whose text is raw (RAW_TEXT): entities stay as written. */
  private cdata = false;
  private rawText = false;
  /** The links being read, innermost last: their text is collected until they close. */
  private open: { href: string; text: string }[] = [];
  /** The link whose start tag is being read: its first href attribute is its address. */
  private opening: { href: string; text: string } | undefined;

  start(): void {
    this.blocks = [];
    this.links = [];
    this.removed = [];
    this.setApart = new Set();
    this.blockquoted = new Set();
    this.listed = new Set();
    this.epigraphs = new Set();
    this.runIn = new Map();
    this.boldOpening = false;
    this.runInEnd = -1;
    this.headings = new Set();
    this.plain = false;
    this.italics = 0;
    this.display = 0;
    this.open = [];
    this.opening = undefined;
    this.current = '';
    this.lineStart = 0;
    this.wrapped = false;
    this.linkText = '';
    this.skipping = 0;
    this.figures = 0;
    this.figureText = '';
    this.figureBlocks = [];
    this.tags = 0;
    this.cdata = false;
    this.rawText = false;
    this.picture = false;
    this.underPicture = false;
    this.listItems = 0;
    this.quoting = 0;
    this.citedQuote = false;
    this.quoteBlocks = [];
    this.citing = false;
    this.cells = 0;
    this.prose = false;
    this.lastWords = 0;
    this.underBoxLabel = false;
    this.standfirst = false;
    this.classOpening = false;
    this.aside = undefined;
    this.blockName = '';
    this.box = false;
  }

  finish(): Reading {
    this.flush();
    this.flushFigure();
    if (this.blocks.length === 0) {
      this.blocks = this.figureBlocks;
      this.headings = new Set();
    }
    return { blocks: this.blocks, links: this.links, removed: this.removed, setApart: this.setApart, blockquoted: this.blockquoted, listed: this.listed, epigraphs: this.epigraphs, runIn: this.runIn, headings: this.headings };
  }

  // The tag's name, then its attributes one by one (no attribute object is built for every tag:
  // only a link's href is read).
  onopentagname(qualifiedName: string): void {
    this.opening = undefined;
    this.classOpening = false;
    if (RAW_TEXT.has(qualifiedName) && !parser.isInForeignContext()) this.rawText = true;
    const kind = kindOf(qualifiedName);
    // A page of nothing but tags: stop reading after the cap (what was read is kept).
    if (++this.tags > MAX_TAGS) return parser.pause();
    if (kind === SKIP) {
      if (!this.skipping && localName(qualifiedName) === 'img') this.picture = true;
      if (localName(qualifiedName) === 'figure') this.figures++;
      else if (this.figures > 0 && this.skipping === this.figures) this.flushFigure();
      this.skipping++;
      return;
    }
    if (this.skipping) {
      if (kind === BLOCK || kind === DISPLAY_KIND) this.flushFigure();
      return;
    }
    if (localName(qualifiedName) === 'br' && this.wrapsLine()) {
      this.addText(' ');
      this.lineStart = this.current.length;
      this.wrapped = true;
    } else if (kind === BLOCK || kind === DISPLAY_KIND) this.flush();
    else if (kind === CELL) {
      this.addText(' ');
      this.cells++;
    } else if (kind === EMPHASIS_KIND) {
      // Bold that opens the block, before any of its text: maybe a run-in head.
      if (this.italics === 0 && this.runInEnd < 0 && BOLD.has(localName(qualifiedName)) && (this.current === '' || (this.current.length < 16 && this.current.trim() === ''))) this.boldOpening = true;
      this.italics++;
    }
    this.classOpening = kind === BLOCK;
    if (this.classOpening) this.blockName = qualifiedName;
    if (this.aside?.name === qualifiedName) this.aside.depth++;
    if (kind === BLOCK && localName(qualifiedName) === 'blockquote') this.quoting++;
    else if (localName(qualifiedName) === 'cite') {
      if (this.quoting > 0) this.citedQuote = true;
      else this.citing = true;
    }
    if (kind === DISPLAY_KIND) this.display++;
    if (kind === BLOCK && localName(qualifiedName) === 'li' && this.listItems++ === 0) this.box = (!this.prose && this.lastWords > 0 && this.lastWords <= 4) || this.underBoxLabel;
    if (kind === LINK) this.open.push((this.opening = { href: '', text: '' }));
  }

  onattribute(name: string, value: string): void {
    if (name === 'class' && this.classOpening && STANDFIRST_CLASS.test(value)) this.standfirst = true;
    if (name === 'class' && this.classOpening && !this.aside && ASIDE_CLASS.test(value)) this.aside = { name: this.blockName, depth: 1 };
    if (name !== 'href' || !this.opening) return;
    // Decoded as a browser decodes an attribute value ("&amp;" → "&", "&copy=" left as written).
    this.opening.href = (value.includes('&') ? decodeHTMLAttribute(value) : value).trim();
    this.opening = undefined;
  }

  onclosetag(qualifiedName: string): void {
    if (this.rawText && RAW_TEXT.has(qualifiedName)) this.rawText = false;
    const kind = kindOf(qualifiedName);
    if (kind === SKIP) {
      if (this.skipping) this.skipping--;
      if (localName(qualifiedName) === 'figure' && this.figures > 0) this.figures--;
      // The text around a caption or a picture inside a figure is a block of its own.
      if (this.figures > 0 && this.skipping <= this.figures) this.flushFigure();
      return;
    }
    if (this.skipping) {
      if (kind === BLOCK || kind === DISPLAY_KIND) this.flushFigure();
      return;
    }
    if (localName(qualifiedName) === 'br' && this.wrapped) this.wrapped = false;
    else if (kind === BLOCK || kind === DISPLAY_KIND) this.flush();
    else if (kind === CELL) this.addText(' ');
    else if (kind === EMPHASIS_KIND && this.italics > 0 && --this.italics === 0 && this.boldOpening) {
      this.boldOpening = false;
      this.runInEnd = this.current.length;
    }
    if (this.aside?.name === qualifiedName && --this.aside.depth === 0) this.aside = undefined;
    if (kind === DISPLAY_KIND && this.display > 0) this.display--;
    if (kind === BLOCK && this.listItems > 0 && localName(qualifiedName) === 'li') this.listItems--;
    if (kind === BLOCK && this.quoting > 0 && localName(qualifiedName) === 'blockquote' && --this.quoting === 0) this.citedQuote = false;
    if (kind !== LINK) return;
    const link = this.open.pop();
    // A footnote's number linked to the note below ("… forever.<a href=\"#footnote-1\">1</a> I think …"):
    // no word of the sentence, and glued to its stop it hides where the sentence ends.
    if (link && link.href.startsWith('#') && FOOTNOTE_MARK.test(link.text) && this.current.endsWith(link.text)) {
      this.current = this.current.slice(0, -link.text.length);
      return;
    }
    if (link?.href) {
      this.links.push({ text: collapse(link.text), href: link.href });
      this.linkText += link.text;
    }
  }

  oncdatastart(): void {
    this.cdata = true;
  }

  oncdataend(): void {
    this.cdata = false;
  }

  // Entities decoded as a browser decodes text (legacy names without ";" too), except in CDATA
  // sections and raw-text elements, which HTML reads as written.
  ontext(raw: string): void {
    const asWritten = this.cdata || this.rawText;
    const decoded = raw.includes('&') && !asWritten ? decodeHTML(raw) : raw;
    // A feed that escaped its HTML twice shows "&nbsp;" as written next to a word ("Mints&nbsp;unfolds",
    // "below.&nbsp; In this post") and "&amp;" for "&" ("Smell &amp; Tell"): what it meant.
    // (CDATA and raw text are as written: their "&amp;" is what the page shows.)
    const text = undoSecondEscape(decoded, !asWritten);
    if (!this.skipping) this.addText(text);
    // Inside figures and nothing else that never holds prose (not a caption, a picture, a script).
    else if (this.skipping === this.figures) this.figureText += text;
  }

  private flushFigure(): void {
    const text = this.figureText === '' ? '' : collapse(this.figureText);
    if (text) this.figureBlocks.push(text);
    this.figureText = '';
  }

  private addText(text: string): void {
    this.current += text;
    if (this.italics === 0 && !this.plain && /[\p{L}\p{N}]/u.test(text)) this.plain = true;
    for (const link of this.open) link.text += text;
  }

  private flush(): void {
    // Most blocks open right after another closed: nothing to collapse. Collapsed, a text of
    // whitespace alone is empty.
    const text = this.current === '' ? '' : collapse(this.current);
    // A short block that is nothing but a link is navigation (category links, "Source link").
    const linkText = this.linkText;
    // The collapsed text's words, counted once for the three tests below (splitting the whole
    // block into an array for each was most of this method's time), and only up to what they
    // compare with (8): a long paragraph is not counted to its end.
    const words = text === '' ? 1 : spaceCount(text, MAX_COUNTED_WORDS - 1) + 1;
    const isNavigation = linkText !== '' && text.length < 80 && text.replace(/\s/g, '') === linkText.replace(/\s/g, '') && words < 8;
    if (text && !isNavigation) {
      if (this.display > 0 && this.listItems === 0) this.headings.add(this.blocks.length);
      this.blocks.push(text);
    } else if (text) this.removed.push(text);
    // Set apart too: a table's row of cells (a spec sheet's "Weight 1.3 kg") and a blockquote that
    // cites whom it quotes (a forum's quoted post above the reply): above the writer's own prose,
    // neither is its first sentence. (A blockquote without a cite may be the story's own excerpt.)
    if (text && (!this.plain || this.display > 0 || this.standfirst || this.cells >= 2 || this.citedQuote || this.aside)) this.setApart.add(text);
    // A list under a label of a few words, above the first paragraph of prose, is a box beside the
    // story: "TL;DR", "Key takeaways", "Highlights", "Contents" with their items, then the story.
    else if (text && this.listItems > 0 && this.box) this.setApart.add(text);
    // A line without a verb in the block right after a picture alone is the picture's caption
    // set as a plain paragraph (a figure's caption is dropped with the figure).
    else if (text && this.underPicture && !this.picture && isVerbless(text)) this.setApart.add(text);
    // A blockquote above the story, then a short line citing the work it is from ("René Char, <cite>Recherche
    // de la base et du sommet</cite>."), or the source line inside the blockquote, under its quotation ("“The eye sees
    // only …”", then "— Robertson Davies"): an epigraph and its source. Not an embedded post's signature (a handle and
    // a date: the post is news).
    if (text && this.quoteBlocks.length > 0 && text.length <= MAX_SOURCE_LINE && (this.quoting === 0 ? this.citing : SOURCE_DASH.test(text) && !text.includes('(@'))) {
      this.epigraphs.add(text);
      for (const quoted of this.quoteBlocks) this.epigraphs.add(quoted);
    }
    // Only a blockquote that opens before any prose of the story's own may be an epigraph.
    if (text && this.quoting > 0 && (this.quoteBlocks.length > 0 || !this.prose)) this.quoteBlocks.push(text);
    else if (text) this.quoteBlocks = [];
    this.citing = false;
    // A blockquote without a cite: its paragraphs may be someone's words set without quote marks (extract-quote).
    if (text && this.quoting > 0 && !this.citedQuote) this.blockquoted.add(text);
    if (text && this.listItems > 0) this.listed.add(text);
    if (text && this.runInEnd > 0) {
      const head = collapse(this.current.slice(0, this.runInEnd));
      if (head && text.length > head.length + 1) this.runIn.set(text, head.length);
    }
    this.boldOpening = false;
    this.runInEnd = -1;
    if (text && this.plain && this.display === 0 && this.listItems === 0 && words >= 6) this.prose = true;
    if (text) this.underPicture = false;
    if (text && this.listItems === 0) {
      this.lastWords = words;
      // A box's label names its list wherever it stands: a live page's summary comes after its standfirst.
      this.underBoxLabel = isBoxLabel(text);
    }
    else if (this.picture) this.underPicture = true;
    this.picture = false;
    this.plain = false;
    this.cells = 0;
    if (text) this.standfirst = false;
    this.current = '';
    this.lineStart = 0;
    this.linkText = '';
  }

  /**
   * Text hard-wrapped at a column and set with a <br> at each line's end (an old CMS's plain text: "…
   * woke up in time to subdue the<br>Barako Bull Energy Boosters, 88-64, …"): a line of a wrapped
   * length that ends inside a sentence (a word in lower case, a comma) goes on after the break. So
   * does a longer line that ends with a comma (a post's sentence broken after its clause: "… pushing
   * the direction,<br> (which makes sense) but …"): no line of its own ends so.
   */
  private wrapsLine(): boolean {
    const line = this.current.slice(this.lineStart).trim();
    return line.length >= MIN_WRAPPED_LINE && (line.length <= MAX_WRAPPED_LINE ? WRAPPED_END.test(line) : line.endsWith(','));
  }
}

// A hard-wrapped line's length: wrapped at a column of 60 to 100 (a short line may be a list's item,
// a verse or a credit, and is a line of its own).
const MIN_WRAPPED_LINE = 60;
const MAX_WRAPPED_LINE = 100;
// A line that ends inside a sentence: a word in lower case or a comma.
const WRAPPED_END = /[\p{Ll},]$/u;

// The most words flush needs to tell apart: its tests compare a block's words with 4, 6 and 8.
const MAX_COUNTED_WORDS = 8;
// An epigraph's source line is an author and a title: a long line is prose that cites a work.
const MAX_SOURCE_LINE = 120;
// A source line's opening dash: "— Robertson Davies", "―Seneca".
const SOURCE_DASH = /^[—–―]\s*\p{Lu}/u;

/** text.split(' ').length - 1, without making the array; `limit` when there are more. */
function spaceCount(text: string, limit: number): number {
  let count = 0;
  for (let at = text.indexOf(' '); at >= 0 && count < limit; at = text.indexOf(' ', at + 1)) count++;
  return count;
}

/** "xhtml:p" → "p": XHTML from feeds may carry a namespace prefix on every element. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

// What an element is to the reader, by its local name: one lookup per tag, not one per set.
const OTHER = 0;
const SKIP = 1;
const BLOCK = 2;
const CELL = 3;
const LINK = 4;
const EMPHASIS_KIND = 5;
// Bold, of the emphasis elements: what a run-in head is set in.
const BOLD = new Set(['strong', 'b']);
// A block that sets its text apart (a heading, code): a block all the same.
const DISPLAY_KIND = 6;
const KINDS = new Map<string, number>([
  ...[...SKIPPED].map((name) => [name, SKIP] as const),
  ...[...BLOCKS].map((name) => [name, BLOCK] as const),
  ...[...DISPLAY].map((name) => [name, DISPLAY_KIND] as const),
  ...[...CELLS].map((name) => [name, CELL] as const),
  ...[...EMPHASIS].map((name) => [name, EMPHASIS_KIND] as const),
  ['a', LINK],
]);

function kindOf(qualifiedName: string): number {
  return KINDS.get(localName(qualifiedName)) ?? OTHER;
}

const reader = new ProseReader();
const parser = new Parser(reader, PARSER_OPTIONS);

/** A body without markup: paragraphs are its blank-line-separated parts, entities decoded. */
function cleanPlainText(text: string): CleanText {
  // Escaped twice, as in HTML (see ProseReader's text): "&nbsp;" next to a word is a space, "&amp;" an ampersand.
  const decoded = undoSecondEscape(text.includes('&') ? decodeHTML(text) : text);
  const removed: string[] = [];
  const blocks = decoded.split(/\n\s*\n/).flatMap(linesOf).map(collapse).filter(Boolean);
  return { paragraphs: removeBoilerplate(blocks, removed), links: [], removed, setApart: new Set(), blockquoted: new Set(), listed: new Set(), epigraphs: new Set(), runIn: new Map(), signedPosts: new Map() };
}

// A line longer than a hard-wrapped text's (about 72 to 80 characters): the text is not wrapped.
const UNWRAPPED_LINE = 120;

/**
 * A block's lines as paragraphs when the text is not hard-wrapped (a line of it is long): a scraper
 * writes a page's title, byline, caption and paragraphs a line each. A wrapped text's lines are one
 * paragraph's, broken only to fit a width.
 */
function linesOf(block: string): string[] {
  if (!block.includes('\n')) return [block];
  const lines = block.split('\n');
  return lines.some((line) => line.length > UNWRAPPED_LINE) ? lines : [block];
}

/** `headings`: the indexes of the blocks that were headings. */
function removeBoilerplate(blocks: string[], removed: string[], headings: ReadonlySet<number> = new Set(), setApart?: Set<string>, signedPosts?: Map<string, string>): string[] {
  const seen = new TextSet();
  const seenHeadings = new Set<string>();
  const kept: string[] = [];
  // Paragraphs taken for captions by a wire credit at their end ("… (Reuters)"): when nothing else
  // is left, they were the story with its credit (an aggregator's item of one paragraph).
  const credited: string[] = [];
  const afterCredit: string[] = [];
  // A picture's credit line opened the story: the line after it may be the picture's caption.
  let captionBelow = false;
  for (const [index, block] of blocks.entries()) {
    // A transcript's time code before each turn ("[00:00:18] KEVIN WEIL: …", "(01:02:45) Host: …"): the recording's
    // position, not the words; taken off so the turn reads as a transcript's turn.
    let text = undoubled(block).replace(TIME_CODE, '');
    // WordPress's footer in its other languages ("L'article … est apparu en premier sur Blog Actu.", "La entrada …
    // se publicó primero en …"), alone or run on after the post's last sentence: its fixed wording is no prose.
    // Its fixed words are looked for first: the full pattern, tried at every sentence end, is slow.
    const translated = TRANSLATED_FOOTER_WORDS.test(text) ? TRANSLATED_FOOTER.exec(text) : null;
    if (translated) {
      removed.push(translated[0].trim());
      text = text.slice(0, translated.index).trimEnd();
      if (!text) continue;
    }
    // A blog platform's footer run on after an excerpt ("… about the […] The post Bees at Work
    // appeared first on Harbor Newsroom."), or split from it by a line break in the post's title:
    // furniture, kept aside where the source is read from.
    if (text.includes('appeared first on') && FOOTER_END.test(text)) {
      const start = text.lastIndexOf(FOOTER_START);
      const previous = kept[kept.length - 1];
      const opened = start < 0 && previous !== undefined ? previous.lastIndexOf(FOOTER_START) : -1;
      // "… the coming holiday season.The post 5 Predictions … appeared first on …", "… reach […]The post …":
      // the footer's paragraph run into the excerpt's end, no space after its stop or cut mark (prose sets one).
      const glued = GLUED_FOOTER.exec(text);
      if (glued) {
        const footerAt = glued.index + glued[0].indexOf('The post ');
        removed.push(text.slice(footerAt).trim());
        text = text.slice(0, footerAt);
      } else if (start > 0 && (CUT_MARK_END.test(text.slice(0, start)) || UNSTOPPED_END.test(text.slice(0, start)))) {
        removed.push(text.slice(start).trim());
        text = text.slice(0, start).trimEnd();
      } else if (opened > 0 && CUT_MARK_END.test(previous!.slice(0, opened)) && !SENTENCE_END.test(previous!.slice(opened))) {
        removed.push(`${previous!.slice(opened).trim()} ${text}`);
        kept[kept.length - 1] = previous!.slice(0, opened).trimEnd();
        continue;
      }
    }
    // A picture's credit on a line of its own ("Justin Sullivan | Getty Images", "Getty Images"): furniture, and so
    // is the caption beside it at the top of the story: a short line that depicts above it ("Lisa Su speaks at …
    // on June 12."), or a line left without a stop below it (as a broadcaster sets the credit first).
    // (Further down it stays: the summary reads a story's sentence and a caption below it apart by it.)
    if (kept.length <= 1 && text.length < MAX_CREDIT_LINE && PHOTO_CREDIT_LINE.test(text) && (kept.length === 0 || isDepiction(kept[0]!))) {
      removed.push(text);
      if (kept.length === 1) removed.push(kept.pop()!);
      captionBelow = true;
      continue;
    }
    if (captionBelow) {
      captionBelow = false;
      if (text.length < MAX_CREDIT_CAPTION && !CLOSED_SENTENCE.test(text)) {
        removed.push(text);
        continue;
      }
    }
    // An embedded post's signature line on a line of its own: the words above it are the post's, set apart from
    // the story (no lead of it, as a blockquote's pull quote is none). The line itself is furniture, below.
    const above = kept[kept.length - 1];
    if (above !== undefined && setApart !== undefined && text.includes('(@')) {
      const signature = POST_SIGNATURE.exec(text);
      if (signature) {
        setApart.add(above);
        signedPosts?.set(above, signature[1]!.trim());
      }
    }
    // Furniture is short; a long paragraph is prose (and testing it against every rule costs time).
    if (text.length < MAX_FURNITURE) {
      const furniture = isFurniture(text);
      if (furniture || CAPTION.some(([rule, needs]) => text.includes(needs) && rule.test(text))) {
        removed.push(text);
        if (!furniture && WIRE_CREDIT.test(text)) credited.push(text);
        // A caption's credit run into the story when the markup between them was dropped ("Photo: Acme.
        // Acme on Tuesday unveiled …"): when nothing else is left, the sentences after the credit are the
        // story (beside a story, they are the caption's own: "Photo: Jo Roe. The chip on display in …").
        const story = furniture ? undefined : storyAfterCredit(text);
        if (story !== undefined) afterCredit.push(story);
        continue;
      }
    }
    // Scrapers repeat captions and pleas; a paragraph already kept is not kept twice. But a heading
    // that repeats a line of a contents list above ("In this issue: Quick hits, Nvidia slips …") is
    // where its section starts: it is kept, once.
    const firstAsHeading = headings.has(index) && !seenHeadings.has(text);
    if (seen.has(text) && !firstAsHeading) continue;
    seen.add(text);
    if (firstAsHeading) seenHeadings.add(text);
    kept.push(text);
  }
  return kept.length > 0 ? kept : credited.length > 0 ? credited : afterCredit;
}

// The footer's two ends ("The post <title> appeared first on <Site>."), and a sentence's end with
// text after it (a footer's opening is the block's last words, or it is not one).
// Only after an excerpt's cut mark ("… about the […]") or a sentence left without its stop (UNSTOPPED_END):
// "The clip spread. The post that started it appeared first on Reddit." is the story's.
// Only before a speaker's label: a chapter list's "(01:09) - Clip 1" is the show's contents, read as such.
const TIME_CODE = /^[[(]\d{1,2}:\d{2}(?::\d{2})?[\])]\s*(?=\p{Lu}[^:\n]{0,40}:\s)/u;
const FOOTER_START = ' The post ';
// A picture's credit alone: a photographer's name and an agency ("Justin Sullivan | Getty Images", "Jane Roe/AFP via
// Getty Images", "Photo: Jane Roe for The New York Times"), or the agency alone ("Getty Images", "Reuters").
const PHOTO_AGENCY = String.raw`(?:AFP via |Bloomberg via |AP via )?(?:Getty Images|Reuters|AP Photo|AP|AFP|EPA(?:-EFE)?|Shutterstock|Bloomberg|NurPhoto|Anadolu(?: Agency)?|Xinhua|Kyodo|Yonhap|Alamy|Sipa USA|Zuma Press|PA Media|PA Wire|SOPA Images|LightRocket|Sygma|Corbis|The New York Times|The Washington Post|CNBC|Unsplash|iStock)`;
const PHOTO_CREDIT_LINE = new RegExp(String.raw`^(?:(?:Photo|Image|Picture|Photograph)(?: credit)?\s*:\s*)?(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:\||\/|\sfor\s|\svia\s)\s*)?${PHOTO_AGENCY}(?:\s*(?:\/|via)\s*${PHOTO_AGENCY})?$`, 'u');
const MAX_CREDIT_LINE = 80;
// A caption below its credit: short, and not a sentence the story ends with its stop.
const MAX_CREDIT_CAPTION = 250;
const CLOSED_SENTENCE = /[.!?…]["”’)\]]?$/;
// WordPress's own translations of that footer (French, Spanish, German, Brazilian Portuguese, Italian, Dutch), at
// the block's start or after a sentence's end.
const TRANSLATED_FOOTER = /(?:^|(?<=[.!?…\]]["”’)]?\s))(?:L['’]article [^\n]{1,300} est apparu en premier sur|La entrada [^\n]{1,300} se publicó primero en|Der Beitrag [^\n]{1,300} erschien zuerst auf|O post [^\n]{1,300} apareceu primeiro em|L['’]articolo [^\n]{1,300} proviene da|Het bericht [^\n]{1,300} verscheen eerst op) \p{Lu}[^\n]{0,120}$/u;
const TRANSLATED_FOOTER_WORDS = / (?:est apparu en premier sur|se publicó primero en|erschien zuerst auf|apareceu primeiro em|proviene da|verscheen eerst op) /;
const FOOTER_END = /\bappeared first on \p{Lu}[^\n]{0,120}$/u;
const CUT_MARK_END = /(?:\[(?:…|\.\.\.)\]|…|\.\.\.)$/;
// Or an excerpt cut at a sentence's end without its stop ("… by the end of next year The post …"): a lower-case
// word before "The post" says no sentence ended there, so its capital opens the footer.
const UNSTOPPED_END = /[\p{Ll}\d]$/u;
const GLUED_FOOTER = /[.!?…]["”’)\]]?The post [^\n]{1,300} appeared first on \p{Lu}[^\n]{0,120}$/u;
const SENTENCE_END = /[.!?]["”’)]?\s+\S/;

/**
 * A set of texts looked up by length first, then compared: a Set hashes every text it is asked
 * about in full, and most paragraphs are never asked about again (their lengths differ).
 */
class TextSet {
  private readonly byLength = new Map<number, string[]>();

  has(text: string): boolean {
    return this.byLength.get(text.length)?.includes(text) ?? false;
  }

  add(text: string): void {
    const same = this.byLength.get(text.length);
    if (same) same.push(text);
    else this.byLength.set(text.length, [text]);
  }
}

/** "Caption.Caption." (a scraper's doubled text) → "Caption." */
function undoubled(text: string): string {
  const half = text.length / 2;
  // Cheap test first: most paragraphs are not doubled.
  if (!Number.isInteger(half) || text.charCodeAt(0) !== text.charCodeAt(half)) return text;
  const first = text.slice(0, half);
  return text.endsWith(first) ? first : text;
}

// Whitespace that is not already a single space: a run of whitespace and zero-width spaces that
// starts with anything but a space, or a space followed by more of them. One pass: the single
// spaces between words, most of the text's whitespace, are not replaced.
const UNTIDY_SPACE = /[^\S ][\s\u200b]*|\u200b[\s\u200b]*| [\s\u200b]+/g;

export function collapse(text: string): string {
  return text.replace(UNTIDY_SPACE, ' ').trim();
}
