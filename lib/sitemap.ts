import 'server-only';
import { db } from './db';
import { cached } from './cached';
import { tags } from './cache-tags';
import { publicWhere } from './visibility';

/** Search engines read at most 50,000 addresses per sitemap file. */
export const SITEMAP_LIMIT = 50_000;

export async function countPublicArticles(): Promise<number> {
  return cached(['sitemap-count'], [tags.lists], () => db.article.count({ where: publicWhere(new Date()) }));
}

/** One chunk of public pieces, oldest first so chunks stay stable as the archive grows. */
export async function sitemapArticles(chunk: number): Promise<{ slug: string; updatedAt: string }[]> {
  return cached(['sitemap-articles', String(chunk)], [tags.lists, tags.articles], async () => {
    const rows = await db.article.findMany({
      where: publicWhere(new Date()),
      orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
      skip: chunk * SITEMAP_LIMIT,
      take: SITEMAP_LIMIT,
      select: { slug: true, updatedAt: true },
    });
    return rows.map((r) => ({ slug: r.slug, updatedAt: r.updatedAt.toISOString() }));
  });
}
