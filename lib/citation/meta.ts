// Highwire Press and Dublin Core tags in the article's head: what Zotero,
// Mendeley and Google Scholar read to pick a piece up ("citation_author" once
// per author, in byline order).
import { site } from '../site';
import { dateParts, pieceUrl, type Citable } from './item';

type Meta = Record<string, string | string[]>;

export function citationMeta(a: Citable & { pdfUrl?: string | null }): Meta {
  const [y, m, d] = dateParts(a.publishedAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  const authors = a.authors.map((p) => p.name);
  const meta: Meta = {
    citation_title: a.title,
    ...(authors.length ? { citation_author: authors } : {}),
    citation_publication_date: `${y}/${pad(m)}/${pad(d)}`,
    citation_publisher: site.name,
    citation_language: 'en',
    citation_public_url: pieceUrl(a.slug),
    'DC.title': a.title,
    ...(authors.length ? { 'DC.creator': authors } : {}),
    'DC.date': `${y}-${pad(m)}-${pad(d)}`,
    'DC.publisher': site.name,
    'DC.type': 'Text',
    'DC.identifier': pieceUrl(a.slug),
    'DC.language': 'en',
  };
  if (a.type.slug === 'report') meta.citation_technical_report_institution = site.name;
  if (a.outletName) meta.citation_journal_title = a.outletName;
  if (a.pdfUrl) meta.citation_pdf_url = new URL(a.pdfUrl, site.url).toString();
  return meta;
}
