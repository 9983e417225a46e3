'use server';

import { z } from 'zod';
import { AuthorizationError, requireUser } from '../session';
import { line } from '../validation/fields';
import { failed, refused, type ActionState } from './state';
import { deleteMedia, getMedia, MediaInUseError, updateMediaDetails } from '../admin/media';
import { recordAudit } from '../admin/audit';

export type MediaFormState = ActionState<Record<string, string>>;

const details = z.object({ alt: line(300), caption: line(500), credit: line(200) });

/** Saves a file's description, caption and credit. Images must be described. */
export async function saveMediaDetails(_prev: MediaFormState, form: FormData): Promise<MediaFormState> {
  const raw = { alt: String(form.get('alt') ?? ''), caption: String(form.get('caption') ?? ''), credit: String(form.get('credit') ?? '') };
  try {
    const user = await requireUser('article:create');
    const item = await getMedia(String(form.get('id') ?? ''));
    if (!item) return failed('This file is no longer in the library.', raw);
    const parsed = details.safeParse(raw);
    if (!parsed.success) return refused(parsed.error, raw);
    if (item.kind === 'image' && !parsed.data.alt) return failed('Describe the picture for readers who cannot see it.', raw, 'alt');
    await updateMediaDetails(item.id, parsed.data);
    await recordAudit(user.id, 'media-edit', `media:${item.id}`, item.fileName);
    return { status: 'saved', message: 'Saved.', values: raw };
  } catch (e) {
    if (e instanceof AuthorizationError) return failed(e.message, raw);
    throw e;
  }
}

/** Deletes a file nothing uses (editors and admins only). */
export async function deleteMediaAction(_prev: MediaFormState, form: FormData): Promise<MediaFormState> {
  try {
    const user = await requireUser('article:publish');
    const item = await deleteMedia(String(form.get('id') ?? ''));
    if (item) await recordAudit(user.id, 'media-delete', `media:${item.id}`, item.fileName);
    return { status: 'saved', message: item ? `Deleted ${item.fileName}.` : 'Already deleted.' };
  } catch (e) {
    if (e instanceof MediaInUseError) return failed(e.message);
    if (e instanceof AuthorizationError) return failed('Only editors and admins can delete files from the library.');
    throw e;
  }
}
