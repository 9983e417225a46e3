// The one rule for what the public may see. A scheduled piece carries its
// go-live time in publishedAt and becomes public by the clock alone.
import type { ArticleStatus } from './generated/sqlite/enums';

export const PUBLIC_STATUSES = ['PUBLISHED', 'SCHEDULED'] as const;

export function publicWhere(now: Date) {
  return { status: { in: [...PUBLIC_STATUSES] }, publishedAt: { lte: now } };
}

export function isPublic(a: { status: string; publishedAt: Date | string | null }, now: Date): boolean {
  if (!a.publishedAt || !(PUBLIC_STATUSES as readonly string[]).includes(a.status)) return false;
  return new Date(a.publishedAt).getTime() <= now.getTime();
}

/** The status to show staff: a scheduled piece whose time has passed is published. */
export function displayStatus(status: ArticleStatus, publishedAt: Date | string | null, now = new Date()): ArticleStatus {
  if (status === 'SCHEDULED' && publishedAt && new Date(publishedAt) <= now) return 'PUBLISHED';
  return status;
}
