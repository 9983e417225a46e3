import 'server-only';
import type { Tx } from '../db';
import { parseSnapshot, type ArticleInput } from '../validation/article';

// Writes made straight to live pieces (a topic added to many at once, a file
// replaced everywhere, experts or topics merged) carry themselves into those
// pieces' staged changes (lib/admin/staged-edits.ts), in the writer's own
// transaction, so publishing the staged version later does not undo them.

/**
 * Edits staged versions the way the write edited the live rows: the one of
 * `articleId`, or every one whose JSON contains `containing` (a media
 * address, an expert's or a topic's id).
 */
export async function carryIntoStagedEdits(tx: Tx, which: { articleId: string } | { containing: string }, change: (input: ArticleInput) => ArticleInput): Promise<number> {
  const where = 'articleId' in which ? { articleId: which.articleId } : { snapshot: { contains: which.containing } };
  const rows = await tx.stagedEdit.findMany({ where, select: { articleId: true, snapshot: true } });
  for (const r of rows) {
    await tx.stagedEdit.update({ where: { articleId: r.articleId }, data: { snapshot: JSON.stringify(change(parseSnapshot(r.snapshot))) } });
  }
  return rows.length;
}

/**
 * After a write that moved the live piece from `liveVersion - 1` to
 * `liveVersion` and was carried into its staged changes: they now stand on
 * the new version. Staged changes already standing on an older one stay stale
 * (publishing them is refused until someone saves them again).
 */
export async function restageOnVersion(tx: Tx, articleId: string, liveVersion: number): Promise<void> {
  await tx.stagedEdit.updateMany({ where: { articleId, baseVersion: liveVersion - 1 }, data: { baseVersion: liveVersion } });
}
