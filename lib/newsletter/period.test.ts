import { describe, expect, it } from 'vitest';
import { duePeriod, nextPeriod } from './period';

const NY = 'America/New_York';
const HOUR = 3600_000;

describe('the weekly digest period (Mondays 8:00 Washington time)', () => {
  it('is due from Monday 8:00 and covers the week before', () => {
    const p = duePeriod(new Date('2026-12-07T13:30:00Z'), NY); // Monday 8:30 EST
    expect(p.key).toBe('2026-12-07');
    expect(p.to.toISOString()).toBe('2026-12-07T13:00:00.000Z');
    expect(p.from.toISOString()).toBe('2026-11-30T13:00:00.000Z');
  });

  it('before Monday 8:00, and on any other day, the last Monday is the one due', () => {
    expect(duePeriod(new Date('2026-12-07T12:59:00Z'), NY).key).toBe('2026-11-30');
    expect(duePeriod(new Date('2026-12-13T23:00:00Z'), NY).key).toBe('2026-12-07'); // Sunday evening
    expect(duePeriod(new Date('2026-12-08T04:30:00Z'), NY).key).toBe('2026-12-07'); // Monday 23:30 in Washington, Tuesday in UTC
  });

  it('across the spring change the week is 167 hours, across the autumn one 169: no piece lost or sent twice', () => {
    const spring = duePeriod(new Date('2027-03-15T12:00:00Z'), NY); // clocks went forward on March 14
    expect(spring.key).toBe('2027-03-15');
    expect(spring.to.toISOString()).toBe('2027-03-15T12:00:00.000Z');
    expect((spring.to.getTime() - spring.from.getTime()) / HOUR).toBe(167);
    const autumn = duePeriod(new Date('2027-11-08T13:00:00Z'), NY); // clocks went back on November 7
    expect((autumn.to.getTime() - autumn.from.getTime()) / HOUR).toBe(169);
    // Consecutive weeks meet exactly.
    const before = duePeriod(new Date(spring.from.getTime() + 1000), NY);
    expect(before.to.getTime()).toBe(spring.from.getTime());
  });

  it('the next digest starts where the due one ends, at every hour of a week with a clock change', () => {
    // Monday 2027-11-01 8:00 EDT to Monday 2027-11-08 8:00 EST; the clocks go back on November 7.
    for (let t = Date.parse('2027-11-01T11:00:00Z'); t < Date.parse('2027-11-08T14:00:00Z'); t += HOUR) {
      const now = new Date(t);
      const due = duePeriod(now, NY);
      const next = nextPeriod(now, NY);
      expect(next.from.getTime(), now.toISOString()).toBe(due.to.getTime());
      expect(next.to.getTime()).toBeGreaterThan(now.getTime());
      expect(next.to.getTime() - now.getTime()).toBeLessThanOrEqual(169 * HOUR);
    }
    expect(nextPeriod(new Date('2027-11-08T12:30:00Z'), NY).key).toBe('2027-11-08'); // 7:30 EST on the Monday: due in half an hour
    expect(nextPeriod(new Date('2027-11-08T13:30:00Z'), NY).key).toBe('2027-11-15');
  });
});
