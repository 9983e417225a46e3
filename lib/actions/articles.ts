'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { isDatabaseUnavailable } from '../db';
import { canEditArticle, canPreviewArticle, canSubmitForReview, canTrashArticle, can } from '../permissions';
import { AuthorizationError, orRedirect, requireUser, type StaffUser } from '../session';
import { dropAutosave, NEW_PIECE } from '../admin/autosave';
import { episodeProblems } from '../admin/podcasts';
import { articleFormValues, scheduleInput, validateArticle, type ArticleFormValues } from '../validation/article';
import { addTopicToArticle, articleAccess, changeStatus, getArticleForEdit, createArticle, EditConflictError, revisionArticleId, revisionForRestore, SlugTakenError, StatusChangeRefused, updateArticle } from '../admin/articles';
import { discardStagedEdit, getStagedEdit, publishStagedEdit, savesAreStaged, scheduleStagedEdit, StagedConflictError, stageEdit } from '../admin/staged-edits';
import { emptyTrash, restoreFromTrash, trashArticle } from '../admin/trash';
import { articleToFormValues } from '../admin/form-values';
import { addComment, commentArticleId, resolveComment } from '../admin/comments';
import { notifyChangesRequested, notifyMentioned, notifyPublished, notifyReviewRequested } from '../admin/notify';
import type { ActionState } from './state';
import { instantAt } from '../time-zones';
import { site } from '../site';

export type SaveState = ActionState<ArticleFormValues>;

const DATABASE_DOWN = 'The database is not answering, so the piece was not saved. Your text is kept here and in this browser: try again in a minute.';


async function requireEditable(id: string): Promise<StaffUser> {
  const user = await requireUser('admin:enter');
  const article = await articleAccess(id);
  if (!article) throw new AuthorizationError(403);
  if (!canEditArticle(user, article)) throw new AuthorizationError(403);
  return user;
}

type Intent = 'save' | 'publish' | 'schedule';

/** A schedule typed in the site's zone, converted with that date's rules (DST included). */
function readSchedule(value: string): { ok: true; at: Date } | { ok: false; message: string } {
  if (!value) return { ok: false, message: 'Choose a date and time.' };
  const instant = instantAt(value, site.timeZone);
  if (!instant.ok) return { ok: false, message: instant.error };
  const parsed = scheduleInput.safeParse(instant.at.toISOString());
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0].message };
  return { ok: true, at: parsed.data };
}

const conflictMessage = (by: string | null, at: Date | null, what = 'this piece') =>
  `${by ?? 'Someone'} saved ${what}${at ? ` at ${at.toISOString().slice(11, 16)} UTC` : ''}, after you opened it. Your text is kept in the form; their version of each field that differs is shown here: keep yours, take theirs, or edit the field, then save over the latest version.`;

/**
 * The editor's one action: save, "Save and publish" / "Publish changes", or
 * "Save and schedule". Whatever the button, the text on screen is saved
 * first, so readers never get an older text than the editor sees. A live
 * piece's save is staged (lib/admin/staged-edits.ts) unless it is published.
 */
