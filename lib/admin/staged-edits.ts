import 'server-only';
import { db, type Tx } from '../db';
import { articleChangeTags, articleFootprint } from '../publishing/article-tags';
import { writeChange } from '../publishing/write-step';
import { isPublic } from '../visibility';
import { parseSnapshot, type ArticleInput } from '../validation/article';
import { applyEdit, EditConflictError } from './articles';
import { recordAudit } from './audit';

// Changes to a live piece wait here (table staged_edits) until someone with
// the right publishes them: the article row, which every public read (page,
// feeds, search, sidebars) uses, is not touched before that. One staged
// version per piece; editing it again updates it, with its own version
// counter so two people editing the staged changes cannot overwrite each other.

export type StagedEditInfo = {
  input: ArticleInput;
  baseVersion: number;
  version: number;
  by: string | null;
  updatedAt: Date;
  publishAt: Date | null;
};

export async function getStagedEdit(articleId: string, client: Tx | typeof db = db): Promise<StagedEditInfo | null> {
  const row = await client.stagedEdit.findUnique({
    where: { articleId },
    select: { snapshot: true, baseVersion: true, version: true, updatedAt: true, publishAt: true, user: { select: { name: true } } },
  });
  if (!row) return null;
  return { input: parseSnapshot(row.snapshot), baseVersion: row.baseVersion, version: row.version, by: row.user?.name ?? null, updatedAt: row.updatedAt, publishAt: row.publishAt };
}

/** Whether a save of this piece is staged rather than written to the live row. */
export function savesAreStaged(article: { status: string; publishedAt: Date | string | null }, hasStaged: boolean, now = new Date()): boolean {
  return hasStaged || isPublic(article, now);
}

export class StagedConflictError extends Error {
  constructor(readonly by: string | null, readonly updatedAt: Date | null, message = 'Someone changed the staged version after you opened it.') {
    super(message);
  }
}

/**
 * The live piece was written after its changes were staged, by a write that
 * could not carry itself into them: publishing them as they are would undo
 * that write. Saving the staged version again (from the editor, which shows
 * the live piece it now stands on) settles it.
 */
export class StaleStagedError extends StagedConflictError {
  constructor() {
    super(null, null, 'The live piece was changed after these changes were staged. Open them in the editor, check them against the live piece and save them again before publishing.');
  }
}

/**
 * Saves `input` as the piece's staged changes. `liveVersion` is the live
 * version the editor opened; `stagedVersion` the staged changes' version it
 * opened (0: there were none). Either having moved on is a conflict, and
 * nothing is written.
 */
export async function stageEdit(articleId: string, input: ArticleInput, liveVersion: number, stagedVersion: number, userId: string): Promise<{ stagedVersion: number }> {
  return db.$transaction(async (tx) => {
    const live = await tx.article.findUnique({ where: { id: articleId }, select: { version: true, status: true, updatedAt: true, updatedBy: { select: { name: true } } } });
    if (!live || live.status === 'TRASHED') throw new Error('This piece no longer exists.');
    if (live.version !== liveVersion) throw new EditConflictError(live.version, live.updatedBy?.name ?? null, live.updatedAt);
    const snapshot = JSON.stringify(input);
    let next: number;
    if (stagedVersion === 0) {
      const existing = await tx.stagedEdit.findUnique({ where: { articleId }, select: { updatedAt: true, user: { select: { name: true } } } });
      if (existing) throw new StagedConflictError(existing.user?.name ?? null, existing.updatedAt);
      await tx.stagedEdit.create({ data: { articleId, snapshot, baseVersion: liveVersion, userId } });
      next = 1;
    } else {
      // Saved from the editor, which showed the live version `liveVersion`: the changes now stand on it.
      const res = await tx.stagedEdit.updateMany({ where: { articleId, version: stagedVersion }, data: { snapshot, baseVersion: liveVersion, version: { increment: 1 }, userId } });
      if (res.count === 0) {
        const existing = await tx.stagedEdit.findUnique({ where: { articleId }, select: { updatedAt: true, user: { select: { name: true } } } });
        throw new StagedConflictError(existing?.user?.name ?? null, existing?.updatedAt ?? null);
      }
      next = stagedVersion + 1;
    }
    await recordAudit(userId, 'stage-changes', `article:${articleId}`, `${input.title} (staged ${next})`, tx);
    return { stagedVersion: next };
  });
}

