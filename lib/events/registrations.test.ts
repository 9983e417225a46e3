// Registration on a real (SQLite) database: places then the waiting list, one
// registration per address, a cancelled place going to the first in line, the
// staff export, and the clock expiries an event files. (Through the browser,
// with the e-mail: e2e/events.management.spec.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateAt, scratchSqlite } from '../shared/test-databases.mjs';
import { articleInput } from '../admin/article-input.fixture';

const scratch = scratchSqlite('events');
let db: typeof import('../db').db;
let reg: typeof import('./registrations');
let articles: typeof import('../admin/articles');
let typeId: string;
const DAY = 24 * 3600_000;

async function event(slug: string, over: Record<string, unknown> = {}) {
  return db.article.create({
    data: { slug, title: slug, typeId, status: 'PUBLISHED', publishedAt: new Date(Date.now() - DAY), eventStartsAt: new Date(Date.now() + 7 * DAY), registrationOpen: true, registrationCapacity: 2, eventVenue: 'Room 1', ...over },
  });
}
const person = (n: string, email = `${n}@example.org`) => ({ name: n, email, organization: '' });

beforeAll(async () => {
  process.env.DATABASE_URL = scratch.url;
  process.env.CACHE_FILE = scratch.url.replace(/^file:/, '') + '.cache';
  delete process.env.SMTP_URL;
  await migrateAt(scratch.url);
  db = (await import('../db')).db;
  reg = await import('./registrations');
  articles = await import('../admin/articles');
  typeId = (await db.contentType.create({ data: { slug: 'event', name: 'Event', pluralName: 'Events' } })).id;
  await db.author.create({ data: { id: 'ann', slug: 'ann', name: 'Ann', sortName: 'ann' } });
  await db.user.create({ data: { id: 'u1', email: 'ed@example.org', name: 'Ed', role: 'EDITOR' } });
});

afterAll(async () => {
  await db?.$disconnect();
  await scratch.drop();
});

describe('registering', () => {
  it('gives places up to the capacity, then the waiting list; a second sign-up of one address changes nothing', async () => {
    await event('forum');
    expect(await reg.register('forum', person('ann'))).toEqual({ status: 'confirmed', again: false });
    expect(await reg.register('forum', person('bob'))).toEqual({ status: 'confirmed', again: false });
    expect(await reg.register('forum', person('cy'))).toEqual({ status: 'waitlisted', again: false });
    expect(await reg.register('forum', person('ann'))).toEqual({ status: 'confirmed', again: true });
    expect(await db.eventRegistration.count()).toBe(3);
  });

  it('refuses drafts, unknown events, closed registration and events that are over', async () => {
    await event('draft-event', { status: 'DRAFT', publishedAt: null });
    await event('closed-event', { registrationOpen: false });
    await event('over-event', { eventStartsAt: new Date(Date.now() - 2 * DAY) });
    await expect(reg.register('draft-event', person('dee'))).rejects.toThrow('There is no such event.');
    await expect(reg.register('nowhere', person('dee'))).rejects.toThrow('There is no such event.');
    await expect(reg.register('closed-event', person('dee'))).rejects.toThrow('Registration for this event is closed.');
    await expect(reg.register('over-event', person('dee'))).rejects.toThrow('Registration for this event is closed.');
  });

  it('a cancelled place goes to the first on the waiting list; the link works once', async () => {
    await event('seminar', { registrationCapacity: 1 });
    // Tokens only travel by e-mail; here they are planted by hand to follow one through.
    await reg.register('seminar', person('first'));
    await reg.register('seminar', person('second'));
    await reg.register('seminar', person('third'));
    const { createHash } = await import('node:crypto');
    const token = 'a'.repeat(32);
    await db.eventRegistration.updateMany({ where: { email: 'first@example.org', article: { slug: 'seminar' } }, data: { tokenHash: createHash('sha256').update(token).digest('hex') } });
    expect(await reg.registrationByToken(token)).toMatchObject({ name: 'first', status: 'confirmed', slug: 'seminar' });
    expect(await reg.cancelRegistration(token)).toBe(true);
    expect(await reg.cancelRegistration(token)).toBe(false);
    const rows = await reg.listRegistrants((await db.article.findUniqueOrThrow({ where: { slug: 'seminar' } })).id);
    expect(rows.map((r) => `${r.name}:${r.status}`)).toEqual(['second:confirmed', 'third:waitlisted', 'first:cancelled']);
    expect(await reg.cancelRegistration('not-a-token')).toBe(false);
  });

  it('someone who cancelled may sign up again, and takes their place in line anew', async () => {
    const { id } = await db.article.findUniqueOrThrow({ where: { slug: 'seminar' } });
    expect(await reg.register('seminar', person('first'))).toEqual({ status: 'waitlisted', again: false });
    expect((await reg.listRegistrants(id)).map((r) => `${r.name}:${r.status}`)).toEqual(['second:confirmed', 'third:waitlisted', 'first:waitlisted']);
  });
});