export async function saveArticle(_prev: SaveState, form: FormData): Promise<SaveState> {
  const id = String(form.get('id') ?? '');
  const values = articleFormValues(form);
  const intent: Intent = form.get('intent') === 'publish' ? 'publish' : form.get('intent') === 'schedule' ? 'schedule' : 'save';
  let user: StaffUser;
  try {
    user = id ? await requireEditable(id) : await requireUser('article:create');
    if (intent !== 'save' && !can(user, 'article:publish')) throw new AuthorizationError(403);
  } catch (e) {
    const message = e instanceof AuthorizationError ? e.message : isDatabaseUnavailable(e) ? DATABASE_DOWN : 'Could not check your permissions.';
    return { status: 'error', values, message };
  }
  const result = validateArticle(values);
  const schedule = intent === 'schedule' ? readSchedule(String(form.get('at') ?? '')) : null;
  if (!result.ok || (schedule && !schedule.ok)) {
    const errors = { ...(result.ok ? {} : result.errors), ...(schedule && !schedule.ok ? { at: schedule.message } : {}) };
    return { status: 'invalid', errors, values, message: 'Some fields need attention.' };
  }
  const episodeErrors = await episodeProblems(result.data);
  if (Object.keys(episodeErrors).length) return { status: 'invalid', errors: episodeErrors, values, message: 'Some fields need attention.' };
  // Only editors decide what the home page features.
  if (!can(user, 'article:publish')) result.data.featured = false;
  const at = schedule?.ok ? schedule.at : null;

  let targetId = id;
  let outcome = 'saved=1';
  try {
    const live = id ? await articleAccess(id) : null;
    if (id && !live) throw new AuthorizationError(403);
    const liveVersion = Number(form.get('version'));
    if (live && savesAreStaged(live, !!(await getStagedEdit(id)))) {
      const { stagedVersion } = await stageEdit(id, result.data, liveVersion, Number(form.get('stagedVersion') ?? 0), user.id);
      if (intent === 'publish') await publishStagedEdit(id, stagedVersion, user.id);
      if (at) await scheduleStagedEdit(id, stagedVersion, at, user.id);
      outcome = intent === 'publish' ? 'status=changes-published' : at ? 'status=changes-scheduled' : 'status=staged';
    } else {
      // A new piece or one not yet live: the text is written to it, then its status changes.
      if (id) await updateArticle(id, result.data, liveVersion, user.id);
      else targetId = (await createArticle(result.data, user.id)).id;
      if (intent === 'publish') await changeStatus(targetId, { action: 'publish' }, user.id);
      if (at) await changeStatus(targetId, { action: 'schedule', at }, user.id);
      outcome = intent === 'save' ? 'saved=1' : `status=${intent === 'publish' ? 'published' : 'scheduled'}`;
    }
  } catch (e) {
    if (e instanceof EditConflictError || e instanceof StagedConflictError) {
      // Both versions, field by field: nothing either person wrote is lost.
      const latest = id ? await getArticleForEdit(id) : null;
      const staged = id ? await getStagedEdit(id) : null;
      const theirs = staged ? articleToFormValues(staged.input) : latest ? articleToFormValues(latest) : undefined;
      return {
        status: 'conflict',
        values,
        theirs,
        currentVersion: latest?.version,
        currentStagedVersion: staged?.version ?? 0,
        message: e instanceof EditConflictError ? conflictMessage(e.updatedBy, e.updatedAt) : conflictMessage(e.by, e.updatedAt, 'the staged changes'),
      };
    }
    if (e instanceof SlugTakenError) return { status: 'invalid', values, errors: { slug: e.message }, message: 'Some fields need attention.' };
    if (e instanceof StatusChangeRefused || e instanceof AuthorizationError) return { status: 'error', values, message: e.message };
    console.error(e);
    if (isDatabaseUnavailable(e)) return { status: 'error', values, message: DATABASE_DOWN };
    return { status: 'error', values, message: 'The piece could not be saved. Nothing was lost: try again.' };
  }
  // The saved text is the work: the server's autosaved copy of it is done with.
  await dropAutosave(user.id, id || NEW_PIECE, targetId).catch((e) => console.error('autosave cleanup failed', e));
  if (intent === 'publish') await announcePublished(targetId, user);
  redirect(`/admin/articles/${targetId}?${outcome}`);
}

/** Tells the piece's creator it went out (by e-mail, when configured). */
async function announcePublished(id: string, user: StaffUser) {
  const a = await articleAccess(id);
  if (a) await notifyPublished(a, user).catch((e) => console.error('publication e-mail failed', e));
}

const idInput = z.string().min(1).max(120);

/** A tampered or truncated form goes back to the list instead of failing. */
function formId(form: FormData, name = 'id'): string {
  const parsed = idInput.safeParse(form.get(name));
  if (!parsed.success) redirect('/admin?invalid=1');
  return parsed.data;
}

async function statusAction(form: FormData, run: (id: string, user: StaffUser) => Promise<string | void>) {
  const id = formId(form);
  const outcome = await orRedirect(`/admin/articles/${id}`, async () => run(id, await requireUser('admin:enter')));
  redirect(`/admin/articles/${id}?status=${outcome || 'updated'}`);
}

