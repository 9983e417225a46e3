import 'server-only';
import { db } from '../db';
import { can, type Actor } from '../permissions';
import { publicWhere } from '../visibility';
import { isPostgres } from '../sql-dialect';

export type Option = { id: string; label: string };
export type EditorOptions = { types: Option[]; authors: Option[]; topics: Option[]; programs: Option[]; shows: Option[]; pieces: Option[]; canCreateExperts: boolean };

const authorLabel = (a: { name: string; title: string | null }) => (a.title ? `${a.name} (${a.title})` : a.name);
const AUTHOR_SELECT = { id: true, name: true, title: true } as const;

/**
 * Everything the editor's pickers offer to this person. Of the experts, only
 * the piece's own authors: the author picker asks the server as one types
 * (searchAuthorOptions), so the page never carries thousands of names.
 */
export async function getEditorOptions(actor: Actor, authorIds: string[] = []): Promise<EditorOptions> {
  const [types, authors, topics, programs, shows, pieces] = await Promise.all([
    db.contentType.findMany({ orderBy: { sortOrder: 'asc' }, select: { id: true, name: true } }),
    authorOptionsByIds(authorIds),
    db.topic.findMany({ orderBy: [{ kind: 'asc' }, { name: 'asc' }], select: { id: true, name: true, kind: true } }),
    db.program.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    db.podcastShow.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    // Candidates for pinning: the most recent public pieces, and for those who
    // schedule them, scheduled ones too (a contributor may not learn of a
    // colleague's embargoed piece from a picker).
    db.article.findMany({
      where: can(actor, 'article:publish') ? { status: { in: ['PUBLISHED', 'SCHEDULED'] } } : publicWhere(new Date()),
      orderBy: { publishedAt: 'desc' },
      take: 300,
      select: { id: true, title: true },
    }),
  ]);
  return {
    types: types.map((t) => ({ id: t.id, label: t.name })),
    authors,
    topics: topics.map((t) => ({ id: t.id, label: t.kind === 'REGION' ? `${t.name} (region)` : t.name })),
    programs: programs.map((p) => ({ id: p.id, label: p.name })),
    shows: shows.map((s) => ({ id: s.id, label: s.name })),
    pieces: pieces.map((p) => ({ id: p.id, label: p.title })),
    canCreateExperts: can(actor, 'experts:manage'),
  };
}

/** Every expert, by sort name: for the admin list's author filter and revision comparisons. */
export async function listAuthorOptions(): Promise<Option[]> {
  const authors = await db.author.findMany({ orderBy: { sortName: 'asc' }, select: AUTHOR_SELECT });
  return authors.map((a) => ({ id: a.id, label: authorLabel(a) }));
}

export async function authorOptionsByIds(ids: string[]): Promise<Option[]> {
  if (!ids.length) return [];
  const rows = await db.author.findMany({ where: { id: { in: ids } }, select: AUTHOR_SELECT });
  return rows.map((a) => ({ id: a.id, label: authorLabel(a) }));
}

export const AUTHOR_SEARCH_LIMIT = 10;

/** Experts whose name (or a word of it) starts with what was typed, for the author picker. */
export async function searchAuthorOptions(q: string): Promise<Option[]> {
  const needle = q.normalize('NFKC').trim().slice(0, 100);
  if (!needle) return [];
  // SQLite's LIKE ignores case for ASCII already; PostgreSQL's needs ILIKE.
  const like = (pattern: string) => (isPostgres ? { startsWith: pattern, mode: 'insensitive' as const } : { startsWith: pattern });
  const contains = isPostgres ? { contains: ` ${needle}`, mode: 'insensitive' as const } : { contains: ` ${needle}` };
  const rows = await db.author.findMany({
    where: { OR: [{ name: like(needle) }, { name: contains }, { sortName: like(needle) }] } as never,
    orderBy: { sortName: 'asc' },
    take: AUTHOR_SEARCH_LIMIT,
    select: AUTHOR_SELECT,
  });
  return rows.map((a) => ({ id: a.id, label: authorLabel(a) }));
}

/** Names for the ids a piece's fields hold (authors and guests, topics, research areas, shows, pinned pieces). */
export async function optionNames(actor: Actor): Promise<Map<string, string>> {
  const [o, authors] = await Promise.all([getEditorOptions(actor), listAuthorOptions()]);
  return new Map([...authors, ...o.types, ...o.topics, ...o.programs, ...o.shows, ...o.pieces].map((x) => [x.id, x.label]));
}
