import 'server-only';
// An event's page and the events index change by the clock: "Register" gives
// way to "happening now", then to the archive. Pages are cached until a write
// expires them, so saving an event files those expiries for its start and end
// in the write step's outbox (pending_changes): whichever instance is running
// then announces them, after any restart.
import type { Tx } from '../db';
import { tags } from '../cache-tags';
import { eventEnd } from './schedule';

export async function scheduleEventClock(tx: Tx, input: { slug: string; eventStartsAt: Date | string | null; eventEndsAt: Date | string | null }): Promise<void> {
  if (!input.eventStartsAt) return;
  const now = Date.now();
  const due = [new Date(input.eventStartsAt), eventEnd(input.eventStartsAt, input.eventEndsAt)].filter((d) => d.getTime() > now);
  if (!due.length) return;
  const tagList = [tags.article(input.slug), tags.events, tags.lists].join(' ');
  await tx.pendingChange.createMany({ data: due.map((dueAt) => ({ tags: tagList, dueAt })) });
}
