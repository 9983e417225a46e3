import 'server-only';
import { db, databaseKind, type Tx } from '../db';
import { articleChangeTags, articleFootprint } from '../publishing/article-tags';
import { writeChange } from '../publishing/write-step';
import { pageInfo, type PageInfo } from '../pagination';
import { articleListScope, type Actor } from '../permissions';
import { displayStatus } from '../visibility';
export { displayStatus } from '../visibility';
import { ARTICLE_COLUMNS, parseSnapshot, validateArticle, type ArticleColumn, type ArticleInput } from '../validation/article';
import { articleToFormValues } from './form-values';
import { recordAudit } from './audit';
import { carryIntoStagedEdits, restageOnVersion } from './staged-carry';
import { reindexInTransaction } from '../shared/search-index';
import { scheduleEventClock } from '../events/clock';

export type { ArticleStatus } from '../generated/sqlite/enums';
import type { ArticleStatus } from '../generated/sqlite/enums';


export class EditConflictError extends Error {
  constructor(readonly currentVersion: number, readonly updatedBy: string | null, readonly updatedAt: Date) {
    super('Someone else saved this piece after you opened it.');
  }
}

export class SlugTakenError extends Error {
  constructor(readonly slug: string) {
    super(`The address "${slug}" is already used by another piece.`);
  }
}

// ---------------------------------------------------------------------------
// Reading, for the admin area

export type AdminArticleRow = {
  id: string;
  slug: string;
  title: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  type: string;
  authors: string[];
  updatedBy: string | null;
};

export type AdminArticleFilters = { status?: string; typeId?: string; authorId?: string; q?: string; page: number };

export async function listAdminArticles(actor: Actor, filters: AdminArticleFilters, pageSize = 25): Promise<{ rows: AdminArticleRow[]; info: PageInfo }> {
  const now = new Date();
  const statusWhere =
    filters.status === 'PUBLISHED'
      ? { OR: [{ status: 'PUBLISHED' as const }, { status: 'SCHEDULED' as const, publishedAt: { lte: now } }] }
      : filters.status === 'SCHEDULED'
        ? { status: 'SCHEDULED' as const, publishedAt: { gt: now } }
        : filters.status
          ? { status: filters.status as ArticleStatus }
          : { status: { not: 'TRASHED' as const } };
  const where = {
    ...(articleListScope(actor) ?? {}),
    ...statusWhere,
    ...(filters.typeId ? { typeId: filters.typeId } : {}),
    ...(filters.authorId ? { authors: { some: { authorId: filters.authorId } } } : {}),
    ...(filters.q
      ? { title: databaseKind === 'postgres' ? { contains: filters.q, mode: 'insensitive' as const } : { contains: filters.q } }
      : {}),
  };
  const total = await db.article.count({ where });
  const info = pageInfo(filters.page, total, pageSize);
  const rows = await db.article.findMany({
    where,
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    skip: info.skip,
    take: pageSize,
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      publishedAt: true,
      updatedAt: true,
      type: { select: { name: true } },
      authors: { orderBy: { position: 'asc' }, select: { author: { select: { name: true } } } },
      updatedBy: { select: { name: true } },
    },
  });
  return {
    info,
    rows: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      title: r.title,
      status: displayStatus(r.status, r.publishedAt, now),
      publishedAt: r.publishedAt,
      updatedAt: r.updatedAt,
      type: r.type.name,
      authors: r.authors.map((a) => a.author.name),
      updatedBy: r.updatedBy?.name ?? null,
    })),
  };
}

/** Pieces submitted and not yet approved or sent back: the editors' dashboard count. */
export async function countWaitingForReview(actor: Actor): Promise<number> {
  return db.article.count({ where: { ...(articleListScope(actor) ?? {}), status: 'IN_REVIEW' } });
}

// The piece's own columns (lib/validation/article.ts, ARTICLE_COLUMNS) plus
// what the editor needs around them.
const editSelect = {
  ...(Object.fromEntries(ARTICLE_COLUMNS.map((k) => [k, true])) as { [K in ArticleColumn]: true }),
  id: true,
  status: true,
  publishedAt: true,
  version: true,
  createdById: true,
  everPublic: true,
  trashedAt: true,
  updatedAt: true,
  updatedBy: { select: { name: true } },
  authors: { orderBy: { position: 'asc' }, select: { authorId: true } },
  topics: { select: { topicId: true } },
  programs: { orderBy: { position: 'asc' }, select: { programId: true } },
  pinned: { orderBy: { position: 'asc' }, select: { relatedId: true } },
  guests: { orderBy: { position: 'asc' }, select: { authorId: true } },
} as const;