export async function unpublishArticle(form: FormData) {
  await statusAction(form, async (id, user) => {
    if (!can(user, 'article:publish')) throw new AuthorizationError(403);
    const { status } = await changeStatus(id, { action: 'unpublish' }, user.id);
    return status === 'DRAFT' ? 'schedule-cancelled' : 'unpublished';
  });
}

export async function submitForReview(form: FormData) {
  await statusAction(form, async (id, user) => {
    const article = await articleAccess(id);
    if (!article || !canSubmitForReview(user, article)) throw new AuthorizationError(403);
    await changeStatus(id, { action: 'submit' }, user.id);
    await notifyReviewRequested(article, user).catch((e) => console.error('review e-mail failed', e));
    return 'submitted';
  });
}

export async function discardStagedChanges(form: FormData) {
  await statusAction(form, async (id, user) => {
    if (!can(user, 'article:publish')) throw new AuthorizationError(403);
    await discardStagedEdit(id, user.id);
    return 'changes-discarded';
  });
}

export async function unscheduleStagedChanges(form: FormData) {
  await statusAction(form, async (id, user) => {
    if (!can(user, 'article:publish')) throw new AuthorizationError(403);
    const staged = await getStagedEdit(id);
    if (staged) await scheduleStagedEdit(id, staged.version, null, user.id);
    return 'changes-unscheduled';
  });
}

export async function trashArticleAction(form: FormData) {
  const id = formId(form);
  await orRedirect(`/admin/articles/${id}`, async () => {
    const user = await requireUser('admin:enter');
    const article = await articleAccess(id);
    if (!article || !canTrashArticle(user, article)) throw new AuthorizationError(403);
    await trashArticle(id, user.id);
  });
  redirect(`/admin?status=TRASHED&trashed=1`);
}

export async function restoreFromTrashAction(form: FormData) {
  await statusAction(form, async (id, user) => {
    const article = await articleAccess(id);
    if (!article || article.status !== 'TRASHED' || !canTrashArticle(user, article)) throw new AuthorizationError(403);
    await restoreFromTrash(id, user.id);
    return 'untrashed';
  });
}

export async function emptyTrashAction() {
  const user = await orRedirect('/admin?status=TRASHED', () => requireUser('trash:empty'));
  const n = await emptyTrash(user.id);
  redirect(`/admin?status=TRASHED&emptied=${n}`);
}

/**
 * Restoring asks first (the comparison page is the question) and is a new
 * save of the old content, so it can itself be undone; for a live piece it
 * becomes staged changes, published only when someone presses "Publish changes".
 */
export async function restoreRevisionAction(form: FormData) {
  const revisionId = formId(form, 'revisionId');
  const articleId = formId(form, 'articleId');
  // The right is checked on the piece the revision belongs to, which must be the one the form names.
  const user = await orRedirect(`/admin/articles/${articleId}`, async () => {
    if ((await revisionArticleId(revisionId)) !== articleId) throw new AuthorizationError(403);
    return requireEditable(articleId);
  });
  let staged = false;
  try {
    const { input, version } = await revisionForRestore(revisionId, articleId);
    const live = await articleAccess(articleId);
    const current = await getStagedEdit(articleId);
    if (live && savesAreStaged(live, !!current)) {
      await stageEdit(articleId, input, live.version, current?.version ?? 0, user.id);
      staged = true;
    } else {
      await updateArticle(articleId, input, Number(form.get('version')), user.id, `restore version ${version}`);
    }
  } catch (e) {
    if (e instanceof EditConflictError || e instanceof StagedConflictError) redirect(`/admin/articles/${articleId}/revisions?conflict=1`);
    throw e;
  }
  redirect(`/admin/articles/${articleId}?restored=${staged ? 'staged' : '1'}`);
}

const bulkInput = z.object({
  action: z.enum(['publish', 'unpublish', 'trash', 'add-topic']),
  ids: z.array(idInput).min(1).max(100),
  topicId: idInput.optional(),
});

/**
 * The article list's "With selected": each piece is checked on its own with
 * the same rules as its single action, so a contributor's bulk trash skips
 * what is not theirs; the list then says how many were done and refused.
 */
