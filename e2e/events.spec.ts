// Readers find events: upcoming ones to register for, past ones as their
// archive with the recording and transcript; search engines read Event data.
import { test, expect, expectAccessible } from './fixtures';
import ICAL from 'ical.js';
import { articles } from '../prisma/seed/content';

const upcoming = articles.find((a) => a.slug === 'transatlantic-security-forum-2027')!;
const past = articles.find((a) => a.slug === 'book-launch-the-new-arms-race-in-space')!;

test('the events index lists upcoming events and past ones apart', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Events' }).first().click();
  await expect(page).toHaveURL(/\/events$/);
  await expect(page.getByTestId('upcoming-events').getByRole('link', { name: upcoming.title })).toBeVisible();
  await expect(page.getByTestId('past-events').getByRole('link', { name: past.title })).toBeVisible();
  await expect(page.getByTestId('upcoming-events')).toContainText('March 16, 2027');
  await expectAccessible(page);
});

test('an upcoming event offers registration and a calendar file, and describes itself as an Event', async ({ page }) => {
  await page.goto(`/publications/${upcoming.slug}`);
  const details = page.getByTestId('event-details');
  await expect(details.getByTestId('event-when')).toContainText('10:00 AM EDT');
  await expect(details.getByTestId('event-venue')).toHaveText(upcoming.event!.venue!);
  await expect(page.getByRole('form', { name: 'Register for this event' })).toBeVisible();
  await expect(details.getByTestId('event-calendar')).toHaveAttribute('href', `/publications/${upcoming.slug}/event.ics`);
  const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t)).find((d) => d['@type'] === 'Event');
  expect(data).toMatchObject({
    name: upcoming.title,
    startDate: '2027-03-16T14:00:00.000Z',
    endDate: '2027-03-16T15:30:00.000Z',
    eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
    offers: { availability: 'https://schema.org/InStock' },
  });
  await expectAccessible(page);
});

test('a past event is its archive: no registration, the recording and the transcript', async ({ page }) => {
  await page.goto(`/publications/${past.slug}`);
  await expect(page.getByTestId('event-details').getByRole('heading', { level: 2 })).toHaveText('Past event');
  await expect(page.getByRole('form', { name: 'Register for this event' })).toHaveCount(0);
  await expect(page.getByTestId('event-recording').locator('audio')).toHaveAttribute('src', /\/media\/.+\.mp3$/);
  await expect(page.getByTestId('transcript').locator('strong').first()).toHaveText('Moderator:');
  expect((await page.request.get(`/publications/${past.slug}/transcript.txt`)).status()).toBe(200);
  await expectAccessible(page);
});

test('a program’s page lists its upcoming events', async ({ page }) => {
  await page.goto('/programs/transatlantic-security');
  await expect(page.getByTestId('program-events').getByRole('link', { name: upcoming.title })).toBeVisible();
});

test('the events calendar readers subscribe to parses as iCalendar and holds each public event under its own file’s uid', async ({ page, request }) => {
  await page.goto('/events');
  await expect(page.getByTestId('events-calendar')).toHaveAttribute('href', '/events/calendar.ics');
  const res = await request.get('/events/calendar.ics');
  expect(res.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const calendar = new ICAL.Component(ICAL.parse(await res.text()));
  expect(String(calendar.getFirstPropertyValue('x-wr-calname'))).toMatch(/events$/);
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const forum = events.find((e) => e.summary === upcoming.title)!;
  expect(forum.startDate.toJSDate().toISOString()).toBe('2027-03-16T14:00:00.000Z');
  expect(forum.endDate.toJSDate().toISOString()).toBe('2027-03-16T15:30:00.000Z');
  expect(forum.location).toContain(upcoming.event!.venue);
  // The same uid as the event's own file, so a calendar holding both keeps one.
  const own = new ICAL.Event(new ICAL.Component(ICAL.parse(await (await request.get(`/publications/${upcoming.slug}/event.ics`)).text())).getFirstSubcomponent('vevent')!);
  expect(forum.uid).toBe(own.uid);
  // Nothing older than 90 days, and nothing a reader could not open.
  for (const e of events) {
    expect(e.startDate.toJSDate().getTime()).toBeGreaterThan(Date.now() - 91 * 86_400_000);
    const url = new URL(String(e.component.getFirstPropertyValue('url')));
    expect((await request.get(url.pathname)).status(), url.pathname).toBe(200);
  }
});
