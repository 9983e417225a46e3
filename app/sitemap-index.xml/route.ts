import { sitemapIndexXml, sitemapTags } from '@/lib/sitemap';

// The sitemap index; next.config.js serves it at /sitemap.xml, the address crawlers try first.
export async function GET() {
  return new Response(await sitemapIndexXml(), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600', xkey: sitemapTags.join(' ') },
  });
}
