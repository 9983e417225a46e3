import { describe, expect, it } from 'vitest';
import { availabilityOf, DEFAULT_EVENT_MS, eventEnd, eventPhase } from './schedule';

const start = new Date('2027-03-16T14:00:00Z');

describe('eventPhase', () => {
  it('is upcoming before the start, live until the end, past after; an event with no end lasts the default', () => {
    const end = new Date('2027-03-16T15:30:00Z');
    expect(eventPhase(start, end, new Date('2027-03-16T13:59:59Z'))).toBe('upcoming');
    expect(eventPhase(start, end, new Date('2027-03-16T14:00:00Z'))).toBe('live');
    expect(eventPhase(start, end, new Date('2027-03-16T15:30:00Z'))).toBe('past');
    expect(eventEnd(start, null).getTime() - start.getTime()).toBe(DEFAULT_EVENT_MS);
  });
});

describe('availabilityOf', () => {
  const base = { registrationOpen: true, capacity: 2, confirmed: 0, startsAt: start, endsAt: null };
  const before = new Date('2027-03-01T00:00:00Z');
  it('is open with places left, a waiting list when full, closed when off or over; no capacity means no limit', () => {
    expect(availabilityOf(base, before)).toBe('open');
    expect(availabilityOf({ ...base, confirmed: 2 }, before)).toBe('waitlist');
    expect(availabilityOf({ ...base, capacity: null, confirmed: 5000 }, before)).toBe('open');
    expect(availabilityOf({ ...base, registrationOpen: false }, before)).toBe('closed');
    expect(availabilityOf(base, new Date('2027-03-17T00:00:00Z'))).toBe('closed');
  });
});
