import { site } from '@/lib/site';
import { generateSitemaps } from '../sitemap';

// The sitemap index; next.config.js serves it at /sitemap.xml, the address crawlers try first.
export async function GET() {
  const files = await generateSitemaps();
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${files.map(({ id }) => `  <sitemap><loc>${site.url}/sitemap/${id}.xml</loc></sitemap>`).join('\n')}
</sitemapindex>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } });
}
