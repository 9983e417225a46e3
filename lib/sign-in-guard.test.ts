// Sign-in throttling's two foundations: which address is believed, and a
// counter that stays exact under a burst of parallel guesses, on both databases.
import { afterAll, describe, expect, it } from 'vitest';
import { migrateAt, scratchPostgres, scratchSqlite, type ScratchDatabase } from './shared/test-databases.mjs';
import { createDb, type Db } from './shared/prisma-client';
import { countAttempt } from './rate-limit';
import { clientAddress } from './sign-in-guard';

describe('clientAddress', () => {
  const h = (xff?: string) => new Headers(xff === undefined ? {} : { 'x-forwarded-for': xff });
  it('believes no forwarded address without a configured front', () => {
    expect(clientAddress(h('203.0.113.9'), 0)).toBeNull();
    expect(clientAddress(h(), 0)).toBeNull();
  });
  it('behind one front, takes the address that front appended, not what the client wrote', () => {
    expect(clientAddress(h('6.6.6.6, 203.0.113.9'), 1)).toBe('203.0.113.9');
    expect(clientAddress(h('1.1.1.1,2.2.2.2, 203.0.113.9'), 1)).toBe('203.0.113.9');
  });
  it('behind a CDN and a front, takes the address the CDN saw', () => {
    expect(clientAddress(h('6.6.6.6, 198.51.100.4, 10.0.0.2'), 2)).toBe('198.51.100.4');
  });
  it('knows nothing when the chain is shorter than the trusted hops', () => {
    expect(clientAddress(h('203.0.113.9'), 2)).toBeNull();
    expect(clientAddress(h(''), 1)).toBeNull();
  });
});

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function migrated(scratch: ScratchDatabase): Promise<Db> {
  cleanups.push(scratch.drop);
  await migrateAt(scratch.url);
  const client = createDb(scratch.url);
  cleanups.push(() => client.$disconnect());
  return client;
}

const backends: { name: string; open(): Promise<Db> }[] = [
  { name: 'SQLite', open: () => migrated(scratchSqlite('sign-in-guard')) },
  { name: 'PostgreSQL', open: async () => migrated(await scratchPostgres('sign_in_guard')) },
];

for (const backend of backends) {
  describe(`countAttempt on ${backend.name}`, () => {
    it('counts a burst of parallel attempts exactly, so no guess slips past the limit', async () => {
      const client = await backend.open();
      const now = Date.now();
      const counts = await Promise.all(Array.from({ length: 20 }, () => countAttempt('sign-in:email:burst@example.org', 900, now, client)));
      expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    });

    it('starts a new window once the old one has passed, and keeps keys apart', async () => {
      const client = await backend.open();
      const start = Date.now();
      expect(await countAttempt('k:a', 60, start, client)).toBe(1);
      expect(await countAttempt('k:a', 60, start + 30_000, client)).toBe(2);
      expect(await countAttempt('k:b', 60, start + 30_000, client)).toBe(1);
      expect(await countAttempt('k:a', 60, start + 61_000, client)).toBe(1);
    });
  });
}
