import 'server-only';
// Registration for events: a place while there are places, then the waiting
// list; a cancelled place goes to the first on the list, who is told by
// e-mail. Places are counted inside the transaction that takes one, with the
// event's row locked on PostgreSQL (SQLite runs one writer at a time), so two
// people can never both get the last place.
import { createHash, randomBytes } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import { db, type Tx } from '../db';
import { isPostgres, Prisma } from '../sql-dialect';
import { tags } from '../cache-tags';
import { site } from '../site';
import { mailConfigured, sendMail } from '../mail';
import { formatInZone } from '../time-zones';
import { isPublic } from '../visibility';
import { writeChange } from '../publishing/write-step';
import { availabilityOf, DEFAULT_EVENT_MS } from './schedule';
import { noticeKey } from './notices';
import { eventCalendar } from './index';
import { getPublicArticle } from '../articles';

export type RegistrationStatus = 'confirmed' | 'waitlisted' | 'cancelled';
export type Registrant = { name: string; email: string; organization: string };

export class RegistrationRefused extends Error {}

// When registration opens for a popular event, sign-ups queue for the event's
// lock: each waits its turn (up to 15 s for a connection) rather than failing.
const RUSH = { maxWait: 15_000, timeout: 20_000 };

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const cancelLink = (token: string) => `${site.url}/events/cancel?token=${token}`;

async function lockEvent(tx: Tx, articleId: string) {
  if (isPostgres) await tx.$queryRaw(Prisma.sql`SELECT id FROM articles WHERE id = ${articleId} FOR UPDATE`);
}

type EventRow = { id: string; slug: string; title: string; status: string; publishedAt: Date | null; eventStartsAt: Date | null; eventEndsAt: Date | null; eventVenue: string | null; eventOnlineUrl: string | null; registrationOpen: boolean; registrationCapacity: number | null };
const eventRowSelect = { id: true, slug: true, title: true, status: true, publishedAt: true, eventStartsAt: true, eventEndsAt: true, eventVenue: true, eventOnlineUrl: true, registrationOpen: true, registrationCapacity: true } as const;

async function availabilityIn(tx: Tx, e: EventRow, now: Date) {
  const confirmed = await tx.eventRegistration.count({ where: { articleId: e.id, status: 'confirmed' } });
  return availabilityOf({ registrationOpen: e.registrationOpen, capacity: e.registrationCapacity, confirmed, startsAt: e.eventStartsAt!, endsAt: e.eventEndsAt }, now);
}

/**
 * Signs someone up for the public event at `slug`. One registration per
 * address and event: signing up again answers with the place already held
 * (and sends nothing, so the form cannot be used to flood someone's inbox).
 */
export async function register(slug: string, person: Registrant): Promise<{ status: Exclude<RegistrationStatus, 'cancelled'>; again: boolean }> {
  const now = new Date();
  const token = randomBytes(24).toString('base64url');
  const outcome = await writeChange(async (tx) => {
    const event = await tx.article.findUnique({ where: { slug }, select: eventRowSelect });
    if (!event || !event.eventStartsAt || !isPublic(event, now)) throw new RegistrationRefused('There is no such event.');
    await lockEvent(tx, event.id);
    const before = await availabilityIn(tx, event, now);
    if (before === 'closed') throw new RegistrationRefused('Registration for this event is closed.');
    const existing = await tx.eventRegistration.findUnique({ where: { articleId_email: { articleId: event.id, email: person.email } } });
    if (existing && existing.status !== 'cancelled') return { value: { status: existing.status as 'confirmed' | 'waitlisted', again: true, event }, tags: [] };
    const status = before === 'open' ? 'confirmed' : 'waitlisted';
    // What the confirmation e-mail describes: a later change is told (lib/events/notices.ts).
    const data = { name: person.name, organization: person.organization, status, tokenHash: hash(token), noticeKey: noticeKey(event, now) };
    // Someone signing up again after cancelling joins the back of the line.
    if (existing) await tx.eventRegistration.update({ where: { id: existing.id }, data: { ...data, createdAt: now } });
    else await tx.eventRegistration.create({ data: { articleId: event.id, email: person.email, ...data } });
    // The cached page says whether places remain: it is re-read only when that changes.
    const after = await availabilityIn(tx, event, now);
    return { value: { status: status as 'confirmed' | 'waitlisted', again: false, event }, tags: after !== before ? [tags.article(event.slug), tags.events] : [] };
  }, RUSH);
  if (!outcome.again) await sendRegistrationMail(outcome.event.slug, person, outcome.status, token);
  return { status: outcome.status, again: outcome.again };
}

