import { listShows, type EpisodeDetail } from '../podcasts';
import { podcastFeedPath } from '../podcasts/format';
import 'server-only';
// What the public read API returns: public data only, shaped for other sites
// and tools (snake_case, absolute links from the configured site URL). Lists
// page by an opaque keyset cursor, so a page deep in the archive costs what
// the first one does and a piece published meanwhile never shifts a page.
import { z } from 'zod';
import type { Prisma } from '../sql-dialect';
import { db } from '../db';
import { publicWhere } from '../visibility';
import { availabilityOf } from '../events/schedule';
import { site } from '../site';
import { getPublicArticle } from '../articles';
import { getTaxonomy } from '../taxonomy';
import { listPrograms } from '../programs';

export const API_VERSION = 'v1';
export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;

export class ApiInputError extends Error {}

const absolute = (path: string | null) => (path && path.startsWith('/') ? `${site.url}${path}` : path);
const named = (x: { slug: string; name: string }) => ({ slug: x.slug, name: x.name });

/** Cursors are base64url JSON of the last row's sort key; anything else is refused, not guessed at. */
const cursorSchema = z.tuple([z.string().max(200), z.string().max(200)]);
function decodeCursor(raw: string | null): [string, string] | null {
  if (!raw) return null;
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
  } catch {
    throw new ApiInputError('The cursor is not one this API gave out.');
  }
}
/** A cursor whose sort key is a time (pieces by publication, events by start). */
function decodeDateCursor(raw: string | null): { at: Date; id: string } | null {
  const after = decodeCursor(raw);
  if (!after) return null;
  const at = new Date(after[0]);
  if (Number.isNaN(at.getTime())) throw new ApiInputError('The cursor is not one this API gave out.');
  return { at, id: after[1] };
}
const encodeCursor = (key: [string, string]) => Buffer.from(JSON.stringify(key)).toString('base64url');

const slugParam = z.string().trim().min(1).max(120).regex(/^[a-z0-9-]+$/, 'Slugs are lower-case letters, digits and hyphens.');
export const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT),
  cursor: z.string().max(1000).nullable().default(null),
});
export const pieceFilters = z.object({ type: slugParam.optional(), topic: slugParam.optional(), expert: slugParam.optional(), program: slugParam.optional(), show: slugParam.optional() });

/** Reads the schema's own keys from the query string (others are ignored) and validates them. */
export function parseQuery<T extends z.ZodObject<z.ZodRawShape>>(schema: T, params: URLSearchParams): z.infer<T> {
  const raw = Object.fromEntries(Object.keys(schema.shape).map((k) => [k, params.get(k) ?? undefined]));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiInputError(`${issue.path.join('.') || 'query'}: ${issue.message}`);
  }
  return parsed.data;
}

export type Page<T> = { data: T[]; next_cursor: string | null };

const pieceSelect = {
  id: true,
  slug: true,
  title: true,
  dek: true,
  publishedAt: true,
  updatedAt: true,
  outletName: true,
  outletUrl: true,
  type: { select: { slug: true, name: true } },
  authors: { orderBy: { position: 'asc' }, select: { author: { select: { slug: true, name: true } } } },
  topics: { select: { topic: { select: { slug: true, name: true } } } },
  programs: { orderBy: { position: 'asc' }, select: { program: { select: { slug: true, name: true } } } },
} satisfies Prisma.ArticleSelect;

type PieceRow = Prisma.ArticleGetPayload<{ select: typeof pieceSelect }>;

function pieceSummary(r: PieceRow) {
  return {
    slug: r.slug,
    title: r.title,
    summary: r.dek,
    url: `${site.url}/publications/${r.slug}`,
    published_at: r.publishedAt!.toISOString(),
    updated_at: r.updatedAt.toISOString(),
    type: named(r.type),
    authors: r.authors.map((a) => named(a.author)),
    topics: r.topics.map((t) => named(t.topic)).sort((a, b) => a.name.localeCompare(b.name)),
    programs: r.programs.map((p) => named(p.program)),
    original_outlet: r.outletName ? { name: r.outletName, url: r.outletUrl } : null,
  };
}
export type PieceSummary = ReturnType<typeof pieceSummary>;

