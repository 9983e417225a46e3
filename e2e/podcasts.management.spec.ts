// Staff run a podcast: an editor creates a show (the artwork must be what the
// directories accept; a refused form keeps what was typed), turns a new piece
// into an episode with audio from the library, a guest and a transcript, and
// publishes it; readers and the feed then have it. Contributors cannot manage shows.
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { test, expect } from './fixtures';
import { createDraft, signIn, uniqueTitle } from './admin';
import { checkPodcastFeed } from './podcast-feed-check';

const artwork = async (width: number, height: number) => ({
  name: `art-${width}x${height}.png`,
  mimeType: 'image/png',
  buffer: await sharp({ create: { width, height, channels: 3, background: { r: 20, g: 60, b: 110 } } }).png().toBuffer(),
});
const audioFile = { name: 'episode-one.mp3', mimeType: 'audio/mpeg', buffer: readFileSync('prisma/seed/media/brussels-sprouts-russia-pressure.mp3') };

test('an editor creates a show, then publishes an episode of it that readers can play and the feed carries', async ({ page, request }) => {
  test.setTimeout(120_000);
  const name = uniqueTitle('Deterrence Hour');
  const description = 'Short conversations on how deterrence works, and fails, in the nuclear age.';
  await signIn(page, 'editor');
  await page.goto('/admin/podcasts');
  const form = page.getByRole('form', { name: 'New show' });
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('Description (shown in podcast apps)').fill(description);
  await form.getByLabel('Owner e-mail').fill('deterrence@example.org');
  await form.getByLabel('Category (Apple Podcasts)').selectOption('Government');

  // A wide picture is refused, and everything typed stays.
  await form.getByLabel('Upload artwork').setInputFiles(await artwork(1600, 900));
  await expect(form.getByRole('status')).toContainText('Uploaded');
  await form.getByLabel('Artwork description (alt text)').fill('A dark blue square');
  await form.getByRole('button', { name: 'Create show' }).click();
  await expect(page.getByRole('form', { name: 'New show' }).getByRole('alert')).toContainText('square artwork from 1400 to 3000 pixels');
  const again = page.getByRole('form', { name: 'New show' });
  await expect(again.getByLabel('Name', { exact: true })).toHaveValue(name);
  await expect(again.getByLabel('Description (shown in podcast apps)')).toHaveValue(description);
  await expect(again.getByLabel('Category (Apple Podcasts)')).toHaveValue('Government');

  await again.getByLabel('Upload artwork').setInputFiles(await artwork(1400, 1400));
  await expect(again.getByRole('status')).toContainText('Uploaded');
  await again.getByRole('button', { name: 'Create show' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  await expect(page.getByRole('form', { name: `Show: ${name}` })).toBeVisible();

  // A new piece becomes an episode of the show.
  const title = uniqueTitle('Deterrence at Sea');
  await createDraft(page, { title, type: 'Podcast', body: 'Show notes: what we discussed and what to read next.', authors: ['Jim Townsend'] });
  await page.getByText('Podcast episode', { exact: true }).click();
  await page.getByLabel('Podcast show').selectOption({ label: name });
  const transcript = 'Jim Townsend: Welcome to the first episode.\n\nElsa B. Kania: Glad to be here.';
  await page.getByLabel('Transcript', { exact: true }).fill(transcript);
  await page.getByLabel('Episode number').fill('1');
  // Without its audio the save is refused, and nothing typed is lost.
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('An episode needs its audio: choose a file from the media library.')).toBeVisible();
  await expect(page.getByLabel('Transcript', { exact: true })).toHaveValue(transcript);

  await page.getByLabel('Upload the episode audio (MP3 or M4A)').setInputFiles(audioFile);
  await expect(page.getByLabel('Episode audio (address in the media library)')).toHaveValue(/^\/media\/.+\.mp3$/);
  const guest = page.getByRole('combobox', { name: 'Add a guest' });
  await guest.fill('Kania');
  await page.getByRole('option', { name: /^Elsa B\. Kania/ }).click();
  await expect(page.getByTestId('guest-list')).toContainText('Elsa B. Kania');
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByTestId('status')).toHaveText('Published');
  const pieceSlug = await page.getByLabel('Address (slug)').inputValue();

  // Readers: the show page lists it, its page plays it with the transcript.
  await page.goto(`/podcasts/${slug}`);
  await expect(page.getByTestId('episodes').getByRole('heading', { level: 3 })).toHaveText([title]);
  await expect(page.getByTestId('episodes')).toContainText('Episode 1');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByTestId('episode-listen').getByTestId('episode-show')).toHaveText(name);
  await expect(page.getByTestId('episode-guests')).toContainText('Elsa B. Kania');
  await expect(page.getByTestId('transcript').locator('strong').first()).toHaveText('Jim Townsend:');
  await expect(page.getByTestId('episode-duration')).toHaveText(/^ · 1 min$/);

  // The feed: valid for the directories, with the uploaded file's real size and length.
  const feed = await checkPodcastFeed(await (await request.get(`/feeds/podcast/${slug}.xml`)).text(), request);
  expect(feed.problems).toEqual([]);
  expect(feed.items).toHaveLength(1);
  const item = feed.items[0] as Record<string, Record<string, string> | string>;
  expect((item.enclosure as Record<string, string>)['@length']).toBe(String(audioFile.buffer.length));
  expect(String(item['itunes:duration'])).toMatch(/^00:00:1\d$/);
  expect(String(item.link)).toContain(`/publications/${pieceSlug}`);

  // The library knows the file is the episode's: deleting it is refused, and
  // replacing it moves the episode and its feed to the new file (the old one is gone).
  await page.goto('/admin/media?q=episode-one');
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('article', { name: 'episode-one.mp3' }).getByRole('button', { name: /^Delete/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'This file is used by 1 item' })).toBeVisible();
  const remastered = { name: 'episode-one-remastered.mp3', mimeType: 'audio/mpeg', buffer: readFileSync('prisma/seed/media/brussels-sprouts-wallander.mp3') };
  await page.getByLabel('Replace episode-one.mp3 everywhere it is used').setInputFiles(remastered);
  await expect(page.getByRole('article', { name: 'episode-one-remastered.mp3' })).toBeVisible();
  const replaced = await checkPodcastFeed(await (await request.get(`/feeds/podcast/${slug}.xml`)).text(), request);
  expect(replaced.problems).toEqual([]);
  const enclosure = (replaced.items[0] as Record<string, Record<string, string>>).enclosure;
  expect(enclosure['@length']).toBe(String(remastered.buffer.length));
  expect(enclosure['@url']).not.toBe((item.enclosure as Record<string, string>)['@url']);
  expect((await request.get(new URL((item.enclosure as Record<string, string>)['@url']).pathname)).status()).toBe(404);

  // The show cannot be deleted while it has an episode.
  await page.goto('/admin/podcasts');
  const showForm = page.getByRole('listitem').filter({ has: page.getByRole('form', { name: `Show: ${name}` }) });
  await showForm.getByRole('button', { name: 'Delete show' }).click();
  await expect(showForm.getByRole('alert')).toContainText('has 1 episode');
});

test('a contributor cannot open the podcasts admin', async ({ page }) => {
  await signIn(page, 'contributor');
  await page.goto('/admin/podcasts');
  await expect(page).toHaveURL(/\/admin\?denied=1$/);
});
