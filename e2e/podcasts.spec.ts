// A reader finds the podcast, listens to an episode with its transcript, and
// a podcast app accepts the show's feed (checked as the directories check it).
import { test, expect, expectAccessible } from './fixtures';
import { articles, authors, podcastShows } from '../prisma/seed/content';
import { checkPodcastFeed } from './podcast-feed-check';

const show = podcastShows[0];
const piece = (slug: string) => articles.find((a) => a.slug === slug)!;
const expertName = (slug: string) => authors.find((a) => a.slug === slug)!.name;
// Newest first, as the show's page and feed list them.
const episodes = [...show.episodes].sort((a, b) => piece(b.article).publishedAt.localeCompare(piece(a.article).publishedAt));

test('the podcasts index and the show page list the show and its episodes, newest first, with their numbers', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Podcasts' }).first().click();
  await expect(page).toHaveURL(/\/podcasts$/);
  const entry = page.getByTestId('shows').getByRole('listitem').filter({ hasText: show.name });
  await expect(entry).toContainText(`${show.episodes.length} episodes`);
  await expect(entry.getByRole('link', { name: piece(episodes[0].article).title })).toBeVisible();
  await expectAccessible(page);

  await entry.getByRole('link', { name: show.name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(show.name);
  await expect(page.getByTestId('episodes').getByRole('heading', { level: 3 })).toHaveText(episodes.map((e) => piece(e.article).title));
  await expect(page.getByTestId('episodes').getByRole('listitem').first()).toContainText(`Season ${episodes[0].season}, Episode ${episodes[0].episode}`);
  await expect(page.getByLabel('Feed address')).toHaveValue(/\/feeds\/podcast\/brussels-sprouts\.xml$/);
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /\/feeds\/podcast\/brussels-sprouts\.xml$/);
  await expectAccessible(page);
});

test('a reader plays an episode, skips, changes the speed, and reads the transcript with its speakers', async ({ page }) => {
  const episode = show.episodes.find((e) => e.guests?.length)!;
  await page.goto(`/publications/${episode.article}`);
  const listen = page.getByTestId('episode-listen');
  await expect(listen.getByTestId('episode-show')).toHaveText(show.name);
  await expect(listen).toContainText(`Season ${episode.season}, Episode ${episode.episode}`);
  await expect(listen.getByTestId('episode-duration')).toHaveText(/\d+ min/);
  await expect(listen.getByTestId('episode-guests').getByRole('link', { name: expertName(episode.guests![0]) })).toHaveAttribute('href', `/experts/${episode.guests![0]}`);

  const audio = page.getByTestId('episode-audio');
  await expect(audio).toHaveAccessibleName(`Listen: ${piece(episode.article).title}`);
  // Muted, so the headless browser may start it without a gesture; it must really decode and advance.
  await audio.evaluate((a: HTMLAudioElement) => {
    a.muted = true;
    return a.play();
  });
  await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime), { timeout: 10_000 }).toBeGreaterThan(0.3);
  const duration = await audio.evaluate((a: HTMLAudioElement) => a.duration);
  expect(duration).toBeGreaterThan(5);

  await page.getByRole('button', { name: 'Back 15 s' }).click();
  expect(await audio.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeLessThan(1);
  await page.getByRole('button', { name: 'Forward 30 s' }).click();
  await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThanOrEqual(duration - 0.5);
  await page.getByLabel('Speed').selectOption('1.5');
  expect(await audio.evaluate((a: HTMLAudioElement) => a.playbackRate)).toBe(1.5);

  await listen.getByRole('link', { name: 'Read the transcript' }).click();
  const transcript = page.getByTestId('transcript');
  await expect(transcript).toBeInViewport();
  const firstLine = episode.transcript.split('\n\n')[0];
  const [speaker, ...rest] = firstLine.split(': ');
  await expect(transcript.locator('p').first().locator('strong')).toHaveText(`${speaker}:`);
  await expect(transcript.locator('p').first()).toContainText(rest.join(': '));
  await expectAccessible(page);

  const text = await page.request.get(`/publications/${episode.article}/transcript.txt`);
  expect(text.headers()['content-type']).toBe('text/plain; charset=utf-8');
  expect(await text.text()).toContain(firstLine);
  // A piece that is not an episode has no player and no transcript file.
  await page.goto('/publications/the-resilience-of-sino-russian-high-tech-cooperation');
  await expect(page.getByTestId('episode-listen')).toHaveCount(0);
  expect((await page.request.get('/publications/the-resilience-of-sino-russian-high-tech-cooperation/transcript.txt')).status()).toBe(404);
});

test('the episode page describes itself to search engines as a PodcastEpisode of its series', async ({ page }) => {
  const episode = show.episodes[0];
  await page.goto(`/publications/${episode.article}`);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = blocks.map((b) => JSON.parse(b)).find((d) => d['@type'] === 'PodcastEpisode');
  expect(data).toMatchObject({
    name: piece(episode.article).title,
    episodeNumber: episode.episode,
    partOfSeries: { '@type': 'PodcastSeries', name: show.name },
    associatedMedia: { '@type': 'AudioObject', encodingFormat: 'audio/mpeg', contentUrl: expect.stringMatching(/\/media\/.+\.mp3$/), duration: expect.stringMatching(/^PT\d+S$/) },
  });
  await expect(page.locator('meta[property="og:audio"]')).toHaveAttribute('content', /\/media\/.+\.mp3$/);
});

test('the show feed passes the podcast directories’ requirements and lists every episode with its people and transcript', async ({ request }) => {
  const res = await request.get('/feeds/podcast/brussels-sprouts.xml');
  expect(res.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
  const report = await checkPodcastFeed(await res.text(), request);
  expect(report.problems).toEqual([]);
  expect(report.items.map((i) => String(i.title))).toEqual(episodes.map((e) => piece(e.article).title));
  const wallander = report.items.find((i) => String(i.title).includes('Wallander'))!;
  const people = (wallander['podcast:person'] as Record<string, unknown>[]).map((p) => `${p['@role']}:${p['#text']}`);
  // Celeste Wallander is on the byline and the guest: credited once, as the guest.
  expect(people).toEqual(['host:Andrea Kendall-Taylor', 'host:Jim Townsend', 'guest:Celeste Wallander']);
  expect(String((wallander['podcast:transcript'] as Record<string, string>)['@url'])).toMatch(/\/transcript\.txt$/);
  expect(String(report.channel['itunes:type'])).toBe('episodic');

  expect((await request.get('/feeds/podcast/no-such-show.xml')).status()).toBe(404);
  expect((await request.get('/podcasts/no-such-show')).status()).toBe(404);
});

test('shows are in the sitemap and their episodes in the site search', async ({ request, page }) => {
  const sitemap = await (await request.get('/sitemap/0.xml')).text();
  expect(sitemap).toContain('/podcasts</loc>');
  expect(sitemap).toContain('/podcasts/brussels-sprouts</loc>');
  await page.goto(`/search?q=${encodeURIComponent('Is Russia Under Pressure')}`);
  await expect(page.getByRole('link', { name: 'Is Russia Under Pressure?' }).first()).toBeVisible();
});
