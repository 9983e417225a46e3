import 'server-only';
// Editing a program's page: its description, its director (one of its team)
// and the pieces it highlights. Program names appear on article cards, so a
// rename expires every cached article read, like a topic's; any other change
// expires only the program's own page and the indexes.
import { db } from '../db';
import { tags } from '../cache-tags';
import { writeChange } from '../publishing/write-step';
import { publicWhere } from '../visibility';
import { MAX_HIGHLIGHTS } from '../programs/limits';

export type ProgramInput = { name: string; description: string; directorId: string | null; highlightIds: string[] };

/** Pieces offered as highlights: the program's latest public ones, and whatever is highlighted now. */
const CANDIDATES = 60;

export type ProgramForAdmin = {
  id: string;
  slug: string;
  name: string;
  description: string;
  directorId: string | null;
  highlightIds: string[];
  team: { id: string; label: string }[];
  candidates: { id: string; label: string }[];
};

export async function listProgramsForAdmin(): Promise<ProgramForAdmin[]> {
  const rows = await db.program.findMany({
    orderBy: { name: 'asc' },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      directorId: true,
      authors: { orderBy: { sortName: 'asc' }, select: { id: true, name: true, title: true } },
      highlights: { orderBy: { position: 'asc' }, select: { article: { select: { id: true, title: true } } } },
    },
  });
  const now = new Date();
  return Promise.all(
    rows.map(async (r) => {
      const latest = await db.article.findMany({
        where: { ...publicWhere(now), programs: { some: { programId: r.id } } },
        orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
        take: CANDIDATES,
        select: { id: true, title: true },
      });
      const chosen = r.highlights.map((h) => h.article);
      const candidates = [...chosen, ...latest.filter((a) => !chosen.some((c) => c.id === a.id))].map((a) => ({ id: a.id, label: a.title }));
      return {
        id: r.id,
        slug: r.slug,
        name: r.name,
        description: r.description,
        directorId: r.directorId,
        highlightIds: chosen.map((c) => c.id),
        team: r.authors.map((a) => ({ id: a.id, label: a.title ? `${a.name} (${a.title})` : a.name })),
        candidates,
      };
    }),
  );
}

export class ProgramInputError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

/** Saves one program's page. The director must be on its team; highlights must be public pieces, each once. */
export async function saveProgram(id: string, input: ProgramInput): Promise<{ slug: string }> {
  const program = await db.program.findUnique({ where: { id }, select: { slug: true, name: true } });
  if (!program) throw new ProgramInputError('This program no longer exists.', 'id');
  if (input.directorId && !(await db.author.findFirst({ where: { id: input.directorId, programId: id }, select: { id: true } }))) {
    throw new ProgramInputError('Choose a director from the program’s team (set an expert’s program on their page first).', 'directorId');
  }
  const ids = input.highlightIds.filter((x, i, all) => x && all.indexOf(x) === i);
  if (ids.length > MAX_HIGHLIGHTS) throw new ProgramInputError(`Choose at most ${MAX_HIGHLIGHTS} highlights.`, 'highlightIds');
  const publicIds = new Set((await db.article.findMany({ where: { id: { in: ids }, ...publicWhere(new Date()) }, select: { id: true } })).map((a) => a.id));
  if (ids.some((x) => !publicIds.has(x))) throw new ProgramInputError('A highlight must be a published piece.', 'highlightIds');
  await writeChange(async (tx) => {
    await tx.program.update({ where: { id }, data: { name: input.name, description: input.description, directorId: input.directorId } });
    await tx.programHighlight.deleteMany({ where: { programId: id } });
    if (ids.length) await tx.programHighlight.createMany({ data: ids.map((articleId, position) => ({ programId: id, articleId, position })) });
    // The highlights' cards are cached under a key made of their ids, so a new choice needs no wider expiry.
    const renamed = input.name !== program.name;
    return { value: undefined, tags: [tags.taxonomy, tags.program(program.slug), ...(renamed ? [tags.articles] : [])] };
  });
  return { slug: program.slug };
}
