import type { Metadata } from 'next';
import { getEventsIndex } from '@/lib/events';
import { parsePage, showingLabel } from '@/lib/pagination';
import { EventList } from '@/components/events/EventList';
import { Pagination } from '@/components/listing/Pagination';

export const metadata: Metadata = {
  title: 'Events',
  description: 'Upcoming discussions, report launches and briefings with the Center’s experts, and recordings of past events.',
  alternates: { canonical: '/events', types: { 'text/calendar': '/events/calendar.ics' } },
};

export default async function EventsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const page = parsePage((await searchParams).page);
  const { upcoming, past, info } = await getEventsIndex(page);
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <h1 className="font-serif text-4xl font-bold">Events</h1>
      <p className="mt-3 text-sm">
        <a href="/events/calendar.ics" className="font-semibold text-brand underline" data-testid="events-calendar">Subscribe to our events calendar</a>
        <span className="text-muted"> (iCal: paste the address into your calendar app to see new and changed events as they are announced)</span>
      </p>
      {page === 1 ? (
        <section aria-labelledby="upcoming-heading" className="mt-8">
          <h2 id="upcoming-heading" className="font-serif text-2xl font-bold">Upcoming</h2>
          {upcoming.length ? <div className="mt-4"><EventList events={upcoming} testId="upcoming-events" /></div> : <p className="mt-4">No events are scheduled just now.</p>}
        </section>
      ) : null}
      <section aria-labelledby="past-heading" className="mt-12">
        <h2 id="past-heading" className="font-serif text-2xl font-bold">Past events</h2>
        <p className="mt-2 text-sm font-semibold text-muted">{showingLabel(info, 'past events')}</p>
        {past.length ? <div className="mt-4"><EventList events={past} testId="past-events" /></div> : <p className="mt-4">No past events yet.</p>}
        <Pagination info={info} hrefFor={(p) => (p > 1 ? `/events?page=${p}` : '/events')} />
      </section>
    </div>
  );
}