async function sendRegistrationMail(slug: string, person: Registrant, status: 'confirmed' | 'waitlisted' | 'promoted', token: string) {
  if (!mailConfigured()) return;
  const article = await getPublicArticle(slug);
  if (!article?.event) return;
  const when = formatInZone(article.event.startsAt, site.timeZone);
  const where = [article.event.venue, article.event.onlineUrl].filter(Boolean).join(' · ');
  const url = `${site.url}/publications/${slug}`;
  const opening = {
    confirmed: `Your place at "${article.title}" is confirmed.`,
    promoted: `A place has become free at "${article.title}", and it is yours.`,
    waitlisted: `"${article.title}" is full, so you are on the waiting list. If a place becomes free, it goes to the first on the list, and we will write to you.`,
  }[status];
  const calendar = status === 'waitlisted' ? null : eventCalendar(article);
  await sendMail({
    to: [person.email],
    subject: status === 'waitlisted' ? `Waiting list: ${article.title}` : `Registered: ${article.title}`,
    text: [
      `Dear ${person.name},`,
      '',
      opening,
      '',
      `When: ${when}`,
      where ? `Where: ${where}` : null,
      `Details: ${url}`,
      '',
      `If you cannot come, cancel here so someone else can have the place: ${cancelLink(token)}`,
      '',
      site.name,
    ]
      .filter((l) => l !== null)
      .join('\n'),
    attachments: calendar ? [{ filename: 'event.ics', content: calendar, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }] : undefined,
  });
}

/** What a cancellation link points at, for its confirmation page. */
export async function registrationByToken(token: string): Promise<{ name: string; status: string; slug: string; title: string } | null> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const row = await db.eventRegistration.findUnique({ where: { tokenHash: hash(token) }, select: { name: true, status: true, article: { select: { slug: true, title: true } } } });
  return row ? { name: row.name, status: row.status, slug: row.article.slug, title: row.article.title } : null;
}

/**
 * Cancels the registration the link names. A confirmed place goes to the
 * first on the waiting list, who gets a new link and the calendar file.
 */
export async function cancelRegistration(token: string): Promise<boolean> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return false;
  const now = new Date();
  const newToken = randomBytes(24).toString('base64url');
  const result = await writeChange(async (tx) => {
    const row = await tx.eventRegistration.findUnique({ where: { tokenHash: hash(token) }, select: { id: true, status: true, articleId: true } });
    if (!row || row.status === 'cancelled') return { value: null, tags: [] };
    await lockEvent(tx, row.articleId);
    const event = (await tx.article.findUnique({ where: { id: row.articleId }, select: eventRowSelect }))!;
    const before = event.eventStartsAt ? await availabilityIn(tx, event, now) : 'closed';
    await tx.eventRegistration.update({ where: { id: row.id }, data: { status: 'cancelled' } });
    let promoted: Registrant | null = null;
    if (row.status === 'confirmed' && before !== 'closed') {
      const next = await tx.eventRegistration.findFirst({ where: { articleId: row.articleId, status: 'waitlisted' }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
      if (next) {
        await tx.eventRegistration.update({ where: { id: next.id }, data: { status: 'confirmed', tokenHash: hash(newToken) } });
        promoted = { name: next.name, email: next.email, organization: next.organization };
      }
    }
    const after = event.eventStartsAt ? await availabilityIn(tx, event, now) : 'closed';
    return { value: { slug: event.slug, promoted }, tags: after !== before ? [tags.article(event.slug), tags.events] : [] };
  }, RUSH);
  if (!result) return false;
  if (result.promoted) await sendRegistrationMail(result.slug, result.promoted, 'promoted', newToken);
  return true;
}

export type RegistrantRow = { name: string; email: string; organization: string; status: RegistrationStatus; createdAt: Date };

/** Everyone who signed up, places first, then the waiting list in its order, then cancellations. */
export async function listRegistrants(articleId: string): Promise<RegistrantRow[]> {
  const rows = await db.eventRegistration.findMany({ where: { articleId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { name: true, email: true, organization: true, status: true, createdAt: true } });
  const rank = { confirmed: 0, waitlisted: 1, cancelled: 2 } as Record<string, number>;
  return (rows as RegistrantRow[]).sort((a, b) => rank[a.status] - rank[b.status]);
}

/**
 * The registrants as CSV for a spreadsheet. A cell starting with = + - @ or a
 * tab is prefixed with an apostrophe: a registrant's "name" must not run as a
 * formula on a colleague's computer.
 */
export function registrantsCsv(rows: RegistrantRow[]): string {
  const safe = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
  return stringify([
    ['Name', 'E-mail', 'Organization', 'Status', 'Registered (UTC)'],
    ...rows.map((r) => [safe(r.name), safe(r.email), safe(r.organization), r.status, r.createdAt.toISOString()]),
  ]);
}

/** How long after an event ends its registrations are kept (for follow-ups such as sending the recording). */
export const KEEP_REGISTRATIONS_DAYS = Number(process.env.EVENT_REGISTRATIONS_KEEP_DAYS ?? 90);

/**
 * Deletes the registrations of events that ended more than
 * KEEP_REGISTRATIONS_DAYS ago, and of pieces that are no longer events, so
 * names and addresses are not kept longer than the event needs them. Run by
 * every instance's ticker; deleting what is already gone is harmless.
 */
export async function forgetPastRegistrations(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - KEEP_REGISTRATIONS_DAYS * 86_400_000);
  const gone = await db.eventRegistration.deleteMany({
    where: {
      OR: [
        { article: { eventEndsAt: { lt: cutoff } } },
        { article: { eventEndsAt: null, eventStartsAt: { lt: new Date(cutoff.getTime() - DEFAULT_EVENT_MS) } } },
        { article: { eventStartsAt: null }, createdAt: { lt: cutoff } },
      ],
    },
  });
  return gone.count;
}
