// Next.js cache handler (next.config.js `cacheHandler`): pages, route handlers
// and unstable_cache data are stored in the shared store (lib/cache/store.mjs)
// and checked against its tag expiry times on every read. Nothing about
// freshness lives in one process's memory, so a restart or a second instance
// never serves what a write on another instance expired.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cacheStore, isExpired } from './store.mjs';

const TAGS_HEADER = 'x-next-cache-tags';
// The header the front (deploy/varnish) reads to file a page under its tags.
export const SURROGATE_HEADER = 'xkey';

// `next build` prerenders with no database and no shared cache: nothing it
// renders is stored, so every page shows data read at run time.
const building = process.env.NEXT_PHASE === 'phase-production-build';

function buildIdOf(serverDistDir) {
  try {
    return readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return 'dev';
  }
}

/** Our own tags, in the form the front files a page under (implicit path tags left out). */
export function surrogateKeys(tags) {
  return tags.filter((t) => !t.startsWith('_N_T_')).join(' ');
}

function tagsOf(data, ctx) {
  if (data?.kind === 'FETCH') return ctx.tags ?? [];
  const header = data?.headers?.[TAGS_HEADER];
  return typeof header === 'string' && header ? header.split(',') : [];
}

// How long the store keeps an entry nobody asks for. Reads that refresh on a
// timer (search results) are dropped soon after they would refresh anyway.
const MONTH = 30 * 24 * 3600;
function keepSeconds(data) {
  if (data?.kind === 'FETCH' && typeof data.revalidate === 'number' && data.revalidate > 0) return Math.max(3600, data.revalidate * 6);
  return MONTH;
}

let warned = false;
function degrade(op, e) {
  if (!warned) console.warn(`[cache] ${op} failed (${e.message}): rendering from the database`);
  warned = true;
  setTimeout(() => (warned = false), 10_000).unref();
}

export default class CacheHandler {
  constructor(ctx) {
    // A new build never reads another build's pages (their scripts differ);
    // tag expiries are shared by all builds.
    this.prefix = `${buildIdOf(ctx.serverDistDir ?? '.')}:`;
  }

  async get(key, ctx) {
    if (building) return null;
    try {
      const store = await cacheStore();
      const record = await store.get(this.prefix + key);
      if (!record) return null;
      // unstable_cache reads name their tags (and the page's implicit tags) on get too.
      if (ctx?.kind === 'FETCH') {
        const extra = [...(ctx.tags ?? []), ...(ctx.softTags ?? [])].filter((t) => !record.tags.includes(t));
        if (extra.length) {
          if (isExpired(await store.expiries(extra), record.lastModified)) return null;
        }
      }
      return { value: record.value, lastModified: record.lastModified, cacheControl: record.cacheControl };
    } catch (e) {
      degrade('cache read', e);
      return null;
    }
  }

  async set(key, data, ctx) {
    if (building || !data) return;
    const tags = tagsOf(data, ctx);
    const keys = surrogateKeys(tags);
    if (data.headers && keys) data.headers[SURROGATE_HEADER] = keys;
    try {
      const store = await cacheStore();
      await store.set(
        this.prefix + key,
        { value: data, lastModified: Date.now(), tags, cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl },
        keepSeconds(data),
      );
    } catch (e) {
      degrade('cache write', e);
    }
  }

  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : tags;
    if (!list.length) return;
    // Staleness (revalidateTag(tag, 'max')) is treated as expiry: a withdrawn
    // piece must never be served, not even once while a page refreshes.
    const store = await cacheStore();
    void durations;
    await store.expireTags(list, Date.now());
  }

  resetRequestCache() {}
}
