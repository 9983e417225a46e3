import { SITEMAP_HEADERS, sitemapIndexXml } from '@/lib/sitemap';

// The sitemap index; next.config.js serves it at /sitemap.xml, the address crawlers try first.
export async function GET() {
  return new Response(await sitemapIndexXml(), { headers: SITEMAP_HEADERS });
}
