import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/** Strings that must never appear anywhere in rendered output (case-insensitive). */
const FORBIDDEN = ['<script', 'onerror', 'onclick', 'onload', 'javascript:', '<iframe', '<object', '<embed', '<style', '<svg', '<form'];

const DANGEROUS_TAGS = ['script', 'iframe', 'object', 'embed', 'style', 'svg', 'form', 'textarea', 'button', 'link', 'meta', 'base', 'frame', 'frameset', 'math', 'template', 'details'];

type Tag = { name: string; closing: boolean; attrs: Record<string, string | true> };

const TAG_RE = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>/g;
const ATTR_RE = /\s+([^\s"'>/=]+)(?:="([^"]*)")?/g;

function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * Parses the tags of rehype-stringify output. Text never contains a raw "<"
 * (it is escaped), so every "<" must start a tag this parser understands; if
 * not, the output contains markup we did not expect and the helper fails.
 */
function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  for (const m of html.matchAll(TAG_RE)) {
    const attrs: Record<string, string | true> = {};
    for (const a of m[3].matchAll(ATTR_RE)) attrs[a[1].toLowerCase()] = a[2] === undefined ? true : decodeEntities(a[2]);
    tags.push({ name: m[2].toLowerCase(), closing: m[1] === '/', attrs });
  }
  expect(tags.length, `every "<" in the output starts a recognised tag:\n${html}`).toBe((html.match(/</g) ?? []).length);
  return tags;
}

/** Only web and mail URLs, in-page fragments and relative paths are allowed. */
function isSafeUrl(value: string): boolean {
  // Browsers ignore ASCII whitespace and control characters inside a scheme.
  const compact = value.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (scheme === null) return true; // relative path, fragment or query
  return ['http', 'https', 'mailto'].includes(scheme[1].toLowerCase());
}

/** Structural safety: no dangerous elements, no event handlers, no unsafe URLs. */
function expectSafeMarkup(html: string) {
  for (const tag of tagsOf(html)) {
    expect(DANGEROUS_TAGS, `dangerous <${tag.name}> in:\n${html}`).not.toContain(tag.name);
    for (const [name, value] of Object.entries(tag.attrs)) {
      expect(name.startsWith('on'), `event handler ${name} on <${tag.name}> in:\n${html}`).toBe(false);
      expect(['style', 'srcdoc', 'formaction', 'action', 'xlink:href'], `attribute ${name} in:\n${html}`).not.toContain(name);
      if (['href', 'src', 'cite', 'poster', 'background'].includes(name) && typeof value === 'string') {
        expect(isSafeUrl(value), `unsafe ${name}="${value}" on <${tag.name}> in:\n${html}`).toBe(true);
      }
    }
  }
}

/** The literal check from the brief: none of the forbidden strings, anywhere. */
function expectNoForbiddenStrings(html: string) {
  const lower = html.toLowerCase();
  for (const bad of FORBIDDEN) {
    expect(lower, `output contains ${JSON.stringify(bad)}:\n${html}`).not.toContain(bad);
  }
}

function expectSafe(html: string) {
  expectNoForbiddenStrings(html);
  expectSafeMarkup(html);
}

// ---------------------------------------------------------------------------
// Sanity checks for the helpers themselves (so a broken helper cannot pass
// everything silently).
// ---------------------------------------------------------------------------

describe('test helpers', () => {
  it('flag dangerous markup', () => {
    expect(() => expectSafeMarkup('<p><a href="javascript:alert(1)">x</a></p>')).toThrow();
    expect(() => expectSafeMarkup('<p><a href="java&#x09;script:alert(1)">x</a></p>')).toThrow();
    expect(() => expectSafeMarkup('<img src="x" onerror="alert(1)">')).toThrow();
    expect(() => expectSafeMarkup('<iframe src="https://x"></iframe>')).toThrow();
    expect(() => expectSafeMarkup('<p>ok</p><script>alert(1)</script>')).toThrow();
    expect(() => expectNoForbiddenStrings('<p><SVG>')).toThrow();
  });

  it('accept safe markup', () => {
    expect(() =>
      expectSafe('<p><a href="https://example.com/?a=1&#x26;b=2" title="t">x</a> <img src="/i.png" alt="a"> <a href="#fn">1</a></p>'),
    ).not.toThrow();
  });
});

// ---------------------------------------------------------------------------
// Hostile input
// ---------------------------------------------------------------------------

describe('renderMarkdown: hostile input', () => {
  const hostile: Array<[string, string]> = [
    // <script> in every disguise
    ['script block', '<script>alert(1)</script>'],
    ['script inline', 'hi <script>alert(1)</script> there'],
    ['uppercase SCRIPT', 'hi <SCRIPT>alert(1)</SCRIPT> there'],
    ['mixed-case ScRiPt with src', '<ScRiPt src="https://evil.example/x.js"></ScRiPt>'],
    ['split script tag', '<scr<script>ipt>alert(1)</script>'],
    ['script tag with newline before >', '<script\n>alert(1)</script\n>'],
    ['script inside a code span', 'code `<script>alert(1)</script>` span'],
    ['script inside a fenced code block', '```html\n<script>alert(1)</script>\n```'],
    ['script inside a table cell', '| a |\n|---|\n| <script>alert(1)</script> |'],
    // inline event handlers
    ['img onerror (block)', '<img src=x onerror=alert(1)>'],
    ['img onerror (inline)', 'text <img src=x onerror=alert(1)> inline'],
    ['a onclick', '<a href="https://example.com" onclick="alert(1)">x</a>'],
    ['a onclick, no href', 'see <a onclick="alert(1)">here</a>'],
    ['svg onload', '<svg onload=alert(1)><circle r="1"/></svg>'],
    ['body onload', '<body onload=alert(1)>x</body>'],
    // dangerous URL schemes in Markdown links and images
    ['link javascript:', '[x](javascript:alert(1))'],
    ['link JAVASCRIPT:', '[x](JAVASCRIPT:alert(1))'],
    ['link java&#x09;script:', '[x](java&#x09;script:alert(1))'],
    ['link &#106;avascript:', '[x](&#106;avascript:alert(1))'],
    ['link javascript&colon;', '[x](javascript&colon;alert(1))'],
    ['link <javascript:> destination', '[x](<javascript:alert(1)>)'],
    ['link with spaces around javascript:', '[x](  javascript:alert(1)  )'],
    ['link data:text/html', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['link vbscript:', '[x](vbscript:msgbox(1))'],
    ['image javascript:', '![x](javascript:alert(1))'],
    ['image JAVASCRIPT:', '![x](JAVASCRIPT:alert(1))'],
    ['image data:text/html', '![x](data:text/html,<script>alert(1)</script>)'],
    ['image vbscript:', '![x](vbscript:msgbox(1))'],
    ['reference link to javascript:', '[x][evil]\n\n[evil]: javascript:alert(1)'],
    ['reference link to javascript: with title', '[ref]\n\n[ref]: javascript:alert(1) "t"'],
    ['reference image to javascript:', '![x][evil]\n\n[evil]: javascript:alert(1)'],
    // raw HTML elements that must not survive
    ['iframe', '<iframe src="https://evil.example"></iframe>'],
    ['iframe inline', 'look <iframe src="https://evil.example"></iframe> here'],
    ['object', '<object data="x.swf"></object>'],
    ['embed', '<embed src="x.swf">'],
    ['style block', '<style>body{display:none}</style>'],
    ['style inline', 'a <style>body{display:none}</style> b'],
    ['form', '<form action="https://evil.example"><input name=q><button>Go</button></form>'],
    ['link/meta/base', '<link rel=stylesheet href="https://evil.example/x.css">\n<meta http-equiv="refresh" content="0;url=https://evil.example">\n<base href="https://evil.example/">'],
    ['details ontoggle', '<details open ontoggle=alert(1)>x</details>'],
    ['a with javascript: href (raw HTML)', '<a href="javascript:alert(1)">x</a>'],
    ['style attribute (raw HTML)', '<p style="position:fixed;top:0">x</p>'],
    ['HTML comment', 'before <!-- <script>alert(1)</script> --> after'],
    ['HTML comment block', '<!--\n<img src=x onerror=alert(1)>\n-->'],
  ];

  it.each(hostile)('%s', (_, input) => {
    expectSafe(renderMarkdown(input));
  });

  it('drops raw HTML completely but keeps the surrounding text', () => {
    expect(renderMarkdown('hi <SCRIPT>alert(1)</SCRIPT> there')).toBe('<p>hi alert(1) there</p>');
    expect(renderMarkdown('before <!-- secret --> after')).toBe('<p>before  after</p>');
    expect(renderMarkdown('<script>alert(1)</script>')).toBe('');
  });

  it('shows a <script> in a code span as escaped text', () => {
    const html = renderMarkdown('code `<script>alert(1)</script>` span');
    const code = /<code>([\s\S]*?)<\/code>/.exec(html)?.[1];
    expect(code).toBeDefined();
    expect(code).not.toContain('<');
    expect(decodeEntities(code!)).toBe('<script>alert(1)</script>');
  });

  it('keeps the text of a javascript: link but drops its href', () => {
    for (const input of ['[click me](javascript:alert(1))', '[click me](JAVASCRIPT:alert(1))', '[click me](java&#x09;script:alert(1))']) {
      expect(renderMarkdown(input)).toBe('<p><a>click me</a></p>');
    }
  });

  it('keeps the alt of a javascript: image but drops its src', () => {
    expect(renderMarkdown('![a chart](javascript:alert(1))')).toBe('<p><img alt="a chart"></p>');
  });

  it('renders an autolink to javascript: as inert text, without an href', () => {
    // CommonMark makes <javascript:alert(1)> a link whose *text* is the URL.
    // The sanitizer removes the href; the visible text is harmless, escaped
    // text, so only the structural checks apply here.
    const html = renderMarkdown('<javascript:alert(1)>');
    expect(html).toBe('<p><a>javascript:alert(1)</a></p>');
    expectSafeMarkup(html);
    expect(html.toLowerCase()).not.toMatch(/href\s*=/);
  });

  it('renders an autolink to data: and vbscript: without an href', () => {
    for (const input of ['<data:text/html,hello>', '<VBScript:msgbox(1)>']) {
      const html = renderMarkdown(input);
      expectSafeMarkup(html);
      expect(html).not.toMatch(/href\s*=/i);
    }
  });

  it('escapes an attribute-injection attempt in a link title', () => {
    // The payload stays in the title as text; the quote is escaped so it
    // cannot close the attribute and add an onclick handler.
    for (const input of ['[x](https://example.com "a\\" onclick=\\"alert(1)")', "[x](https://example.com 'a\" onclick=\"alert(1)')"]) {
      const html = renderMarkdown(input);
      expectSafeMarkup(html);
      const [a] = tagsOf(html).filter((t) => t.name === 'a' && !t.closing);
      expect(Object.keys(a.attrs).sort()).toEqual(['href', 'title']);
      expect(a.attrs.href).toBe('https://example.com');
      expect(a.attrs.title).toBe('a" onclick="alert(1)');
      expect(html).not.toMatch(/"\s+onclick=/i);
    }
  });

  it('escapes an attribute-injection attempt in image alt text and in a URL', () => {
    const img = renderMarkdown('![a" onerror="alert(1)](https://example.com/i.png)');
    expectSafeMarkup(img);
    const [tag] = tagsOf(img).filter((t) => t.name === 'img');
    expect(Object.keys(tag.attrs).sort()).toEqual(['alt', 'src']);
    expect(tag.attrs.alt).toBe('a" onerror="alert(1)');

    const link = renderMarkdown('[x](https://example.com/"onmouseover="alert(1))');
    expectSafe(link);
    const [a] = tagsOf(link).filter((t) => t.name === 'a' && !t.closing);
    expect(Object.keys(a.attrs)).toEqual(['href']);
  });
});

// ---------------------------------------------------------------------------
// Good content survives
// ---------------------------------------------------------------------------

describe('renderMarkdown: good content', () => {
  it('renders headings of every level', () => {
    const html = renderMarkdown('# One\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five\n\n###### Six');
    expect(html).toContain('<h1>One</h1>');
    expect(html).toContain('<h2>Two</h2>');
    expect(html).toContain('<h3>Three</h3>');
    expect(html).toContain('<h4>Four</h4>');
    expect(html).toContain('<h5>Five</h5>');
    expect(html).toContain('<h6>Six</h6>');
    expectSafe(html);
  });

  it('renders emphasis, strong and GFM strikethrough', () => {
    expect(renderMarkdown('*em* **strong** ~~gone~~')).toBe('<p><em>em</em> <strong>strong</strong> <del>gone</del></p>');
  });

  it('renders bullet and numbered lists', () => {
    const html = renderMarkdown('- a\n- b\n\n1. one\n2. two');
    expect(html).toMatch(/<ul>\s*<li>a<\/li>\s*<li>b<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<ol>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ol>/);
  });

  it('keeps the start number of an ordered list', () => {
    expect(renderMarkdown('3. three\n4. four')).toMatch(/<ol start="3">/);
  });

  it('renders blockquotes', () => {
    expect(renderMarkdown('> quoted *text*')).toMatch(/<blockquote>\s*<p>quoted <em>text<\/em><\/p>\s*<\/blockquote>/);
  });

  it('renders GFM tables with header, body and alignment', () => {
    const html = renderMarkdown('| L | C | R |\n|:--|:-:|--:|\n| 1 | 2 | 3 |');
    expect(html).toMatch(/<table>\s*<thead>\s*<tr>\s*<th align="left">L<\/th>\s*<th align="center">C<\/th>\s*<th align="right">R<\/th>/);
    expect(html).toMatch(/<tbody>\s*<tr>\s*<td align="left">1<\/td>\s*<td align="center">2<\/td>\s*<td align="right">3<\/td>/);
    expectSafe(html);
  });

  it('keeps https, http, mailto, relative and fragment links', () => {
    const html = renderMarkdown(
      '[a](https://example.com/path?q=1 "A title") [b](http://example.org) [c](mailto:press@example.org) [d](/research/arctic) [e](#methods)',
    );
    expect(html).toContain('<a href="https://example.com/path?q=1" title="A title">a</a>');
    expect(html).toContain('<a href="http://example.org">b</a>');
    expect(html).toContain('<a href="mailto:press@example.org">c</a>');
    expect(html).toContain('<a href="/research/arctic">d</a>');
    expect(html).toContain('<a href="#methods">e</a>');
    expectSafe(html);
  });

  it('keeps query strings intact (the & is escaped, not lost)', () => {
    const html = renderMarkdown('[x](https://example.com/?a=1&b=2)');
    const [a] = tagsOf(html).filter((t) => t.name === 'a' && !t.closing);
    expect(a.attrs.href).toBe('https://example.com/?a=1&b=2');
  });

  it('keeps reference-style https links', () => {
    expect(renderMarkdown('[report][r]\n\n[r]: https://example.com/report "Report"')).toBe(
      '<p><a href="https://example.com/report" title="Report">report</a></p>',
    );
  });

  it('turns GFM bare URLs into links', () => {
    const html = renderMarkdown('See https://example.com and www.example.org.');
    expect(html).toContain('<a href="https://example.com">https://example.com</a>');
    expect(html).toContain('<a href="http://www.example.org">www.example.org</a>');
  });

  it('keeps images with an https src and their alt text', () => {
    const html = renderMarkdown('![Sea ice at dusk](https://example.com/ice.jpg "Ice")');
    const [img] = tagsOf(html).filter((t) => t.name === 'img');
    expect(img.attrs).toEqual({ src: 'https://example.com/ice.jpg', alt: 'Sea ice at dusk', title: 'Ice' });
    expectSafe(html);
  });

  it('escapes HTML inside fenced code blocks and keeps the language class', () => {
    const html = renderMarkdown('```html\n<b>bold</b> & "quoted"\n```');
    expect(html).not.toContain('<b>');
    const m = /<pre><code class="language-html">([\s\S]*?)<\/code><\/pre>/.exec(html);
    expect(m, html).not.toBeNull();
    expect(m![1]).not.toContain('<');
    expect(decodeEntities(m![1])).toBe('<b>bold</b> & "quoted"\n');
  });

  it('escapes HTML inside inline code', () => {
    const html = renderMarkdown('Use `<b>` for bold.');
    expect(html).not.toContain('<b>');
    const code = /<code>([\s\S]*?)<\/code>/.exec(html)?.[1];
    expect(code).toBeDefined();
    expect(decodeEntities(code!)).toBe('<b>');
  });

  it('renders GFM task lists as disabled checkboxes', () => {
    const html = renderMarkdown('- [x] done\n- [ ] todo');
    expect(html).toContain('<input type="checkbox" checked disabled> done');
    expect(html).toContain('<input type="checkbox" disabled> todo');
    expectSafe(html);
  });

  it('links footnote references to footnotes that exist on the page', () => {
    // Every in-page link (#id) emitted for GFM footnotes must point at an
    // element id that is actually in the output, in both directions
    // (reference -> note and back-reference -> reference).
    const html = renderMarkdown('A claim.[^1]\n\n[^1]: The source.');
    const tags = tagsOf(html);
    const ids = new Set(tags.map((t) => t.attrs.id).filter((v): v is string => typeof v === 'string'));
    const fragments = tags
      .map((t) => t.attrs.href)
      .filter((v): v is string => typeof v === 'string' && v.startsWith('#'))
      .map((v) => v.slice(1));
    expect(fragments.length).toBeGreaterThanOrEqual(2);
    for (const target of fragments) {
      expect([...ids], `href="#${target}" has no matching id in:\n${html}`).toContain(target);
    }
  });

  it('renders an empty document as an empty string', () => {
    expect(renderMarkdown('')).toBe('');
  });
});
