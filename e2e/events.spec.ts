// Readers find events: upcoming ones to register for, past ones as their
// archive with the recording and transcript; search engines read Event data.
import { test, expect, expectAccessible } from './fixtures';
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
