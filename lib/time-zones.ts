import { TZDate } from '@date-fns/tz';

// Schedules are typed as a wall-clock time in the site's own time zone (an
// embargo is "9:00 in Washington"), and turned into one instant here, with the
// zone's rules for the date in question (@date-fns/tz reads the platform's
// time-zone database), so a time in March set in December is not an hour off.

export type Instant = { ok: true; at: Date; repeated: boolean } | { ok: false; error: string };

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The instant `wall` (YYYY-MM-DDTHH:mm[:ss], as a datetime-local input sends it) names in `zone`. */
export function instantAt(wall: string, zone: string): Instant {
  const m = WALL.exec(wall.trim());
  if (!m) return { ok: false, error: 'Choose a valid date and time.' };
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0));
  const at = new TZDate(y, mo - 1, d, h, mi, s, zone);
  if (Number.isNaN(at.getTime())) return { ok: false, error: 'Choose a valid date and time.' };
  // A time the clocks skip (spring forward) comes back as another wall time.
  if (at.getFullYear() !== y || at.getMonth() !== mo - 1 || at.getDate() !== d || at.getHours() !== h || at.getMinutes() !== mi) {
    return { ok: false, error: `${wall.replace('T', ' ')} does not exist in ${zone}: the clocks go forward that night. Choose another time.` };
  }
  // A time the clocks pass twice (fall back): the first is taken, and said so.
  const hourLater = new TZDate(at.getTime() + 3600_000, zone);
  const repeated = hourLater.getHours() === h && hourLater.getMinutes() === mi;
  return { ok: true, at: new Date(at.getTime()), repeated };
}

/** "March 20, 2027, 9:00 AM EDT": an instant as read in `zone`. */
export function formatInZone(at: Date | string, zone: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short', timeZone: zone }).format(new Date(at)) + ' ' + zoneAbbreviation(at, zone);
}

function zoneAbbreviation(at: Date | string, zone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }).formatToParts(new Date(at)).find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

/** The value a datetime-local input shows for `at` in `zone` (YYYY-MM-DDTHH:mm). */
export function wallTimeIn(at: Date | string, zone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(at))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}
