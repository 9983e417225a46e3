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

export const getExpert = cache(async (slug: string): Promise<ExpertProfile | null> =>
  cached(['expert', slug], [tags.taxonomy, tags.author(slug)], async () => {
    const row = await db.author.findUnique({ where: { slug }, select: { id: true, bio: true, ...summarySelect } });
    return row ?? null;
  }),
);

/** Everyone, alphabetical by family name. */
export async function listExperts(): Promise<ExpertSummary[]> {
  return cached(['experts'], [tags.taxonomy], async () =>
    db.author.findMany({ orderBy: [{ sortName: 'asc' }, { slug: 'asc' }], select: summarySelect }),
  );
}
