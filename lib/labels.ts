// What staff read for each value of the database's enums (prisma/models.prisma,
// generated into lib/generated/*/enums.ts). Every list of choices is built from
// these, so a new role, status or kind is added here and nowhere else.
import type { ArticleStatus, Role, TopicKind } from './generated/sqlite/enums';

/** In order of rights, least first (the order of the role pickers). */
export const ROLE_LABELS: Record<Role, string> = { CONTRIBUTOR: 'Contributor', EDITOR: 'Editor', ADMIN: 'Admin' };

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  SCHEDULED: 'Scheduled',
  PUBLISHED: 'Published',
  UNPUBLISHED: 'Unpublished',
  TRASHED: 'In the trash',
};

export const TOPIC_KIND_LABELS: Record<TopicKind, string> = { TOPIC: 'Topic', REGION: 'Region' };

/** `[value, label]` pairs, for a select's options. */
export const choices = <K extends string>(labels: Record<K, string>) => Object.entries(labels) as [K, string][];