describe('the staff export', () => {
  it('is CSV with a header, and a cell that would run as a spreadsheet formula is defused', () => {
    const csv = reg.registrantsCsv([
      { name: '=HYPERLINK("http://evil.example","x")', email: 'e@example.org', organization: '+1 Inc, "Quoted"', status: 'confirmed', createdAt: new Date('2027-01-02T03:04:05Z') },
    ]);
    expect(csv.split('\n')[0]).toBe('Name,E-mail,Organization,Status,Registered (UTC)');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv).toContain(`"'+1 Inc, ""Quoted"""`);
    expect(csv).toContain('2027-01-02T03:04:05.000Z');
  });
});

describe('the clock', () => {
  it('saving an event files expiries of its page and the events index for its start and end, not for times past', async () => {
    const startsAt = new Date(Date.now() + 3 * DAY);
    const endsAt = new Date(startsAt.getTime() + 3600_000);
    await db.pendingChange.deleteMany();
    await articles.createArticle(articleInput(typeId, { slug: 'launch', eventStartsAt: startsAt, eventEndsAt: endsAt, eventVenue: 'Hall' }), 'u1');
    const due = (await db.pendingChange.findMany({ where: { tags: { contains: 'events' } }, orderBy: { dueAt: 'asc' } })).map((r) => [r.dueAt.toISOString(), r.tags]);
    expect(due).toEqual([
      [startsAt.toISOString(), 'article:launch events lists'],
      [endsAt.toISOString(), 'article:launch events lists'],
    ]);
    await db.pendingChange.deleteMany();
    await articles.createArticle(articleInput(typeId, { slug: 'long-ago', eventStartsAt: new Date(Date.now() - 9 * DAY), eventVenue: 'Hall' }), 'u1');
    expect(await db.pendingChange.count({ where: { tags: { contains: 'events' } } })).toBe(0);
  });
});

describe('registrations are not kept long after the event', () => {
  it('deletes them KEEP_REGISTRATIONS_DAYS after the end (or the default length with no end), and those of pieces that are no longer events', async () => {
    const now = new Date();
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    const keep = reg.KEEP_REGISTRATIONS_DAYS;
    const endedLongAgo = await event('retention-ended-long-ago', { eventStartsAt: ago(keep + 2), eventEndsAt: ago(keep + 1) });
    const noEndLongAgo = await event('retention-no-end-long-ago', { eventStartsAt: ago(keep + 1), eventEndsAt: null });
    // Started just before the cutoff but, with the default length, ended after it.
    const noEndJustInside = await event('retention-no-end-inside', { eventStartsAt: new Date(ago(keep).getTime() - 30 * 60_000), eventEndsAt: null });
    const recent = await event('retention-recent', { eventStartsAt: ago(11), eventEndsAt: ago(10) });
    const notAnEvent = await event('retention-not-an-event', { eventStartsAt: null });
    let n = 0;
    const add = (articleId: string, createdAt = now) => db.eventRegistration.create({ data: { articleId, name: 'R', email: `r${n}@example.org`, status: 'confirmed', tokenHash: `retention-${n++}`, createdAt } });
    await add(endedLongAgo.id);
    await add(noEndLongAgo.id);
    await add(noEndJustInside.id);
    await add(recent.id);
    await add(notAnEvent.id, ago(keep + 1));
    await add(notAnEvent.id, ago(5));
    expect(await reg.forgetPastRegistrations(now)).toBe(3);
    const left = await db.eventRegistration.findMany({ where: { tokenHash: { startsWith: 'retention-' } }, select: { articleId: true, createdAt: true } });
    expect(left.map((r) => r.articleId).sort()).toEqual([noEndJustInside.id, recent.id, notAnEvent.id].sort());
    // Run again, as every instance does: nothing more goes.
    expect(await reg.forgetPastRegistrations(now)).toBe(0);
  });
});
