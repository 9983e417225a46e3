import 'server-only';
import { cache } from 'react';
import { db } from './db';
import { cached } from './cached';
import { tags } from './cache-tags';
import type { NamedLink } from './articles';

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