/** Public pieces, newest first, optionally narrowed by type, topic, expert or program. */
export async function listPieces(params: URLSearchParams): Promise<Page<PieceSummary>> {
  const { limit, cursor, ...f } = parseQuery(listQuery.extend(pieceFilters.shape), params);
  const after = decodeDateCursor(cursor);
  const where: Prisma.ArticleWhereInput = {
    AND: [
      publicWhere(new Date()),
      f.type ? { type: { slug: f.type } } : {},
      f.topic ? { topics: { some: { topic: { slug: f.topic } } } } : {},
      f.expert ? { authors: { some: { author: { slug: f.expert } } } } : {},
      f.program ? { programs: { some: { program: { slug: f.program } } } } : {},
      f.show ? { show: { slug: f.show } } : {},
      after ? { OR: [{ publishedAt: { lt: after.at } }, { publishedAt: after.at, id: { lt: after.id } }] } : {},
    ],
  };
  const rows = await db.article.findMany({ where, orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], take: limit + 1, select: pieceSelect });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { data: page.map(pieceSummary), next_cursor: rows.length > limit && last ? encodeCursor([last.publishedAt!.toISOString(), last.id]) : null };
}

const eventSelect = { ...pieceSelect, eventStartsAt: true, eventEndsAt: true, eventVenue: true, eventOnlineUrl: true, registrationOpen: true, registrationCapacity: true } satisfies Prisma.ArticleSelect;
export const eventQuery = z.object({ when: z.enum(['upcoming', 'past']).default('upcoming'), program: slugParam.optional(), topic: slugParam.optional() });

/**
 * Public events: upcoming ones soonest first (default), or past ones latest
 * first. An event is upcoming until it ends (or, with no end, until it starts).
 * Whether places remain is counted for the whole page in one query.
 */
export async function listEventsApi(params: URLSearchParams) {
  const { limit, cursor, when, program, topic } = parseQuery(listQuery.extend(eventQuery.shape), params);
  const after = decodeDateCursor(cursor);
  const now = new Date();
  const upcoming = when === 'upcoming';
  const ongoing = { OR: [{ eventEndsAt: { gte: now } }, { eventEndsAt: null, eventStartsAt: { gte: now } }] };
  const where: Prisma.ArticleWhereInput = {
    AND: [
      publicWhere(now),
      { eventStartsAt: { not: null } },
      upcoming ? ongoing : { NOT: ongoing },
      program ? { programs: { some: { program: { slug: program } } } } : {},
      topic ? { topics: { some: { topic: { slug: topic } } } } : {},
      after ? { OR: [{ eventStartsAt: upcoming ? { gt: after.at } : { lt: after.at } }, { eventStartsAt: after.at, id: upcoming ? { gt: after.id } : { lt: after.id } }] } : {},
    ],
  };
  const dir = upcoming ? 'asc' : 'desc';
  const rows = await db.article.findMany({ where, orderBy: [{ eventStartsAt: dir }, { id: dir }], take: limit + 1, select: eventSelect });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const counted = await db.eventRegistration.groupBy({ by: ['articleId'], where: { articleId: { in: page.map((r) => r.id) }, status: 'confirmed' }, _count: { _all: true } });
  const confirmed = new Map(counted.map((c) => [c.articleId, c._count._all]));
  return {
    data: page.map((r) => ({
      ...pieceSummary(r),
      starts_at: r.eventStartsAt!.toISOString(),
      ends_at: r.eventEndsAt?.toISOString() ?? null,
      venue: r.eventVenue,
      online_url: r.eventOnlineUrl,
      registration: availabilityOf({ registrationOpen: r.registrationOpen, capacity: r.registrationCapacity, confirmed: confirmed.get(r.id) ?? 0, startsAt: r.eventStartsAt!, endsAt: r.eventEndsAt }, now),
      calendar_url: `${site.url}/publications/${r.slug}/event.ics`,
    })),
    next_cursor: rows.length > limit && last ? encodeCursor([last.eventStartsAt!.toISOString(), last.id]) : null,
  };
}

/** One public piece with its body as the site renders it; null when there is no such public piece. */
export async function getPiece(slug: string) {
  if (!slugParam.safeParse(slug).success) return null;
  const a = await getPublicArticle(slug);
  if (!a) return null;
  return {
    slug: a.slug,
    title: a.title,
    summary: a.dek,
    url: `${site.url}/publications/${a.slug}`,
    published_at: a.publishedAt,
    updated_at: a.updatedAt,
    type: named(a.type),
    authors: a.authorDetails.map((x) => ({ ...named(x), title: x.title })),
    topics: a.topics.map((t) => ({ ...named(t), kind: t.kind.toLowerCase() })),
    programs: a.programs.map(named),
    original_outlet: a.outletName ? { name: a.outletName, url: a.outletUrl } : null,
    featured_image: a.featuredImageUrl ? { url: absolute(a.featuredImageUrl), alt: a.featuredImageAlt ?? '' } : null,
    pdf_url: absolute(a.pdfUrl),
    body_html: a.bodyHtml,
    episode: a.episode ? episodeOut(a.slug, a.episode) : null,
    event: a.event
      ? {
          starts_at: a.event.startsAt,
          ends_at: a.event.endsAt,
          venue: a.event.venue,
          online_url: a.event.onlineUrl,
          registration: a.event.availability,
          calendar_url: `${site.url}/publications/${a.slug}/event.ics`,
          recording_url: absolute(a.event.recordingUrl),
        }
      : null,
  };
}

