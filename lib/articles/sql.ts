import 'server-only';
import { episodeOfArticle } from '../podcasts';
import { eventOfArticle } from '../events';
import { db } from '../db';
import { isPostgres, jsonArray, jsonObject, Prisma } from '../sql-dialect';
import type { ArticleCard, ArticleDetail, NamedLink } from './types';
import { PUBLIC_STATUSES } from '../visibility';
import { RENDERED_BODY_SQL } from '../shared/rendered-body';
import { renderMarkdown } from '../markdown';

// Public pages read articles with hand-written SQL, one statement per list:
// Prisma's nested selects cost one query per relation level (seven for a list
// of cards), and a page's query count must stay small and flat however large
// the archive grows. Authors, programs and topics come back as JSON arrays
// built in the database; only the JSON functions differ between engines.

const authorsJson = (fields: Record<string, string>) =>
  `(SELECT ${jsonArray(jsonObject(fields), 'x.position')} FROM article_authors x JOIN authors p ON p.id = x.author_id WHERE x.article_id = a.id)`;

// Everything is a subquery on the row's own keys, so each statement drives
// from the articles it was asked for (a join would let the planner start
// from content_types and scan every article).
const CARD_COLUMNS = `a.id, a.slug, a.title, a.dek, a.published_at,
  (SELECT ct.slug FROM content_types ct WHERE ct.id = a.type_id) AS type_slug,
  (SELECT ct.name FROM content_types ct WHERE ct.id = a.type_id) AS type_name,
  ${authorsJson({ slug: 'p.slug', name: 'p.name' })} AS authors,
  (SELECT ${jsonArray(jsonObject({ slug: 'p.slug', name: 'p.name' }), 'x.position')} FROM article_programs x JOIN programs p ON p.id = x.program_id WHERE x.article_id = a.id) AS programs`;

const DETAIL_COLUMNS = `${CARD_COLUMNS}, a.body, a.pull_quote, a.outlet_name, a.outlet_url, a.featured_image_url,
  a.featured_image_alt, a.pdf_url, a.seo_title, a.seo_description, a.social_image_url, a.updated_at, a.status, a.show_id, a.event_starts_at,
  ${authorsJson({ slug: 'p.slug', name: 'p.name', title: 'p.title' })} AS author_details,
  (SELECT ${jsonArray(jsonObject({ slug: 't.slug', name: 't.name', kind: 't.kind' }), 't.kind, t.name')} FROM article_topics x JOIN topics t ON t.id = x.topic_id WHERE x.article_id = a.id) AS topics,
  (SELECT ${jsonArray('x.related_id', 'x.position')} FROM related_pins x WHERE x.article_id = a.id) AS pinned_ids,
  ${RENDERED_BODY_SQL} AS body_html`;

const FROM = Prisma.raw(`FROM articles a`);

// Literals, not bound values: the planner sees which statuses to read from the
// (status, published_at) indexes, as it did with the hand-written list.
const PUBLIC_STATUS_LIST = Prisma.raw(PUBLIC_STATUSES.map((s) => `'${s}'`).join(', '));

/** True for pieces the public may see at `now` (the SQL twin of lib/visibility.ts). */
export function publicSql(now: Date): Prisma.Sql {
  return Prisma.sql`a.status IN (${PUBLIC_STATUS_LIST}) AND a.published_at <= ${now}`;
}

export const TRUE = Prisma.raw(isPostgres ? 'TRUE' : '1');

export type ArticleFilters = { type?: string; topic?: string; area?: string; author?: string; year?: number };

/**
 * Narrowing by taxonomy goes through the join tables' (x_id, article_id)
 * indexes, so an expert's or a topic's listing touches only their own pieces.
 */
export function filterSql(f: ArticleFilters, now: Date): Prisma.Sql {
  const parts = [publicSql(now)];
  if (f.type) parts.push(Prisma.sql`a.type_id = (SELECT id FROM content_types WHERE slug = ${f.type})`);
  if (f.topic) parts.push(Prisma.sql`a.id IN (SELECT x.article_id FROM article_topics x JOIN topics t ON t.id = x.topic_id WHERE t.slug = ${f.topic})`);
  if (f.area) parts.push(Prisma.sql`a.id IN (SELECT x.article_id FROM article_programs x JOIN programs p ON p.id = x.program_id WHERE p.slug = ${f.area})`);
  if (f.author) parts.push(Prisma.sql`a.id IN (SELECT x.article_id FROM article_authors x JOIN authors p ON p.id = x.author_id WHERE p.slug = ${f.author})`);
  if (f.year) parts.push(Prisma.sql`a.published_at >= ${new Date(Date.UTC(f.year, 0, 1))} AND a.published_at < ${new Date(Date.UTC(f.year + 1, 0, 1))}`);
  return Prisma.join(parts, ' AND ');
}