/** Writes the staged changes over the live piece inside `tx` and removes them. */
async function applyStaged(tx: Tx, articleId: string, staged: { snapshot: string; baseVersion: number }, userId: string | null, audit: string): Promise<number> {
  const input = parseSnapshot(staged.snapshot);
  const live = await tx.article.findUnique({ where: { id: articleId }, select: { version: true } });
  if (!live) throw new Error('This piece no longer exists.');
  // Editors' saves of a staged piece are staged too; writes to many pieces at
  // once (a topic added, a file replaced, experts merged) carry themselves
  // into the staged changes. Anything else since they were staged is refused.
  if (live.version !== staged.baseVersion) throw new StaleStagedError();
  const version = await applyEdit(tx, articleId, input, live.version, userId);
  await tx.stagedEdit.delete({ where: { articleId } });
  await recordAudit(userId, audit, `article:${articleId}`, `${input.title} (version ${version})`, tx);
  return version;
}

/** "Publish changes": the staged version becomes the live one, in one write step. */
export async function publishStagedEdit(articleId: string, expectedStagedVersion: number, userId: string): Promise<{ version: number }> {
  const before = await articleFootprint(articleId);
  const version = await writeChange(async (tx) => {
    const staged = await tx.stagedEdit.findUnique({ where: { articleId }, select: { snapshot: true, baseVersion: true, version: true, updatedAt: true, user: { select: { name: true } } } });
    if (!staged || staged.version !== expectedStagedVersion) throw new StagedConflictError(staged?.user?.name ?? null, staged?.updatedAt ?? null);
    const value = await applyStaged(tx, articleId, staged, userId, 'publish-changes');
    return { value, tags: articleChangeTags(before, await articleFootprint(articleId, tx)) };
  });
  return { version };
}

export async function discardStagedEdit(articleId: string, userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const res = await tx.stagedEdit.deleteMany({ where: { articleId } });
    if (res.count) await recordAudit(userId, 'discard-changes', `article:${articleId}`, '', tx);
  });
}

/** An embargoed update: the staged changes go live at `at` (or never, with null). */
export async function scheduleStagedEdit(articleId: string, expectedStagedVersion: number, at: Date | null, userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const res = await tx.stagedEdit.updateMany({ where: { articleId, version: expectedStagedVersion }, data: { publishAt: at } });
    if (res.count === 0) throw new StagedConflictError(null, null);
    await recordAudit(userId, at ? 'schedule-changes' : 'unschedule-changes', `article:${articleId}`, at ? at.toISOString() : '', tx);
  });
}

/**
 * Run by every instance's ticker: staged changes whose time has come are
 * published. Each is claimed by clearing its `publishAt` inside the
 * transaction that applies it, so with several instances exactly one does.
 */
export async function publishDueStagedEdits(now = new Date()): Promise<number> {
  const due = await db.stagedEdit.findMany({ where: { publishAt: { lte: now } }, select: { articleId: true, publishAt: true, userId: true }, take: 20 });
  let done = 0;
  for (const row of due) {
    const before = await articleFootprint(row.articleId);
    const applied = await writeChange(async (tx) => {
      const claim = await tx.stagedEdit.updateMany({ where: { articleId: row.articleId, publishAt: row.publishAt }, data: { publishAt: null } });
      if (claim.count === 0) return { value: false, tags: [] };
      const staged = await tx.stagedEdit.findUniqueOrThrow({ where: { articleId: row.articleId }, select: { snapshot: true, baseVersion: true } });
      await applyStaged(tx, row.articleId, staged, row.userId, 'publish-changes-scheduled');
      return { value: true, tags: articleChangeTags(before, await articleFootprint(row.articleId, tx)) };
    }).catch(async (e) => {
      console.warn(`[publishing] could not publish the scheduled changes of ${row.articleId}: ${(e as Error).message}`);
      // Stale changes will not become publishable by waiting: the schedule is
      // lifted (once, by whichever instance gets here) rather than retried
      // every second, and the audit log says why.
      if (e instanceof StaleStagedError) {
        const lifted = await db.stagedEdit.updateMany({ where: { articleId: row.articleId, publishAt: row.publishAt }, data: { publishAt: null } });
        if (lifted.count) await recordAudit(row.userId, 'scheduled-changes-not-published', `article:${row.articleId}`, e.message);
      }
      return false;
    });
    if (applied) done++;
  }
  return done;
}
