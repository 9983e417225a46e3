// Who may do what. Checked on the server in every admin page, action and API
// route; the UI only hides what these rules already refuse.
export type { Role } from './generated/sqlite/enums';
import type { Role } from './generated/sqlite/enums';
export type Actor = { id: string; role: Role; active: boolean };
export type ArticleRef = { createdById: string | null; status: string };

export type Permission =
  | 'admin:enter'
  | 'article:create'
  | 'article:publish'
  | 'taxonomy:manage'
  | 'experts:manage'
  | 'users:manage'
  | 'audit:view'
  | 'trash:empty'
  | 'newsletter:manage';

const grants: Record<Role, readonly Permission[]> = {
  ADMIN: ['admin:enter', 'article:create', 'article:publish', 'taxonomy:manage', 'experts:manage', 'users:manage', 'audit:view', 'trash:empty', 'newsletter:manage'],
  EDITOR: ['admin:enter', 'article:create', 'article:publish', 'taxonomy:manage', 'experts:manage', 'newsletter:manage'],
  CONTRIBUTOR: ['admin:enter', 'article:create'],
};

export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  return !!actor && actor.active && grants[actor.role].includes(permission);
}

/** Contributors edit only their own pieces, and only before they go out. */
export function canEditArticle(actor: Actor | null | undefined, article: ArticleRef): boolean {
  if (!actor || !actor.active) return false;
  if (can(actor, 'article:publish')) return true;
  return article.createdById === actor.id && (article.status === 'DRAFT' || article.status === 'IN_REVIEW');
}

/**
 * Who may see a piece's current text before it is public (preview, at its
 * public address): editors and admins any piece, contributors their own.
 */
export function canPreviewArticle(actor: Actor | null | undefined, article: ArticleRef): boolean {
  if (!actor || !actor.active) return false;
  return can(actor, 'article:publish') || article.createdById === actor.id;
}

/**
 * Which pieces the admin lists show someone: editors and admins every piece,
 * contributors the ones they created (the same rule as preview). Returned as
 * the creator to filter on, or null for all.
 */
export function articleListScope(actor: Actor): { createdById: string } | null {
  return can(actor, 'article:publish') ? null : { createdById: actor.id };
}

export function canSubmitForReview(actor: Actor | null | undefined, article: ArticleRef): boolean {
  return canEditArticle(actor, article) && article.status === 'DRAFT';
}

/**
 * Editors and admins move any piece to the trash and back; contributors
 * their own pieces that have not gone out (what they may edit).
 */
export function canTrashArticle(actor: Actor | null | undefined, article: ArticleRef): boolean {
  if (!actor || !actor.active) return false;
  if (can(actor, 'article:publish')) return true;
  return article.createdById === actor.id && ['DRAFT', 'IN_REVIEW', 'TRASHED'].includes(article.status);
}
