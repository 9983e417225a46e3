import 'server-only';
import { db } from '../db';
import { recordAudit } from './audit';

export type CommentKind = 'comment' | 'changes-requested';

export type StaffComment = {
  id: string;
  body: string;
  kind: CommentKind;
  by: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
  resolvedBy: string | null;
};

/** The staff-only thread on a piece, oldest first. */
export async function listComments(articleId: string): Promise<StaffComment[]> {
  const rows = await db.articleComment.findMany({
    where: { articleId },
    orderBy: { createdAt: 'asc' },
    select: { id: true, body: true, kind: true, createdAt: true, resolvedAt: true, user: { select: { name: true } }, resolvedBy: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, body: r.body, kind: r.kind as CommentKind, by: r.user?.name ?? null, createdAt: r.createdAt, resolvedAt: r.resolvedAt, resolvedBy: r.resolvedBy?.name ?? null }));
}

export async function addComment(articleId: string, userId: string, body: string, kind: CommentKind = 'comment'): Promise<string> {
  return db.$transaction(async (tx) => {
    const row = await tx.articleComment.create({ data: { articleId, userId, body, kind }, select: { id: true } });
    await recordAudit(userId, kind === 'changes-requested' ? 'request-changes' : 'comment', `article:${articleId}`, body.slice(0, 200), tx);
    return row.id;
  });
}

/** The piece a comment belongs to: what the right to resolve it is checked on. */
export async function commentArticleId(commentId: string): Promise<string | null> {
  return (await db.articleComment.findUnique({ where: { id: commentId }, select: { articleId: true } }))?.articleId ?? null;
}

export async function resolveComment(commentId: string, userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.articleComment.update({ where: { id: commentId }, data: { resolvedAt: new Date(), resolvedById: userId }, select: { articleId: true } });
    await recordAudit(userId, 'comment-resolve', `article:${row.articleId}`, commentId, tx);
  });
}

/** Active colleagues a comment can mention (and e-mail). */
export async function listColleagues(exceptUserId: string): Promise<{ id: string; name: string; email: string }[]> {
  return db.user.findMany({ where: { active: true, id: { not: exceptUserId } }, orderBy: { name: 'asc' }, select: { id: true, name: true, email: true } });
}

export async function emailsOf(userIds: string[]): Promise<string[]> {
  if (userIds.length === 0) return [];
  return (await db.user.findMany({ where: { id: { in: userIds }, active: true }, select: { email: true } })).map((u) => u.email);
}

/** Who hears of a piece waiting for review: every active editor and admin. */
export async function reviewerEmails(): Promise<string[]> {
  return (await db.user.findMany({ where: { active: true, role: { in: ['EDITOR', 'ADMIN'] } }, select: { email: true } })).map((u) => u.email);
}

/** The person who created a piece, to tell them of requested changes and publication. */
export async function creatorOf(articleId: string): Promise<{ id: string; email: string; name: string } | null> {
  const row = await db.article.findUnique({ where: { id: articleId }, select: { createdBy: { select: { id: true, email: true, name: true, active: true } } } });
  return row?.createdBy?.active ? { id: row.createdBy.id, email: row.createdBy.email, name: row.createdBy.name } : null;
}
