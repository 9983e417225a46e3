import 'server-only';
import { revalidateTag } from 'next/cache';
import { cacheStore, RACE_WINDOW_MS } from '../cache/store.mjs';
import { purgeFronts } from './front';

// The one step every write ends in (articles, status changes, experts, topics,
// merges, media): it expires exactly the affected tags in the shared cache, so
// every instance renders those pages afresh, and purges the same tags at every
// front. Search reindexing and the go-live schedule are written inside the
// write's own transaction (lib/admin/*), so they can never disagree with it.
export async function afterWrite(tagList: Iterable<string>): Promise<void> {
  const tags = [...new Set(tagList)];
  if (!tags.length) return;
  try {
    await (await cacheStore()).expireTags(tags);
  } catch (e) {
    // The write itself has committed. Redis being away is handled when it
    // returns: everything stored before the outage is discarded then.
    console.warn(`[cache] could not record the expiry of ${tags.length} tags (${(e as Error).message})`);
  }
  // Inside a server action this also tells Next to render the redirected-to
  // page and the browser's router cache fresh; outside a request (the go-live
  // ticker) there is nothing to tell, and the store write above is enough.
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
  } catch {
    // not in a request
  }
  await purgeFronts(tags);
  // A page whose render began before the write committed may reach a front
  // after the first purge; purge once more after the cache's race window.
  setTimeout(() => void purgeFronts(tags), RACE_WINDOW_MS + 500).unref();
}
