// Change notices to an event's registrants (lib/events/notices.ts) on a real
// database and a real SMTP server: a move is told once to each active
// registrant even with two instances at once, a change undone before the run
// is never told, a withdrawal and a return are told, and a notice the mail
// server refused is sent on a later run. Run per database by
// notices.sqlite.test.ts and notices.postgres.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateAt } from '../shared/test-databases.mjs';
import { startTestSmtp, type ReceivedMail, type TestSmtp } from '../shared/test-smtp';

export function noticesSuite(name: string, open: () => Promise<{ url: string; drop: () => Promise<void> }>) {
  describe(`event change notices on ${name}`, () => {
    let drop: () => Promise<void>;
    let db: typeof import('../db').db;
    let notices: typeof import('./notices');
    let reg: typeof import('./registrations');
    let smtp: TestSmtp;
    const DAY = 86_400_000;
    const startsAt = new Date(Date.now() + 10 * DAY);
    let eventId = '';

    const take = () => smtp.inbox.splice(0, smtp.inbox.length).sort((a, b) => (a.to[0] < b.to[0] ? -1 : 1));
    const calendarOf = (m: ReceivedMail) => m.attachments.find((a) => a.filename === 'event.ics')?.content ?? null;

    beforeAll(async () => {
      smtp = await startTestSmtp();
      process.env.SMTP_URL = smtp.url;
      process.env.SITE_URL = 'https://think.example';
      const target = await open();
      drop = target.drop;
      process.env.DATABASE_URL = target.url;
      process.env.CACHE_FILE = `${process.env.TMPDIR ?? '/tmp'}/notices-${Date.now()}.cache`;
      await migrateAt(target.url);
      db = (await import('../db')).db;
      notices = await import('./notices');
      reg = await import('./registrations');
      const type = await db.contentType.create({ data: { slug: 'event', name: 'Event', pluralName: 'Events' } });
      const event = await db.article.create({
        data: { slug: 'forum', title: 'Forum on deterrence', dek: 'A discussion.', typeId: type.id, status: 'PUBLISHED', publishedAt: new Date(Date.now() - DAY), eventStartsAt: startsAt, eventVenue: 'Room 1', registrationOpen: true, registrationCapacity: 2 },
      });
      eventId = event.id;
      // Registered through the real path, with mail off (its confirmation reads the page cache, which needs Next).
      const smtpUrl = process.env.SMTP_URL;
      delete process.env.SMTP_URL;
      for (const n of ['ann', 'bob', 'cy']) await reg.register('forum', { name: n, email: `${n}@example.org`, organization: '' });
      process.env.SMTP_URL = smtpUrl;
      await db.eventRegistration.update({ where: { articleId_email: { articleId: eventId, email: 'bob@example.org' } }, data: { status: 'cancelled' } });
    });

    afterAll(async () => {
      await db?.$disconnect();
      await drop?.();
      await smtp?.close();
    });

    it('registering records what the registrant was told; with nothing changed, nothing is sent', async () => {
      const rows = await db.eventRegistration.findMany({ where: { articleId: eventId }, orderBy: { email: 'asc' }, select: { email: true, status: true, noticeKey: true } });
      expect(rows.map((r) => r.status)).toEqual(['confirmed', 'cancelled', 'waitlisted']);
      for (const r of rows) expect(r.noticeKey).toContain('Room 1');
      expect(await notices.sendEventNotices()).toEqual({ sent: 0, failed: 0 });
      expect(smtp.inbox).toHaveLength(0);
    });

    it('a move is told once to each active registrant, with two instances at once; cancelled ones hear nothing', async () => {
      const moved = new Date(startsAt.getTime() + 2 * 3600_000);
      await db.article.update({ where: { id: eventId }, data: { eventStartsAt: moved, eventVenue: 'Hall B' } });
      const runs = await Promise.all([notices.sendEventNotices(), notices.sendEventNotices()]);
      expect(runs.reduce((n, r) => n + r!.sent, 0)).toBe(2);
      const mails = take();
      expect(mails.map((m) => m.to[0])).toEqual(['ann@example.org', 'cy@example.org']);
      for (const m of mails) {
        expect(m.subject).toBe('Changed: Forum on deterrence');
        expect(m.text).toContain('Where: Hall B');
        expect(m.text).toContain('https://think.example/publications/forum');
      }
      // The confirmed registrant gets the new calendar file; the one waiting, a word about the list.
      const stamp = moved.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
      expect(calendarOf(mails[0])).toContain(`DTSTART:${stamp}`);
      expect(calendarOf(mails[1])).toBeNull();
      expect(mails[1].text).toContain('still on the waiting list');
      expect(await notices.sendEventNotices()).toEqual({ sent: 0, failed: 0 });
    });

    it('a change undone before the run is never told', async () => {
      await db.article.update({ where: { id: eventId }, data: { eventVenue: 'Hall C' } });
      await db.article.update({ where: { id: eventId }, data: { eventVenue: 'Hall B' } });
      expect(await notices.sendEventNotices()).toEqual({ sent: 0, failed: 0 });
      expect(smtp.inbox).toHaveLength(0);
    });

    it('withdrawing the event is told, and so is its return', async () => {
      await db.article.update({ where: { id: eventId }, data: { status: 'UNPUBLISHED' } });
      expect((await notices.sendEventNotices())!.sent).toBe(2);
      expect(take().map((m) => m.subject)).toEqual(['Withdrawn: Forum on deterrence', 'Withdrawn: Forum on deterrence']);
      await db.article.update({ where: { id: eventId }, data: { status: 'PUBLISHED' } });
      expect((await notices.sendEventNotices())!.sent).toBe(2);
      const back = take();
      expect(back.map((m) => m.subject)).toEqual(['Back on: Forum on deterrence', 'Back on: Forum on deterrence']);
      expect(back[0].text).toContain('Where: Hall B');
    });

    it('a notice the mail server refuses is sent on a later run, once', async () => {
      await db.article.update({ where: { id: eventId }, data: { eventOnlineUrl: 'https://video.example/forum' } });
      smtp.refuse = true;
      expect(await notices.sendEventNotices()).toEqual({ sent: 0, failed: 1 });
      smtp.refuse = false;
      expect(await notices.sendEventNotices()).toEqual({ sent: 2, failed: 0 });
      const mails = take();
      expect(mails.map((m) => m.to[0])).toEqual(['ann@example.org', 'cy@example.org']);
      for (const m of mails) expect(m.text).toContain('https://video.example/forum');
      expect(await notices.sendEventNotices()).toEqual({ sent: 0, failed: 0 });
    });

    it('an event that is over is not told of', async () => {
      await db.article.update({ where: { id: eventId }, data: { eventStartsAt: new Date(Date.now() - 3 * DAY), eventEndsAt: new Date(Date.now() - 3 * DAY + 3600_000) } });
      expect(await notices.sendEventNotices()).toEqual({ sent: 0, failed: 0 });
    });
  });
}
