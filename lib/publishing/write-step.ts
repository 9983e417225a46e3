import 'server-only';
import { revalidateTag } from 'next/cache';
import { db, type Tx } from '../db';
import { cacheStore, RACE_WINDOW_MS } from '../cache/store.mjs';
import { frontsConfigured, purgeFronts } from './front';

// The one step every write (articles, status changes, experts, topics, merges)
// ends in: it expires exactly the affected tags in the shared cache, so every
// instance renders those pages afresh, and purges the same tags at every
// front. Search reindexing and the go-live schedule are written inside the
// write's own transaction (lib/admin/*), so they can never disagree with it.
//
// The tags are filed in the same transaction (table pending_changes, an
// outbox): if this process dies between the commit and the announcement, any
// instance's ticker announces them ANNOUNCE_GRACE_MS later, so no committed
// write leaves a stale page behind (a kill -9 mid-save used to). The second
// front purge, after the cache's race window, is a row too, not a timer that
// dies with the process.

/** How long a filed change waits for its writer before another instance announces it. */
const ANNOUNCE_GRACE_MS = 5000;
/** A page whose render began before the write committed may reach a front after the first purge. */
const SECOND_PURGE_AFTER_MS = RACE_WINDOW_MS + 500;

export type FiledChange = { id: string; tags: string[] };

/** Files the tags of a write inside its transaction (see above). */
export async function fileChange(tx: Tx, tagList: Iterable<string>): Promise<FiledChange> {
  const tags = [...new Set(tagList)];
  const row = await tx.pendingChange.create({ data: { tags: tags.join(' '), dueAt: new Date(Date.now() + ANNOUNCE_GRACE_MS) }, select: { id: true } });
  return { id: row.id, tags };
}

/**
 * Runs `work` in one transaction, files the tags it returns in the same
 * transaction, and announces them once it has committed.
 */
export async function writeChange<T>(work: (tx: Tx) => Promise<{ value: T; tags: Iterable<string> }>, options?: { timeout?: number; maxWait?: number }): Promise<T> {
  const { value, filed } = await db.$transaction(async (tx) => {
    const done = await work(tx);
    const tags = [...new Set(done.tags)];
    // A write no public page shows (a claim another instance won, an empty trash) has nothing to announce.
    return { value: done.value, filed: tags.length ? await fileChange(tx, tags) : null };
  }, options);
  if (filed) await afterWrite(filed);
  return value;
}

async function expireEverywhere(tags: string[]): Promise<void> {
  try {
    await (await cacheStore()).expireTags(tags);
  } catch (e) {
    // The write itself has committed. Redis being away is handled when it
    // returns: everything stored before the outage is discarded then.
    console.warn(`[cache] could not record the expiry of ${tags.length} tags (${(e as Error).message})`);
  }
  // Inside a server action this also tells Next to render the redirected-to
  // page and the browser's router cache fresh; outside a request (the ticker)
  // there is nothing to tell, and the store write above is enough.
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
  } catch {
    // not in a request
  }
  await purgeFronts(tags);
}

/** Announces a write: a filed change (its row then moves on), or bare tags (the go-live ticker's, whose own row is its record). */
export async function afterWrite(change: FiledChange | Iterable<string>): Promise<void> {
  const filed = 'id' in change && 'tags' in change ? (change as FiledChange) : null;
  const tags = filed ? filed.tags : [...new Set(change as Iterable<string>)];
  if (tags.length) await expireEverywhere(tags);
  const secondPurgeAt = new Date(Date.now() + SECOND_PURGE_AFTER_MS);
  try {
    if (!frontsConfigured() || !tags.length) {
      if (filed) await db.pendingChange.deleteMany({ where: { id: filed.id } });
    } else if (filed) {
      await db.pendingChange.updateMany({ where: { id: filed.id }, data: { stage: 1, dueAt: secondPurgeAt } });
    } else {
      await db.pendingChange.create({ data: { tags: tags.join(' '), stage: 1, dueAt: secondPurgeAt } });
    }
  } catch (e) {
    // A filed row that stays behind is announced again by the ticker: harmless.
    console.warn(`[publishing] could not update the change record (${(e as Error).message})`);
  }
}

/**
 * Run by every instance's ticker (lib/publishing/go-live.ts): announces the
 * changes their writers never got to, and sends due second purges. A row is
 * claimed with a conditional update or delete, so one instance acts on it.
 */
export async function announceDueChanges(now = new Date()): Promise<number> {
  const due = await db.pendingChange.findMany({ where: { dueAt: { lte: now } }, orderBy: { dueAt: 'asc' }, take: 50 });
  for (const row of due) {
    const tags = row.tags.split(' ').filter(Boolean);
    if (row.stage === 0) {
      // Lease the row while announcing it; if this instance dies too, the lease runs out.
      const claimed = await db.pendingChange.updateMany({ where: { id: row.id, stage: 0, dueAt: row.dueAt }, data: { dueAt: new Date(now.getTime() + ANNOUNCE_GRACE_MS) } });
      if (claimed.count === 1) await afterWrite({ id: row.id, tags });
    } else {
      const claimed = await db.pendingChange.deleteMany({ where: { id: row.id, stage: 1 } });
      if (claimed.count === 1) await purgeFronts(tags);
    }
  }
  return due.length;
}
