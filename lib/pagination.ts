export const DEFAULT_PAGE_SIZE = 20;

export type PageInfo = {
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
  /** 1-based index of the first item shown, 0 when there is none */
  from: number;
  /** 1-based index of the last item shown */
  to: number;
  skip: number;
};

/** Reads ?page= leniently: anything that is not a positive integer is page 1. */
export function parsePage(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !/^\d{1,6}$/.test(value)) return 1;
  return Math.max(1, Number.parseInt(value, 10));
}

export function pageInfo(page: number, total: number, pageSize = DEFAULT_PAGE_SIZE): PageInfo {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const skip = (page - 1) * pageSize;
  const from = total === 0 || page > pageCount ? 0 : skip + 1;
  const to = from === 0 ? 0 : Math.min(total, skip + pageSize);
  return { page, pageSize, total, pageCount, from, to, skip };
}

/** "Showing 1–20 of 119" */
export function showingLabel(info: PageInfo, noun = 'results'): string {
  if (info.total === 0) return `No ${noun}`;
  if (info.from === 0) return `Page ${info.page} is past the end: ${info.total} ${noun} fit on ${info.pageCount} pages`;
  return `Showing ${info.from}–${info.to} of ${info.total} ${noun}`;
}

/**
 * Page numbers to link to, with null for a gap: [1, null, 4, 5, 6, null, 20].
 * Keeps the list short on phones however deep the archive is.
 */
export function pageWindow(page: number, pageCount: number, radius = 1): (number | null)[] {
  const pages = new Set<number>([1, pageCount]);
  for (let p = page - radius; p <= page + radius; p++) if (p >= 1 && p <= pageCount) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const p of sorted) {
    const prev = out[out.length - 1];
    if (typeof prev === 'number' && p - prev > 1) out.push(p - prev === 2 ? prev + 1 : null);
    out.push(p);
  }
  return out;
}
