import 'server-only';
import { cache } from 'react';
import { db } from './db';
import { cached } from './cached';
import { tags } from './cache-tags';
import { publicWhere } from './visibility';
import { rankRelated } from './related';
import { pageInfo, type PageInfo } from './pagination';

export type NamedLink = { slug: string; name: string };

export type ArticleCard = {
  id: string;
  slug: string;
  title: string;
  dek: string;
  publishedAt: string;
  type: NamedLink;
  authors: NamedLink[];
  programs: NamedLink[];
};

export type ArticleDetail = ArticleCard & {
  body: string;
  pullQuote: string | null;
  outletName: string | null;
  outletUrl: string | null;
  featuredImageUrl: string | null;
  featuredImageAlt: string | null;
  pdfUrl: string | null;
  updatedAt: string;
  topics: (NamedLink & { kind: 'TOPIC' | 'REGION' })[];
  authorDetails: (NamedLink & { title: string })[];
  pinnedIds: string[];
};

export const RELATED_COUNT = 4;

const cardSelect = {
  id: true,
  slug: true,
  title: true,
  dek: true,
  publishedAt: true,
  type: { select: { slug: true, name: true } },
  authors: { orderBy: { position: 'asc' }, select: { author: { select: { slug: true, name: true } } } },
  programs: { orderBy: { position: 'asc' }, select: { program: { select: { slug: true, name: true } } } },
} as const;

type CardRow = {
  id: string;
  slug: string;
  title: string;
  dek: string;
  publishedAt: Date | null;
  type: NamedLink;
  authors: { author: NamedLink }[];
  programs: { program: NamedLink }[];
};

function toCard(row: CardRow): ArticleCard {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    dek: row.dek,
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    type: row.type,
    authors: row.authors.map((a) => a.author),
    programs: row.programs.map((p) => p.program),
  };
}