export async function getArticleForEdit(id: string) {
  const row = await db.article.findUnique({ where: { id }, select: editSelect });
  if (!row) return null;
  return {
    ...row,
    authorIds: row.authors.map((a) => a.authorId),
    topicIds: row.topics.map((t) => t.topicId),
    programIds: row.programs.map((p) => p.programId),
    pinnedIds: row.pinned.map((p) => p.relatedId),
    guestIds: row.guests.map((g) => g.authorId),
  };
}

export type ArticleForEdit = NonNullable<Awaited<ReturnType<typeof getArticleForEdit>>>;

/** Who made a piece and where it stands: what permission checks need (actions, preview). */
export async function articleAccess(id: string) {
  return db.article.findUnique({ where: { id }, select: { id: true, slug: true, title: true, createdById: true, status: true, publishedAt: true, version: true } });
}

/** The draft or published piece with this slug, whatever its status: for staff preview. */
export async function findArticleIdBySlug(slug: string): Promise<string | null> {
  const row = await db.article.findUnique({ where: { slug }, select: { id: true } });
  return row?.id ?? null;
}

// ---------------------------------------------------------------------------
// Writing

async function assertSlugFree(tx: Tx, slug: string, articleId: string | null) {
  const [article, redirect] = await Promise.all([
    tx.article.findUnique({ where: { slug }, select: { id: true } }),
    tx.slugRedirect.findUnique({ where: { slug }, select: { articleId: true } }),
  ]);
  if ((article && article.id !== articleId) || (redirect && redirect.articleId !== articleId)) throw new SlugTakenError(slug);
}

async function writeRelations(tx: Tx, articleId: string, input: ArticleInput) {
  await tx.articleAuthor.deleteMany({ where: { articleId } });
  await tx.articleTopic.deleteMany({ where: { articleId } });
  await tx.articleProgram.deleteMany({ where: { articleId } });
  await tx.relatedPin.deleteMany({ where: { articleId } });
  await tx.episodeGuest.deleteMany({ where: { articleId } });
  if (input.authorIds.length)
    await tx.articleAuthor.createMany({ data: input.authorIds.map((authorId, position) => ({ articleId, authorId, position })) });
  if (input.topicIds.length) await tx.articleTopic.createMany({ data: [...new Set(input.topicIds)].map((topicId) => ({ articleId, topicId })) });
  if (input.programIds.length)
    await tx.articleProgram.createMany({ data: [...new Set(input.programIds)].map((programId, position) => ({ articleId, programId, position })) });
  const pins = [...new Set(input.pinnedIds)].filter((id) => id !== articleId);
  if (pins.length) await tx.relatedPin.createMany({ data: pins.map((relatedId, position) => ({ articleId, relatedId, position })) });
  await scheduleEventClock(tx, input);
  if (input.guestIds.length)
    await tx.episodeGuest.createMany({ data: [...new Set(input.guestIds)].map((authorId, position) => ({ articleId, authorId, position })) });
}

function fields(input: ArticleInput) {
  return Object.fromEntries(ARTICLE_COLUMNS.map((k) => [k, input[k]])) as Pick<ArticleInput, ArticleColumn>;
}

async function addRevision(tx: Tx, articleId: string, version: number, input: ArticleInput, userId: string | null) {
  await tx.revision.create({
    data: { articleId, version, title: input.title, body: input.body, snapshot: JSON.stringify(input), userId },
  });
}

export async function createArticle(input: ArticleInput, userId: string): Promise<{ id: string }> {
  // A new draft is on no public page, but its address may hold a cached 404.
  const id = await writeChange(async (tx) => {
    await assertSlugFree(tx, input.slug, null);
    const created = await tx.article.create({
      data: { ...fields(input), status: 'DRAFT', version: 1, createdById: userId, updatedById: userId },
      select: { id: true },
    });
    await writeRelations(tx, created.id, input);
    await addRevision(tx, created.id, 1, input, userId);
    await recordAudit(userId, 'create', `article:${created.id}`, input.title, tx);
    await reindexInTransaction(tx, [created.id]);
    return { value: created.id, tags: articleChangeTags(null, await articleFootprint(created.id, tx)) };
  });
  return { id };
}

