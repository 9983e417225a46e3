import { parsePage } from './pagination';
import type { Taxonomy } from './taxonomy';

type Raw = Record<string, string | string[] | undefined>;

function first(v: string | string[] | undefined): string | undefined {
  const value = Array.isArray(v) ? v[0] : v;
  return value ? value.trim() : undefined;
}

export type PublicationFilters = { type?: string; topic?: string; area?: string; year?: number; page: number };

/**
 * Reads listing filters from the URL. Unknown values are dropped rather than
 * failing, so a stale or hand-edited link still shows a sensible listing.
 */
export function parsePublicationFilters(raw: Raw, taxonomy: Taxonomy, years: number[]): PublicationFilters {
  const type = first(raw.type);
  const topic = first(raw.topic);
  const area = first(raw.area);
  const yearText = first(raw.year);
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  return {
    type: type && taxonomy.types.some((t) => t.slug === type) ? type : undefined,
    topic: topic && taxonomy.topics.some((t) => t.slug === topic) ? topic : undefined,
    area: area && taxonomy.programs.some((p) => p.slug === area) ? area : undefined,
    year: year && years.includes(year) ? year : undefined,
    page: parsePage(raw.page),
  };
}

/** The listing URL for these filters; page 1 is left out so each page has one address. */
export function publicationsHref(filters: Omit<PublicationFilters, 'page'> & { page?: number }, base = '/publications'): string {
  const params = new URLSearchParams();
  if (filters.type) params.set('type', filters.type);
  if (filters.topic) params.set('topic', filters.topic);
  if (filters.area) params.set('area', filters.area);
  if (filters.year) params.set('year', String(filters.year));
  if (filters.page && filters.page > 1) params.set('page', String(filters.page));
  const qs = params.toString();
  return qs ? `${base}?${qs}` : base;
}
