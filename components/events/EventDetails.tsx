import type { EventDetail } from '@/lib/events/types';
import { eventPhase } from '@/lib/events/schedule';
import { formatInZone } from '@/lib/time-zones';
import { renderMarkdown } from '@/lib/markdown';
import { site } from '@/lib/site';
import { RegistrationForm } from './RegistrationForm';
import { KEEP_REGISTRATIONS_DAYS } from '@/lib/events/registrations';

/**
 * An event's when and where, its calendar file and registration; once it is
 * over, its recording (a video or audio player from the same embeds the body
 * uses), which with the transcript turns the page into the event's archive.
 */
export function EventDetails({ event, slug }: { event: EventDetail; slug: string }) {
  const phase = eventPhase(event.startsAt, event.endsAt, new Date());
  return (
    <section aria-labelledby="event-heading" className="mt-8 rounded border border-rule bg-white p-4 sm:p-5" data-testid="event-details">
      <h2 id="event-heading" className="text-sm font-bold uppercase tracking-wider text-accent">
        {phase === 'past' ? 'Past event' : phase === 'live' ? 'Happening now' : 'Event'}
      </h2>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">When</dt>
        <dd data-testid="event-when">
          <time dateTime={event.startsAt}>{formatInZone(event.startsAt, site.timeZone)}</time>
          {event.endsAt ? (
            <>
              {' to '}
              <time dateTime={event.endsAt}>{formatInZone(event.endsAt, site.timeZone)}</time>
            </>
          ) : null}
        </dd>
        {event.venue ? (
          <>
            <dt className="font-semibold">Where</dt>
            <dd data-testid="event-venue">{event.venue}</dd>
          </>
        ) : null}
        {event.onlineUrl && phase !== 'past' ? (
          <>
            <dt className="font-semibold">Online</dt>
            <dd>
              <a href={event.onlineUrl} className="text-brand underline" rel="noopener">Watch online</a>
            </dd>
          </>
        ) : null}
      </dl>
      {phase !== 'past' ? (
        <p className="mt-3 text-sm">
          <a href={`/publications/${slug}/event.ics`} className="font-semibold text-brand underline" data-testid="event-calendar">Add to your calendar (.ics)</a>
        </p>
      ) : null}
      {phase !== 'past' && event.availability !== 'closed' ? (
        <div className="mt-4 border-t border-rule pt-4">
          <h3 className="font-bold">{event.availability === 'waitlist' ? 'This event is full: join the waiting list' : 'Register'}</h3>
          <RegistrationForm slug={slug} waitlist={event.availability === 'waitlist'} keepDays={KEEP_REGISTRATIONS_DAYS} />
        </div>
      ) : phase !== 'past' && event.registrationOpen === false ? null : phase !== 'past' ? (
        <p className="mt-3 text-sm font-semibold">Registration is closed.</p>
      ) : null}
      {phase === 'past' && event.recordingUrl ? (
        <div className="mt-4 border-t border-rule pt-4" data-testid="event-recording">
          <h3 className="font-bold">Recording</h3>
          {event.recordingUrl.startsWith('/media/') ? (
            <div className="mt-2">
              <audio controls preload="metadata" src={event.recordingUrl} className="w-full" aria-label="Listen to the recording" />
              <p className="mt-1 text-sm"><a href={event.recordingUrl} download className="font-semibold text-brand underline">Download the recording</a></p>
            </div>
          ) : (
            <div className="prose-article mt-2" dangerouslySetInnerHTML={{ __html: renderMarkdown(event.recordingUrl) }} />
          )}
        </div>
      ) : null}
    </section>
  );
}
