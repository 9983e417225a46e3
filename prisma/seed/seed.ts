import { readFile } from 'node:fs/promises';
import type { Db } from '../../lib/shared/prisma-client';
import { audioDuration } from '../../lib/shared/audio-duration';
import { mediaKey } from '../../lib/shared/media-key';
import * as content from './content';
import type { SeedMedia } from './types';

/** Where the seed puts the bytes of its media files (the app's media storage); without it only the rows are written. */
export type PutMedia = (key: string, bytes: Buffer, contentType: string) => Promise<void>;

const BASE_TIME = 'T14:00:00.000Z'; // 10:00 in Washington, so the date reads the same there and in UTC.

/** True when the database has no content at all (a fresh install). */
export async function isEmpty(db: Db): Promise<boolean> {
  const [types, articles] = await Promise.all([db.contentType.count(), db.article.count()]);
  return types === 0 && articles === 0;
}

/** Loads the demo content. Ids are derived from slugs so both databases get identical rows. */
export async function seedDemoContent(db: Db, putMedia?: PutMedia): Promise<{ articles: number; authors: number; topics: number }> {
  const id = (kind: string, slug: string) => `${kind}_${slug}`.slice(0, 120);
  // Media first, outside the transaction: reading files and measuring audio take time.
  const media = new Map<string, { key: string; contentType: string; size: number; width: number | null; height: number | null; durationSeconds: number | null; alt: string | null }>();
  const files: (SeedMedia & { width?: number; height?: number })[] = [
    ...content.podcastShows.flatMap((show) => [show.artwork, ...show.episodes.map((e) => e.audio)]),
    ...content.articles.flatMap((a) => (a.event?.recording ? [a.event.recording] : [])),
  ];
  for (const m of files) {
    const bytes = await readFile(new URL(`./media/${m.file}`, import.meta.url));
    const key = mediaKey('demo', m.file.replace(/\.[^.]+$/, ''), m.file.slice(m.file.lastIndexOf('.') + 1), m);
    await putMedia?.(key, bytes, m.contentType);
    media.set(m.file, {
      key,
      contentType: m.contentType,
      size: bytes.length,
      width: m.width ?? null,
      height: m.height ?? null,
      durationSeconds: m.contentType.startsWith('audio/') ? await audioDuration(bytes, m.contentType) : null,
      alt: m.alt ?? null,
    });
  }
  const url = (file: string) => `/media/${media.get(file)!.key}`;
  await db.$transaction(async (tx) => {
    await tx.contentType.createMany({ data: content.contentTypes.map((t) => ({ id: id('type', t.slug), ...t })) });
    await tx.program.createMany({
      data: content.programs.map(({ director: _d, highlights: _h, ...p }) => ({ id: id('program', p.slug), ...p })),
    });
    await tx.topic.createMany({ data: content.topics.map((t) => ({ id: id('topic', t.slug), ...t })) });
    await tx.author.createMany({
      data: content.authors.map(({ program, ...a }) => ({ id: id('author', a.slug), ...a, programId: id('program', program) })),
    });
    await tx.article.createMany({
      data: content.articles.map((a) => ({
        id: id('article', a.slug),
        slug: a.slug,
        title: a.title,
        dek: a.dek,
        body: a.body,
        pullQuote: a.pullQuote ?? null,
        typeId: id('type', a.type),
        status: a.status ?? 'PUBLISHED',
        publishedAt: a.status && a.status !== 'PUBLISHED' ? null : new Date(`${a.publishedAt}${BASE_TIME}`),
        featured: a.featured ?? false,
        outletName: a.outletName ?? null,
        outletUrl: a.outletUrl ?? null,
        eventStartsAt: a.event ? new Date(a.event.startsAt) : null,
        eventEndsAt: a.event?.endsAt ? new Date(a.event.endsAt) : null,
        eventVenue: a.event?.venue ?? null,
        eventOnlineUrl: a.event?.onlineUrl ?? null,
        registrationOpen: a.event?.registrationOpen ?? false,
        registrationCapacity: a.event?.capacity ?? null,
        recordingUrl: a.event?.recording ? url(a.event.recording.file) : (a.event?.recordingUrl ?? null),
        transcript: a.event?.transcript ?? '',
      })),
    });
    await tx.articleAuthor.createMany({
      data: content.articles.flatMap((a) =>
        a.authors.map((author, position) => ({ articleId: id('article', a.slug), authorId: id('author', author), position })),
      ),
    });
    await tx.articleTopic.createMany({
      data: content.articles.flatMap((a) => a.topics.map((topic) => ({ articleId: id('article', a.slug), topicId: id('topic', topic) }))),
    });
    await tx.articleProgram.createMany({
      data: content.articles.flatMap((a) =>
        a.programs.map((program, position) => ({ articleId: id('article', a.slug), programId: id('program', program), position })),
      ),
    });
    // Directors point at authors, so they are set once the authors exist.
    for (const p of content.programs) {
      if (p.director) await tx.program.update({ where: { id: id('program', p.slug) }, data: { directorId: id('author', p.director) } });
    }
    await tx.programHighlight.createMany({
      data: content.programs.flatMap((p) =>
        (p.highlights ?? []).map((article, position) => ({ programId: id('program', p.slug), articleId: id('article', article), position })),
      ),
    });
    await tx.media.createMany({
      data: [...media.entries()].map(([file, m]) => ({ id: id('media', m.key), kind: m.contentType.startsWith('audio/') ? 'audio' : 'image', fileName: file, ...m })),
    });
    for (const show of content.podcastShows) {
      const { artwork, episodes, ...fields } = show;
      await tx.podcastShow.create({ data: { id: id('show', show.slug), ...fields, imageUrl: url(artwork.file), imageAlt: artwork.alt ?? null } });
      for (const e of episodes) {
        await tx.article.update({
          where: { id: id('article', e.article) },
          data: { showId: id('show', show.slug), audioUrl: url(e.audio.file), season: e.season ?? null, episodeNumber: e.episode ?? null, transcript: e.transcript },
        });
        await tx.episodeGuest.createMany({ data: (e.guests ?? []).map((g, position) => ({ articleId: id('article', e.article), authorId: id('author', g), position })) });
      }
    }
    // Events change by the clock: their pages are expired at start and end (lib/events/clock.ts).
    const now = Date.now();
    await tx.pendingChange.createMany({
      data: content.articles.flatMap((a) =>
        a.event
          ? [a.event.startsAt, a.event.endsAt ?? a.event.startsAt]
              .map((t) => new Date(t))
              .filter((t) => t.getTime() > now)
              .map((dueAt) => ({ tags: `article:${a.slug} events lists`, dueAt }))
          : [],
      ),
    });
    await tx.relatedPin.createMany({
      data: content.articles.flatMap((a) =>
        (a.pinned ?? []).map((related, position) => ({ articleId: id('article', a.slug), relatedId: id('article', related), position })),
      ),
    });
  });
  return { articles: content.articles.length, authors: content.authors.length, topics: content.topics.length };
}
