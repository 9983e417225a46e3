// A piece as a CSL item, from our own data (light: no citation engine), for
// the cite page and downloads (lib/citation/index.ts) and the reference
// manager tags in the article's head (lib/citation/meta.ts).
import { parse as parseName } from '@citation-js/name';
import { site } from '../site';
import type { ArticleDetail } from '../articles';

/** What a piece's citation is built from: the public article's own fields. */
export type Citable = Pick<ArticleDetail, 'slug' | 'title' | 'publishedAt' | 'authors' | 'type' | 'outletName' | 'outletUrl'>;

type CslName = { given?: string; family: string; suffix?: string } | { literal: string };

const SUFFIX = /,?\s+(Jr\.?|Sr\.?|II|III|IV)$/;

/** "Elsa B. Kania" → family "Kania", given "Elsa B."; a generational suffix stays a suffix. */
export function cslName(full: string): CslName {
  const name = full.trim();
  const suffix = SUFFIX.exec(name)?.[1];
  const parsed = parseName(suffix ? name.replace(SUFFIX, '') : name);
  if (!parsed.family) return { literal: name };
  return { family: parsed.family, ...(parsed.given ? { given: parsed.given } : {}), ...(suffix ? { suffix } : {}) };
}

/** The publication date as the organisation dates it (its own time zone), as CSL date parts. */
export function dateParts(iso: string): [number, number, number] {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: site.timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(new Date(iso));
  const n = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  return [n('year'), n('month'), n('day')];
}

export function pieceUrl(slug: string): string {
  return `${site.url}/publications/${slug}`;
}

/**
 * One CSL-JSON item. A piece first published elsewhere is cited as that
 * outlet's article at its address there; a report as a report the
 * organisation published; anything else as a page of the organisation's site.
 */
export function cslItem(a: Citable): Record<string, unknown> {
  const common = {
    id: a.slug,
    title: a.title,
    author: a.authors.map((p) => cslName(p.name)),
    issued: { 'date-parts': [dateParts(a.publishedAt)] },
    language: 'en-US',
  };
  // A magazine article, not a newspaper's: most outlets are web magazines, and
  // citation-js writes no authors for an RIS newspaper entry (TY NEWS).
  if (a.outletName) return { ...common, type: 'article-magazine', 'container-title': a.outletName, URL: a.outletUrl ?? pieceUrl(a.slug) };
  if (a.type.slug === 'report') return { ...common, type: 'report', publisher: site.name, URL: pieceUrl(a.slug) };
  return { ...common, type: 'webpage', 'container-title': site.name, URL: pieceUrl(a.slug) };
}
