'use server';

import { redirect } from 'next/navigation';
import { orRedirect, requireUser } from '../session';
import { failed, refused, type ActionState } from './state';
import { deleteShow, episodeFromRecording, saveShow, ShowInputError } from '../admin/podcasts';
import { SHOW_FIELDS, showInput } from '../validation/podcast';

export type ShowFormState = ActionState<Record<string, string>>;

/** Creates or updates a show; a refused form keeps everything typed. */
export async function saveShowAction(_prev: ShowFormState, form: FormData): Promise<ShowFormState> {
  const user = await orRedirect('/admin/podcasts', () => requireUser('taxonomy:manage'));
  const id = String(form.get('id') ?? '') || null;
  const raw = Object.fromEntries(SHOW_FIELDS.map((k) => [k, String(form.get(k) ?? '')]));
  const parsed = showInput.safeParse(raw);
  if (!parsed.success) return refused(parsed.error, raw);
  let saved: { id: string };
  try {
    saved = await saveShow(user.id, id, parsed.data);
  } catch (e) {
    if (e instanceof ShowInputError) return failed(e.message, raw, e.field);
    throw e;
  }
  redirect(`/admin/podcasts?saved=${encodeURIComponent(saved.id)}`);
}

export async function deleteShowAction(_prev: ShowFormState, form: FormData): Promise<ShowFormState> {
  const user = await orRedirect('/admin/podcasts', () => requireUser('taxonomy:manage'));
  try {
    await deleteShow(user.id, String(form.get('id') ?? ''));
  } catch (e) {
    if (e instanceof ShowInputError) return failed(e.message);
    throw e;
  }
  redirect('/admin/podcasts?deleted=1');
}

/** "Make the recording a podcast episode": a new draft episode from the event, opened in the editor. */
export async function episodeFromRecordingAction(_prev: ShowFormState, form: FormData): Promise<ShowFormState> {
  const eventId = String(form.get('eventId') ?? '');
  const user = await orRedirect(`/admin/articles/${eventId}`, () => requireUser('article:publish'));
  let created: { id: string };
  try {
    created = await episodeFromRecording(user.id, eventId, String(form.get('showId') ?? ''));
  } catch (e) {
    if (e instanceof ShowInputError) return failed(e.message);
    throw e;
  }
  redirect(`/admin/articles/${created.id}?saved=1`);
}