export async function bulkArticlesAction(form: FormData) {
  const user = await orRedirect('/admin', () => requireUser('admin:enter'));
  const parsed = bulkInput.safeParse({ action: form.get('action'), ids: form.getAll('ids').map(String), topicId: form.get('topicId') || undefined });
  if (!parsed.success || (parsed.data.action === 'add-topic' && !parsed.data.topicId)) redirect('/admin?bulk=invalid');
  const { action, ids, topicId } = parsed.data;
  let done = 0;
  let refused = 0;
  for (const id of new Set(ids)) {
    try {
      const article = await articleAccess(id);
      if (!article) throw new AuthorizationError(403);
      if (action === 'publish' || action === 'unpublish') {
        if (!can(user, 'article:publish') || article.status === 'TRASHED') throw new AuthorizationError(403);
        await changeStatus(id, { action }, user.id);
        if (action === 'publish') await announcePublished(id, user);
      } else if (action === 'trash') {
        if (!canTrashArticle(user, article) || article.status === 'TRASHED') throw new AuthorizationError(403);
        await trashArticle(id, user.id);
      } else {
        if (!canEditArticle(user, article)) throw new AuthorizationError(403);
        await addTopicToArticle(id, topicId!, user.id);
      }
      done++;
    } catch (e) {
      if (!(e instanceof AuthorizationError) && !(e instanceof StatusChangeRefused)) console.error(e);
      refused++;
    }
  }
  redirect(`/admin?bulk=${done}&refused=${refused}`);
}

const commentInput = z.object({
  id: idInput,
  body: z.string().trim().min(1, 'Write the comment first.').max(5000, 'Keep a comment under 5,000 characters.'),
  mention: z.array(idInput).max(50),
  intent: z.enum(['comment', 'request-changes']),
});

export type CommentState = ActionState<{ body: string }>;

/**
 * A staff-only comment on a piece, or "Request changes": an editor sends a
 * piece waiting for review back to its writer as a draft, with the comment
 * saying why. Mentioned colleagues and the writer hear of it by e-mail.
 */
export async function commentOnArticle(_prev: CommentState, form: FormData): Promise<CommentState> {
  const raw = { id: String(form.get('id') ?? ''), body: String(form.get('body') ?? ''), mention: form.getAll('mention').map(String), intent: form.get('intent') === 'request-changes' ? 'request-changes' : 'comment' };
  const values = { body: raw.body };
  const parsed = commentInput.safeParse(raw);
  if (!parsed.success) return { status: 'invalid', values, errors: { body: parsed.error.issues[0].message }, message: parsed.error.issues[0].message };
  const { id, body, mention, intent } = parsed.data;
  let user: StaffUser;
  try {
    user = await requireUser('admin:enter');
    const article = await articleAccess(id);
    if (!article || !canPreviewArticle(user, article)) throw new AuthorizationError(403);
    if (intent === 'request-changes') {
      if (!can(user, 'article:publish')) throw new AuthorizationError(403);
      await changeStatus(id, { action: 'request-changes' }, user.id);
      await addComment(id, user.id, body, 'changes-requested');
      await notifyChangesRequested(article, user, body).catch((e) => console.error('changes e-mail failed', e));
    } else {
      await addComment(id, user.id, body);
    }
    if (mention.length) await notifyMentioned(article, user, mention, body).catch((e) => console.error('mention e-mail failed', e));
  } catch (e) {
    if (e instanceof AuthorizationError || e instanceof StatusChangeRefused) return { status: 'error', values, message: e.message };
    console.error(e);
    return { status: 'error', values, message: isDatabaseUnavailable(e) ? DATABASE_DOWN : 'The comment could not be saved. Your text is kept: try again.' };
  }
  redirect(`/admin/articles/${id}?status=${intent === 'request-changes' ? 'changes-requested' : 'commented'}#comments`);
}

export async function resolveCommentAction(form: FormData) {
  const commentId = formId(form, 'commentId');
  const articleId = formId(form, 'articleId');
  await orRedirect(`/admin/articles/${articleId}`, async () => {
    const user = await requireUser('admin:enter');
    const article = await articleAccess(articleId);
    if ((await commentArticleId(commentId)) !== articleId || !article || !canPreviewArticle(user, article)) throw new AuthorizationError(403);
    await resolveComment(commentId, user.id);
  });
  redirect(`/admin/articles/${articleId}?status=comment-resolved#comments`);
}
