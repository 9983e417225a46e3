import { eventsCalendarFeed } from '@/lib/events';
import { tags } from '@/lib/cache-tags';

// The events calendar readers subscribe to (webcal): every public event, upcoming and recent.
export async function GET() {
  return new Response(await eventsCalendarFeed(), {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="events.ics"',
      'Cache-Control': 'public, max-age=300',
      xkey: [tags.articles, tags.events].join(' '),
    },
  });
}
