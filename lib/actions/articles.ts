'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { isDatabaseUnavailable } from '../db';
import { canEditArticle, canSubmitForReview, can } from '../permissions';
import { AuthorizationError, orRedirect, requireUser, type StaffUser } from '../session';
import { dropAutosave, NEW_PIECE } from '../admin/autosave';
import { articleFormValues, scheduleInput, validateArticle, type ArticleFormValues } from '../validation/article';
import { articleAccess, changeStatus, createArticle, EditConflictError, restoreRevision, revisionArticleId, SlugTakenError, updateArticle } from '../admin/articles';
import { failed, type ActionState } from './state';
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

export async function saveArticle(_prev: SaveState, form: FormData): Promise<SaveState> {
  const id = String(form.get('id') ?? '');
  const values = articleFormValues(form);
  let user: StaffUser;
  try {
    user = id ? await requireEditable(id) : await requireUser('article:create');
  } catch (e) {
    const message = e instanceof AuthorizationError ? e.message : isDatabaseUnavailable(e) ? DATABASE_DOWN : 'Could not check your permissions.';
    return { status: 'error', values, message };
  }
  const result = validateArticle(values);
  if (!result.ok) return { status: 'invalid', errors: result.errors, values, message: 'Some fields need attention.' };
  // Only editors decide what the home page features.
  if (!can(user, 'article:publish')) result.data.featured = false;

  let targetId = id;
  try {
    if (id) {
      const expected = Number(form.get('version'));
      await updateArticle(id, result.data, expected, user.id);
    } else {
      targetId = (await createArticle(result.data, user.id)).id;
    }
  } catch (e) {
    if (e instanceof EditConflictError) {
      return {
        status: 'conflict',
        values,
        currentVersion: e.currentVersion,
        message: `${e.updatedBy ?? 'Someone'} saved this piece at ${e.updatedAt.toISOString().slice(11, 16)} UTC, after you opened it. Your text is kept below: open the latest version in a new tab, merge your changes, then save again.`,
      };
    }
    if (e instanceof SlugTakenError) return { status: 'invalid', values, errors: { slug: e.message }, message: 'Some fields need attention.' };
    console.error(e);
    if (isDatabaseUnavailable(e)) return { status: 'error', values, message: DATABASE_DOWN };
    return { status: 'error', values, message: 'The piece could not be saved. Nothing was lost: try again.' };
  }
  // The saved text is the work: the server's autosaved copy of it is done with.
  await dropAutosave(user.id, id || NEW_PIECE, targetId).catch((e) => console.error('autosave cleanup failed', e));
  redirect(`/admin/articles/${targetId}?saved=1`);
}

const idInput = z.string().min(1).max(120);

/** A tampered or truncated form goes back to the list instead of failing. */
function formId(form: FormData, name = 'id'): string {
  const parsed = idInput.safeParse(form.get(name));
  if (!parsed.success) redirect('/admin?invalid=1');
  return parsed.data;
}

async function statusAction(form: FormData, run: (id: string, user: StaffUser) => Promise<void>) {
  const id = formId(form);
  await orRedirect(`/admin/articles/${id}`, async () => run(id, await requireUser('admin:enter')));
  redirect(`/admin/articles/${id}?status=updated`);
}

export async function publishArticle(form: FormData) {
  await statusAction(form, async (id, user) => {
    if (!can(user, 'article:publish')) throw new AuthorizationError(403);
    await changeStatus(id, { action: 'publish' }, user.id);
  });
}

export async function unpublishArticle(form: FormData) {
  await statusAction(form, async (id, user) => {
    if (!can(user, 'article:publish')) throw new AuthorizationError(403);
    await changeStatus(id, { action: 'unpublish' }, user.id);
  });
}

export async function submitForReview(form: FormData) {
  await statusAction(form, async (id, user) => {
    const article = await articleAccess(id);
    if (!article || !canSubmitForReview(user, article)) throw new AuthorizationError(403);
    await changeStatus(id, { action: 'submit' }, user.id);
  });
}

export type ScheduleState = ActionState<{ at: string }>;

export async function scheduleArticle(_prev: ScheduleState, form: FormData): Promise<ScheduleState> {
  const id = formId(form);
  const value = String(form.get('at') ?? '');
  const user = await orRedirect(`/admin/articles/${id}`, () => requireUser('article:publish'));
  // Typed in the site's time zone, converted with that zone's rules for that date (DST included).
  if (!value) return failed('Choose a date and time.', { at: value }, 'at');
  const instant = instantAt(value, site.timeZone);
  if (!instant.ok) return failed(instant.error, { at: value }, 'at');
  const parsed = scheduleInput.safeParse(instant.at.toISOString());
  if (!parsed.success) return failed(parsed.error.issues[0].message, { at: value }, 'at');
  await changeStatus(id, { action: 'schedule', at: parsed.data }, user.id);
  redirect(`/admin/articles/${id}?status=scheduled`);
}

export async function restoreRevisionAction(form: FormData) {
  const revisionId = formId(form, 'revisionId');
  const articleId = formId(form, 'articleId');
  // The right is checked on the piece the revision belongs to, which must be the one the form names.
  const user = await orRedirect(`/admin/articles/${articleId}`, async () => {
    if ((await revisionArticleId(revisionId)) !== articleId) throw new AuthorizationError(403);
    return requireEditable(articleId);
  });
  try {
    await restoreRevision(revisionId, articleId, Number(form.get('version')), user.id);
  } catch (e) {
    if (e instanceof EditConflictError) redirect(`/admin/articles/${articleId}/revisions?conflict=1`);
    throw e;
  }
  redirect(`/admin/articles/${articleId}?restored=1`);
}
