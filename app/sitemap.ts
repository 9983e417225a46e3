import type { MetadataRoute } from 'next';
import { site } from '@/lib/site';
import { countPublicArticles, sitemapArticles, SITEMAP_LIMIT } from '@/lib/sitemap';
import { listExperts } from '@/lib/authors';
import { getTaxonomy } from '@/lib/taxonomy';

// Sitemap 0 holds the site's own pages, experts and topics; 1, 2, … hold the
// pieces, 50,000 each. One spare file is always listed so a growing archive
// never outruns the list made at build time.
export async function generateSitemaps() {
  const chunks = Math.ceil((await countPublicArticles()) / SITEMAP_LIMIT) + 1;
  return Array.from({ length: chunks + 1 }, (_, id) => ({ id }));
}

export const revalidate = 3600;

export default async function sitemap(props: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const id = Number(await props.id);
  if (id === 0) {
    const [experts, taxonomy] = await Promise.all([listExperts(), getTaxonomy()]);
    return [
      { url: `${site.url}/`, changeFrequency: 'daily', priority: 1 },
      { url: `${site.url}/publications`, changeFrequency: 'daily', priority: 0.8 },
      { url: `${site.url}/experts`, changeFrequency: 'weekly' },
      { url: `${site.url}/topics`, changeFrequency: 'weekly' },
      ...experts.map((e) => ({ url: `${site.url}/experts/${e.slug}`, changeFrequency: 'weekly' as const })),
      ...taxonomy.topics.map((t) => ({ url: `${site.url}/topics/${t.slug}`, changeFrequency: 'weekly' as const })),
    ];
  }
  const rows = await sitemapArticles(id - 1);
  return rows.map((r) => ({ url: `${site.url}/publications/${r.slug}`, lastModified: r.updatedAt }));
}
