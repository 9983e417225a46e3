import 'server-only';
import { db } from '../db';
import { can, type Actor } from '../permissions';
import { publicWhere } from '../visibility';

export type Option = { id: string; label: string };
export type EditorOptions = { types: Option[]; authors: Option[]; topics: Option[]; programs: Option[]; pieces: Option[] };

/** Everything the editor's pickers offer to this person. */
export async function getEditorOptions(actor: Actor): Promise<EditorOptions> {
  const [types, authors, topics, programs, pieces] = await Promise.all([
    db.contentType.findMany({ orderBy: { sortOrder: 'asc' }, select: { id: true, name: true } }),
    db.author.findMany({ orderBy: { sortName: 'asc' }, select: { id: true, name: true, title: true } }),
    db.topic.findMany({ orderBy: [{ kind: 'asc' }, { name: 'asc' }], select: { id: true, name: true, kind: true } }),
    db.program.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
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
    authors: authors.map((a) => ({ id: a.id, label: a.title ? `${a.name} (${a.title})` : a.name })),
    topics: topics.map((t) => ({ id: t.id, label: t.kind === 'REGION' ? `${t.name} (region)` : t.name })),
    programs: programs.map((p) => ({ id: p.id, label: p.name })),
    pieces: pieces.map((p) => ({ id: p.id, label: p.title })),
  };
}

/** Names for the ids a piece's lists hold (authors, topics, research areas, pinned pieces). */
export async function optionNames(actor: Actor): Promise<Map<string, string>> {
  const o = await getEditorOptions(actor);
  return new Map([...o.authors, ...o.topics, ...o.programs, ...o.pieces].map((x) => [x.id, x.label]));
}