const LINKS = {
  author: { table: 'article_authors', key: 'author_id', lookup: 'authors' },
  topic: { table: 'article_topics', key: 'topic_id', lookup: 'topics' },
  area: { table: 'article_programs', key: 'program_id', lookup: 'programs' },
} as const;

/** A row of a newest-first list that a page can start after (keyset pagination). */
export type ListAnchor = { at: Date; id: string };

/**
 * The ids of one page of a newest-first public list, the query counting the
 * whole list, and the query for its anchors: every `every`-th row's sort key.
 * Filtered by expert, topic or program, they read that link table's
 * (x_id, visible_at) index alone; unfiltered or by type, the articles'
 * (published_at, status) and (type_id, published_at) indexes. A deep page
 * starts after the nearest anchor (`after`) and skips fewer than `every`
 * rows, so page 4,800 costs about what page 50 does.
 */
export function listingQueries(
  f: ArticleFilters,
  now: Date,
  limit: number,
  offset: number,
  after: ListAnchor | null = null,
): { ids: Prisma.Sql; count: Prisma.Sql; anchors: (every: number) => Prisma.Sql } {
  const driver = (['author', 'topic', 'area'] as const).find((k) => f[k]);
  // "At or before the anchor's time" first, so the index range starts there (an OR alone scans from the top).
  const seek = (at: string, id: string) =>
    after ? Prisma.sql` AND ${Prisma.raw(at)} <= ${after.at} AND (${Prisma.raw(at)} < ${after.at} OR ${Prisma.raw(id)} > ${after.id})` : Prisma.empty;
  const anchorsOf = (at: string, id: string, from: Prisma.Sql, where: Prisma.Sql) => (every: number) =>
    Prisma.sql`SELECT at, id FROM (SELECT ${Prisma.raw(at)} AS at, ${Prisma.raw(id)} AS id, ROW_NUMBER() OVER (ORDER BY ${Prisma.raw(at)} DESC, ${Prisma.raw(id)} ASC) AS rn
      FROM ${from} WHERE ${where}) t WHERE rn % ${Prisma.raw(String(every))} = 0 ORDER BY rn`;
  if (!driver) {
    const where = filterSql({ type: f.type, year: f.year }, now);
    const from = Prisma.raw('articles a');
    return {
      ids: Prisma.sql`SELECT a.id FROM articles a WHERE ${where}${seek('a.published_at', 'a.id')} ${NEWEST_FIRST} LIMIT ${limit} OFFSET ${offset}`,
      count: Prisma.sql`SELECT COUNT(*) AS n FROM articles a WHERE ${where}`,
      anchors: anchorsOf('a.published_at', 'a.id', from, where),
    };
  }
  const link = LINKS[driver];
  const parts = [
    Prisma.sql`x.${Prisma.raw(link.key)} = (SELECT id FROM ${Prisma.raw(link.lookup)} WHERE slug = ${f[driver]!})`,
    Prisma.sql`x.visible_at <= ${now}`,
  ];
  if (f.year) parts.push(Prisma.sql`x.visible_at >= ${new Date(Date.UTC(f.year, 0, 1))} AND x.visible_at < ${new Date(Date.UTC(f.year + 1, 0, 1))}`);
  const rest = { type: f.type, ...Object.fromEntries((['author', 'topic', 'area'] as const).filter((k) => k !== driver && f[k]).map((k) => [k, f[k]])) };
  if (Object.values(rest).some(Boolean)) {
    parts.push(Prisma.sql`x.article_id IN (SELECT a.id FROM articles a WHERE ${filterSql(rest, now)})`);
  }
  const where = Prisma.join(parts, ' AND ');
  const from = Prisma.raw(`${link.table} x`);
  return {
    ids: Prisma.sql`SELECT x.article_id FROM ${from} WHERE ${where}${seek('x.visible_at', 'x.article_id')} ORDER BY x.visible_at DESC, x.article_id ASC LIMIT ${limit} OFFSET ${offset}`,
    count: Prisma.sql`SELECT COUNT(*) AS n FROM ${from} WHERE ${where}`,
    anchors: anchorsOf('x.visible_at', 'x.article_id', from, where),
  };
}

/** Every `every`-th row's sort key of a list (see listingQueries), as JSON-safe values. */
export async function listAnchors(query: Prisma.Sql): Promise<{ at: string; id: string }[]> {
  const rows = await db.$queryRaw<{ at: Date | string | number; id: string }[]>(query);
  return rows.map((r) => ({ at: new Date(r.at).toISOString(), id: r.id }));
}

type Json<T> = T | string;
const parse = <T>(v: Json<T> | null): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v ?? ([] as T)));
const iso = (v: Date | string | null): string => (v === null ? new Date(0).toISOString() : new Date(v).toISOString());

