import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import { citationFile, formatCitations } from './index';
import { cslItem, cslName, dateParts } from './item';
import { citationMeta } from './meta';
import { site } from '../site';

const piece = {
  slug: 'the-resilience-of-sino-russian-high-tech-cooperation',
  title: 'The Resilience of Sino-Russian High-Tech Cooperation',
  // 23:30 in Washington on August 12 is already August 13 in UTC.
  publishedAt: '2020-08-13T03:30:00.000Z',
  authors: [
    { slug: 'samuel-bendett', name: 'Samuel Bendett' },
    { slug: 'elsa-b-kania', name: 'Elsa B. Kania' },
  ],
  type: { slug: 'commentary', name: 'Commentary' },
  outletName: null,
  outletUrl: null,
};
const byStyle = (a: Parameters<typeof formatCitations>[0]) => Object.fromEntries(formatCitations(a).map((c) => [c.id, c]));

describe('cite this', () => {
  it('splits names the way reference lists sort them, keeping a generational suffix', () => {
    expect(cslName('Elsa B. Kania')).toEqual({ given: 'Elsa B.', family: 'Kania' });
    expect(cslName('Richard Fontaine Jr.')).toEqual({ given: 'Richard', family: 'Fontaine', suffix: 'Jr.' });
    expect(cslName('Madonna')).toMatchObject({});
  });

  it('dates a piece as the organisation does, in its own time zone', () => {
    expect(site.timeZone).toBe('America/New_York');
    expect(dateParts(piece.publishedAt)).toEqual([2020, 8, 12]);
  });

  it('formats APA, Chicago and MLA with every author in byline order and the site as publisher', () => {
    const c = byStyle(piece);
    expect(c.apa.text).toContain('Bendett, S., & Kania, E. B. (2020, August 12). The Resilience of Sino-Russian High-Tech Cooperation.');
    expect(c.apa.text).toContain(`${site.url}/publications/${piece.slug}`);
    expect(c.chicago.text).toContain('Bendett, Samuel, and Elsa B. Kania. “The Resilience of Sino-Russian High-Tech Cooperation.” Center for a New American Security');
    expect(c.chicago.text).toContain('August 12, 2020');
    expect(c.mla.text).toContain('Bendett, Samuel, and Elsa B. Kania. “The Resilience of Sino-Russian High-Tech Cooperation.” Center for a New American Security, 12 Aug. 2020');
    for (const s of Object.values(c)) expect(s.html).toContain('csl-entry');
  });

  it('cites a piece first published elsewhere as that outlet’s article, at its address there', () => {
    const outlet = { ...piece, outletName: 'Foreign Policy', outletUrl: 'https://foreignpolicy.com/2020/08/12/x/' };
    const c = byStyle(outlet);
    for (const s of Object.values(c)) {
      expect(s.text).toContain('Foreign Policy');
      expect(s.text).toContain('https://foreignpolicy.com/2020/08/12/x/');
      expect(s.text).not.toContain('Center for a New American Security');
    }
    expect(cslItem(outlet).type).toBe('article-magazine');
    expect(citationFile(outlet, 'ris')).toMatch(/^AU  - Bendett, Samuel\r$/m);
    expect(citationFile(outlet, 'ris')).toContain('UR  - https://foreignpolicy.com/2020/08/12/x/');
    expect(citationMeta(outlet).citation_journal_title).toBe('Foreign Policy');
  });

  it('a report is cited as a report the organisation published', () => {
    const report = { ...piece, type: { slug: 'report', name: 'Report' } };
    expect(cslItem(report)).toMatchObject({ type: 'report', publisher: site.name });
    expect(byStyle(report).apa.text).toContain(site.name);
    expect(citationMeta(report).citation_technical_report_institution).toBe(site.name);
  });

  it('BibTeX and RIS keep three authors in order, and read back as the same item', () => {
    const three = { ...piece, authors: [...piece.authors, { slug: 'jim-townsend', name: 'Jim Townsend' }] };
    const bib = citationFile(three, 'bibtex');
    const ris = citationFile({ ...three, title: `${three.title}: ${'A Very Long Subtitle That Runs Past Seventy Characters '.repeat(2).trim()}` }, 'ris');
    expect(bib).toMatch(/author = \{Bendett, Samuel and Kania, Elsa B\. and Townsend, Jim\}/);
    expect(ris.split('\r\n').filter((l) => l.startsWith('AU'))).toEqual(['AU  - Bendett, Samuel', 'AU  - Kania, Elsa B.', 'AU  - Townsend, Jim']);
    // Every line is a tag: a long title stays on one line, whole.
    for (const line of ris.split('\r\n')) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}-/);
    expect(ris).toContain('Characters A Very Long Subtitle');
    for (const file of [bib, ris]) {
      const [back] = new Cite(file).data as { title: string; author: { family: string }[]; issued: { 'date-parts': number[][] } }[];
      expect(back.title.replace(/[{}]/g, '')).toMatch(new RegExp(`^${three.title}`));
      expect(back.author.map((a) => a.family)).toEqual(['Bendett', 'Kania', 'Townsend']);
      expect(back.issued['date-parts'][0].slice(0, 3)).toEqual([2020, 8, 12]);
    }
  });

  it('escapes a hostile title in the HTML it hands the page', () => {
    const c = byStyle({ ...piece, title: '<img src=x onerror=alert(1)> & <script>alert(2)</script>' });
    for (const s of Object.values(c)) {
      expect(s.html).not.toMatch(/<img|<script/);
      expect(s.html).toMatch(/&#60;|&lt;/);
    }
  });

  it('the head tags name each author once, in order, with the date reference managers expect', () => {
    const meta = citationMeta(piece);
    expect(meta.citation_author).toEqual(['Samuel Bendett', 'Elsa B. Kania']);
    expect(meta['DC.creator']).toEqual(['Samuel Bendett', 'Elsa B. Kania']);
    expect(meta.citation_publication_date).toBe('2020/08/12');
    expect(meta['DC.date']).toBe('2020-08-12');
    expect(meta.citation_public_url).toBe(`${site.url}/publications/${piece.slug}`);
  });
});
