import { site } from '@/lib/site';

// Crawlers read the sitemap index from here; the files it names are counted
// when asked (lib/sitemap.ts), so nothing here depends on the build.
export function GET() {
  const body = `User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /api/\nDisallow: /search\n\nSitemap: ${site.url}/sitemap.xml\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } });
}
