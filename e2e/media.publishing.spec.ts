// The media library as staff use it: several uploads at once, descriptions
// required, search, insert into a piece with a caption, the page reserving
// the picture's space, and a file in use that cannot be deleted.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { expect, test } from '@playwright/test';
import { addAuthor, signIn, uniqueTitle } from './admin';
import { expectAccessible } from './fixtures';

test('upload two pictures at once, describe one, find it, put it in a piece with its caption; it cannot be deleted while used, and a replacement reaches the page', async ({ page }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'library-e2e-'));
  const stamp = Date.now().toString(36);
  const map = path.join(dir, `front-line-map-${stamp}.png`);
  const chart = path.join(dir, `budget-chart-${stamp}.jpg`);
  writeFileSync(map, await sharp({ create: { width: 800, height: 450, channels: 3, background: '#345' } }).png().toBuffer());
  writeFileSync(chart, await sharp({ create: { width: 600, height: 400, channels: 3, background: '#a33' } }).jpeg().toBuffer());

  await signIn(page, 'editor');
  await page.goto('/admin/media');
  await page.getByLabel(/Add files/).setInputFiles([map, chart]);
  await expect(page.getByRole('status').filter({ hasText: `budget-chart-${stamp}.jpg: added` })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `front-line-map-${stamp}.png: added` })).toBeVisible();

  await page.getByLabel('Name, description or caption').fill(`front-line-map-${stamp}`);
  await page.getByRole('button', { name: 'Search the library' }).click();
  const card = page.getByRole('article', { name: `front-line-map-${stamp}.png` });
  await expect(card).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(card).toContainText('800×450');
  await expect(card).toContainText('Needs a description');
  // An image without a description is refused, and what was typed stays.
  await card.getByLabel('Caption').fill(`Positions in May ${stamp}.`);
  await card.getByRole('button', { name: /^Save details/ }).click();
  await expect(card.getByText('Describe the picture for readers who cannot see it.').first()).toBeVisible();
  await expect(card.getByLabel('Caption')).toHaveValue(`Positions in May ${stamp}.`);
  await card.getByLabel(/Description \(alt text\)/).fill('Map of the front line in eastern Ukraine');
  await card.getByLabel('Credit').fill('Map: CNAS');
  await card.getByRole('button', { name: /^Save details/ }).click();
  await expect(card.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expectAccessible(page);

  // Into a piece, from the editor.
  await page.goto('/admin/articles/new');
  await page.getByLabel('Title').fill(uniqueTitle('With a Map'));
  await page.getByLabel('Type').selectOption({ label: 'Commentary' });
  await page.getByLabel('Summary (dek)').fill('A summary long enough to be cut into a one-line excerpt on the cards across the site.');
  await addAuthor(page, 'Jim Townsend');
  const body = page.getByRole('textbox', { name: 'Body', exact: true });
  await body.click();
  await page.keyboard.type('The map shows the change.');
  await page.getByRole('button', { name: 'Insert a picture from the library' }).click();
  await page.getByLabel('Search pictures').fill(`front-line-map-${stamp}`);
  await page.getByRole('button', { name: `front-line-map-${stamp}.png` }).click();
  await expect(page.getByLabel('Description (alt text), required')).toHaveValue('Map of the front line in eastern Ukraine');
  await expect(page.getByLabel('Caption and credit (shown under the picture)')).toHaveValue(`Positions in May ${stamp}. Map: CNAS`);
  await page.getByRole('button', { name: 'Insert in the text' }).click();
  await expect(body.getByRole('img', { name: 'Map of the front line in eastern Ukraine' })).toBeVisible();
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\?saved=1$/);
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByTestId('status')).toHaveText('Published');
  const slug = await page.getByLabel('Address (slug)').inputValue();

  await page.goto(`/publications/${slug}`);
  const figure = page.getByTestId('article-body').locator('figure.picture');
  const img = figure.getByRole('img', { name: 'Map of the front line in eastern Ukraine' });
  await expect(img).toHaveAttribute('width', '800');
  await expect(img).toHaveAttribute('height', '450');
  await expect(figure.locator('figcaption')).toHaveText(`Positions in May ${stamp}. Map: CNAS`);
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(800);

  // In use: the library refuses to delete it and says where.
  await page.goto(`/admin/media?q=front-line-map-${stamp}`);
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('article', { name: `front-line-map-${stamp}.png` }).getByRole('button', { name: /^Delete/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'This file is used by 1 item' })).toBeVisible();
  // The unused one goes.
  await page.goto(`/admin/media?q=budget-chart-${stamp}`);
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('article', { name: `budget-chart-${stamp}.jpg` }).getByRole('button', { name: /^Delete/ }).click();
  await expect(page.getByRole('status').filter({ hasText: `Deleted budget-chart-${stamp}.jpg.` })).toBeVisible();

  // A corrected map replaces the old one in the piece, keeping its description and caption.
  const corrected = path.join(dir, `front-line-map-${stamp}-corrected.png`);
  writeFileSync(corrected, await sharp({ create: { width: 1000, height: 500, channels: 3, background: '#456' } }).png().toBuffer());
  await page.goto(`/admin/media?q=front-line-map-${stamp}`);
  await page.getByLabel(`Replace front-line-map-${stamp}.png everywhere it is used`).setInputFiles(corrected);
  await expect(page.getByRole('article', { name: `front-line-map-${stamp}-corrected.png` })).toBeVisible();
  await expect(page.getByRole('article', { name: `front-line-map-${stamp}.png` })).toHaveCount(0);
  await page.goto(`/publications/${slug}`);
  const replaced = page.getByTestId('article-body').locator('figure.picture img');
  await expect(replaced).toHaveAttribute('width', '1000');
  await expect(replaced).toHaveAttribute('alt', 'Map of the front line in eastern Ukraine');
  await expect(page.getByTestId('article-body').locator('figure.picture figcaption')).toHaveText(`Positions in May ${stamp}. Map: CNAS`);
  await expect.poll(() => replaced.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(1000);
});

