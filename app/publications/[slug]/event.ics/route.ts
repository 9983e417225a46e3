import { getPublicArticle } from '@/lib/articles';
import { eventCalendar } from '@/lib/events';
import { tags } from '@/lib/cache-tags';

// An event's calendar file, for "Add to your calendar" and the confirmation e-mail.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const article = await getPublicArticle(slug);
  const calendar = article ? eventCalendar(article) : null;
  if (!article || !calendar) return new Response('No event here.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(calendar, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${slug}.ics"`,
      'Cache-Control': 'public, max-age=300',
      xkey: [tags.articles, tags.article(slug)].join(' '),
    },
  });
}