/**
 * Writes `input` over the piece's live row inside `tx`, from `expectedVersion`.
 * If anyone saved in between, nothing is written (EditConflictError). The
 * one content write: a direct save, a published staged edit, a restore.
 */
export async function applyEdit(tx: Tx, id: string, input: ArticleInput, expectedVersion: number, userId: string | null): Promise<number> {
  const current = await tx.article.findUnique({ where: { id }, select: { slug: true, status: true } });
  if (!current || current.status === 'TRASHED') throw new Error('This piece no longer exists.');
  await assertSlugFree(tx, input.slug, id);
  const res = await tx.article.updateMany({
    where: { id, version: expectedVersion },
    data: { ...fields(input), version: { increment: 1 }, updatedById: userId },
  });
  if (res.count === 0) {
    const latest = await tx.article.findUnique({ where: { id }, select: { version: true, updatedAt: true, updatedBy: { select: { name: true } } } });
    throw new EditConflictError(latest!.version, latest!.updatedBy?.name ?? null, latest!.updatedAt);
  }
  await writeRelations(tx, id, input);
  if (current.slug !== input.slug) {
    // The old address keeps working: it redirects to the new one.
    await tx.slugRedirect.deleteMany({ where: { slug: input.slug } });
    await tx.slugRedirect.upsert({ where: { slug: current.slug }, create: { slug: current.slug, articleId: id }, update: { articleId: id } });
  }
  await addRevision(tx, id, expectedVersion + 1, input, userId);
  await reindexInTransaction(tx, [id]);
  return expectedVersion + 1;
}

/**
 * Saves an edit made from `expectedVersion` straight to the piece (drafts, and
 * live pieces when the editor chose "publish"). If anyone saved in between,
 * the save is refused (EditConflictError) and nothing is written: the caller
 * keeps the person's text for them to merge.
 */
export async function updateArticle(
  id: string,
  input: ArticleInput,
  expectedVersion: number,
  userId: string,
  audit = 'save',
  /** More of the same write, in its transaction, given the new version. */
  also?: (tx: Tx, version: number) => Promise<void>,
): Promise<{ version: number }> {
  const before = await articleFootprint(id);
  const version = await writeChange(async (tx) => {
    const value = await applyEdit(tx, id, input, expectedVersion, userId);
    await also?.(tx, value);
    await recordAudit(userId, audit, `article:${id}`, `${input.title} (version ${value})`, tx);
    return { value, tags: articleChangeTags(before, await articleFootprint(id, tx)) };
  });
  return { version };
}

export type StatusChange = { action: 'publish' } | { action: 'schedule'; at: Date } | { action: 'unpublish' } | { action: 'submit' } | { action: 'request-changes' };

export class StatusChangeRefused extends Error {}

/**
 * Moves a piece between draft, review, scheduled, published and unpublished.
 * Status changes are not content saves: the version stays, so a colleague
 * pressing Publish never makes your next save a conflict.
 */
