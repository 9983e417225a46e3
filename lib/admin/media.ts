import 'server-only';
import { carryIntoStagedEdits, restageOnVersion } from './staged-carry';
import { db } from '../db';
import { isPostgres } from '../sql-dialect';
import { pageInfo, type PageInfo } from '../pagination';
import { storage } from '../media/storage';
import { storeUpload, UploadError, type MediaKind } from '../media/upload';
import { writeChange } from '../publishing/write-step';
import { articleChangeTags, articleFootprint } from '../publishing/article-tags';
import { reindexInTransaction } from '../shared/search-index';
import { tags as cacheTags } from '../cache-tags';

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

export type MediaUse = { kind: 'piece' | 'expert' | 'show'; id: string; label: string };

/** Every field of a piece that may hold a library address (bodies are searched apart, as text). */
const PIECE_FILE_FIELDS = ['featuredImageUrl', 'pdfUrl', 'socialImageUrl', 'audioUrl', 'recordingUrl'] as const;
const pieceUsing = (url: string) => ({ OR: [{ body: { contains: url } }, ...PIECE_FILE_FIELDS.map((f) => ({ [f]: url }))] });

/**
 * Where a file is used: piece bodies, featured, share and PDF files, episode
 * audio and event recordings, expert photos, podcast artwork. A body is
 * searched for the address as text (a scan, fine for the rare delete;
 * revisions are not searched).
 */
export async function mediaUses(url: string): Promise<MediaUse[]> {
  const [pieces, experts, shows] = await Promise.all([
    db.article.findMany({ where: pieceUsing(url), select: { id: true, title: true }, take: 50 }),
    db.author.findMany({ where: { photoUrl: url }, select: { id: true, name: true }, take: 50 }),
    db.podcastShow.findMany({ where: { imageUrl: url }, select: { id: true, name: true }, take: 50 }),
  ]);
  return [
    ...pieces.map((p) => ({ kind: 'piece' as const, id: p.id, label: p.title })),
    ...experts.map((e) => ({ kind: 'expert' as const, id: e.id, label: e.name })),
    ...shows.map((x) => ({ kind: 'show' as const, id: x.id, label: `${x.name} (podcast artwork)` })),
  ];
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

/**
 * Replaces a file everywhere it is used: the new file gets its own address
 * (addresses are cached forever, so they never change content), every piece
 * body, featured image, PDF, share image, episode audio, event recording,
 * expert photo and podcast artwork pointing at the old one is rewritten in
 * one write step (its pages and feeds expire, its search entry is rebuilt),
 * and the old file is deleted. Saves made from before the swap meet the usual
 * version check. Not recorded as a revision.
 */
export async function replaceMedia(id: string, file: File, userId: string): Promise<{ item: MediaItem; pieces: number; experts: number }> {
  const old = await getMedia(id);
  if (!old) throw new UploadError('This file is no longer in the library.');
  const uploaded = await storeUpload(file, old.kind, userId);
  const newKey = uploaded.url.slice('/media/'.length);
  const result = await writeChange(async (tx) => {
    await tx.media.update({ where: { key: newKey }, data: { alt: old.alt || null, caption: old.caption || null, credit: old.credit || null } });
    const pieces = await tx.article.findMany({
      where: pieceUsing(old.url),
      select: { id: true, body: true, featuredImageUrl: true, pdfUrl: true, socialImageUrl: true, audioUrl: true, recordingUrl: true },
    });
    const swap = (v: string | null) => (v === old.url ? uploaded.url : v);
    const swapFields = <T extends Record<(typeof PIECE_FILE_FIELDS)[number], string | null>>(v: T) => Object.fromEntries(PIECE_FILE_FIELDS.map((f) => [f, swap(v[f])])) as Pick<T, (typeof PIECE_FILE_FIELDS)[number]>;
    const tags: string[] = [];
    // Staged changes using the file get the new one too (they may use it where the live piece does not).
    await carryIntoStagedEdits(tx, { containing: old.url }, (s) => ({
      ...s,
      body: s.body.split(old.url).join(uploaded.url),
      ...swapFields(s),
    }));
    for (const p of pieces) {
      const { version } = await tx.article.update({
        where: { id: p.id },
        data: { body: p.body.split(old.url).join(uploaded.url), ...swapFields(p), version: { increment: 1 }, updatedById: userId },
        select: { version: true },
      });
      await restageOnVersion(tx, p.id, version);
      const footprint = await articleFootprint(p.id, tx);
      tags.push(...articleChangeTags(footprint, footprint));
    }
    const experts = await tx.author.findMany({ where: { photoUrl: old.url }, select: { id: true, slug: true } });
    await tx.author.updateMany({ where: { photoUrl: old.url }, data: { photoUrl: uploaded.url } });
    tags.push(...experts.map((e) => cacheTags.author(e.slug)));
    // A show's artwork is in its feed and on its page (the episodes' pages show it too).
    const shows = await tx.podcastShow.findMany({ where: { imageUrl: old.url }, select: { slug: true } });
    await tx.podcastShow.updateMany({ where: { imageUrl: old.url }, data: { imageUrl: uploaded.url } });
    if (shows.length) tags.push(cacheTags.articles, cacheTags.podcasts, ...shows.map((x) => cacheTags.podcast(x.slug)));
    await reindexInTransaction(tx, pieces.map((p) => p.id));
    await tx.media.delete({ where: { id } });
    return { value: { pieces: pieces.length, experts: experts.length }, tags };
  });
  await storage.delete(old.url.slice('/media/'.length)).catch((e) => console.error('old media file not removed', e));
  return { item: (await getMedia((await db.media.findUnique({ where: { key: newKey }, select: { id: true } }))!.id))!, ...result };
}
