import 'server-only';
// Program (research area) pages: what the program is, who leads it and works
// in it, the pieces its editors put first, and (through the listing) its
// latest publications and feed.
import { cache } from 'react';
import { db } from '../db';
import { cached } from '../cached';
import { tags } from '../cache-tags';
import { cardsByIds, type ArticleCard } from '../articles';

export type ProgramMember = { slug: string; name: string; title: string; photoUrl: string | null; photoAlt: string | null };

export type ProgramSummary = { slug: string; name: string; description: string; director: ProgramMember | null; teamSize: number };

export type ProgramPage = ProgramSummary & { team: ProgramMember[]; highlights: ArticleCard[] };

/** How many of the team the page shows; the rest are one link away on /experts?program=<slug>. */
export const TEAM_ON_PAGE = 12;

export { MAX_HIGHLIGHTS } from './limits';

const memberSelect = { slug: true, name: true, title: true, photoUrl: true, photoAlt: true } as const;

/** Every program, for the research areas index: small (a think tank has a dozen), cached with the taxonomy. */
export const listPrograms = cache(async (): Promise<ProgramSummary[]> =>
  cached(['programs'], [tags.taxonomy], async () => {
    const rows = await db.program.findMany({
      orderBy: { name: 'asc' },
      select: { slug: true, name: true, description: true, director: { select: memberSelect }, _count: { select: { authors: true } } },
    });
    return rows.map((r) => ({ slug: r.slug, name: r.name, description: r.description, director: r.director, teamSize: r._count.authors }));
  }),
);

type ProgramRecord = Omit<ProgramPage, 'highlights'> & { highlightIds: string[] };

/** The program's own row, team and chosen highlight ids, straight from the database. */
export async function loadProgram(slug: string): Promise<ProgramRecord | null> {
  const r = await db.program.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      description: true,
      directorId: true,
      director: { select: memberSelect },
      // A big program has hundreds of contributors: the page shows a first
      // dozen (one extra in case the director is among them) and links the rest.
      authors: { orderBy: [{ sortName: 'asc' }, { id: 'asc' }], take: TEAM_ON_PAGE + 1, select: { id: true, ...memberSelect } },
      _count: { select: { authors: true } },
      highlights: { orderBy: { position: 'asc' }, select: { articleId: true } },
    },
  });
  if (!r) return null;
  return {
    slug: r.slug,
    name: r.name,
    description: r.description,
    director: r.director,
    teamSize: r._count.authors,
    team: r.authors.filter((a) => a.id !== r.directorId).slice(0, TEAM_ON_PAGE).map(({ id: _id, ...m }) => m),
    highlightIds: r.highlights.map((h) => h.articleId),
  };
}

/**
 * One program's page data. Highlights are read with the public filter, so a
 * highlighted piece that is unpublished or trashed drops off; each is tagged
 * by its id (pinned:<id>), so a change to it expires the page.
 */
export const getProgramPage = cache(async (slug: string): Promise<ProgramPage | null> => {
  const found = await cached(['program', slug], [tags.taxonomy, tags.program(slug)], () => loadProgram(slug));
  if (!found) return null;
  const { highlightIds, ...program } = found;
  const highlights = await cached(['program-highlights', slug, ...highlightIds], [tags.lists, tags.articles, ...highlightIds.map(tags.pinned)], () => cardsByIds(highlightIds, new Date()));
  return { ...program, highlights };
});
