import 'server-only';
import { db } from './db';

// Scheduled pieces go live by the clock (lib/visibility.ts); nothing flips a
// status. What must happen at go-live is that cached pages stop saying "not
// yet". Two numbers, kept in memory and reloaded whenever a piece is
// scheduled, published or unpublished, make that happen:
//  - nextGoLive: every cached public read expires no later than this, so the
//    pages built on them regenerate then;
//  - epoch: the go-live time of the latest scheduled piece already live. It is
//    part of every cache key, so a regeneration after a go-live cannot be fed
//    stale data from before it.
let nextGoLive: number | null = null;
let epoch = 0;
let loaded: Promise<void> | null = null;

export async function refreshSchedule(): Promise<void> {
  const now = new Date();
  const [next, last] = await Promise.all([
    db.article.findFirst({ where: { status: 'SCHEDULED', publishedAt: { gt: now } }, orderBy: { publishedAt: 'asc' }, select: { publishedAt: true } }),
    db.article.findFirst({ where: { status: 'SCHEDULED', publishedAt: { lte: now } }, orderBy: { publishedAt: 'desc' }, select: { publishedAt: true } }),
  ]);
  nextGoLive = next?.publishedAt?.getTime() ?? null;
  epoch = last?.publishedAt?.getTime() ?? 0;
}

function ensureScheduleLoaded(): Promise<void> {
  loaded ??= refreshSchedule().catch((e) => {
    loaded = null;
    throw e;
  });
  return loaded;
}

export type CachePolicy = { revalidate: number | false; epoch: number };

/** How long a cached public read may live, and the schedule epoch to key it by. */
export async function cachePolicy(): Promise<CachePolicy> {
  await ensureScheduleLoaded();
  if (nextGoLive !== null && nextGoLive <= Date.now()) await refreshSchedule();
  if (nextGoLive === null) return { revalidate: false, epoch };
  return { revalidate: Math.max(1, Math.ceil((nextGoLive - Date.now()) / 1000)), epoch };
}

/** True while some scheduled piece has yet to go live (searches must then check each hit's time). */
export async function hasPendingGoLive(): Promise<boolean> {
  return (await cachePolicy()).revalidate !== false;
}
