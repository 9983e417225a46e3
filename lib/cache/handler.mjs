// Next.js cache handler (next.config.js `cacheHandler`): pages, route handlers
// and unstable_cache data are stored in the shared store (lib/cache/store.mjs)
// and checked against its tag expiry times on every read. Nothing about
// freshness lives in one process's memory, so a restart or a second instance
// never serves what a write on another instance expired.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cacheStore, isExpired } from './store.mjs';
import { policyForHtml } from '../csp.mjs';

const TAGS_HEADER = 'x-next-cache-tags';
// The header the front (deploy/varnish) reads to file a page under its tags.
export const SURROGATE_HEADER = 'xkey';

// `next build` prerenders with no database and no shared cache: nothing it
// renders is stored, so every page shows data read at run time.
const building = process.env.NEXT_PHASE === 'phase-production-build';

// Next makes a handler per request: read each build's id once, not per request.
const buildIds = new Map();
function buildIdOf(serverDistDir) {
  if (!buildIds.has(serverDistDir)) {
    let id = 'dev';
    try {
      id = readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
    } catch {}
    buildIds.set(serverDistDir, id);
  }
  return buildIds.get(serverDistDir);
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

// A per-process copy of recently used entries, so a hit does not read and
// decode the stored entry each time. It holds no freshness of its own: every
// read still checks the entry's tags against the shared expiry times, which is
// the only thing that can make an entry stale (another instance storing a
// newer render does not make this one wrong, only older).
// 32 MB: beside the ~220 MB a busy server holds otherwise, it keeps the
// server well inside its old-space bound (scripts/server-options.mjs).
const MEMORY_BYTES = Number(process.env.CACHE_MEMORY_MB ?? 32) * 1024 * 1024;
const memory = new Map();
let memoryBytes = 0;

// Bytes an entry holds in this process. A string costs two bytes a character
// once it holds anything beyond Latin-1 (a curly quote in a title is enough),
// so strings are counted at that: counted at one, the copy held twice its
// bound and, with the bounded old space (scripts/server-options.mjs), a
// long-running server spent its time collecting garbage and then ran out.
const bytes = (v) => (v == null ? 0 : typeof v === 'string' ? v.length * 2 : (v.byteLength ?? v.length ?? 0));

function sizeOf(data) {
  if (!data) return 0;
  if (data.kind === 'FETCH') return bytes(data.data?.body) + 200;
  let n = bytes(data.html) + bytes(data.rscData) + bytes(data.body) + 500;
  if (data.segmentData) for (const b of data.segmentData.values()) n += bytes(b);
  return n;
}

function remember(key, record) {
  const size = sizeOf(record.value);
  if (size > MEMORY_BYTES / 10) return;
  forget(key);
  memory.set(key, { record, size });
  memoryBytes += size;
  for (const [oldest, item] of memory) {
    if (memoryBytes <= MEMORY_BYTES) break;
    memory.delete(oldest);
    memoryBytes -= item.size;
  }
}

function forget(key) {
  const item = memory.get(key);
  if (!item) return;
  memory.delete(key);
  memoryBytes -= item.size;
}

function recall(key) {
  const item = memory.get(key);
  if (!item) return null;
  // Most recently used last.
  memory.delete(key);
  memory.set(key, item);
  return item.record;
}

let warned = false;
// One warning per ten seconds of failures, not one per request.
function degrade(op, e) {
  if (warned) return;
  console.warn(`[cache] ${op} failed (${e.message}): rendering from the database`);
  warned = true;
  setTimeout(() => (warned = false), 10_000).unref();
}

// A render that read the database before a write committed can be stored
// after the write expired its tags. Dated by when it was stored, it would look
// newer than the expiry and be served until the deferred expiry (RACE_WINDOW_MS)
// caught it. So an entry is dated by when this process last found it missing,
// which is before the render read anything: an expiry written after that
// moment, by any instance, covers it. (The deferred expiry stays for renders
// this process did not see begin: a stale copy regenerated in the background,
// clocks that differ between machines.)
const missedAt = new Map();
const MISS_MEMORY = 20_000;

function noteMiss(key) {
  if (missedAt.has(key)) return;
  if (missedAt.size >= MISS_MEMORY) {
    // Forget the oldest: a render that long ago has finished or failed.
    for (const k of [...missedAt.keys()].slice(0, MISS_MEMORY / 4)) missedAt.delete(k);
  }
  missedAt.set(key, Date.now());
}

function renderStart(key) {
  const at = missedAt.get(key);
  missedAt.delete(key);
  return Math.min(at ?? Date.now(), Date.now());
}

export default class CacheHandler {
  constructor(ctx) {
    // A new build never reads another build's pages (their scripts differ);
    // tag expiries are shared by all builds.
    this.prefix = `${buildIdOf(ctx.serverDistDir ?? '.')}:`;
  }

  async get(key, ctx) {
    if (building) return null;
    const storageKey = this.prefix + key;
    try {
      const store = await cacheStore();
      // unstable_cache reads name their tags (and the page's implicit tags) on get too.
      const named = ctx?.kind === 'FETCH' ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : [];
      let record = recall(storageKey);
      if (record) {
        const tags = [...new Set([...record.tags, ...named])];
        if (isExpired(await store.expiries(tags), record.lastModified)) {
          forget(storageKey);
          record = null;
        }
      }
      if (!record) {
        // The store checks the entry's own tags.
        record = await store.get(storageKey);
        if (!record) {
          noteMiss(storageKey);
          return null;
        }
        const extra = named.filter((t) => !record.tags.includes(t));
        if (extra.length && isExpired(await store.expiries(extra), record.lastModified)) {
          noteMiss(storageKey);
          return null;
        }
        remember(storageKey, record);
      }
      return { value: record.value, lastModified: record.lastModified, cacheControl: record.cacheControl };
    } catch (e) {
      degrade('cache read', e);
      noteMiss(storageKey);
      return null;
    }
  }

  async set(key, data, ctx) {
    if (building || !data) return;
    const tags = tagsOf(data, ctx);
    const keys = surrogateKeys(tags);
    if (data.headers && keys) data.headers[SURROGATE_HEADER] = keys;
    // Served with every copy of this page: its own inline scripts by hash (lib/csp.mjs).
    if (data.kind === 'APP_PAGE' && data.headers && typeof data.html === 'string') data.headers['content-security-policy'] = policyForHtml(data.html);
    const record = { value: data, lastModified: renderStart(this.prefix + key), tags, cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl };
    remember(this.prefix + key, record);
    try {
      const store = await cacheStore();
      await store.set(this.prefix + key, record, keepSeconds(data));
    } catch (e) {
      degrade('cache write', e);
    }
  }

  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : tags;
    if (!list.length) return;
    // Staleness (revalidateTag(tag, 'max')) is treated as expiry: a withdrawn
    // piece must never be served, not even once while a page refreshes.
    void durations;
    try {
      await (await cacheStore()).expireTags(list, Date.now());
    } catch (e) {
      degrade('tag expiry', e);
    }
  }

  resetRequestCache() {}
}
