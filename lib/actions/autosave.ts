'use server';

import { z } from 'zod';
import { AuthorizationError, requireUser } from '../session';
import { articleAccess } from '../admin/articles';
import { canEditArticle } from '../permissions';
import { dropAutosave, keepAutosave, NEW_PIECE } from '../admin/autosave';
import { autosaveValues } from '../validation/article';

const input = z.object({
  id: z.string().min(1).max(120).nullable(),
  values: autosaveValues,
  baseVersion: z.number().int().nonnegative().nullable(),
});

export type AutosaveResult = { ok: true; savedAt: string } | { ok: false; message: string };

/**
 * Keeps the editor's work on the server while typing. Not a save: no
 * revision, no audit entry, nothing public changes (a published piece's page
 * keeps its text until someone saves).
 */
export async function autosaveArticle(raw: unknown): Promise<AutosaveResult> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { ok: false, message: 'The copy could not be kept: the editor sent something unexpected.' };
  const { id, values, baseVersion } = parsed.data;
  try {
    const user = await requireUser(id ? 'admin:enter' : 'article:create');
    if (id) {
      const article = await articleAccess(id);
      if (!article || !canEditArticle(user, article)) throw new AuthorizationError(403);
    }
    const savedAt = await keepAutosave(user.id, id ?? NEW_PIECE, values as never, baseVersion);
    return { ok: true, savedAt: savedAt.toISOString() };
  } catch (e) {
    if (e instanceof AuthorizationError) return { ok: false, message: e.message };
    console.error(e);
    return { ok: false, message: 'The copy could not be kept on the server; this browser still has it.' };
  }
}

/** "Discard" on the offered copy: this person's autosaved work on the piece is dropped. */
export async function discardAutosave(id: string | null): Promise<void> {
  const parsedId = z.string().min(1).max(120).nullable().safeParse(id);
  if (!parsedId.success) return;
  try {
    const user = await requireUser('admin:enter');
    await dropAutosave(user.id, parsedId.data ?? NEW_PIECE);
  } catch (e) {
    if (!(e instanceof AuthorizationError)) console.error(e);
  }
}
