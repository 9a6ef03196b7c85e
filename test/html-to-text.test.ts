// The one HTML-to-text path (htmlparser2 underneath) for bodies and headlines: what a browser would
// never show as text stays out, what it shows as separate cells stays apart. One small case each,
// in the shapes real feeds send.
import { describe, expect, it } from 'vitest';
import { cleanHtml, htmlToText } from '../src/articles/clean-html.ts';

describe('script, style and other non-text bodies never leak into text', () => {
  it.each([
    ['a script in a title', `<script type="text/javascript">safelocation.href='http:/'+'/example.com/';</script> description`, 'description'],
    ['a function defined in a title', '<script>function executeMe() { alert(document.cookie); }</script>Model launch', 'Model launch'],
    ['an event handler on an element in a title', '<img src="x" onerror="function executeMe(){alert(1)}"> Model > launch', 'Model > launch'],
    ['an event handler holding ">" in its quoted value', '<span onclick="if (a > b) go()">OpenAI</span> ships', 'OpenAI ships'],
    ['a style element', '<style>h1 { color: red }</style>Quiet headline', 'Quiet headline'],
    ['a template, noscript and a comment', '<template><p>hidden</p></template><noscript>Enable JS</noscript><!-- a comment --> Visible', 'Visible'],
  ])('%s', (_name, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });

  it('drops a script body with markup-like text from an article body', () => {
    const clean = cleanHtml('<p>The story.</p><script>document.write("<p>ad</p>"); function executeMe() {}</script><p>More story.</p>');
    expect(clean.paragraphs).toEqual(['The story.', 'More story.']);
  });
});

describe('headlines keep the text of inline markup', () => {
  it('keeps text after an inline child element', () => {
    expect(htmlToText('Example <b>Atom</b> feed')).toBe('Example Atom feed');
  });

  it('keeps a "<" that opens no tag', () => {
    expect(htmlToText('Cost &lt; $1 and x < y')).toBe('Cost < $1 and x < y');
  });
});

describe('links are read from real attributes', () => {
  it('takes href, not a tracker in data-href', () => {
    const clean = cleanHtml('<p>Says <a data-href="https://tracker.example/r?u=1" href="https://real.example/post">the post</a>.</p>');
    expect(clean.links).toEqual([{ text: 'the post', href: 'https://real.example/post' }]);
  });

  it('is not fooled by "href=" inside another attribute value', () => {
    const clean = cleanHtml('<p><a title="see href=https://broken.example" href="https://real.example/a">Story</a> told.</p>');
    expect(clean.links).toEqual([{ text: 'Story', href: 'https://real.example/a' }]);
  });
});

describe('tables and blocks', () => {
  it('keeps table cells apart and rows as paragraphs', () => {
    const html = '<table><tr><th>Model</th><th>Score</th></tr><tr><td>GPT-5</td><td>91%</td></tr></table>';
    expect(cleanHtml(html).paragraphs).toEqual(['Model Score', 'GPT-5 91%']);
  });

  it('closes an XHTML-style self-closed iframe at once, keeping what follows', () => {
    expect(cleanHtml('<p>Before.</p><iframe src="https://video.example/1"/><p>After.</p>').paragraphs).toEqual(['Before.', 'After.']);
  });
});

describe('entities are decoded where a browser decodes them, and only there', () => {
  it('decodes text and link addresses, legacy names without ";" included', () => {
    const clean = cleanHtml('<p>AT&amp;T &eacute;l&egrave;ve &copy 2026 &lt;b&gt; &notanentity; <a href="https://x.example/?a=1&amp;b=2&copy=3">Q&amp;A</a></p>');
    expect(clean.paragraphs).toEqual(['AT&T élève © 2026 <b> ¬anentity; Q&A']);
    expect(clean.links).toEqual([{ text: 'Q&A', href: 'https://x.example/?a=1&b=2&copy=3' }]);
  });

  it('keeps CDATA sections and raw-text elements as written', () => {
    expect(htmlToText('<![CDATA[Tom &amp; Jerry]]> &amp; <xmp>&lt;p&gt;</xmp>')).toBe('Tom &amp; Jerry & &lt;p&gt;');
  });

  it('decodes an <xmp> inside MathML, which is not raw text there', () => {
    expect(htmlToText('<math><xmp>&lt;</xmp></math>')).toBe('<');
  });
});