type CardRow = {
  id: string;
  slug: string;
  title: string;
  dek: string;
  published_at: Date | string | null;
  type_slug: string;
  type_name: string;
  authors: Json<NamedLink[]>;
  programs: Json<NamedLink[]>;
};

type DetailRow = CardRow & {
  body: string;
  pull_quote: string | null;
  outlet_name: string | null;
  outlet_url: string | null;
  featured_image_url: string | null;
  featured_image_alt: string | null;
  pdf_url: string | null;
  seo_title: string | null;
  seo_description: string | null;
  social_image_url: string | null;
  updated_at: Date | string;
  status: string;
  author_details: Json<(NamedLink & { title: string })[]>;
  topics: Json<(NamedLink & { kind: 'TOPIC' | 'REGION' })[]>;
  pinned_ids: Json<string[]>;
  body_html: string | null;
  show_id: string | null;
  event_starts_at: Date | string | null;
};

function toCard(r: CardRow): ArticleCard {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    dek: r.dek,
    publishedAt: iso(r.published_at),
    type: { slug: r.type_slug, name: r.type_name },
    authors: parse(r.authors),
    programs: parse(r.programs),
  };
}

export const NEWEST_FIRST = Prisma.raw('ORDER BY a.published_at DESC, a.id ASC');

/** Cards for the pieces matching `where` (a short list: ids, never a scan). */
export async function selectCards(where: Prisma.Sql): Promise<ArticleCard[]> {
  const rows = await db.$queryRaw<CardRow[]>`SELECT ${Prisma.raw(CARD_COLUMNS)} ${FROM} WHERE ${where}`;
  return rows.map(toCard);
}

/**
 * Cards for the ids `idQuery` selects (ordered and limited there), newest
 * first. The page is chosen on indexes alone; card columns are built only
 * for the rows shown.
 */
export async function newestCards(idQuery: Prisma.Sql): Promise<ArticleCard[]> {
  const rows = await db.$queryRaw<CardRow[]>`SELECT ${Prisma.raw(CARD_COLUMNS)} ${FROM} WHERE a.id IN (${idQuery}) ${NEWEST_FIRST}`;
  return rows.map(toCard);
}

export async function count(query: Prisma.Sql): Promise<number> {
  const [{ n }] = await db.$queryRaw<{ n: number | bigint }[]>(query);
  return Number(n);
}

export type DetailWithStatus = { article: ArticleDetail; status: string; publishedAt: string | null };

/** One article with everything its page shows, or null. */
export async function selectDetail(where: Prisma.Sql): Promise<DetailWithStatus | null> {
  const [r] = await db.$queryRaw<DetailRow[]>`SELECT ${Prisma.raw(DETAIL_COLUMNS)} ${FROM} WHERE ${where} LIMIT 1`;
  if (!r) return null;
  const topics = parse(r.topics);
  return {
    status: r.status,
    publishedAt: r.published_at === null ? null : iso(r.published_at),
    article: {
      ...toCard(r),
      publishedAt: r.published_at === null ? new Date().toISOString() : iso(r.published_at),
      body: r.body,
      bodyHtml: r.body_html ?? renderMarkdown(r.body),
      pullQuote: r.pull_quote,
      outletName: r.outlet_name,
      outletUrl: r.outlet_url,
      featuredImageUrl: r.featured_image_url,
      featuredImageAlt: r.featured_image_alt,
      pdfUrl: r.pdf_url,
      seoTitle: r.seo_title,
      seoDescription: r.seo_description,
      socialImageUrl: r.social_image_url,
      updatedAt: iso(r.updated_at),
      // Topics before regions, each alphabetical (the SQL orders by kind, then name).
      topics: [...topics.filter((t) => t.kind === 'TOPIC'), ...topics.filter((t) => t.kind !== 'TOPIC')],
      authorDetails: parse(r.author_details),
      pinnedIds: parse(r.pinned_ids),
      // Only episodes read further: their show, audio and guests.
      episode: r.show_id ? await episodeOfArticle(r.id) : null,
      event: r.event_starts_at ? await eventOfArticle(r.id) : null,
    },
  };
}

/**
 * The public piece now living at an old slug, if that piece was renamed; none
 * for a piece no longer public, so a redirect never reveals a draft's address.
 */
export async function renamedSlugTarget(oldSlug: string, now: Date): Promise<string | null> {
  const [row] = await db.$queryRaw<{ slug: string }[]>`
    SELECT a.slug FROM slug_redirects r JOIN articles a ON a.id = r.article_id WHERE r.slug = ${oldSlug} AND ${publicSql(now)}`;
  return row?.slug ?? null;
}
