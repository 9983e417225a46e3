import 'server-only';
import { db } from './db';
import { cached } from './cached';
import { tags } from './cache-tags';
import { publicWhere } from './visibility';
import { site } from './site';
import { escapeHtml, xmlSafe } from './text';
import { listExperts } from './experts';
import { getTaxonomy } from './taxonomy';
import { listShows } from './podcasts';

// Sitemap file 0 holds the site's own pages, programs, podcasts, experts and topics; files 1, 2, …
// hold the pieces, oldest first so a file's contents stay put as the archive
// grows. Everything is counted when asked, never at build time, so the index
// always names exactly the files that exist.
//
// Search engines accept 50,000 addresses per file; 10,000 keeps each file's
// cached data under Next's 2 MB limit for one cache entry.
export const SITEMAP_LIMIT = 10_000;

/** Headers of every sitemap response; the front files them under these tags and purges them with the pages. */
export const SITEMAP_HEADERS = {
  'Content-Type': 'application/xml; charset=utf-8',
  'Cache-Control': 'public, max-age=3600',
  xkey: [tags.lists, tags.articles, tags.taxonomy, tags.podcasts].join(' '),
};

async function countPublicArticles(): Promise<number> {
  return cached(['sitemap-count'], [tags.lists], () => db.article.count({ where: publicWhere(new Date()) }));
}

/** How many sitemap files there are right now (at least two: pages, then pieces). */
export async function sitemapFileCount(): Promise<number> {
  return 1 + Math.max(1, Math.ceil((await countPublicArticles()) / SITEMAP_LIMIT));
}

async function sitemapArticles(chunk: number): Promise<{ slug: string; updatedAt: string }[]> {
  return cached(['sitemap-articles', String(SITEMAP_LIMIT), String(chunk)], [tags.lists, tags.articles], async () => {
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

const escapeXml = (s: string) => escapeHtml(xmlSafe(s));

type Entry = { loc: string; lastmod?: string; changefreq?: 'daily' | 'weekly'; priority?: number };

function urlset(entries: Entry[]): string {
  const items = entries.map((e) => {
    const parts = [`<loc>${escapeXml(e.loc)}</loc>`];
    if (e.lastmod) parts.push(`<lastmod>${e.lastmod}</lastmod>`);
    if (e.changefreq) parts.push(`<changefreq>${e.changefreq}</changefreq>`);
    if (e.priority !== undefined) parts.push(`<priority>${e.priority}</priority>`);
    return `<url>${parts.join('')}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</urlset>\n`;
}

/** Sitemap file `n` as XML, or null when there is no such file. */
export async function sitemapXml(n: number): Promise<string | null> {
  if (!Number.isSafeInteger(n) || n < 0 || n >= (await sitemapFileCount())) return null;
  if (n === 0) {
    const [experts, taxonomy, shows] = await Promise.all([listExperts(), getTaxonomy(), listShows()]);
    return urlset([
      { loc: `${site.url}/`, changefreq: 'daily', priority: 1 },
      { loc: `${site.url}/publications`, changefreq: 'daily', priority: 0.8 },
      { loc: `${site.url}/experts`, changefreq: 'weekly' },
      { loc: `${site.url}/topics`, changefreq: 'weekly' },
      { loc: `${site.url}/programs`, changefreq: 'weekly' },
      ...taxonomy.programs.map((p) => ({ loc: `${site.url}/programs/${p.slug}`, changefreq: 'daily' as const })),
      { loc: `${site.url}/podcasts`, changefreq: 'weekly' },
      { loc: `${site.url}/events`, changefreq: 'daily' },
      { loc: `${site.url}/newsletter`, changefreq: 'weekly' },
      ...shows.map((s) => ({ loc: `${site.url}/podcasts/${s.slug}`, changefreq: 'weekly' as const })),
      ...experts.map((e) => ({ loc: `${site.url}/experts/${e.slug}`, changefreq: 'weekly' as const })),
      ...taxonomy.topics.map((t) => ({ loc: `${site.url}/topics/${t.slug}`, changefreq: 'weekly' as const })),
    ]);
  }
  const rows = await sitemapArticles(n - 1);
  return urlset(rows.map((r) => ({ loc: `${site.url}/publications/${r.slug}`, lastmod: r.updatedAt })));
}

/** The sitemap index (served at /sitemap.xml). */
export async function sitemapIndexXml(): Promise<string> {
  const count = await sitemapFileCount();
  const files = Array.from({ length: count }, (_, n) => `  <sitemap><loc>${escapeXml(`${site.url}/sitemap/${n}.xml`)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${files.join('\n')}\n</sitemapindex>\n`;
}
