import 'server-only';
import { db } from './db';

// Scheduled pieces go live by the clock (lib/visibility.ts); nothing flips a
// status. What must happen at go-live is that cached pages stop saying "not
// yet", so every cached public read expires no later than the next go-live
// time. That time is kept here in memory, loaded once per process and reloaded
// whenever a piece is scheduled, published or unpublished.
let nextGoLive: number | null = null;
let loaded: Promise<void> | null = null;

export async function refreshSchedule(): Promise<void> {
  const next = await db.article.findFirst({
    where: { status: 'SCHEDULED', publishedAt: { gt: new Date() } },
    orderBy: { publishedAt: 'asc' },
    select: { publishedAt: true },
  });
  nextGoLive = next?.publishedAt?.getTime() ?? null;
}

export function ensureScheduleLoaded(): Promise<void> {
  loaded ??= refreshSchedule().catch((e) => {
    loaded = null;
    throw e;
  });
  return loaded;
}

/**
 * Seconds a cached public read may live: until the next scheduled piece goes
 * live, or forever (until a write expires it) when nothing is scheduled.
 */
export async function cacheLifetime(): Promise<number | false> {
  await ensureScheduleLoaded();
  if (nextGoLive === null) return false;
  const seconds = Math.ceil((nextGoLive - Date.now()) / 1000);
  if (seconds <= 0) {
    // The piece is live now: look for the one after it.
    await refreshSchedule();
    return cacheLifetime();
  }
  return seconds;
}
