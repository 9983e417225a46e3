import 'server-only';
// Podcast shows and their episodes. An episode is a piece with a show
// (Article.showId): its page, revisions, workflow, search and sitemap are the
// piece's; what is added here is the show, the audio as the media library
// knows it (size, type, length: what a podcast feed must state) and the guests.
import { cache } from 'react';
import { db } from '../db';
import { cached } from '../cached';
import { tags } from '../cache-tags';
import { publicWhere } from '../visibility';
import { pageInfo, type PageInfo } from '../pagination';
import { cardsByIds } from '../articles';
import type { EpisodeAudio, EpisodeCard, EpisodeDetail, ShowSummary } from './types';

export type { EpisodeAudio, EpisodeCard, EpisodeDetail, ShowSummary } from './types';

export const EPISODES_PER_PAGE = 20;

/** The media library key of a library address (/media/<key>), or null for anything else. */
export function mediaKeyOf(url: string | null | undefined): string | null {
  const m = /^\/media\/([a-z0-9][a-z0-9._-]*)$/i.exec(url ?? '');
  return m ? m[1] : null;
}

export type EpisodeFields = {
  showId: string | null;
  audioUrl: string | null;
  season: number | null;
  episodeNumber: number | null;
  explicit: boolean;
  transcript: string;
  guestIds: string[];
};

/** An episode's show, audio and guests from its stored or staged fields; null when the piece has no show. */
export async function episodeFrom(fields: EpisodeFields): Promise<EpisodeDetail | null> {
  if (!fields.showId) return null;
  const key = mediaKeyOf(fields.audioUrl);
  const [show, media, guests] = await Promise.all([
    db.podcastShow.findUnique({ where: { id: fields.showId }, select: { slug: true, name: true, imageUrl: true, imageAlt: true } }),
    key ? db.media.findUnique({ where: { key }, select: { contentType: true, size: true, durationSeconds: true, kind: true } }) : null,
    fields.guestIds.length ? db.author.findMany({ where: { id: { in: fields.guestIds } }, select: { id: true, slug: true, name: true, title: true } }) : [],
  ]);
  if (!show) return null;
  const audio: EpisodeAudio | null =
    media && media.kind === 'audio' && fields.audioUrl ? { url: fields.audioUrl, contentType: media.contentType, size: media.size, durationSeconds: media.durationSeconds } : null;
  return {
    show,
    audio,
    season: fields.season,
    episodeNumber: fields.episodeNumber,
    explicit: fields.explicit,
    transcript: fields.transcript,
    guests: fields.guestIds.flatMap((id) => guests.filter((g) => g.id === id).map(({ slug, name, title }) => ({ slug, name, title }))),
  };
}

const episodeSelect = {
  showId: true,
  audioUrl: true,
  season: true,
  episodeNumber: true,
  explicit: true,
  transcript: true,
  guests: { orderBy: { position: 'asc' }, select: { authorId: true } },
} as const;

/** The episode parts of a stored piece (for its page). */
export async function episodeOfArticle(articleId: string): Promise<EpisodeDetail | null> {
  const row = await db.article.findUnique({ where: { id: articleId }, select: episodeSelect });
  if (!row) return null;
  return episodeFrom({ ...row, guestIds: row.guests.map((g) => g.authorId) });
}

/** How many seconds each library audio file lasts, by address. */
async function durations(urls: (string | null)[]): Promise<Map<string, number | null>> {
  const keys = [...new Set(urls.map(mediaKeyOf).filter((k): k is string => !!k))];
  if (!keys.length) return new Map();
  const rows = await db.media.findMany({ where: { key: { in: keys } }, select: { key: true, durationSeconds: true } });
  return new Map(rows.map((r) => [`/media/${r.key}`, r.durationSeconds]));
}

