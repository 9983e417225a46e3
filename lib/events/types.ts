// What the public pages show of an event. Events are pieces (lib/articles)
// with a start; these are the parts only an event has.

export type EventAvailability = 'open' | 'waitlist' | 'closed';

export type EventDetail = {
  startsAt: string;
  endsAt: string | null;
  venue: string | null;
  onlineUrl: string | null;
  registrationOpen: boolean;
  capacity: number | null;
  /** Confirmed places taken when the page was read (changes to it re-read the page only when availability flips). */
  availability: EventAvailability;
  recordingUrl: string | null;
  /** The recording's transcript (the same field an episode's is kept in). */
  transcript: string;
};
