// Podcast shows and episodes on a real (SQLite) database: what a show's
// artwork must be, that its feed identity survives a rename, that a show with
// episodes cannot vanish, what an episode's references must be, and what the
// episode page reads back. (Pages and the feed through Next: e2e/podcasts.spec.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateAt, scratchSqlite } from '../shared/test-databases.mjs';
import { articleInput } from './article-input.fixture';

const scratch = scratchSqlite('podcasts');
let db: typeof import('../db').db;
let admin: typeof import('./podcasts');
let articles: typeof import('./articles');
let podcasts: typeof import('../podcasts');
let typeId: string;

const show = {
  name: 'Arctic Hour',
  slug: '',
  description: 'Ice, shipping lanes and the High North.',
  imageUrl: '/media/art.1400x1400.jpg',
  imageAlt: 'A compass on a map of the Arctic',
  category: 'News > Politics' as const,
  ownerEmail: 'pods@example.org',
  explicit: false,
};

beforeAll(async () => {
  process.env.DATABASE_URL = scratch.url;
  process.env.CACHE_FILE = scratch.url.replace(/^file:/, '') + '.cache';
  await migrateAt(scratch.url);
  db = (await import('../db')).db;
  admin = await import('./podcasts');
  articles = await import('./articles');
  podcasts = await import('../podcasts');
  typeId = (await db.contentType.create({ data: { slug: 'podcast', name: 'Podcast', pluralName: 'Podcasts' } })).id;
  for (const slug of ['ann', 'bob', 'cy']) await db.author.create({ data: { id: slug, slug, name: slug.toUpperCase(), sortName: slug, title: 'Fellow' } });
  const media = (key: string, kind: string, contentType: string, extra: object = {}) =>
    db.media.create({ data: { key, kind, contentType, size: 48_000, fileName: key, ...extra } });
  await media('art.1400x1400.jpg', 'image', 'image/jpeg', { width: 1400, height: 1400 });
  await media('wide.1600x900.jpg', 'image', 'image/jpeg', { width: 1600, height: 900 });
  await media('tiny.600x600.jpg', 'image', 'image/jpeg', { width: 600, height: 600 });
  await media('talk.mp3', 'audio', 'audio/mpeg', { durationSeconds: 754 });
  await media('report.pdf', 'pdf', 'application/pdf');
  await db.user.create({ data: { id: 'u1', email: 'ed@example.org', name: 'Ed', role: 'EDITOR' } });
});

afterAll(async () => {
  await db?.$disconnect();
  await scratch.drop();
});

