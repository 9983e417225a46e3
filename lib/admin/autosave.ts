import 'server-only';
import { db } from '../db';
import { autosaveValues, emptyArticleValues, type ArticleFormValues } from '../validation/article';

/** Work in progress on the server: "new" for a piece not yet created. */
export type PieceKey = string;
export const NEW_PIECE: PieceKey = 'new';

export type ServerCopy = { values: ArticleFormValues; savedAt: string; baseVersion: number | null };

export async function keepAutosave(userId: string, pieceKey: PieceKey, values: ArticleFormValues, baseVersion: number | null): Promise<Date> {
  const savedAt = new Date();
  const data = { values: JSON.stringify(values), baseVersion, savedAt };
  await db.autosave.upsert({ where: { userId_pieceKey: { userId, pieceKey } }, create: { userId, pieceKey, ...data }, update: data });
  return savedAt;
}

/** This person's autosaved work on the piece, if any (a copy that no longer parses is dropped). */
export async function getAutosave(userId: string, pieceKey: PieceKey): Promise<ServerCopy | null> {
  const row = await db.autosave.findUnique({ where: { userId_pieceKey: { userId, pieceKey } } });
  if (!row) return null;
  // Work saved before a field existed gets that field empty rather than being dropped.
  const stored = safeJson(row.values);
  const parsed = autosaveValues.safeParse(stored && typeof stored === 'object' ? { ...emptyArticleValues(), ...stored } : stored);
  if (!parsed.success) {
    await dropAutosave(userId, pieceKey);
    return null;
  }
  return { values: parsed.data as ArticleFormValues, savedAt: row.savedAt.toISOString(), baseVersion: row.baseVersion };
}

export async function dropAutosave(userId: string, ...pieceKeys: PieceKey[]): Promise<void> {
  await db.autosave.deleteMany({ where: { userId, pieceKey: { in: pieceKeys } } });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
