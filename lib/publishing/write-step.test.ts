// The write step's outbox, on a real SQLite database, a real cache store file
// and a real HTTP listener standing in for a front: a change filed by a
// process that died before announcing it is announced by the ticker, and the
// second front purge is a row any instance sends, not a timer.
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../shared/migrations.mjs';

const dir = mkdtempSync(path.join(os.tmpdir(), 'write-step-test-'));
const purges: string[][] = [];
const front = http.createServer((req, res) => {
  if (req.method === 'PURGE' && req.headers['x-purge-secret'] === 'front-secret') purges.push(String(req.headers['xkey-purge']).split(' '));
  res.end('ok');
});

type Module = typeof import('./write-step');
let step: Module;
let db: typeof import('../db').db;
let store: Awaited<ReturnType<typeof import('../cache/store.mjs').cacheStore>>;

beforeAll(async () => {
  await new Promise<void>((r) => front.listen(0, '127.0.0.1', r));
  process.env.DATABASE_URL = `file:${dir}/t.db`;
  process.env.CACHE_FILE = path.join(dir, 'cache.db');
  process.env.FRONT_PURGE_URLS = `http://127.0.0.1:${(front.address() as AddressInfo).port}/`;
  process.env.FRONT_PURGE_SECRET = 'front-secret';
  await applyMigrations({ quiet: true });
  step = await import('./write-step');
  db = (await import('../db')).db;
  store = await (await import('../cache/store.mjs')).cacheStore();
});

afterAll(async () => {
  await store?.close();
  await db?.$disconnect();
  front.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the write step', () => {
  it('announces a change whose writer died after the commit: the tags expire and both front purges are sent', async () => {
    const before = Date.now();
    // The writer commits, then "dies": it never calls afterWrite.
    await db.$transaction((tx) => step.fileChange(tx, ['article:lost-save', 'author:jane']));
    expect(await store.expiries(['article:lost-save'])).toEqual([]);

    // Not yet due: the writer is given its grace period.
    expect(await step.announceDueChanges(new Date())).toBe(0);

    await step.announceDueChanges(new Date(Date.now() + 6000));
    const expiries = await store.expiries(['article:lost-save']);
    expect(Math.min(...(expiries as number[]))).toBeGreaterThanOrEqual(before);
    expect(purges).toEqual([['article:lost-save', 'author:jane']]);

    // The second purge is due after the race window, from whichever instance polls first.
    await step.announceDueChanges(new Date(Date.now() + 10_000));
    expect(purges).toHaveLength(2);
    expect(await db.pendingChange.count()).toBe(0);
  });

  it('a write announced by its writer leaves only the second purge behind, which is sent once', async () => {
    purges.length = 0;
    const value = await step.writeChange(async () => ({ value: 42, tags: ['lists', 'article:saved'] }));
    expect(value).toBe(42);
    expect(purges).toEqual([['lists', 'article:saved']]);
    const rows = await db.pendingChange.findMany();
    expect(rows.map((r) => r.stage)).toEqual([1]);

    // Two instances poll at once: only one sends it.
    const later = new Date(Date.now() + 10_000);
    await Promise.all([step.announceDueChanges(later), step.announceDueChanges(later)]);
    expect(purges).toHaveLength(2);
    expect(await db.pendingChange.count()).toBe(0);
  });

  it('a write that fails files nothing', async () => {
    await expect(
      step.writeChange(async (tx) => {
        await tx.pendingChange.count();
        throw new Error('validation failed inside the transaction');
      }),
    ).rejects.toThrow('validation failed');
    expect(await db.pendingChange.count()).toBe(0);
  });
});
