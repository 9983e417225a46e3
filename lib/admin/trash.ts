import 'server-only';
import { db } from '../db';
import { articleChangeTags, articleFootprint } from '../publishing/article-tags';
import { writeChange } from '../publishing/write-step';
import { reindexInTransaction } from '../shared/search-index';
import { recordAudit } from './audit';

/** How long a piece stays restorable in the trash. */
export const TRASH_DAYS = 30;

/**
 * Moves a piece to the trash: off every public page at once (its address
 * answers 404, and old addresses that redirected to it stop redirecting,
 * since redirects lead to public pieces only), out of the search index, its
 * schedule cancelled. Its text, revisions and staged changes are kept.
 */
export async function trashArticle(id: string, userId: string): Promise<void> {
  const before = await articleFootprint(id);
  if (!before) throw new Error('This piece no longer exists.');
  await writeChange(async (tx) => {
    const row = await tx.article.update({ where: { id }, data: { status: 'TRASHED', trashedAt: new Date(), featured: false, updatedById: userId }, select: { title: true } });
    await tx.goLive.deleteMany({ where: { articleId: id } });
    await tx.stagedEdit.updateMany({ where: { articleId: id }, data: { publishAt: null } });
    await reindexInTransaction(tx, [id]);
    await recordAudit(userId, 'trash', `article:${id}`, row.title, tx);
    return { value: undefined, tags: articleChangeTags(before, await articleFootprint(id, tx)) };
  });
}

/** Out of the trash as a draft, or as unpublished if it was ever public: never straight back onto the site. */
export async function restoreFromTrash(id: string, userId: string): Promise<'DRAFT' | 'UNPUBLISHED'> {
  return writeChange(async (tx) => {
    const row = await tx.article.findUnique({ where: { id }, select: { status: true, everPublic: true, title: true, slug: true } });
    if (!row || row.status !== 'TRASHED') throw new Error('This piece is not in the trash.');
    const status = row.everPublic ? 'UNPUBLISHED' : 'DRAFT';
    await tx.article.update({ where: { id }, data: { status, trashedAt: null, updatedById: userId } });
    await recordAudit(userId, 'untrash', `article:${id}`, row.title, tx);
    return { value: status, tags: articleChangeTags(null, await articleFootprint(id, tx)) };
  });
}

/**
 * Deletes for good what is in the trash: everything (an admin's "Empty
 * trash"), or what has been there longer than TRASH_DAYS (the ticker).
 */
export async function emptyTrash(userId: string | null, olderThan?: Date): Promise<number> {
  return writeChange(async (tx) => {
    const doomed = await tx.article.findMany({
      where: { status: 'TRASHED', ...(olderThan ? { trashedAt: { lt: olderThan } } : {}) },
      select: { id: true, slug: true, title: true },
      take: 500,
    });
    if (doomed.length === 0) return { value: 0, tags: [] };
    const ids = doomed.map((d) => d.id);
    await tx.article.deleteMany({ where: { id: { in: ids }, status: 'TRASHED' } });
    await reindexInTransaction(tx, ids);
    await recordAudit(userId, olderThan ? 'trash-expired' : 'empty-trash', '', `${doomed.length} piece(s): ${doomed.map((d) => d.title).join('; ')}`, tx);
    // Their addresses may hold cached 404s, which stay right; nothing public showed them.
    return { value: doomed.length, tags: [] };
  });
}

export async function emptyExpiredTrash(now = new Date()): Promise<number> {
  return emptyTrash(null, new Date(now.getTime() - TRASH_DAYS * 24 * 3600 * 1000));
}
