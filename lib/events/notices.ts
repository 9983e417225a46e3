import 'server-only';
// Registrants hear when an event they hold or wait for a place at changes:
// moved to another time, another place or another online address, withdrawn
// from the site, or back again. What each registrant was last told is kept
// on their registration (noticeKey, set when they register), and compared
// with the live event by every instance's ticker once a minute. Comparing
// the live row, not the save, means a change is announced when readers can
// see it: staged edits and embargoed updates are told when they go out, and
// a change undone within the minute is never told at all.
//
// Each registrant's notice is claimed by compare-and-set on their noticeKey,
// so of several instances exactly one sends it; a notice that could not be
// sent gives its claim back and is tried again a minute later.
import { db } from '../db';
import { site } from '../site';
import { mailConfigured, sendMail } from '../mail';
import { formatInZone } from '../time-zones';
import { isPublic } from '../visibility';
import { DEFAULT_EVENT_MS } from './schedule';
import { calendarEntryOf, calendarFile } from './index';

export type NoticeFields = { status: string; publishedAt: Date | null; eventStartsAt: Date | null; eventEndsAt: Date | null; eventVenue: string | null; eventOnlineUrl: string | null };

export const WITHDRAWN = 'withdrawn';

/** What a registrant is told of an event: its time and place, or that it is not on the site. */
export function noticeKey(e: NoticeFields, now: Date): string {
  if (!e.eventStartsAt || !isPublic(e, now)) return WITHDRAWN;
  return JSON.stringify([e.eventStartsAt.toISOString(), e.eventEndsAt?.toISOString() ?? null, e.eventVenue ?? '', e.eventOnlineUrl ?? '']);
}

const ACTIVE = ['confirmed', 'waitlisted'];
const BATCH = 100;

type EventRow = NoticeFields & { id: string; slug: string; title: string; dek: string };

function noticeMail(e: EventRow, person: { name: string; email: string; status: string }, key: string, was: string) {
  const url = `${site.url}/publications/${e.slug}`;
  if (key === WITHDRAWN) {
    return {
      to: [person.email],
      subject: `Withdrawn: ${e.title}`,
      text: [
        `Dear ${person.name},`,
        '',
        `"${e.title}" has been withdrawn from our site, so it may not take place as announced. Your registration is kept: if the event returns, we will write to you with its details.`,
        '',
        site.name,
      ].join('\n'),
    };
  }
  const where = [e.eventVenue, e.eventOnlineUrl].filter(Boolean).join(' · ');
  const place = person.status === 'confirmed' ? 'Your place is kept.' : 'You are still on the waiting list; if a place becomes free, we will write to you.';
  return {
    to: [person.email],
    subject: `${was === WITHDRAWN ? 'Back on' : 'Changed'}: ${e.title}`,
    text: [
      `Dear ${person.name},`,
      '',
      was === WITHDRAWN ? `"${e.title}" is back on our site, as follows.` : `The details of "${e.title}" have changed. It now takes place as follows.`,
      '',
      `When: ${formatInZone(e.eventStartsAt!, site.timeZone)}${e.eventEndsAt ? ` until ${formatInZone(e.eventEndsAt, site.timeZone)}` : ''}`,
      where ? `Where: ${where}` : null,
      `Details: ${url}`,
      '',
      place,
      person.status === 'confirmed' ? 'The attached calendar file replaces the one we sent before.' : null,
      'If you can no longer come, use the cancellation link in your confirmation e-mail, so someone else can have the place.',
      '',
      site.name,
    ]
      .filter((l) => l !== null)
      .join('\n'),
    attachments:
      person.status === 'confirmed'
        ? [{ filename: 'event.ics', content: calendarFile(calendarEntryOf(e)), contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }]
        : undefined,
  };
}

export type NoticeRun = { sent: number; failed: number };

/** Tells every registrant of an event not yet over what changed since they were last told. Safe on several instances at once. */
export async function sendEventNotices(now = new Date()): Promise<NoticeRun | null> {
  if (!mailConfigured()) return null;
  const run: NoticeRun = { sent: 0, failed: 0 };
  const events: EventRow[] = await db.article.findMany({
    where: {
      registrations: { some: { status: { in: ACTIVE } } },
      // Not over yet (with no end, over DEFAULT_EVENT_MS after its start), or no longer an event at all.
      OR: [{ eventEndsAt: { gt: now } }, { eventEndsAt: null, eventStartsAt: { gt: new Date(now.getTime() - DEFAULT_EVENT_MS) } }, { eventStartsAt: null }],
    },
    select: { id: true, slug: true, title: true, dek: true, status: true, publishedAt: true, eventStartsAt: true, eventEndsAt: true, eventVenue: true, eventOnlineUrl: true },
    take: 500,
  });
  for (const e of events) {
    const key = noticeKey(e, now);
    // Registrations from before notices existed were told what the event is now.
    await db.eventRegistration.updateMany({ where: { articleId: e.id, noticeKey: null }, data: { noticeKey: key } });
    for (;;) {
      const behind = await db.eventRegistration.findMany({
        where: { articleId: e.id, status: { in: ACTIVE }, noticeKey: { not: key } },
        orderBy: { id: 'asc' },
        take: BATCH,
        select: { id: true, name: true, email: true, status: true, noticeKey: true },
      });
      if (behind.length === 0) break;
      let failed = false;
      for (const r of behind) {
        const claimed = await db.eventRegistration.updateMany({ where: { id: r.id, noticeKey: r.noticeKey }, data: { noticeKey: key } });
        if (claimed.count !== 1) continue;
        if (await sendMail(noticeMail(e, r, key, r.noticeKey!))) {
          run.sent++;
        } else {
          // Given back, to be tried on the next run (unless the event changed again meanwhile).
          await db.eventRegistration.updateMany({ where: { id: r.id, noticeKey: key }, data: { noticeKey: r.noticeKey } });
          run.failed++;
          failed = true;
          break;
        }
      }
      if (failed) return run;
    }
  }
  return run;
}
