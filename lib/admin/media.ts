import 'server-only';
import { db } from '../db';
import { isPostgres } from '../sql-dialect';
import { pageInfo, type PageInfo } from '../pagination';
import { storage } from '../media/storage';
import type { MediaKind } from '../media/upload';

export const MEDIA_PAGE_SIZE = 24;

export type MediaItem = {
  id: string;
  url: string;
  kind: MediaKind;
  fileName: string;
  size: number;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
  credit: string;
  createdAt: string;
};

export type MediaFilters = { q?: string; kind?: MediaKind; page: number };

const SELECT = { id: true, key: true, kind: true, fileName: true, size: true, width: true, height: true, alt: true, caption: true, credit: true, createdAt: true } as const;

type Row = { id: string; key: string; kind: string; fileName: string; size: number; width: number | null; height: number | null; alt: string | null; caption: string | null; credit: string | null; createdAt: Date };

const toItem = (r: Row): MediaItem => ({
  id: r.id,
  url: `/media/${r.key}`,
  kind: r.kind as MediaKind,
  fileName: r.fileName,
  size: r.size,
  width: r.width,
  height: r.height,
  alt: r.alt ?? '',
  caption: r.caption ?? '',
  credit: r.credit ?? '',
  createdAt: r.createdAt.toISOString(),
});

/** The library, newest first, searched by file name, description and caption. */
export async function listMedia(f: MediaFilters, pageSize = MEDIA_PAGE_SIZE): Promise<{ items: MediaItem[]; info: PageInfo }> {
  const q = f.q?.trim().slice(0, 100);
  const text = (v: string) => (isPostgres ? { contains: v, mode: 'insensitive' as const } : { contains: v });
  const where = {
    ...(f.kind ? { kind: f.kind } : {}),
    ...(q ? { OR: [{ fileName: text(q) }, { alt: text(q) }, { caption: text(q) }, { credit: text(q) }] } : {}),
  } as never;
  const total = await db.media.count({ where });
  const info = pageInfo(f.page, total, pageSize);
  const rows = await db.media.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], skip: info.skip, take: pageSize, select: SELECT });
  return { items: rows.map(toItem), info };
}

export async function getMedia(id: string): Promise<MediaItem | null> {
  const row = await db.media.findUnique({ where: { id }, select: SELECT });
  return row ? toItem(row) : null;
}

export async function updateMediaDetails(id: string, details: { alt: string; caption: string; credit: string }): Promise<void> {
  await db.media.update({ where: { id }, data: { alt: details.alt || null, caption: details.caption || null, credit: details.credit || null } });
}

export type MediaUse = { kind: 'piece' | 'expert'; id: string; label: string };

/**
 * Where a file is used: piece bodies, featured images and PDFs, expert
 * photos. A body is searched for the address as text (a scan, fine for the
 * rare delete; revisions are not searched).
 */
export async function mediaUses(url: string): Promise<MediaUse[]> {
  const [pieces, experts] = await Promise.all([
    db.article.findMany({ where: { OR: [{ body: { contains: url } }, { featuredImageUrl: url }, { pdfUrl: url }] }, select: { id: true, title: true }, take: 50 }),
    db.author.findMany({ where: { photoUrl: url }, select: { id: true, name: true }, take: 50 }),
  ]);
  return [...pieces.map((p) => ({ kind: 'piece' as const, id: p.id, label: p.title })), ...experts.map((e) => ({ kind: 'expert' as const, id: e.id, label: e.name }))];
}

export class MediaInUseError extends Error {
  constructor(readonly uses: MediaUse[]) {
    super(`This file is used by ${uses.length} ${uses.length === 1 ? 'item' : 'items'}: ${uses.slice(0, 3).map((u) => u.label).join('; ')}${uses.length > 3 ? '…' : ''}. Remove it there first.`);
  }
}

/** Deletes a file no piece or expert uses; refuses one still in use. */
export async function deleteMedia(id: string): Promise<MediaItem | null> {
  const item = await getMedia(id);
  if (!item) return null;
  const uses = await mediaUses(item.url);
  if (uses.length) throw new MediaInUseError(uses);
  await db.media.delete({ where: { id } });
  await storage.delete(item.url.slice('/media/'.length));
  return item;
}
