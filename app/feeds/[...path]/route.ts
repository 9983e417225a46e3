import { FEED_CONTENT_TYPES, feedTags, parseFeedPath, renderFeed } from '@/lib/feeds';

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const parsed = parseFeedPath((await params).path);
  const body = parsed ? await renderFeed(parsed.scope, parsed.format) : null;
  if (!parsed || body === null) return new Response('No such feed.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  // Feed readers may keep it five minutes; the front keeps it until a write purges its tags.
  return new Response(body, {
    headers: { 'Content-Type': FEED_CONTENT_TYPES[parsed.format], 'Cache-Control': 'public, max-age=300', xkey: feedTags(parsed.scope).join(' ') },
  });
}