export async function changeStatus(id: string, change: StatusChange, userId: string): Promise<{ status: ArticleStatus }> {
  const before = await articleFootprint(id);
  const current = await db.article.findUnique({ where: { id }, select: { status: true, publishedAt: true, title: true, everPublic: true } });
  if (!current || !before) throw new Error('This piece no longer exists.');
  if (current.status === 'TRASHED') throw new StatusChangeRefused('This piece is in the trash: restore it first.');
  const now = new Date();
  const shown = displayStatus(current.status, current.publishedAt, now);
  let data: { status: ArticleStatus; publishedAt?: Date | null; everPublic?: boolean };
  let audit: string = change.action;
  switch (change.action) {
    case 'publish':
      // Republishing an unpublished piece keeps its original date, and a piece
      // already live (a bulk "Publish" over a selection) keeps its own.
      data = { status: 'PUBLISHED', everPublic: true, publishedAt: (current.status === 'UNPUBLISHED' || shown === 'PUBLISHED') && current.publishedAt ? current.publishedAt : now };
      break;
    case 'schedule':
      data = { status: 'SCHEDULED', publishedAt: change.at };
      break;
    case 'unpublish':
      if (shown === 'SCHEDULED' && !current.everPublic) {
        // A cancelled schedule of a piece that was never public is a draft again.
        data = { status: 'DRAFT', publishedAt: null };
        audit = 'cancel-schedule';
      } else {
        data = { status: 'UNPUBLISHED', everPublic: current.everPublic || shown === 'PUBLISHED' };
      }
      break;
    case 'submit':
      data = { status: 'IN_REVIEW' };
      break;
    case 'request-changes':
      if (current.status !== 'IN_REVIEW') throw new StatusChangeRefused('This piece is not waiting for review.');
      data = { status: 'DRAFT' };
      break;
  }
  await writeChange(async (tx) => {
    await tx.article.update({ where: { id }, data: { ...data, updatedById: userId } });
    // The schedule every instance obeys: a row to announce at go-live time, or none.
    if (change.action === 'schedule') {
      await tx.goLive.upsert({ where: { articleId: id }, create: { articleId: id, at: change.at }, update: { at: change.at } });
    } else {
      await tx.goLive.deleteMany({ where: { articleId: id } });
    }
    await recordAudit(userId, audit, `article:${id}`, change.action === 'schedule' ? `${current.title} at ${change.at.toISOString()}` : current.title, tx);
    // The search index holds public pieces only: a status change adds or removes this one.
    await reindexInTransaction(tx, [id]);
    return { value: undefined, tags: articleChangeTags(before, await articleFootprint(id, tx)) };
  });
  return { status: data.status };
}

/** Adds a topic to a piece (a bulk action): a content save like any other, with its revision. */
export async function addTopicToArticle(id: string, topicId: string, userId: string): Promise<boolean> {
  const article = await getArticleForEdit(id);
  if (!article || article.status === 'TRASHED') throw new Error('This piece no longer exists.');
  if (article.topicIds.includes(topicId)) return false;
  const checked = validateArticle({ ...articleToFormValues(article), topicIds: [...article.topicIds, topicId] });
  if (!checked.ok) throw new Error(`This piece needs attention first: ${Object.values(checked.errors)[0]}`);
  // Straight to the live piece (this is a bulk action, not an edit), and into its staged changes, if any.
  await updateArticle(id, checked.data, article.version, userId, 'add-topic', async (tx, version) => {
    await carryIntoStagedEdits(tx, { articleId: id }, (staged) => (staged.topicIds.includes(topicId) ? staged : { ...staged, topicIds: [...staged.topicIds, topicId] }));
    await restageOnVersion(tx, id, version);
  });
  return true;
}

// ---------------------------------------------------------------------------
// Revisions

export async function listRevisions(articleId: string) {
  return db.revision.findMany({
    where: { articleId },
    orderBy: { createdAt: 'desc' },
    select: { id: true, version: true, title: true, createdAt: true, user: { select: { name: true } } },
  });
}

export async function getRevision(id: string) {
  const row = await db.revision.findUnique({ where: { id }, select: { id: true, articleId: true, version: true, title: true, body: true, snapshot: true, createdAt: true, user: { select: { name: true } } } });
  if (!row) return null;
  return { ...row, input: parseSnapshot(row.snapshot) };
}

/** The piece a revision belongs to: what the right to restore it is checked on. */
export async function revisionArticleId(revisionId: string): Promise<string | null> {
  return (await db.revision.findUnique({ where: { id: revisionId }, select: { articleId: true } }))?.articleId ?? null;
}

/**
 * The content of a revision, ready to be saved again: the address stays as
 * it is now (restoring text must not move the page). Only a revision of the
 * piece being restored, whatever a form claims.
 */
export async function revisionForRestore(revisionId: string, articleId: string): Promise<{ input: ArticleInput; version: number }> {
  const revision = await getRevision(revisionId);
  if (!revision || revision.articleId !== articleId) throw new Error('That revision no longer exists.');
  const current = await db.article.findUnique({ where: { id: articleId }, select: { slug: true } });
  return { input: { ...revision.input, slug: current?.slug ?? revision.input.slug }, version: revision.version };
}
