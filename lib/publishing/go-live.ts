import 'server-only';
import { db } from '../db';
import { cached } from '../cached';
import { tags } from '../cache-tags';
import { articleChangeTags, articleFootprint } from './article-tags';
import { afterWrite, announceDueChanges } from './write-step';
import { publishDueStagedEdits } from '../admin/staged-edits';
import { emptyExpiredTrash } from '../admin/trash';
import { renderStaleBodiesStep } from '../shared/rendered-body';
import { sendDueDigests } from '../newsletter/digest';
import { forgetPastRegistrations } from '../events/registrations';
import { sendEventNotices } from '../events/notices';

// Scheduled pieces become visible by the clock (lib/visibility.ts), but the
// pages cached before that moment still say "not yet". Every instance runs
// this once a second: it finds go-lives whose time has come (table go_lives,
// written with the schedule), expires the pages that list the piece and purges
// the fronts, then deletes the row. Two instances may both announce the same
// go-live; expiring twice is harmless. Nothing of the schedule is held in
// memory, so restarts and instances that did not schedule the piece agree.
export async function announceDueGoLives(now = new Date()): Promise<number> {
  const due = await db.goLive.findMany({ where: { at: { lte: now } }, orderBy: { at: 'asc' }, take: 50 });
  for (const row of due) {
    const footprint = await articleFootprint(row.articleId);
    if (footprint) await afterWrite(articleChangeTags(null, footprint));
    await db.goLive.deleteMany({ where: { articleId: row.articleId, at: row.at } });
  }
  return due.length;
}

/**
 * True while some scheduled piece has yet to go live (searches must then check
 * each hit's time). Cached under `lists`, which both scheduling and every
 * go-live expire, so the answer changes exactly when the schedule does.
 */
export async function hasPendingGoLive(): Promise<boolean> {
  return cached(['pending-go-live'], [tags.lists], async () => (await db.article.count({ where: { status: 'SCHEDULED', publishedAt: { gt: new Date() } } })) > 0);
}

const TICKER = Symbol.for('thinktank.goLiveTicker');

/**
 * Once a second on every instance: due go-lives, embargoed updates whose time
 * has come, then changes left unannounced and due second purges; once a
 * minute, pieces past their 30 days in the trash and registrations of
 * events long over (lib/events/registrations.ts). Every tick also checks a
 * few hundred pieces' stored body rendering (lib/shared/rendered-body.ts).
 * Once a minute, apart from the tick so a slow mail server never holds up
 * go-lives, the newsletter digest (lib/newsletter/digest.ts) if it is due,
 * and notices to the registrants of events that changed (lib/events/notices.ts).
 */
export function startGoLiveTicker(intervalMs = Number(process.env.GO_LIVE_POLL_MS ?? 1000)): void {
  const g = globalThis as { [TICKER]?: NodeJS.Timeout };
  if (g[TICKER]) return;
  let running = false;
  let failing = false;
  let ticks = 0;
  // Mail jobs run beside the tick, so a slow mail server never holds up go-lives; one run of each at a time.
  const sending = new Set<string>();
  const besideTick = (what: string, job: () => Promise<unknown>) => {
    if (sending.has(what)) return;
    sending.add(what);
    job()
      .catch((e) => console.warn(`[mail jobs] ${what} failed: ${(e as Error).message}`))
      .finally(() => sending.delete(what));
  };
  g[TICKER] = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await announceDueGoLives();
      await publishDueStagedEdits();
      await announceDueChanges();
      if (ticks % 60 === 0) {
        await emptyExpiredTrash();
        await forgetPastRegistrations();
      }
      if (ticks % 60 === 30) besideTick('newsletter digest', sendDueDigests);
      if (ticks % 60 === 45) besideTick('event change notices', sendEventNotices);
      ticks++;
      await renderStaleBodiesStep(db);
      if (failing) console.warn('[publishing] database reachable again');
      failing = false;
    } catch (e) {
      if (!failing) console.warn(`[publishing] could not read the schedule: ${(e as Error).message}`);
      failing = true;
    } finally {
      running = false;
    }
  }, intervalMs);
  g[TICKER].unref();
}
