import Link from 'next/link';
import type { EventCard } from '@/lib/events';
import { formatInZone } from '@/lib/time-zones';
import { joinNames } from '@/lib/byline';
import { site } from '@/lib/site';

/** Events with their time in the site's zone, place and speakers. */
export function EventList({ events, testId }: { events: EventCard[]; testId: string }) {
  return (
    <ol className="divide-y divide-rule border-y border-rule" data-testid={testId}>
      {events.map((e) => (
        <li key={e.id} className="py-5">
          <p className="text-sm font-semibold text-muted">
            <time dateTime={e.startsAt}>{formatInZone(e.startsAt, site.timeZone)}</time>
            {e.venue ? <span> · {e.venue}</span> : null}
            {e.online ? <span> · Online</span> : null}
          </p>
          <h3 className="mt-1 font-serif text-xl font-bold">
            <Link href={`/publications/${e.slug}`} className="text-ink hover:text-brand hover:underline">{e.title}</Link>
          </h3>
          {e.dek ? <p className="mt-1 text-muted">{e.dek}</p> : null}
          {e.authors.length ? <p className="mt-1 text-sm">With {joinNames(e.authors.map((a) => a.name))}</p> : null}
        </li>
      ))}
    </ol>
  );
}