/** Cards for the given ids, public ones only, in the order of `ids` (also used by search). */
export async function cardsByIds(ids: string[], now: Date): Promise<ArticleCard[]> {
  if (ids.length === 0) return [];
  const rows = await db.article.findMany({ where: { id: { in: ids }, ...publicWhere(now) }, select: cardSelect });
  const byId = new Map(rows.map((r) => [r.id, toCard(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

async function latestCards(now: Date, take: number, excludeIds: string[] = []): Promise<ArticleCard[]> {
  const rows = await db.article.findMany({
    where: { ...publicWhere(now), id: { notIn: excludeIds } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    take,
    select: cardSelect,
  });
  return rows.map(toCard);
}

// ---------------------------------------------------------------------------
// Article page

const detailSelect = {
  ...cardSelect,
  body: true,
  pullQuote: true,
  outletName: true,
  outletUrl: true,
  featuredImageUrl: true,
  featuredImageAlt: true,
  pdfUrl: true,
  updatedAt: true,
  authors: {
    orderBy: { position: 'asc' },
    select: { author: { select: { slug: true, name: true, title: true } } },
  },
  topics: { select: { topic: { select: { slug: true, name: true, kind: true } } } },
  pinned: { orderBy: { position: 'asc' }, select: { relatedId: true } },
} as const;

/** The one query behind the public page and the staff preview; they differ only in `where`. */
function findDetail(where: { slug: string } & Record<string, unknown>) {
  return db.article.findFirst({ where, select: { ...detailSelect, status: true } });
}

function toDetail(row: NonNullable<Awaited<ReturnType<typeof findDetail>>>): ArticleDetail {
  return {
    ...toCard(row),
    publishedAt: (row.publishedAt ?? new Date()).toISOString(),
    body: row.body,
    pullQuote: row.pullQuote,
    outletName: row.outletName,
    outletUrl: row.outletUrl,
    featuredImageUrl: row.featuredImageUrl,
    featuredImageAlt: row.featuredImageAlt,
    pdfUrl: row.pdfUrl,
    updatedAt: row.updatedAt.toISOString(),
    topics: row.topics
      .map((t) => t.topic)
      .sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'TOPIC' ? -1 : 1)),
    authorDetails: row.authors.map((a) => a.author),
    pinnedIds: row.pinned.map((p) => p.relatedId),
  };
}

/** The public article with this slug, or null (also for drafts and pieces not yet live). */
export const getPublicArticle = cache(async (slug: string): Promise<ArticleDetail | null> =>
  cached(['article', slug], [tags.articles, tags.article(slug)], async () => {
    const row = await findDetail({ slug, ...publicWhere(new Date()) });
    return row ? toDetail(row) : null;
  }),
);

/** The piece with this slug whatever its status, never cached: for staff preview only. */
export async function getArticleForPreview(slug: string): Promise<{ article: ArticleDetail; status: string; publishedAt: string | null } | null> {
  const row = await findDetail({ slug });
  if (!row) return null;
  return { article: toDetail(row), status: row.status, publishedAt: row.publishedAt?.toISOString() ?? null };
}

/** Where an old slug now lives, if the piece was renamed. */
export async function findRenamedSlug(slug: string): Promise<string | null> {
  return cached(['slug-redirect', slug], [tags.articles, tags.article(slug)], async () => {
    const redirect = await db.slugRedirect.findUnique({ where: { slug }, select: { article: { select: { slug: true } } } });
    return redirect?.article.slug ?? null;
  });
}

/**
 * The "More from" list: editor-pinned pieces first, then the best automatic
 * matches, then the newest pieces if the piece shares little with the archive.
 */
export async function getRelatedArticles(article: ArticleDetail, count = RELATED_COUNT): Promise<ArticleCard[]> {
  const tagList = [
    tags.articles,
    tags.lists,
    ...article.authors.map((a) => tags.author(a.slug)),
    ...article.topics.map((t) => tags.topic(t.slug)),
    ...article.pinnedIds.map((id) => tags.pinned(id)),
  ];
  return cached(['related', article.id], tagList, async () => {
    const now = new Date();
    const pinnedIds = article.pinnedIds.slice(0, count);
    const ranked = await rankRelated(db, article.id, now, count, [article.id, ...pinnedIds]);
    // Pins and matches load in one go; a pin that is not public drops out here.
    const cards = await cardsByIds([...pinnedIds, ...ranked.map((r) => r.id)], now);
    const chosen = cards.slice(0, count);
    if (chosen.length < count) {
      chosen.push(...(await latestCards(now, count - chosen.length, [article.id, ...pinnedIds, ...chosen.map((c) => c.id)])));
    }
    return chosen;
  });
}

// ---------------------------------------------------------------------------
// Home page

export type HomePage = {
  featured: ArticleCard | null;
  /** Further pieces editors marked as featured, older than the lead. */
  picks: ArticleCard[];
  latest: ArticleCard[];
  byType: { type: NamedLink & { pluralName: string }; items: ArticleCard[] }[];
};

export async function getHomePage(): Promise<HomePage> {
  return cached(['home'], [tags.articles, tags.lists, tags.taxonomy], async () => {
    const now = new Date();
    const featuredRows = await db.article.findMany({
      where: { featured: true, ...publicWhere(now) },
      orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
      take: 4,
      select: cardSelect,
    });
    const [featured = null, ...picks] = featuredRows.map(toCard);
    const latest = await latestCards(now, 9, featuredRows.map((r) => r.id));
    const types = await db.contentType.findMany({ orderBy: { sortOrder: 'asc' }, take: 3, select: { id: true, slug: true, name: true, pluralName: true } });
    // One query for all type sections: the newest pieces per type among a recent window.
    const perTypeRows = await db.article.findMany({
      where: { ...publicWhere(now), typeId: { in: types.map((t) => t.id) } },
      orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
      take: 60,
      select: { ...cardSelect, typeId: true },
    });
    const byType = types.map(({ id, ...type }) => ({
      type,
      items: perTypeRows.filter((r) => r.typeId === id).slice(0, 3).map(toCard),
    }));
    return { featured, picks, latest, byType: byType.filter((s) => s.items.length > 0) };
  });
}

// ---------------------------------------------------------------------------
// Listings

export type ListingFilters = {
  type?: string;
  topic?: string;
  area?: string;
  author?: string;
  year?: number;
  page: number;
};

export type Listing = { items: ArticleCard[]; info: PageInfo };

export async function listPublicArticles(filters: ListingFilters, pageSize = 20): Promise<Listing> {
  const { page, type, topic, area, author, year } = filters;
  const tagList = [
    tags.articles,
    tags.lists,
    ...(type ? [tags.type(type)] : []),
    ...(topic ? [tags.topic(topic)] : []),
    ...(area ? [tags.program(area)] : []),
    ...(author ? [tags.author(author)] : []),
  ];
  const key = ['listing', JSON.stringify({ type, topic, area, author, year, page, pageSize })];
  return cached(key, tagList, async () => {
    const now = new Date();
    const where = {
      ...publicWhere(now),
      ...(type ? { type: { slug: type } } : {}),
      ...(topic ? { topics: { some: { topic: { slug: topic } } } } : {}),
      ...(area ? { programs: { some: { program: { slug: area } } } } : {}),
      ...(author ? { authors: { some: { author: { slug: author } } } } : {}),
      ...(year
        ? {
            AND: [
              { publishedAt: { gte: new Date(Date.UTC(year, 0, 1)) } },
              { publishedAt: { lt: new Date(Date.UTC(year + 1, 0, 1)) } },
            ],
          }
        : {}),
    };
    const total = await db.article.count({ where });
    const info = pageInfo(page, total, pageSize);
    const rows =
      info.from === 0
        ? []
        : await db.article.findMany({
            where,
            orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
            skip: info.skip,
            take: pageSize,
            select: cardSelect,
          });
    return { items: rows.map(toCard), info };
  });
}

/** Years that have public pieces, newest first, for the year filter. */
export async function listPublicationYears(): Promise<number[]> {
  return cached(['years'], [tags.lists], async () => {
    const now = new Date();
    const range = await db.article.aggregate({ where: publicWhere(now), _min: { publishedAt: true }, _max: { publishedAt: true } });
    const first = range._min.publishedAt?.getUTCFullYear();
    const last = range._max.publishedAt?.getUTCFullYear();
    if (!first || !last) return [];
    return Array.from({ length: last - first + 1 }, (_, i) => last - i);
  });
}
