import 'server-only';
import { cache } from 'react';
import { db } from '../db';
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

/** Everyone, alphabetical by family name. */
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
