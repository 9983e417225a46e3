import { SITEMAP_HEADERS, sitemapXml } from '@/lib/sitemap';

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^(\d{1,6})\.xml$/.exec((await params).file);
  const body = match ? await sitemapXml(Number(match[1])) : null;
  if (body === null) return new Response('No such sitemap file.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(body, { headers: SITEMAP_HEADERS });
}