test('a picture dropped into the text goes to the library; the piece cannot be saved until the picture is described', async ({ page }) => {
  const png = await sharp({ create: { width: 320, height: 200, channels: 3, background: '#264' } }).png().toBuffer();
  await signIn(page, 'editor');
  await page.goto('/admin/articles/new');
  await page.getByLabel('Title').fill(uniqueTitle('Dropped Picture'));
  await page.getByLabel('Type').selectOption({ label: 'Commentary' });
  await page.getByLabel('Summary (dek)').fill('A summary long enough to be cut into a one-line excerpt on the cards across the site.');
  await addAuthor(page, 'Jim Townsend');
  const body = page.getByRole('textbox', { name: 'Body', exact: true });
  await body.click();
  await page.keyboard.type('Before the picture.');
  const transfer = await page.evaluateHandle((b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], 'dropped-chart.png', { type: 'image/png' }));
    return dt;
  }, png.toString('base64'));
  // Dropped at the end of the typed line (ProseMirror places a drop by its screen position).
  const box = (await body.locator('p').first().boundingBox())!;
  await body.dispatchEvent('drop', { dataTransfer: transfer, clientX: box.x + box.width - 2, clientY: box.y + box.height / 2 });
  await expect(page.getByRole('status').filter({ hasText: 'dropped-chart.png added to the media library and the text.' })).toBeVisible();
  const picture = body.locator('img[src^="/media/"]');
  await expect(picture).toHaveAttribute('src', /\.320x200\.png$/);

  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByText(/Describe every picture in the text/).first()).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/articles\/new$/);
  // A refused save keeps every choice, the Type select included.
  await expect(page.getByLabel('Type')).toHaveValue(/type_commentary/);

  await picture.click();
  const details = page.getByRole('group', { name: 'Selected picture' });
  await details.getByLabel('Picture description (alt text), required').fill('Bar chart of drone output by month');
  await details.getByRole('button', { name: 'Apply to the picture' }).click();
  await expect(body.getByRole('img', { name: 'Bar chart of drone output by month' })).toBeVisible();
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\?saved=1$/);
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByTestId('status')).toHaveText('Published');
  const slug = await page.getByLabel('Address (slug)').inputValue();
  await page.goto(`/publications/${slug}`);
  const img = page.getByTestId('article-body').getByRole('img', { name: 'Bar chart of drone output by month' });
  await expect(img).toHaveAttribute('width', '320');
  await expect(img).toHaveAttribute('height', '200');
});

