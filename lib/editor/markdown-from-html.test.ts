import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateHTML, generateJSON } from '@tiptap/html';
import { markdownFromHtml } from './markdown-from-html';
import { editorExtensions } from './extensions';
import { renderMarkdown } from '../markdown';
import { articles } from '../../prisma/seed/content';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../../e2e/fixtures/paste', name), 'utf8');

/** What the rich editor does to a stored body: open it from the renderer's HTML, then write it back. */
const throughEditor = (markdown: string) => markdownFromHtml(generateHTML(generateJSON(renderMarkdown(markdown), editorExtensions) as never, editorExtensions)).markdown;

describe('paste from Word (clipboard HTML as Word 365 puts it there)', () => {
  const { markdown, droppedImages } = markdownFromHtml(fixture('word.html'));
  const html = renderMarkdown(markdown);

  it('keeps headings (moved below the page title), emphasis and links', () => {
    expect(markdown).toMatch(/^## Three lessons from the export-control debate$/m);
    expect(markdown).toMatch(/^### What the record shows$/m);
    expect(markdown).toContain('**uneven**');
    expect(markdown).toContain('_most analysts_');
    expect(markdown).toContain('[Commerce Department site](https://www.bis.gov/regulations)');
  });

  it('turns Word’s drawn bullets and numbers into real lists', () => {
    expect(markdown).toContain('- Controls slowed the newest fabrication lines.\n- Stockpiles bought time for older nodes.\n- Allies matched the rules only in part.');
    expect(markdown).toContain('1. Publish a yearly review of licence denials.\n2. Fund enforcement staff at the ports of entry.');
    expect(markdown).not.toContain('·');
  });

  it('keeps the table with its first row as the header', () => {
    expect(html).toContain('<th>Year</th>');
    expect(html).toContain('<td>2023</td>');
  });

  it('keeps the footnote as a real footnote with its text, and no Word markers', () => {
    expect(markdown).toContain('expected.[^1]');
    expect(markdown).toContain('[^1]: Industry filings, second quarter of 2025.');
    expect(html).toContain('data-footnote-ref');
    expect(html).toContain('data-footnote-backref');
    expect(markdown).not.toMatch(/\[1\]|_ftn|mso-|MsoNormal|o:p/);
  });

  it('drops what cannot be carried: styles, comments, and the image that is a file on the author’s computer', () => {
    expect(markdown).not.toMatch(/Calibri|font-|<!--|file:/);
    expect(droppedImages).toBe(1);
    expect(markdown).not.toMatch(/^---$/m);
  });
});

describe('paste from Google Docs (clipboard HTML as Docs puts it there)', () => {
  const { markdown } = markdownFromHtml(fixture('docs.html'));
  const html = renderMarkdown(markdown);

  it('reads bold and italic from Docs’ styled spans, and not its normal-weight wrapper', () => {
    expect(markdown).toContain('but **delivery** is what counts');
    expect(markdown).toContain('_slow_');
    expect(markdown.match(/\*\*/g)).toHaveLength(2);
  });

  it('unwraps links Docs sends through google.com/url', () => {
    expect(markdown).toContain("[alliance's spending figures](https://www.nato.int/cps/en/natohq/topics_49198.htm)");
    expect(markdown).not.toContain('google.com');
  });

  it('keeps headings, the list, the table and the footnote', () => {
    expect(markdown).toMatch(/^## Alliance burden sharing after the summit$/m);
    expect(markdown).toMatch(/^### Where the gaps are$/m);
    expect(markdown).toContain('- Air defence interceptors\n- Artillery shells');
    expect(html).toContain('<th>Share of GDP</th>');
    expect(markdown).toContain('[^1]: Defence ministry budget documents, 2025.');
  });
});

describe('the rich editor leaves the text as it was', () => {
  it('writes every demo piece back so it renders exactly as before', () => {
    for (const a of articles) {
      expect(renderMarkdown(throughEditor(a.body)), a.slug).toBe(renderMarkdown(a.body));
    }
  });

  const cases: [string, string][] = [
    ['footnotes', 'A claim.[^1] Another.[^note]\n\n[^1]: First source.\n\n[^note]: Second source, with a [link](https://example.org/x).\n'],
    ['a table with alignment-free cells and inline marks', '| Ally | Share |\n| --- | --- |\n| **Poland** | _4.1%_ |\n'],
    ['nested lists and a quote', '- one\n  - one a\n- two\n\n> Quoted line\n\n1. first\n2. second\n'],
    ['an image with a title', '![A chart of licence denials](/media/abc-chart.png "Denials by year")\n'],
    ['a library picture with its caption', 'Text.\n\n![A map of the front](/media/abc-map.1200x800.jpg "The front in May. Map: CNAS")\n\n![Second](/media/def-chart.640x360.png)\n'],
    ['code and a rule', 'Use `npm test`.\n\n---\n\nAfter the rule.\n'],
    ['embeds: a video, a chart and audio from the library', 'Watch:\n\n<https://www.youtube.com/watch?v=dQw4w9WgXcQ>\n\n<https://datawrapper.dwcdn.net/AbC12/3/>\n\n[/media/ab-episode.mp3](/media/ab-episode.mp3)\n'],
  ];
  for (const [name, md] of cases) {
    it(`keeps ${name}`, () => {
      expect(renderMarkdown(throughEditor(md))).toBe(renderMarkdown(md));
    });
  }

  it('reads the renderer’s own captioned picture back as the picture with its caption', () => {
    const md = '![A map](/media/abc-map.1200x800.jpg "The front in May. Map: CNAS")\n';
    expect(markdownFromHtml(renderMarkdown(md)).markdown).toBe(md);
  });

  it('never turns raw HTML typed in Markdown into markup (the renderer drops it; so does the editor)', () => {
    const out = throughEditor('Text <script>alert(1)</script> and <img src=x onerror=alert(1)>.\n');
    expect(out).not.toMatch(/<script|onerror/);
  });
});
