// The cache handler against both real stores: a SQLite file (the embedded
// default) and Redis (database 8 of the machine's server, emptied first).
// A "restart" drops the process's store and opens it again, as a new process would.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from 'redis';
import CacheHandler from './handler.mjs';
import { ALL, cacheStore, isExpired, RACE_WINDOW_MS } from './store.mjs';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/8';
const GLOBAL = Symbol.for('thinktank.cacheStore');
const work = mkdtempSync(path.join(tmpdir(), 'cache-handler-'));

function fakeBuild(id: string): string {
  const dist = path.join(work, id);
  mkdirSync(path.join(dist, 'server'), { recursive: true });
  writeFileSync(path.join(dist, 'BUILD_ID'), id);
  return path.join(dist, 'server');
}

async function restart() {
  const g = globalThis as Record<symbol, Promise<{ close(): Promise<void> }> | undefined>;
  const store = await g[GLOBAL];
  await store?.close();
  delete g[GLOBAL];
}

const fetchEntry = (data: unknown) => ({ kind: 'FETCH', data: { headers: {}, body: JSON.stringify(data), status: 200, url: '' }, revalidate: false });
const pageEntry = (html: string, tags: string[]) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(`rsc:${html}`),
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
  headers: { 'x-next-cache-tags': tags.join(',') },
  postponed: undefined,
  status: 200,
});

/** Waits past the race window, so an entry stored now is newer than every expiry before it. */
const afterRaceWindow = () => new Promise((r) => setTimeout(r, RACE_WINDOW_MS + 20));

