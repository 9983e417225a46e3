// Pure rules of an event's clock and places, shared by pages, writes and tests.

/** How long an event with no end is taken to last. */
export const DEFAULT_EVENT_MS = 90 * 60_000;

export type EventPhase = 'upcoming' | 'live' | 'past';

export function eventEnd(startsAt: Date | string, endsAt: Date | string | null): Date {
  return endsAt ? new Date(endsAt) : new Date(new Date(startsAt).getTime() + DEFAULT_EVENT_MS);
}

export function eventPhase(startsAt: Date | string, endsAt: Date | string | null, now: Date): EventPhase {
  if (now.getTime() < new Date(startsAt).getTime()) return 'upcoming';
  return now.getTime() < eventEnd(startsAt, endsAt).getTime() ? 'live' : 'past';
}

/** Whether the next registrant gets a place, the waiting list, or nothing. */
export function availabilityOf(e: { registrationOpen: boolean; capacity: number | null; confirmed: number; startsAt: Date | string; endsAt: Date | string | null }, now: Date) {
  if (!e.registrationOpen || eventPhase(e.startsAt, e.endsAt, now) === 'past') return 'closed' as const;
  return e.capacity !== null && e.confirmed >= e.capacity ? ('waitlist' as const) : ('open' as const);
}
