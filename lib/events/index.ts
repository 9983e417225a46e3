import 'server-only';
// Events. An event is a piece with a start (Article.eventStartsAt): its page,
// revisions, workflow, search and sitemap are the piece's. Added here: when
// and where, registration's availability, the calendar file, and the index
// of upcoming and past events.
import { cache } from 'react';
import { createEvent, createEvents, type EventAttributes } from 'ics';
import { db } from '../db';
import { cached } from '../cached';
import { tags } from '../cache-tags';
import { site } from '../site';
import { publicWhere } from '../visibility';
import { pageInfo, type PageInfo } from '../pagination';
import { cardsByIds, type ArticleCard, type ArticleDetail } from '../articles';
import { availabilityOf, eventEnd } from './schedule';
import type { EventDetail } from './types';

export type { EventDetail, EventAvailability } from './types';
export { eventPhase, eventEnd } from './schedule';

export type EventFields = {
  eventStartsAt: Date | string | null;
  eventEndsAt: Date | string | null;
  eventVenue: string | null;
  eventOnlineUrl: string | null;
  registrationOpen: boolean;
  registrationCapacity: number | null;
  recordingUrl: string | null;
  transcript: string;
};

/** The event parts of a piece from its stored or staged fields; null when it has no start. */
export async function eventFrom(fields: EventFields, articleId: string | null): Promise<EventDetail | null> {
  if (!fields.eventStartsAt) return null;
  const confirmed = articleId ? await db.eventRegistration.count({ where: { articleId, status: 'confirmed' } }) : 0;
  const startsAt = new Date(fields.eventStartsAt).toISOString();
  const endsAt = fields.eventEndsAt ? new Date(fields.eventEndsAt).toISOString() : null;
  return {
    startsAt,
    endsAt,
    venue: fields.eventVenue,
    onlineUrl: fields.eventOnlineUrl,
    registrationOpen: fields.registrationOpen,
    capacity: fields.registrationCapacity,
    availability: availabilityOf({ registrationOpen: fields.registrationOpen, capacity: fields.registrationCapacity, confirmed, startsAt, endsAt }, new Date()),
    recordingUrl: fields.recordingUrl,
    transcript: fields.transcript,
  };
}

export const eventSelect = {
  eventStartsAt: true,
  eventEndsAt: true,
  eventVenue: true,
  eventOnlineUrl: true,
  registrationOpen: true,
  registrationCapacity: true,
  recordingUrl: true,
  transcript: true,
} as const;

/** The event parts of a stored piece (for its page). */
export async function eventOfArticle(articleId: string): Promise<EventDetail | null> {
  const row = await db.article.findUnique({ where: { id: articleId }, select: eventSelect });
  return row ? eventFrom(row, articleId) : null;
}

export type EventCard = ArticleCard & { startsAt: string; endsAt: string | null; venue: string | null; online: boolean };

async function eventCards(rows: { id: string; eventStartsAt: Date | null; eventEndsAt: Date | null; eventVenue: string | null; eventOnlineUrl: string | null }[], now: Date): Promise<EventCard[]> {
  const cards = await cardsByIds(rows.map((r) => r.id), now);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return cards.map((c) => {
    const r = byId.get(c.id)!;
    return { ...c, startsAt: r.eventStartsAt!.toISOString(), endsAt: r.eventEndsAt?.toISOString() ?? null, venue: r.eventVenue, online: !!r.eventOnlineUrl };
  });
}

const cardSelect = { id: true, eventStartsAt: true, eventEndsAt: true, eventVenue: true, eventOnlineUrl: true } as const;
export const PAST_EVENTS_PER_PAGE = 20;

/**
 * Upcoming events soonest first, and past ones newest first, a page at a
 * time. An event moves from one list to the other by the clock: the write
 * that saves it files an expiry of `events` for its end (lib/events/clock.ts).
 */
export const getEventsIndex = cache(async (page: number): Promise<{ upcoming: EventCard[]; past: EventCard[]; info: PageInfo }> =>
  cached(['events-index', String(page)], [tags.articles, tags.events], async () => {
    const now = new Date();
    const visible = publicWhere(now);
    // An event with no end is over DEFAULT_EVENT_MS after its start; both lists read by start.
    const candidates = await db.article.findMany({
      where: { ...visible, eventStartsAt: { gte: new Date(now.getTime() - 7 * 24 * 3600_000) } },
      orderBy: [{ eventStartsAt: 'asc' }, { id: 'asc' }],
      take: 200,
      select: cardSelect,
    });
    const upcomingRows = candidates.filter((r) => eventEnd(r.eventStartsAt!, r.eventEndsAt) > now);
    const pastWhere = { ...visible, eventStartsAt: { not: null, lte: now }, id: { notIn: upcomingRows.map((r) => r.id) } };
    const total = await db.article.count({ where: pastWhere });
    const info = pageInfo(page, total, PAST_EVENTS_PER_PAGE);
    const pastRows = await db.article.findMany({ where: pastWhere, orderBy: [{ eventStartsAt: 'desc' }, { id: 'desc' }], skip: info.skip, take: PAST_EVENTS_PER_PAGE, select: cardSelect });
    return { upcoming: page === 1 ? await eventCards(upcomingRows, now) : [], past: await eventCards(pastRows, now), info };
  }),
);

