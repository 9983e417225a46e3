import 'server-only';
import { cache } from 'react';
import { db } from '../db';
import { cached } from '../cached';
import { tags } from '../cache-tags';
import { Prisma } from '../sql-dialect';
import { NEWEST_FIRST, TRUE, count, listAnchors, listingQueries, newestCards, publicSql, renamedSlugTarget, selectCards, selectDetail } from './sql';
import { rankRelated } from '../related';
import { episodeFrom } from '../podcasts';
import { eventFrom } from '../events';
import { renderMarkdown } from '../markdown';
import { pageInfo, type PageInfo } from '../pagination';

export type { ArticleCard, ArticleDetail, NamedLink } from './types';
import type { ArticleCard, ArticleDetail, NamedLink } from './types';
import { parseSnapshot, type ArticleInput } from '../validation/article';

export const RELATED_COUNT = 4;

/** Cards for the given ids, public ones only, in the order of `ids` (also used by search). */
export async function cardsByIds(ids: string[], now: Date): Promise<ArticleCard[]> {
  if (ids.length === 0) return [];
  const cards = await selectCards(Prisma.sql`a.id IN (${Prisma.join(ids)}) AND ${publicSql(now)}`);
  const byId = new Map(cards.map((c) => [c.id, c]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

function latestCards(now: Date, take: number, excludeIds: string[] = []): Promise<ArticleCard[]> {
  const exclude = excludeIds.length ? Prisma.sql` AND a.id NOT IN (${Prisma.join(excludeIds)})` : Prisma.empty;
  return newestCards(Prisma.sql`SELECT a.id FROM articles a WHERE ${publicSql(now)}${exclude} ${NEWEST_FIRST} LIMIT ${take}`);
}

// ---------------------------------------------------------------------------
// Article page

/** The public article with this slug, or null (also for drafts and pieces not yet live). */
export const getPublicArticle = cache(async (slug: string): Promise<ArticleDetail | null> =>
  cached(['article', slug], [tags.articles, tags.article(slug)], async () => {
    const found = await selectDetail(Prisma.sql`a.slug = ${slug} AND ${publicSql(new Date())}`);
    return found?.article ?? null;
  }),
);

/**
 * The piece with this slug whatever its status, never cached: for staff
 * preview only. A live piece with staged changes previews those changes.
 */
export async function getArticleForPreview(slug: string): Promise<{ article: ArticleDetail; status: string; publishedAt: string | null; staged: boolean } | null> {
  const found = await selectDetail(Prisma.sql`a.slug = ${slug}`);
  if (!found) return null;
  const staged = await db.stagedEdit.findUnique({ where: { articleId: found.article.id }, select: { snapshot: true } });
  if (!staged) return { ...found, staged: false };
  return { ...found, staged: true, article: await withStagedChanges(found.article, parseSnapshot(staged.snapshot)) };
}

/** The live piece as its staged changes would make it (the address stays the live one until they are published). */
async function withStagedChanges(live: ArticleDetail, input: ArticleInput): Promise<ArticleDetail> {
  const [type, authors, topics, programs] = await Promise.all([
    db.contentType.findUnique({ where: { id: input.typeId }, select: { slug: true, name: true } }),
    db.author.findMany({ where: { id: { in: input.authorIds } }, select: { id: true, slug: true, name: true, title: true } }),
    db.topic.findMany({ where: { id: { in: input.topicIds } }, select: { slug: true, name: true, kind: true }, orderBy: [{ kind: 'asc' }, { name: 'asc' }] }),
    db.program.findMany({ where: { id: { in: input.programIds } }, select: { id: true, slug: true, name: true } }),
  ]);
  const inOrder = <T extends { id: string }>(rows: T[], ids: string[]) => ids.flatMap((id) => rows.find((r) => r.id === id) ?? []);
  const byline = inOrder(authors, input.authorIds);
  return {
    ...live,
    title: input.title,
    dek: input.dek,
    body: input.body,
    bodyHtml: renderMarkdown(input.body),
    pullQuote: input.pullQuote,
    outletName: input.outletName,
    outletUrl: input.outletUrl,
    featuredImageUrl: input.featuredImageUrl,
    featuredImageAlt: input.featuredImageAlt,
    pdfUrl: input.pdfUrl,
    seoTitle: input.seoTitle,
    seoDescription: input.seoDescription,
    socialImageUrl: input.socialImageUrl,
    type: type ?? live.type,
    authors: byline.map(({ slug, name }) => ({ slug, name })),
    authorDetails: byline.map(({ slug, name, title }) => ({ slug, name, title })),
    programs: inOrder(programs, input.programIds).map(({ slug, name }) => ({ slug, name })),
    topics: topics.map((t) => ({ slug: t.slug, name: t.name, kind: t.kind })),
    pinnedIds: input.pinnedIds,
    episode: await episodeFrom(input),
    event: await eventFrom(input, live.id),
  };
}

/** Who wrote the piece at this address and where it stands: what the preview permission is decided on. */
export async function getPreviewSubject(slug: string): Promise<{ createdById: string | null; status: string } | null> {
  return db.article.findUnique({ where: { slug }, select: { createdById: true, status: true } });
}

/** Where an old slug now lives, if the piece was renamed and is public. */
export async function findRenamedSlug(slug: string): Promise<string | null> {
  return cached(['slug-redirect', slug], [tags.articles, tags.article(slug)], async () => {
    return renamedSlugTarget(slug, new Date());
  });
}

/**
 * The "More from" list: editor-pinned pieces first, then the best automatic
 * matches, then the newest pieces if the piece shares little with the archive.
 */
export async function getRelatedArticles(article: ArticleDetail, count = RELATED_COUNT): Promise<ArticleCard[]> {
  // Pins and matches depend only on this piece's experts, topics and pins, so
  // the page is filed under those tags alone and a publish elsewhere leaves it
  // cached (also at the front).
  const matchTags = [
    tags.articles,
    ...article.authors.map((a) => tags.author(a.slug)),
    ...article.topics.map((t) => tags.topic(t.slug)),
    ...article.pinnedIds.map((id) => tags.pinned(id)),
  ];
  const chosen = await cached(['related', article.id], matchTags, async () => {
    const now = new Date();
    const pinnedIds = article.pinnedIds.slice(0, count);
    const ranked = await rankRelated(db, article.id, now, count, [article.id, ...pinnedIds]);
    // Pins and matches load in one go; a pin that is not public drops out here.
    const cards = await cardsByIds([...pinnedIds, ...ranked.map((r) => r.id)], now);
    return cards.slice(0, count);
  });
  if (chosen.length >= count) return chosen;
  // Only a piece that shares too little with the archive is topped up with the
  // newest pieces, and only its page then follows every publish (`lists`).
  const exclude = [article.id, ...article.pinnedIds, ...chosen.map((c) => c.id)];
  const fill = await cached(['related-fill', ...exclude], [tags.articles, tags.lists], () => latestCards(new Date(), count - chosen.length, exclude));
  return [...chosen, ...fill];
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
    const [featured = null, ...picks] = await newestCards(
      Prisma.sql`SELECT a.id FROM articles a WHERE a.featured = ${TRUE} AND ${publicSql(now)} ${NEWEST_FIRST} LIMIT 4`,
    );
    const latest = await latestCards(now, 9, [featured, ...picks].flatMap((c) => (c ? [c.id] : [])));
    // The three sections' types, read here rather than from the shared
    // taxonomy so the home page's queries stay few when it renders alone.
    const types = await db.contentType.findMany({ orderBy: { sortOrder: 'asc' }, take: 3, select: { slug: true, name: true, pluralName: true } });
    // One query for all type sections: the newest three of each type, each
    // read newest-first through the (type_id, published_at) index.
    const newestOfType = types.map(
      (t, i) => Prisma.sql`SELECT id FROM (SELECT a.id FROM articles a
        WHERE a.type_id = (SELECT id FROM content_types WHERE slug = ${t.slug}) AND ${publicSql(now)} ${NEWEST_FIRST} LIMIT 3) ${Prisma.raw(`t${i}`)}`,
    );
    const perType = types.length ? await newestCards(Prisma.join(newestOfType, ' UNION ALL ')) : [];
    const byType = types.map((type) => ({ type, items: perType.filter((c) => c.type.slug === type.slug) }));
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

/** Rows between two anchors of a list: a page never skips more than this many. */
const SEEK_EVERY = 1000;

export async function listPublicArticles(request: ListingFilters, pageSize = 20): Promise<Listing> {
  const { page, type, topic, area, author, year } = request;
  const tagList = [
    tags.articles,
    tags.lists,
    ...(type ? [tags.type(type)] : []),
    ...(topic ? [tags.topic(topic)] : []),
    ...(area ? [tags.program(area)] : []),
    ...(author ? [tags.author(author)] : []),
  ];
  const filters = { type, topic, area, author, year };
  // The total is shared by every page of the list, so it is counted once per
  // change, not once per page (counting a whole archive is the costly part).
  const total = await cached(['listing-count', JSON.stringify(filters)], tagList, () =>
    count(listingQueries(filters, new Date(), 0, 0).count),
  );
  const info = pageInfo(page, total, pageSize);
  if (info.from === 0) return { items: [], info };
  // A deep page starts after the nearest anchor instead of skipping every
  // row before it (OFFSET reads them all: 18 ms at page 4,800 of 100,000).
  // The anchors, like the total, are found once per change of the list, and
  // read outside the page's own entry: Next bypasses a cache nested in another.
  const k = Math.floor(info.skip / SEEK_EVERY);
  const anchor =
    k > 0
      ? ((await cached(['listing-anchors', String(SEEK_EVERY), JSON.stringify(filters)], tagList, () =>
          listAnchors(listingQueries(filters, new Date(), 0, 0).anchors(SEEK_EVERY)),
        ))[k - 1] ?? null)
      : null;
  const after = anchor ? { at: new Date(anchor.at), id: anchor.id } : null;
  const items = await cached(['listing', JSON.stringify({ ...filters, page, pageSize })], tagList, () =>
    newestCards(listingQueries(filters, new Date(), pageSize, after ? info.skip - k * SEEK_EVERY : info.skip, after).ids),
  );
  return { items, info };
}

/** Years that have public pieces, newest first, for the year filter. */
export async function listPublicationYears(): Promise<number[]> {
  return cached(['years'], [tags.lists], async () => {
    const [range] = await db.$queryRaw<{ lo: Date | string | null; hi: Date | string | null }[]>`
      SELECT MIN(a.published_at) AS lo, MAX(a.published_at) AS hi FROM articles a WHERE ${publicSql(new Date())}`;
    const first = range?.lo ? new Date(range.lo).getUTCFullYear() : undefined;
    const last = range?.hi ? new Date(range.hi).getUTCFullYear() : undefined;
    if (!first || !last) return [];
    return Array.from({ length: last - first + 1 }, (_, i) => last - i);
  });
}