async function episodeCards(rows: { id: string; audioUrl: string | null; season: number | null; episodeNumber: number | null }[], now: Date): Promise<EpisodeCard[]> {
  const [cards, lengths] = await Promise.all([cardsByIds(rows.map((r) => r.id), now), durations(rows.map((r) => r.audioUrl))]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return cards.map((c) => {
    const r = byId.get(c.id)!;
    return { ...c, season: r.season, episodeNumber: r.episodeNumber, durationSeconds: r.audioUrl ? (lengths.get(r.audioUrl) ?? null) : null };
  });
}

const NEWEST = [{ publishedAt: 'desc' as const }, { id: 'desc' as const }];

/** Every show with its newest episode: the podcasts index (a think tank has a handful of shows). */
export const listShows = cache(async (): Promise<ShowSummary[]> =>
  cached(['podcast-shows'], [tags.articles, tags.podcasts], async () => {
    const now = new Date();
    const shows = await db.podcastShow.findMany({ orderBy: { name: 'asc' }, select: { id: true, slug: true, name: true, description: true, imageUrl: true, imageAlt: true } });
    return Promise.all(
      shows.map(async (s) => {
        const where = { showId: s.id, ...publicWhere(now) };
        const [count, newest] = await Promise.all([
          db.article.count({ where }),
          db.article.findMany({ where, orderBy: NEWEST, take: 1, select: { id: true, audioUrl: true, season: true, episodeNumber: true } }),
        ]);
        const [latest] = await episodeCards(newest, now);
        const { id: _id, ...rest } = s;
        return { ...rest, episodeCount: count, latest: latest ?? null };
      }),
    );
  }),
);

export type ShowPage = Omit<ShowSummary, 'latest'> & { episodes: EpisodeCard[]; info: PageInfo };

/** A show's page: what it is, and its public episodes newest first, a page at a time. */
export const getShowPage = cache(async (slug: string, page: number): Promise<ShowPage | null> =>
  cached(['podcast-show', slug, String(page)], [tags.articles, tags.podcast(slug)], async () => {
    const show = await db.podcastShow.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true, imageUrl: true, imageAlt: true } });
    if (!show) return null;
    const now = new Date();
    const where = { showId: show.id, ...publicWhere(now) };
    const total = await db.article.count({ where });
    const info = pageInfo(page, total, EPISODES_PER_PAGE);
    const rows = await db.article.findMany({ where, orderBy: NEWEST, skip: info.skip, take: EPISODES_PER_PAGE, select: { id: true, audioUrl: true, season: true, episodeNumber: true } });
    const { id: _id, ...rest } = show;
    return { ...rest, episodeCount: total, episodes: await episodeCards(rows, now), info };
  }),
);

export type FeedShow = {
  slug: string;
  name: string;
  description: string;
  imageUrl: string | null;
  category: string;
  explicit: boolean;
  ownerEmail: string;
  guid: string;
  episodes: {
    id: string;
    slug: string;
    title: string;
    dek: string;
    publishedAt: string;
    hosts: string[];
    guests: { slug: string; name: string }[];
    hostLinks: { slug: string; name: string }[];
    season: number | null;
    episodeNumber: number | null;
    explicit: boolean;
    hasTranscript: boolean;
    audio: EpisodeAudio;
  }[];
};

/** The newest episodes a feed carries; podcast apps keep older ones they already have. */
export const FEED_EPISODES = 300;

/** A show and its public episodes with playable audio, for its podcast feed. */
export const getShowFeed = cache(async (slug: string): Promise<FeedShow | null> =>
  cached(['podcast-feed', slug], [tags.articles, tags.podcast(slug)], async () => {
    const show = await db.podcastShow.findUnique({ where: { slug } });
    if (!show) return null;
    const rows = await db.article.findMany({
      where: { showId: show.id, ...publicWhere(new Date()) },
      orderBy: NEWEST,
      take: FEED_EPISODES,
      select: {
        id: true,
        slug: true,
        title: true,
        dek: true,
        publishedAt: true,
        audioUrl: true,
        season: true,
        episodeNumber: true,
        explicit: true,
        // Only whether there is one: the feed links the transcript, it does not carry it.
        transcript: true,
        authors: { orderBy: { position: 'asc' }, select: { author: { select: { slug: true, name: true } } } },
        guests: { orderBy: { position: 'asc' }, select: { author: { select: { slug: true, name: true } } } },
      },
    });
    const keys = rows.map((r) => mediaKeyOf(r.audioUrl)).filter((k): k is string => !!k);
    const media = new Map(
      (await db.media.findMany({ where: { key: { in: keys }, kind: 'audio' }, select: { key: true, contentType: true, size: true, durationSeconds: true } })).map((m) => [m.key, m]),
    );
    return {
      slug: show.slug,
      name: show.name,
      description: show.description,
      imageUrl: show.imageUrl,
      category: show.category,
      explicit: show.explicit,
      ownerEmail: show.ownerEmail,
      guid: show.guid,
      episodes: rows.flatMap((r) => {
        const m = media.get(mediaKeyOf(r.audioUrl) ?? '');
        // An episode whose audio is missing would be an item no app can play: it stays off the feed.
        if (!m || !r.audioUrl || !r.publishedAt) return [];
        return [
          {
            id: r.id,
            slug: r.slug,
            title: r.title,
            dek: r.dek,
            publishedAt: r.publishedAt.toISOString(),
            hosts: r.authors.map((a) => a.author.name),
            // Someone both on the byline and a guest is credited once, as the guest.
            hostLinks: r.authors.map((a) => a.author).filter((a) => !r.guests.some((g) => g.author.slug === a.slug)),
            guests: r.guests.map((g) => g.author),
            season: r.season,
            episodeNumber: r.episodeNumber,
            explicit: r.explicit,
            hasTranscript: r.transcript.trim() !== '',
            audio: { url: r.audioUrl, contentType: m.contentType, size: m.size, durationSeconds: m.durationSeconds },
          },
        ];
      }),
    };
  }),
);

export { formatDuration, transcriptParagraphs } from './format';
