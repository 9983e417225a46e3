import { test, expect, SOURCE } from './fixtures';
import { nuErrors } from './nu';

const PAGES = {
  home: '/',
  article: `/publications/${SOURCE.slug}`,
  cite: `/publications/${SOURCE.slug}/cite`,
  listing: '/publications?type=commentary&page=1',
  experts: '/experts',
  expert: '/experts/jim-townsend',
  topics: '/topics',
  topic: '/topics/russia',
  programs: '/programs',
  program: '/programs/transatlantic-security',
  podcasts: '/podcasts',
  show: '/podcasts/brussels-sprouts',
  episode: '/publications/is-russia-under-pressure',
  events: '/events',
  event: '/publications/transatlantic-security-forum-2027',
  'past-event': '/publications/book-launch-the-new-arms-race-in-space',
  newsletter: '/newsletter',
  'newsletter-confirm': '/newsletter/confirm?t=not-a-real-link',
  search: '/search?q=russia',
  'not-found': '/publications/missing-piece',
};

test('every public page type passes the Nu HTML Checker with no errors', async ({ request }) => {
  const pages: Record<string, string> = {};
  for (const [name, url] of Object.entries(PAGES)) pages[name] = await (await request.get(url)).text();
  expect(nuErrors(pages)).toEqual([]);
});
