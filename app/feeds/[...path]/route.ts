import { FEED_CONTENT_TYPES, feedTags, parseFeedPath, renderFeed } from '@/lib/feeds';
import { podcastFeedTags, renderPodcastFeed } from '@/lib/podcasts/feed';

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const path = (await params).path;
  const show = path.length === 2 && path[0] === 'podcast' ? /^([a-z0-9-]+)\.xml$/.exec(path[1])?.[1] : undefined;
  if (show) return podcastFeed(show);
  const parsed = parseFeedPath(path);
  const body = parsed ? await renderFeed(parsed.scope, parsed.format) : null;
  if (!parsed || body === null) return new Response('No such feed.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  // Feed readers may keep it five minutes; the front keeps it until a write purges its tags.
  return new Response(body, {
    headers: { 'Content-Type': FEED_CONTENT_TYPES[parsed.format], 'Cache-Control': 'public, max-age=300', xkey: feedTags(parsed.scope).join(' ') },
  });
}

/** A show's podcast feed: apps poll it; the front keeps it until one of its episodes or the show changes. */
async function podcastFeed(slug: string) {
  const body = await renderPodcastFeed(slug);
  if (body === null) return new Response('No such podcast.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(body, { headers: { 'Content-Type': FEED_CONTENT_TYPES.rss, 'Cache-Control': 'public, max-age=300', xkey: podcastFeedTags(slug).join(' ') } });
}
