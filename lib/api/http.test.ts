// The read API's rate limit and ETags on a real (SQLite) database: counted per
// client address as a trusted front reports it, shared through the database
// (so every instance counts the same), never by an address the client wrote.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateAt, scratchSqlite } from '../shared/test-databases.mjs';

const scratch = scratchSqlite('api');
let db: typeof import('../db').db;
let http: typeof import('./http');

beforeAll(async () => {
  process.env.DATABASE_URL = scratch.url;
  process.env.TRUSTED_PROXY_HOPS = '1';
  process.env.API_RATE_LIMIT = '3';
  await migrateAt(scratch.url);
  db = (await import('../db')).db;
  http = await import('./http');
  await db.author.create({ data: { slug: 'ann-arbor', name: 'Ann Arbor', sortName: 'Arbor, Ann' } });
});

afterAll(async () => {
  delete process.env.TRUSTED_PROXY_HOPS;
  delete process.env.API_RATE_LIMIT;
  await db?.$disconnect();
  await scratch.drop();
});

const ask = (forwardedFor: string | null, extra: Record<string, string> = {}) =>
  http.answerApi(new Request('http://site.test/api/v1/experts', { headers: { ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}), ...extra } }), ['experts']);

describe('read API rate limit', () => {
  it('answers three requests from one address, then 429 with Retry-After; another address is unaffected', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await ask('203.0.113.5')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await ask('203.0.113.5');
    expect(limited.headers.get('retry-after')).toBe('60');
    expect((await limited.json()).error.status).toBe(429);
    const other = await ask('198.51.100.7');
    expect(other.status).toBe(200);
    expect(other.headers.get('ratelimit-remaining')).toBe('2');
  });

  it('counts the address the front appended, not one the client put in front of it', async () => {
    // The client claims to be 198.51.100.99; the front appended the real 203.0.113.5, which is spent.
    expect((await ask('198.51.100.99, 203.0.113.5')).status).toBe(429);
  });

  it('an ETag the client already has gets 304 with no body', async () => {
    const first = await ask('192.0.2.1');
    const etag = first.headers.get('etag')!;
    const again = await ask('192.0.2.1', { 'if-none-match': `W/${etag}` });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('access-control-allow-origin')).toBe('*');
  });
});