describe('podcast shows', () => {
  it('refuses artwork that is not a square library picture of 1400 to 3000 pixels, and saves nothing', async () => {
    await expect(admin.saveShow('u1', null, { ...show, imageUrl: '/media/wide.1600x900.jpg' })).rejects.toThrow('this picture is 1600×900');
    await expect(admin.saveShow('u1', null, { ...show, imageUrl: '/media/tiny.600x600.jpg' })).rejects.toThrow('square artwork from 1400 to 3000 pixels');
    await expect(admin.saveShow('u1', null, { ...show, imageUrl: 'https://elsewhere.example/art.jpg' })).rejects.toThrow('from the media library');
    await expect(admin.saveShow('u1', null, { ...show, imageUrl: '/media/report.pdf' })).rejects.toThrow('from the media library');
    expect(await db.podcastShow.count()).toBe(0);
  });

  it('makes the address from the name, fixes a podcast:guid at creation and keeps it through a rename', async () => {
    const created = await admin.saveShow('u1', null, show);
    expect(created.slug).toBe('arctic-hour');
    const { guid } = await db.podcastShow.findUniqueOrThrow({ where: { id: created.id } });
    expect(guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await admin.saveShow('u1', created.id, { ...show, name: 'Arctic Hour Weekly', slug: 'arctic-weekly' });
    const renamed = await db.podcastShow.findUniqueOrThrow({ where: { id: created.id } });
    expect([renamed.slug, renamed.name, renamed.guid]).toEqual(['arctic-weekly', 'Arctic Hour Weekly', guid]);
    await expect(admin.saveShow('u1', null, { ...show, slug: 'arctic-weekly' })).rejects.toThrow('already used by another show');
    expect((await db.auditLog.findMany({ where: { subject: `show:${created.id}` } })).map((a) => a.action).sort()).toEqual(['show-create', 'show-edit']);
  });
});

describe('episodes', () => {
  it('names each wrong reference: a missing show, audio that is not a library sound file, an unknown guest', async () => {
    const { id: showId } = await db.podcastShow.findUniqueOrThrow({ where: { slug: 'arctic-weekly' } });
    expect(await admin.episodeProblems({ showId, audioUrl: '/media/talk.mp3', guestIds: ['cy'] })).toEqual({});
    expect(await admin.episodeProblems({ showId: 'gone', audioUrl: '/media/report.pdf', guestIds: ['cy', 'nobody'] })).toEqual({
      showId: expect.stringContaining('no longer exists'),
      audioUrl: expect.stringContaining('not a sound file in the media library'),
      guestIds: expect.stringContaining('no longer among the experts'),
    });
    expect(await admin.episodeProblems({ showId, audioUrl: '/media/missing.mp3', guestIds: [] })).toEqual({ audioUrl: expect.any(String) });
  });

  it('an episode saves its show, audio, place in the show, guests in order and transcript; its page reads them back', async () => {
    const { id: showId } = await db.podcastShow.findUniqueOrThrow({ where: { slug: 'arctic-weekly' } });
    const input = articleInput(typeId, {
      slug: 'ice-roads',
      authorIds: ['ann'],
      showId,
      audioUrl: '/media/talk.mp3',
      season: 2,
      episodeNumber: 7,
      explicit: true,
      guestIds: ['cy', 'bob'],
      transcript: 'ANN: Welcome.\n\nCY: Thanks for having me.',
    });
    const { id } = await articles.createArticle(input, 'u1');
    const episode = await podcasts.episodeOfArticle(id);
    expect(episode).toEqual({
      show: { slug: 'arctic-weekly', name: 'Arctic Hour Weekly', imageUrl: show.imageUrl, imageAlt: show.imageAlt },
      audio: { url: '/media/talk.mp3', contentType: 'audio/mpeg', size: 48_000, durationSeconds: 754 },
      season: 2,
      episodeNumber: 7,
      explicit: true,
      transcript: input.transcript,
      guests: [
        { slug: 'cy', name: 'CY', title: 'Fellow' },
        { slug: 'bob', name: 'BOB', title: 'Fellow' },
      ],
    });
    // The revision holds the episode too, so a restore brings it back.
    const revision = await db.revision.findFirstOrThrow({ where: { articleId: id } });
    expect(JSON.parse(revision.snapshot)).toMatchObject({ showId, season: 2, guestIds: ['cy', 'bob'] });
    const edited = await articles.updateArticle(id, { ...input, guestIds: ['bob'], season: null }, 1, 'u1');
    expect(edited.version).toBe(2);
    expect((await podcasts.episodeOfArticle(id))?.guests.map((g) => g.slug)).toEqual(['bob']);
    expect((await podcasts.episodeOfArticle(id))?.season).toBeNull();
  });

  it('a piece with no show is not an episode', async () => {
    const { id } = await articles.createArticle(articleInput(typeId, { slug: 'plain-piece' }), 'u1');
    expect(await podcasts.episodeOfArticle(id)).toBeNull();
  });

  it('a show with episodes cannot be deleted; an empty one can', async () => {
    const { id: showId } = await db.podcastShow.findUniqueOrThrow({ where: { slug: 'arctic-weekly' } });
    await expect(admin.deleteShow('u1', showId)).rejects.toThrow('has 1 episode');
    const empty = await admin.saveShow('u1', null, { ...show, name: 'Empty Show', imageUrl: null, imageAlt: '' });
    await admin.deleteShow('u1', empty.id);
    expect(await db.podcastShow.findUnique({ where: { id: empty.id } })).toBeNull();
  });

  it('adding the episode columns kept the trigger that marks a piece visible (migration "podcasts")', async () => {
    const piece = await db.article.findUniqueOrThrow({ where: { slug: 'ice-roads' } });
    const at = new Date('2026-01-05T12:00:00Z');
    await db.article.update({ where: { id: piece.id }, data: { status: 'PUBLISHED', publishedAt: at } });
    expect((await db.articleAuthor.findFirstOrThrow({ where: { articleId: piece.id } })).visibleAt?.toISOString()).toBe(at.toISOString());
  });
});

describe('an event recording becomes an episode in one step', () => {
  it('makes a draft episode of the chosen show with the event’s audio, transcript, speakers and a pin back to it', async () => {
    const { id: showId } = await db.podcastShow.findUniqueOrThrow({ where: { slug: 'arctic-weekly' } });
    const { id: eventId } = await articles.createArticle(
      articleInput(typeId, { slug: 'ice-forum', title: 'Ice Forum', authorIds: ['ann', 'bob'], eventStartsAt: new Date('2026-01-10T15:00:00Z'), eventVenue: 'Hall', recordingUrl: '/media/talk.mp3', transcript: 'ANN: Welcome to the forum.' }),
      'u1',
    );
    const { id } = await admin.episodeFromRecording('u1', eventId, showId);
    const draft = await db.article.findUniqueOrThrow({ where: { id }, include: { authors: { orderBy: { position: 'asc' } }, pinned: true } });
    expect(draft).toMatchObject({ status: 'DRAFT', slug: 'ice-forum-recording', title: 'Ice Forum', showId, audioUrl: '/media/talk.mp3', transcript: 'ANN: Welcome to the forum.', eventStartsAt: null });
    expect(draft.authors.map((a) => a.authorId)).toEqual(['ann', 'bob']);
    expect(draft.pinned.map((p) => p.relatedId)).toEqual([eventId]);
    // A second conversion gets its own address.
    expect((await db.article.findUniqueOrThrow({ where: { id: (await admin.episodeFromRecording('u1', eventId, showId)).id } })).slug).toBe('ice-forum-recording-2');
  });

  it('refuses a piece that is not an event, a recording that is not library audio, and a missing show', async () => {
    const { id: showId } = await db.podcastShow.findUniqueOrThrow({ where: { slug: 'arctic-weekly' } });
    const plain = await db.article.findUniqueOrThrow({ where: { slug: 'plain-piece' } });
    await expect(admin.episodeFromRecording('u1', plain.id, showId)).rejects.toThrow('not an event');
    const { id: videoEvent } = await articles.createArticle(articleInput(typeId, { slug: 'video-forum', eventStartsAt: new Date('2026-01-10T15:00:00Z'), eventVenue: 'Hall', recordingUrl: 'https://www.youtube.com/watch?v=abc' }), 'u1');
    await expect(admin.episodeFromRecording('u1', videoEvent, showId)).rejects.toThrow('not audio from the media library');
    const forum = await db.article.findUniqueOrThrow({ where: { slug: 'ice-forum' } });
    await expect(admin.episodeFromRecording('u1', forum.id, 'gone')).rejects.toThrow('Choose a show.');
  });
});
