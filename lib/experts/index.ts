import 'server-only';
import { cache } from 'react';
import { db, databaseKind } from '../db';
import { pageInfo, type PageInfo } from '../pagination';
import { cached } from '../cached';
import { tags } from '../cache-tags';
import type { NamedLink } from '../articles';

export type ExpertSummary = NamedLink & {
  title: string;
  photoUrl: string | null;
  photoAlt: string | null;
  program: NamedLink | null;
};

export type ExpertProfile = ExpertSummary & { id: string; bio: string };

const summarySelect = {
  slug: true,
  name: true,
  title: true,
  photoUrl: true,
  photoAlt: true,
  program: { select: { slug: true, name: true } },
} as const;

type ExpertRow = {
  id: string;
  slug: string;
  name: string;
  title: string;
  bio: string;
  photo_url: string | null;
  photo_alt: string | null;
  program_slug: string | null;
  program_name: string | null;
};

export const getExpert = cache(async (slug: string): Promise<ExpertProfile | null> =>
  cached(['expert', slug], [tags.taxonomy, tags.author(slug)], async () => {
    // One statement (a nested Prisma select would be two) keeps the profile page's query count flat.
    const [row] = await db.$queryRaw<ExpertRow[]>`
      SELECT p.id, p.slug, p.name, p.title, p.bio, p.photo_url, p.photo_alt, g.slug AS program_slug, g.name AS program_name
      FROM authors p LEFT JOIN programs g ON g.id = p.program_id WHERE p.slug = ${slug}`;
    if (!row) return null;
    return {
      id: row.id,
      slug: row.slug,
      name: row.name,
      title: row.title,
      bio: row.bio,
      photoUrl: row.photo_url,
      photoAlt: row.photo_alt,
      program: row.program_slug && row.program_name ? { slug: row.program_slug, name: row.program_name } : null,
    };
  }),
);

export const EXPERTS_PAGE_SIZE = 48;

export type ExpertFilters = { letter?: string; program?: string; page: number };
export type ExpertsPage = { experts: ExpertSummary[]; info: PageInfo; letters: string[]; programs: NamedLink[] };

/** An A–Z letter from the address, or none. */
export function parseLetter(raw: string | undefined): string | undefined {
  return raw && /^[a-z]$/i.test(raw) ? raw.toUpperCase() : undefined;
}

/**
 * One page of the experts index, alphabetical by family name, optionally by
 * initial and by research program; with the initials and programs that have
 * anyone, for the A–Z and program links. At 5,000 experts the index is 105
 * pages, not one page of 5,000 (which weighed megabytes).
 */
export async function listExpertsPage(f: ExpertFilters, pageSize = EXPERTS_PAGE_SIZE): Promise<ExpertsPage> {
  return cached(['experts-page', f.letter ?? '', f.program ?? '', String(f.page), String(pageSize)], [tags.taxonomy], async () => {
    const insensitive = databaseKind === 'postgres' ? ({ mode: 'insensitive' } as const) : {};
    const where = {
      ...(f.letter ? { sortName: { startsWith: f.letter, ...insensitive } } : {}),
      ...(f.program ? { program: { slug: f.program } } : {}),
    };
    const [total, initials, programs] = await Promise.all([
      db.author.count({ where }),
      db.$queryRaw<{ letter: string }[]>`SELECT DISTINCT UPPER(SUBSTR(sort_name, 1, 1)) AS letter FROM authors ORDER BY letter`,
      db.program.findMany({ where: { authors: { some: {} } }, orderBy: { name: 'asc' }, select: { slug: true, name: true } }),
    ]);
    const info = pageInfo(f.page, total, pageSize);
    const experts = info.from === 0 ? [] : await db.author.findMany({ where, orderBy: [{ sortName: 'asc' }, { slug: 'asc' }], skip: info.skip, take: pageSize, select: summarySelect });
    return { experts, info, letters: initials.map((r) => r.letter).filter((l) => /^[A-Z]$/.test(l)), programs };
  });
}

/**
 * Experts for the search box's suggestions: a word of the name starts with
 * what was typed. Asked of the database (the name index answers prefixes),
 * never by reading every expert.
 */
export async function suggestExperts(q: string, take = 8): Promise<NamedLink[]> {
  const needle = q.trim();
  if (needle.length < 2) return [];
  const insensitive = databaseKind === 'postgres' ? ({ mode: 'insensitive' } as const) : {};
  const rows = await db.author.findMany({
    where: { OR: [{ name: { startsWith: needle, ...insensitive } }, { name: { contains: ` ${needle}`, ...insensitive } }, { name: { contains: `-${needle}`, ...insensitive } }] },
    orderBy: [{ sortName: 'asc' }, { slug: 'asc' }],
    take,
    select: { slug: true, name: true },
  });
  return rows;
}

/** Everyone, alphabetical by family name (the sitemap). */
export async function listExperts(): Promise<ExpertSummary[]> {
  return cached(['experts'], [tags.taxonomy], async () =>
    db.author.findMany({ orderBy: [{ sortName: 'asc' }, { slug: 'asc' }], select: summarySelect }),
  );
}

export const SEARCH_FILTER_EXPERTS = 100;

/**
 * The experts offered in the search form's filter: the most published (a
 * select with thousands of names would weigh more than the results), plus
 * the one already chosen, alphabetical.
 */
export async function listSearchFilterExperts(selected?: string): Promise<NamedLink[]> {
  const top = await cached(['search-filter-experts'], [tags.taxonomy, tags.lists], async () => {
    const rows = await db.$queryRaw<NamedLink[]>`
      SELECT p.slug, p.name FROM authors p
      JOIN (SELECT x.author_id, COUNT(*) AS n FROM article_authors x WHERE x.visible_at IS NOT NULL GROUP BY x.author_id
            ORDER BY n DESC, x.author_id LIMIT ${SEARCH_FILTER_EXPERTS}) best ON best.author_id = p.id
      ORDER BY p.sort_name, p.slug`;
    return rows.map((r) => ({ slug: r.slug, name: r.name }));
  });
  if (!selected || top.some((e) => e.slug === selected)) return top;
  const chosen = await getExpert(selected);
  return chosen ? [...top, { slug: chosen.slug, name: chosen.name }] : top;
}
