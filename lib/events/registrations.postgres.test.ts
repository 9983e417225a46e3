// The last places of an event on PostgreSQL, where transactions run side by
// side: forty people registering at the same moment for five places get
// exactly five places, and the other thirty-five the waiting list.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrateAt, scratchPostgres } from '../shared/test-databases.mjs';

let scratch: Awaited<ReturnType<typeof scratchPostgres>>;
let db: typeof import('../db').db;
let reg: typeof import('./registrations');

beforeAll(async () => {
  scratch = await scratchPostgres('events');
  process.env.DATABASE_URL = scratch.url;
  delete process.env.SMTP_URL;
  await migrateAt(scratch.url);
  db = (await import('../db')).db;
  reg = await import('./registrations');
  const type = await db.contentType.create({ data: { slug: 'event', name: 'Event', pluralName: 'Events' } });
  await db.article.create({
    data: { slug: 'rush', title: 'Rush', typeId: type.id, status: 'PUBLISHED', publishedAt: new Date(Date.now() - 3600_000), eventStartsAt: new Date(Date.now() + 86_400_000), registrationOpen: true, registrationCapacity: 5, eventVenue: 'Hall' },
  });
});

afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
});

it('concurrent registrations never give away more places than there are', async () => {
  const results = await Promise.all(Array.from({ length: 40 }, (_, i) => reg.register('rush', { name: `P${i}`, email: `p${i}@example.org`, organization: '' })));
  expect(results.filter((r) => r.status === 'confirmed')).toHaveLength(5);
  expect(results.filter((r) => r.status === 'waitlisted')).toHaveLength(35);
  expect(await db.eventRegistration.count({ where: { status: 'confirmed' } })).toBe(5);
});
