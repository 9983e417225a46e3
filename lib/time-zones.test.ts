import { describe, expect, it } from 'vitest';
import { formatInZone, instantAt, wallTimeIn } from './time-zones';

const NY = 'America/New_York';

describe('schedules in the site’s time zone, across daylight-saving changes', () => {
  it('9:00 on 20 March 2027 in Washington is 13:00 UTC (EDT), whenever it is set', () => {
    expect(instantAt('2027-03-20T09:00', NY)).toEqual({ ok: true, at: new Date('2027-03-20T13:00:00.000Z'), repeated: false });
  });

  it('9:00 on 1 December is 14:00 UTC (EST)', () => {
    expect(instantAt('2026-12-01T09:00', NY)).toMatchObject({ ok: true, at: new Date('2026-12-01T14:00:00.000Z') });
  });

  it('either side of the March change: 01:59 EST, then 03:00 EDT, and 02:30 does not exist', () => {
    expect(instantAt('2027-03-14T01:59', NY)).toMatchObject({ ok: true, at: new Date('2027-03-14T06:59:00.000Z') });
    expect(instantAt('2027-03-14T03:00', NY)).toMatchObject({ ok: true, at: new Date('2027-03-14T07:00:00.000Z') });
    const gap = instantAt('2027-03-14T02:30', NY);
    expect(gap.ok).toBe(false);
    expect(!gap.ok && gap.error).toContain('does not exist');
  });

  it('either side of the November change: 01:30 happens twice, the first (EDT) is taken and flagged', () => {
    expect(instantAt('2027-11-07T01:30', NY)).toEqual({ ok: true, at: new Date('2027-11-07T05:30:00.000Z'), repeated: true });
    expect(instantAt('2027-11-07T00:30', NY)).toMatchObject({ at: new Date('2027-11-07T04:30:00.000Z'), repeated: false });
    expect(instantAt('2027-11-07T02:30', NY)).toMatchObject({ at: new Date('2027-11-07T07:30:00.000Z'), repeated: false });
  });

  it('another zone has its own dates: London changes on 28 March 2027', () => {
    expect(instantAt('2027-03-20T09:00', 'Europe/London')).toMatchObject({ at: new Date('2027-03-20T09:00:00.000Z') });
    expect(instantAt('2027-03-29T09:00', 'Europe/London')).toMatchObject({ at: new Date('2027-03-29T08:00:00.000Z') });
  });

  it('refuses what is not a date and time', () => {
    for (const bad of ['', 'tomorrow', '2027-02-30T09:00', '2027-03-20 9am']) expect(instantAt(bad, NY).ok, bad).toBe(false);
  });

  it('reads an instant back in a zone, with the zone’s own abbreviation for that date', () => {
    expect(formatInZone('2027-03-20T13:00:00.000Z', NY)).toBe('March 20, 2027 at 9:00 AM EDT');
    expect(formatInZone('2026-12-01T14:00:00.000Z', NY)).toBe('December 1, 2026 at 9:00 AM EST');
    expect(wallTimeIn('2027-11-07T06:30:00.000Z', NY)).toBe('2027-11-07T01:30:00');
  });
});
