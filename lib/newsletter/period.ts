import { instantAt, wallTimeIn } from '../time-zones';

// The weekly digest is due every Monday at 8:00 in the site's zone and lists
// what was published since the previous one: a week of 167 or 169 hours when
// the clocks change in between, never a lost or doubled hour of pieces.

export const DIGEST_WEEKDAY = 1; // Monday (0 is Sunday)
export const DIGEST_TIME = '08:00';

export type DigestPeriod = { key: string; from: Date; to: Date };

const DAY = 86_400_000;
/** A calendar date (YYYY-MM-DD) moved by whole days, computed on dates alone so no clock change moves it. */
const shiftDate = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

function dueAt(date: string, zone: string): Date {
  const at = instantAt(`${date}T${DIGEST_TIME}`, zone);
  // 8:00 exists on every day in every zone that moves its clocks at night; an hour later if not.
  return at.ok ? at.at : new Date(Date.parse(`${date}T${DIGEST_TIME}:00Z`));
}

/** The latest digest whose time has come at `now`: its key (the day it was due) and the pieces' window. */
export function duePeriod(now: Date, zone: string): DigestPeriod {
  const today = wallTimeIn(now, zone).slice(0, 10);
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  let key = shiftDate(today, -((weekday - DIGEST_WEEKDAY + 7) % 7));
  if (dueAt(key, zone) > now) key = shiftDate(key, -7);
  return { key, from: dueAt(shiftDate(key, -7), zone), to: dueAt(key, zone) };
}

/**
 * The digest that comes after the one due at `now`: due a week after it, its
 * window starting where the due one's ends. Found from a day past its due
 * time, so a clock change in the week cannot land the search on either side.
 */
export function nextPeriod(now: Date, zone: string): DigestPeriod {
  return duePeriod(new Date(duePeriod(now, zone).to.getTime() + 8 * DAY), zone);
}