export type CalendarEntry = { id: string; slug: string; title: string; dek: string; startsAt: Date | string; endsAt: Date | string | null; venue: string | null; onlineUrl: string | null };

/** A stored event piece's row as a calendar entry (its start is set: the row is an event). */
export const calendarEntryOf = (r: Omit<CalendarEntry, 'startsAt' | 'endsAt' | 'venue' | 'onlineUrl'> & { eventStartsAt: Date | null; eventEndsAt: Date | null; eventVenue: string | null; eventOnlineUrl: string | null }): CalendarEntry => ({
  id: r.id, slug: r.slug, title: r.title, dek: r.dek, startsAt: r.eventStartsAt!, endsAt: r.eventEndsAt, venue: r.eventVenue, onlineUrl: r.eventOnlineUrl,
});

/**
 * One event as calendars read it (RFC 5545), times in UTC so every calendar
 * places it right. The uid is the piece's, in the single file and in the
 * feed alike, so a calendar that has both keeps one copy.
 */
function calendarEvent(e: CalendarEntry): EventAttributes {
  const url = `${site.url}/publications/${e.slug}`;
  return {
    uid: `${e.id}@${new URL(site.url).hostname}`,
    title: e.title,
    description: `${e.dek}\n\n${url}`,
    start: new Date(e.startsAt).getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: eventEnd(e.startsAt, e.endsAt).getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    location: [e.venue, e.onlineUrl].filter(Boolean).join(' · ') || undefined,
    url,
    organizer: { name: site.name, email: site.pressEmail },
  };
}

/** One event's calendar file, for "Add to your calendar" and the e-mails to registrants. */
export function calendarFile(e: CalendarEntry): string {
  const { error, value } = createEvent({ ...calendarEvent(e), productId: site.shortName });
  if (error || !value) throw error ?? new Error('calendar file could not be written');
  return value;
}

export function eventCalendar(article: ArticleDetail): string | null {
  return article.event ? calendarFile({ ...article, ...article.event }) : null;
}

/** How far back the subscribed calendar reaches, and how many events it holds at most. */
const FEED_PAST_DAYS = 90;
const FEED_MAX_EVENTS = 500;

/**
 * Every public event from FEED_PAST_DAYS ago on, as one calendar readers
 * subscribe to (/events/calendar.ics): their calendar app fetches it again
 * by itself, so a new, moved or withdrawn event reaches them without an e-mail.
 */
export const eventsCalendarFeed = () =>
  cached(['events-calendar'], [tags.articles, tags.events], async () => {
    const now = new Date();
    const rows = await db.article.findMany({
      where: { ...publicWhere(now), eventStartsAt: { gte: new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000) } },
      orderBy: [{ eventStartsAt: 'asc' }, { id: 'asc' }],
      take: FEED_MAX_EVENTS,
      select: { id: true, slug: true, title: true, dek: true, eventStartsAt: true, eventEndsAt: true, eventVenue: true, eventOnlineUrl: true },
    });
    const entries = rows.map((r) => calendarEvent(calendarEntryOf(r)));
    // createEvents refuses an empty list; an empty calendar is still a calendar.
    if (entries.length === 0) return ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${site.shortName}`, `X-WR-CALNAME:${site.name} events`, 'END:VCALENDAR', ''].join('\r\n');
    const { error, value } = createEvents(entries, { productId: site.shortName, calName: `${site.name} events` });
    if (error || !value) throw error ?? new Error('events calendar could not be written');
    return value;
  });

/** A program's next events, soonest first: the "Upcoming events" of its page. */
export const upcomingEventsOfProgram = cache(async (programSlug: string, take = 3): Promise<EventCard[]> =>
  cached(['program-events', programSlug, String(take)], [tags.articles, tags.events, tags.program(programSlug)], async () => {
    const now = new Date();
    const rows = await db.article.findMany({
      where: { ...publicWhere(now), eventStartsAt: { gte: new Date(now.getTime() - 7 * 24 * 3600_000) }, programs: { some: { program: { slug: programSlug } } } },
      orderBy: [{ eventStartsAt: 'asc' }, { id: 'asc' }],
      take: 50,
      select: cardSelect,
    });
    return eventCards(rows.filter((r) => eventEnd(r.eventStartsAt!, r.eventEndsAt) > now).slice(0, take), now);
  }),
);
