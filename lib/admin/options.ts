import 'server-only';
import { db } from '../db';

export type Option = { id: string; label: string };
export type EditorOptions = { types: Option[]; authors: Option[]; topics: Option[]; programs: Option[]; pieces: Option[] };

/** Everything the editor's pickers offer. */
export async function getEditorOptions(): Promise<EditorOptions> {
  const [types, authors, topics, programs, pieces] = await Promise.all([
    db.contentType.findMany({ orderBy: { sortOrder: 'asc' }, select: { id: true, name: true } }),
    db.author.findMany({ orderBy: { sortName: 'asc' }, select: { id: true, name: true, title: true } }),
    db.topic.findMany({ orderBy: [{ kind: 'asc' }, { name: 'asc' }], select: { id: true, name: true, kind: true } }),
    db.program.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    // Candidates for pinning: the most recent public pieces.
    db.article.findMany({
      where: { status: { in: ['PUBLISHED', 'SCHEDULED'] } },
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