for (const backend of ['sqlite', 'redis'] as const) {
  describe(`cache handler on ${backend}`, () => {
    let serverDistDir: string;

    beforeAll(async () => {
      await restart();
      if (backend === 'redis') {
        process.env.REDIS_URL = REDIS_URL;
        const client = createClient({ url: REDIS_URL });
        await client.connect();
        await client.flushDb();
        await client.close();
      } else {
        delete process.env.REDIS_URL;
        process.env.CACHE_FILE = path.join(work, 'cache.db');
      }
      serverDistDir = fakeBuild(`build-${backend}`);
    });

    beforeEach(async () => {
      // A fresh store per test may still be connecting: wait until it answers.
      const store = await cacheStore();
      for (let i = 0; i < 50 && !(await store.healthy()); i++) await new Promise((r) => setTimeout(r, 50));
    });

    afterAll(async () => {
      await restart();
      delete process.env.REDIS_URL;
    });

    it('returns what it stored, Buffers and Maps included', async () => {
      const handler = new CacheHandler({ serverDistDir });
      await handler.set('/page-a', pageEntry('<p>a</p>', ['article:a', 'lists']), { cacheControl: { revalidate: 1, expire: 3600 } });
      const got = await handler.get('/page-a', { kind: 'APP_PAGE' });
      expect(got.value.html).toBe('<p>a</p>');
      expect(Buffer.isBuffer(got.value.rscData)).toBe(true);
      expect(got.value.rscData.toString()).toBe('rsc:<p>a</p>');
      expect(got.value.segmentData.get('/_tree').toString()).toBe('tree');
      expect(got.cacheControl).toEqual({ revalidate: 1, expire: 3600 });
    });

    it('names a page’s own tags for the front, leaving out Next’s implicit path tags', async () => {
      const handler = new CacheHandler({ serverDistDir });
      const entry = pageEntry('<p>k</p>', ['_N_T_/layout', '_N_T_/publications/k', 'article:k', 'author:jane']);
      await handler.set('/page-k', entry, {});
      expect((entry.headers as Record<string, string>).xkey).toBe('article:k author:jane');
      expect((await handler.get('/page-k', { kind: 'APP_PAGE' })).value.headers.xkey).toBe('article:k author:jane');
    });

    it('never returns an entry after one of its tags expires, even across a restart', async () => {
      const handler = new CacheHandler({ serverDistDir });
      await handler.set('/page-b', pageEntry('<p>b</p>', ['article:b']), {});
      await handler.set('data-b', fetchEntry({ title: 'B' }), { fetchCache: true, tags: ['article:b', 'lists'] });
      await handler.set('data-c', fetchEntry({ title: 'C' }), { fetchCache: true, tags: ['article:c'] });
      await handler.revalidateTag(['lists', 'article:b'], { expire: 0 });
      await restart();
      const again = new CacheHandler({ serverDistDir });
      expect(await again.get('/page-b', { kind: 'APP_PAGE' })).toBeNull();
      expect(await again.get('data-b', { kind: 'FETCH', tags: ['article:b', 'lists'] })).toBeNull();
      // Untouched tags keep their entries.
      expect((await again.get('data-c', { kind: 'FETCH', tags: ['article:c'] })).value.data.body).toBe('{"title":"C"}');
    });

    it('a render that began before a write, and is stored after the write expired its tags, is never served', async () => {
      const handler = new CacheHandler({ serverDistDir });
      const pause = () => new Promise((r) => setTimeout(r, 5));
      // A reader's request finds nothing and starts rendering from the database as it was…
      expect(await handler.get('/page-race', { kind: 'APP_PAGE' })).toBeNull();
      await pause();
      // …an editor's save commits and expires the page's tags…
      await handler.revalidateTag(['article:race'], { expire: 0 });
      await pause();
      // …and the render, with the old text, is stored only now.
      await handler.set('/page-race', pageEntry('<p>old text</p>', ['article:race']), {});
      expect(await new CacheHandler({ serverDistDir }).get('/page-race', { kind: 'APP_PAGE' })).toBeNull();
      // The next render, begun after the write, is kept.
      expect(await handler.get('/page-race', { kind: 'APP_PAGE' })).toBeNull();
      await handler.set('/page-race', pageEntry('<p>new text</p>', ['article:race']), {});
      expect((await handler.get('/page-race', { kind: 'APP_PAGE' })).value.html).toBe('<p>new text</p>');
    });

    it('a copy this process keeps in memory still obeys an expiry written by another instance', async () => {
      const handler = new CacheHandler({ serverDistDir });
      await handler.set('/page-m', pageEntry('<p>m</p>', ['article:m']), {});
      await afterRaceWindow();
      expect((await handler.get('/page-m', { kind: 'APP_PAGE' })).value.html).toBe('<p>m</p>');
      // Another instance writes the expiry straight to the shared store.
      await (await cacheStore()).expireTags(['article:m']);
      expect(await handler.get('/page-m', { kind: 'APP_PAGE' })).toBeNull();
    });

    it('a render stored just after an expiry is served only until the deferred expiry, then rendered again', async () => {
      const handler = new CacheHandler({ serverDistDir });
      await handler.revalidateTag('topic:race', { expire: 0 });
      await new Promise((r) => setTimeout(r, 5));
      // It may have begun before the write: kept for now...
      await handler.set('racing', fetchEntry({ v: 'maybe old' }), { fetchCache: true, tags: ['topic:race'] });
      expect((await handler.get('racing', { kind: 'FETCH', tags: ['topic:race'] })).value.data.body).toBe('{"v":"maybe old"}');
      // ...but not past the window, even read from another process's store.
      await afterRaceWindow();
      await restart();
      expect(await new CacheHandler({ serverDistDir }).get('racing', { kind: 'FETCH', tags: ['topic:race'] })).toBeNull();
      // A render stored after the window is kept.
      await handler.set('racing', fetchEntry({ v: 'fresh' }), { fetchCache: true, tags: ['topic:race'] });
      expect((await handler.get('racing', { kind: 'FETCH', tags: ['topic:race'] })).value.data.body).toBe('{"v":"fresh"}');
    });

    it('checks the tags a read names, not only those stored with the entry', async () => {
      const handler = new CacheHandler({ serverDistDir });
      await handler.set('soft', fetchEntry({ v: 1 }), { fetchCache: true, tags: ['author:x'] });
      await afterRaceWindow();
      await handler.revalidateTag('_N_T_/experts/x', { expire: 0 });
      expect(await handler.get('soft', { kind: 'FETCH', tags: ['author:x'], softTags: ['_N_T_/experts/x'] })).toBeNull();
    });

    it('keeps builds apart: a new build never reads an old build’s pages', async () => {
      const old = new CacheHandler({ serverDistDir });
      await old.set('/shared-path', pageEntry('<p>old build</p>', ['lists']), {});
      const next = new CacheHandler({ serverDistDir: fakeBuild(`next-build-${backend}`) });
      expect(await next.get('/shared-path', { kind: 'APP_PAGE' })).toBeNull();
      expect((await old.get('/shared-path', { kind: 'APP_PAGE' })).value.html).toBe('<p>old build</p>');
    });

    it('expiring everything (after a Redis outage) discards every older entry', async () => {
      const handler = new CacheHandler({ serverDistDir });
      await handler.set('before-outage', fetchEntry({ v: 1 }), { fetchCache: true, tags: ['unrelated'] });
      await afterRaceWindow();
      await (await cacheStore()).expireTags([ALL]);
      expect(await handler.get('before-outage', { kind: 'FETCH', tags: ['unrelated'] })).toBeNull();
    });
  });
}

describe('cache handler while its Redis is unreachable', () => {
  beforeAll(async () => {
    await restart();
    process.env.REDIS_URL = 'redis://127.0.0.1:1/0';
  });
  afterAll(async () => {
    await restart();
    delete process.env.REDIS_URL;
  });

  it('misses (the page renders from the database) instead of failing or hanging', async () => {
    const handler = new CacheHandler({ serverDistDir: fakeBuild('down') });
    await handler.set('x', fetchEntry({ v: 1 }), { fetchCache: true, tags: ['t'] });
    expect(await handler.get('x', { kind: 'FETCH', tags: ['t'] })).toBeNull();
    expect(await (await cacheStore()).healthy()).toBe(false);
  });
});

describe('isExpired', () => {
  it('counts an expiry at or after the entry once it has passed, but not a future one or an older one', () => {
    const stored = 1_000_000;
    expect(isExpired([stored + 10], stored, stored + 20)).toBe(true);
    expect(isExpired([stored], stored, stored + 20)).toBe(true);
    expect(isExpired([stored - 1], stored, stored + 20)).toBe(false);
    // The deferred expiry of a write made just before the entry was stored.
    expect(isExpired([stored - 5, stored - 5 + RACE_WINDOW_MS], stored, stored + 20)).toBe(false);
    expect(isExpired([stored - 5, stored - 5 + RACE_WINDOW_MS], stored, stored + RACE_WINDOW_MS)).toBe(true);
    expect(isExpired([null, null], stored, stored + 20)).toBe(false);
  });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));