/** A podcast episode's parts: show, audio as the feed states it, place in the show, guests, transcript address. */
function episodeOut(slug: string, e: EpisodeDetail) {
  return {
    show: { ...named(e.show), url: `${site.url}/podcasts/${e.show.slug}`, feed_url: `${site.url}${podcastFeedPath(e.show.slug)}` },
    audio: e.audio ? { url: absolute(e.audio.url)!, content_type: e.audio.contentType, size_bytes: e.audio.size, duration_seconds: e.audio.durationSeconds } : null,
    season: e.season,
    episode_number: e.episodeNumber,
    explicit: e.explicit,
    guests: e.guests.map((g) => ({ ...named(g), title: g.title })),
    transcript_url: e.transcript ? `${site.url}/publications/${slug}/transcript.txt` : null,
  };
}

/** Podcast shows with their feeds: a handful (the podcasts index's cached read). */
export async function listShowsApi() {
  const shows = await listShows();
  return {
    data: shows.map((s) => ({
      ...named(s),
      description: s.description,
      url: `${site.url}/podcasts/${s.slug}`,
      feed_url: `${site.url}${podcastFeedPath(s.slug)}`,
      artwork: s.imageUrl ? { url: absolute(s.imageUrl)!, alt: s.imageAlt ?? '' } : null,
      episode_count: s.episodeCount,
    })),
    next_cursor: null,
  };
}

const expertSelect = {
  id: true,
  slug: true,
  name: true,
  sortName: true,
  title: true,
  bio: true,
  photoUrl: true,
  photoAlt: true,
  program: { select: { slug: true, name: true } },
} satisfies Prisma.AuthorSelect;

function expertOut(r: Prisma.AuthorGetPayload<{ select: typeof expertSelect }>) {
  return {
    slug: r.slug,
    name: r.name,
    title: r.title,
    url: `${site.url}/experts/${r.slug}`,
    photo: r.photoUrl ? { url: absolute(r.photoUrl), alt: r.photoAlt ?? '' } : null,
    program: r.program ? named(r.program) : null,
    bio_markdown: r.bio,
  };
}
export type ExpertOut = ReturnType<typeof expertOut>;

/** Experts by family name, optionally those of one program. */
export async function listExpertsApi(params: URLSearchParams): Promise<Page<ExpertOut>> {
  const { limit, cursor, program } = parseQuery(listQuery.extend({ program: slugParam.optional() }), params);
  const after = decodeCursor(cursor);
  const where: Prisma.AuthorWhereInput = {
    AND: [program ? { program: { slug: program } } : {}, after ? { OR: [{ sortName: { gt: after[0] } }, { sortName: after[0], id: { gt: after[1] } }] } : {}],
  };
  const rows = await db.author.findMany({ where, orderBy: [{ sortName: 'asc' }, { id: 'asc' }], take: limit + 1, select: expertSelect });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { data: page.map(expertOut), next_cursor: rows.length > limit && last ? encodeCursor([last.sortName, last.id]) : null };
}

export async function getExpertApi(slug: string): Promise<ExpertOut | null> {
  if (!slugParam.safeParse(slug).success) return null;
  const r = await db.author.findUnique({ where: { slug }, select: expertSelect });
  return r ? expertOut(r) : null;
}

/** Topics and regions: a few hundred at most, so one unpaged list (the site's cached taxonomy). */
export async function listTopicsApi() {
  const { topics } = await getTaxonomy();
  return { data: topics.map((t) => ({ ...named(t), kind: t.kind.toLowerCase(), description: t.description, url: `${site.url}/topics/${t.slug}` })), next_cursor: null };
}

/** Research programs with their director: a dozen at most (the research-areas index's cached read). */
export async function listProgramsApi() {
  const programs = await listPrograms();
  return {
    data: programs.map((p) => ({ ...named(p), description: p.description, url: `${site.url}/programs/${p.slug}`, director: p.director ? named(p.director) : null })),
    next_cursor: null,
  };
}
