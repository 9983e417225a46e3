// The rich editor as staff use it: paste from Word and Google Docs, import a
// .docx, keyboard shortcuts, the Markdown view, a phone-sized screen. Every
// test ends on what a reader gets: the public page.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { addAuthor, markdownBody, signedInPage, signIn, uniqueTitle } from './admin';
import { expectAccessible, SOURCE } from './fixtures';
import { nuErrors } from './nu';
import { REPORT, reportDocx } from './fixtures/docx/report';
import { articles } from '../prisma/seed/content';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', 'paste', name), 'utf8');

const richBody = (page: Page) => page.getByRole('textbox', { name: 'Body', exact: true });

/** Pastes clipboard HTML into the rich editor the way the browser delivers a real paste. */
async function pasteHtml(page: Page, html: string) {
  await richBody(page).evaluate((el, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/html', data);
    transfer.setData('text/plain', 'plain text fallback');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, html);
}

/** The details every piece needs besides its body. */
async function fillDetails(page: Page, title: string | null) {
  if (title !== null) await page.getByLabel('Title').fill(title);
  await page.getByLabel('Type').selectOption({ label: 'Report' });
  await page.getByLabel('Summary (dek)').fill('A summary long enough to be cut into a one-line excerpt on the cards across the site.');
  await addAuthor(page, 'Jim Townsend');
}

async function createAndPublish(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/[^/?]+\?saved=1$/);
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByTestId('status')).toHaveText('Published');
  return page.getByLabel('Address (slug)').inputValue();
}

test.describe('the rich editor', () => {
  test('paste from Word, then from Google Docs: the public page has the headings, lists, links, table and numbered footnotes', async ({ page }) => {
    await signIn(page, 'editor');
    await page.goto('/admin/articles/new');
    await fillDetails(page, uniqueTitle('Pasted From Office'));
    await richBody(page).click();
    await pasteHtml(page, fixture('word.html'));
    await expect(page.getByRole('status').filter({ hasText: '1 picture was not pasted' })).toBeVisible();
    await expect(richBody(page).getByRole('heading', { level: 2, name: 'Three lessons from the export-control debate' })).toBeVisible();
    // The second paste goes into a new paragraph after "Three steps would help:"; its note becomes note 2.
    await richBody(page).getByText('Three steps would help:').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await pasteHtml(page, fixture('docs.html'));
    await expect(richBody(page).getByRole('heading', { name: 'Alliance burden sharing after the summit' })).toBeVisible();
    await expect(page.getByTestId('word-count')).toContainText(/\d+ words · 1 min read/);

    const slug = await createAndPublish(page);
    await page.goto(`/publications/${slug}`);
    const body = page.getByTestId('article-body');
    await expect(body.getByRole('heading', { level: 2, name: 'Three lessons from the export-control debate' })).toBeVisible();
    await expect(body.getByRole('heading', { level: 3, name: 'What the record shows' })).toBeVisible();
    await expect(body.locator('ul > li')).toHaveText([
      'Controls slowed the newest fabrication lines.', 'Stockpiles bought time for older nodes.', 'Allies matched the rules only in part.',
      'Air defence interceptors', 'Artillery shells',
    ]);
    await expect(body.locator('ol:not(section ol) > li')).toHaveText(['Publish a yearly review of licence denials.', 'Fund enforcement staff at the ports of entry.']);
    await expect(body.getByRole('link', { name: 'Commerce Department site' })).toHaveAttribute('href', 'https://www.bis.gov/regulations');
    await expect(body.getByRole('link', { name: 'alliance’s spending figures' }).or(body.getByRole('link', { name: "alliance's spending figures" }))).toHaveAttribute('href', 'https://www.nato.int/cps/en/natohq/topics_49198.htm');
    await expect(body.locator('strong', { hasText: 'uneven' })).toBeVisible();
    await expect(body.locator('em', { hasText: 'slow' })).toBeVisible();
    await expect(body.locator('th')).toHaveText(['Ally', 'Share of GDP', 'Year', 'Rules issued']);
    // Two notes, numbered in order, each with a way back to its place in the text.
    await expect(body.locator('sup a[data-footnote-ref]')).toHaveText(['1', '2']);
    const notes = body.locator('section[data-footnotes] li');
    await expect(notes).toHaveCount(2);
    await expect(notes.nth(0)).toContainText('Industry filings, second quarter of 2025.');
    await expect(notes.nth(1)).toContainText('Defence ministry budget documents, 2025.');
    await body.locator('sup a[data-footnote-ref]').first().click();
    await expect(page).toHaveURL(/#user-content-fn-1$/);
    await notes.nth(0).locator('a[data-footnote-backref]').click();
    await expect(page).toHaveURL(/#user-content-fnref-1$/);
    await expect(body).not.toContainText(/mso-|MsoNormal|Calibri|docs-internal/);
  });

  test('import a Word file into a new piece: its title, text, footnotes and picture, stored in the media library', async ({ page }) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'docx-e2e-'));
    const file = path.join(dir, 'ukraine-report.docx');
    writeFileSync(file, await reportDocx());
    await signIn(page, 'editor');
    await page.goto('/admin/articles/new');
    await richBody(page).waitFor();
    await page.getByLabel('Import a Word document (.docx)').setInputFiles(file);
    await expect(page.getByRole('status').filter({ hasText: 'Imported ukraine-report.docx, 1 picture added to the media library.' })).toBeVisible();
    // A one-off title so the piece's address is new in every run.
    await expect(page.getByLabel('Title')).toHaveValue(REPORT.title);
    await page.getByLabel('Title').fill(`${REPORT.title} ${uniqueTitle('import')}`);
    await expect(richBody(page).getByRole('heading', { level: 2, name: REPORT.heading })).toBeVisible();
    await fillDetails(page, null);

    const slug = await createAndPublish(page);
    await page.goto(`/publications/${slug}`);
    const body = page.getByTestId('article-body');
    await expect(body.getByRole('heading', { level: 2, name: REPORT.heading })).toBeVisible();
    await expect(body.locator('strong')).toHaveText('faster than expected');
    await expect(body.getByRole('link', { name: REPORT.linkText })).toHaveAttribute('href', REPORT.linkUrl);
    await expect(body.locator('ul > li')).toHaveText(REPORT.bullets);
    await expect(body.locator('th')).toHaveText(REPORT.table[0]);
    await expect(body.locator('section[data-footnotes] li')).toHaveCount(2);
    const picture = body.getByRole('img', { name: REPORT.imageAlt });
    await expect(picture).toHaveAttribute('src', /^\/media\//);
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(REPORT.imageSize.width);
  });

  test('shortcuts: Ctrl+B, Ctrl+I and Ctrl+K format as you type, Ctrl+S saves, and the Markdown view shows the same text', async ({ page }) => {
    await signIn(page, 'editor');
    await page.goto('/admin/articles/new');
    await fillDetails(page, uniqueTitle('Keyboard Only'));
    await richBody(page).click();
    await page.keyboard.type('Plain, ');
    await page.keyboard.press('Control+B');
    await page.keyboard.type('strong');
    await page.keyboard.press('Control+B');
    await page.keyboard.type(' and ');
    await page.keyboard.press('Control+I');
    await page.keyboard.type('leaning');
    await page.keyboard.press('Control+I');
    await page.keyboard.type(' words, with a ');
    await page.keyboard.press('Control+K');
    const address = page.getByLabel('Link address');
    await expect(address).toBeFocused();
    await address.fill('https://www.cnas.org/');
    await address.press('Enter');
    await expect(richBody(page).getByRole('link', { name: 'https://www.cnas.org/' })).toBeVisible();
    await page.keyboard.press('Control+S');
    await expect(page).toHaveURL(/\/admin\/articles\/[^/?]+\?saved=1$/);
    await expect(await markdownBody(page)).toHaveValue('Plain, **strong** and _leaning_ words, with a <https://www.cnas.org/>\n');
  });

  test('opening an existing piece in the rich editor changes nothing in its text', async ({ page }) => {
    await signIn(page, 'editor');
    // Demo pieces have stable ids (prisma/seed/seed.ts): the editor of the source page's piece.
    await page.goto(`/admin/articles/article_${SOURCE.slug}`);
    await richBody(page).waitFor();
    const seed = articles.find((a) => a.slug === SOURCE.slug)!;
    await expect(await markdownBody(page)).toHaveValue(seed.body);
    await expect(page.getByText('No unsaved changes')).toBeVisible();
  });

  test('a new piece after "Create draft" starts clean, and leaving with unsaved text asks first', async ({ page }) => {
    await signIn(page, 'editor');
    await page.goto('/admin/articles/new');
    await fillDetails(page, uniqueTitle('Clean Start'));
    await richBody(page).click();
    await page.keyboard.type('The first piece.');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await expect(page).toHaveURL(/\?saved=1$/);
    await page.goto('/admin/articles/new');
    await richBody(page).waitFor();
    await expect(page.getByText('This browser kept unsaved changes')).toHaveCount(0);
    await expect(page.getByLabel('Title')).toHaveValue('');

    await page.getByLabel('Title').fill('Half-written');
    const asked: string[] = [];
    page.once('dialog', (d) => { asked.push(d.message()); void d.dismiss(); });
    await page.getByRole('link', { name: 'Articles', exact: true }).first().click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toContain('unsaved changes');
    await expect(page).toHaveURL(/\/admin\/articles\/new$/);
    await expect(page.getByLabel('Title')).toHaveValue('Half-written');
  });

  test('on a 390 px phone the editor fits the screen, and it is accessible', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'editor');
    await page.goto('/admin/articles/new');
    await richBody(page).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page);
  });

  test('autosave keeps the work on the server: closed tab, another browser, the text comes back; a published page never changes', async ({ page, browser }) => {
    await signIn(page, 'editor');
    await page.goto('/admin/articles/new');
    await fillDetails(page, uniqueTitle('Autosaved'));
    await richBody(page).click();
    await page.keyboard.type('Published wording.');
    const slug = await createAndPublish(page);
    const editorUrl = page.url().replace(/\?.*$/, '');

    await richBody(page).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('A correction in progress, typed on the office computer.');
    await expect(page.getByTestId('save-state')).toContainText('Copy kept on the server');
    // The reader still gets the published text: an autosave is not a save.
    const reader = await browser.newPage();
    await reader.goto(`/publications/${slug}`);
    await expect(reader.getByTestId('article-body')).toHaveText('Published wording.');
    await reader.close();
    await page.context().close();

    // Another device: a new browser with nothing in its storage.
    const laptop = await signedInPage(browser, 'editor');
    await laptop.goto(editorUrl);
    await expect(laptop.getByText('Your account kept unsaved work')).toBeVisible();
    await expect(richBody(laptop)).toHaveText('Published wording.');
    await laptop.getByRole('button', { name: 'Restore them' }).click();
    await expect(richBody(laptop)).toHaveText('A correction in progress, typed on the office computer.');
    await laptop.getByRole('button', { name: 'Save changes' }).click();
    await expect(laptop.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    // Saved for real: the copy is done with and not offered again.
    await laptop.reload();
    await expect(richBody(laptop)).toHaveText('A correction in progress, typed on the office computer.');
    await expect(laptop.getByText('Your account kept unsaved work')).toHaveCount(0);
    await laptop.context().close();
  });

  test('the author picker asks the server as one types, keys choose and order, and an editor creates an expert without leaving the piece', async ({ page }) => {
    await signIn(page, 'editor');
    await page.goto('/admin/articles/new');
    // The page carries no list of experts: only what a search returns.
    expect(await page.content()).not.toContain('Kendall-Taylor');
    await page.getByLabel('Title').fill(uniqueTitle('Byline Order'));
    await page.getByLabel('Type').selectOption({ label: 'Commentary' });
    await page.getByLabel('Summary (dek)').fill('A summary long enough to be cut into a one-line excerpt on the cards across the site.');
    const box = page.getByRole('combobox', { name: 'Add an author' });
    await box.fill('kani');
    await expect(page.getByRole('option', { name: /^Elsa B\. Kania/ })).toBeVisible();
    await box.press('ArrowDown');
    await box.press('Enter');
    await addAuthor(page, 'Jim Townsend');
    await page.getByRole('button', { name: /^Move Jim Townsend/ }).filter({ hasText: '↑' }).click();
    await expect(page.getByTestId('author-list').locator('li')).toHaveText([/1\. Jim Townsend/, /2\. Elsa B\. Kania/]);

    const newName = `Marguerite Okafor ${Date.now().toString(36)}`;
    await box.fill(newName);
    await page.getByRole('option', { name: `Create expert “${newName}”…` }).click();
    await page.getByRole('group', { name: 'New expert' }).getByLabel('Title (optional)').fill('Adjunct Fellow');
    await page.getByRole('button', { name: 'Create and add' }).click();
    await expect(page.getByTestId('author-list').locator('li')).toHaveText([/Jim Townsend/, /Elsa B\. Kania/, new RegExp(`3\\. ${newName} \\(Adjunct Fellow\\)`)]);
    await richBody(page).click();
    await page.keyboard.type('Three authors in the order chosen.');
    const slug = await createAndPublish(page);
    await page.goto(`/publications/${slug}`);
    await expect(page.getByText(`By Jim Townsend, Elsa B. Kania and ${newName}`, { exact: true })).toBeVisible();
    await page.getByRole('link', { name: newName }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: newName })).toBeVisible();
  });

  test('a contributor searches experts but is not offered to create one', async ({ page }) => {
    await signIn(page, 'contributor');
    await page.goto('/admin/articles/new');
    await page.getByRole('combobox', { name: 'Add an author' }).fill('Townsend');
    await expect(page.getByRole('option', { name: /^Jim Townsend/ })).toBeVisible();
    await expect(page.getByRole('option', { name: /Create expert/ })).toHaveCount(0);
  });

  test('embeds: a video and a library audio file play on the page, and nothing loads from the video site until the reader presses play', async ({ page, browser }) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'audio-e2e-'));
    const audio = path.join(dir, 'episode-12.mp3');
    // An ID3-tagged file: the upload checks the bytes, not the name.
    writeFileSync(audio, Buffer.concat([Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x00', 'latin1'), Buffer.alloc(4096, 0xaa)]));
    await signIn(page, 'editor');
    await page.goto('/admin/articles/new');
    await fillDetails(page, uniqueTitle('Podcast With Player'));
    await richBody(page).click();
    await page.keyboard.type('Listen and watch below.');
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    await page.getByLabel('Address to embed').fill('https://example.org/not-a-player');
    await page.getByRole('button', { name: 'Insert embed' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'cannot be embedded' })).toBeVisible();
    await page.getByLabel('Address to embed').fill('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    await page.getByRole('button', { name: 'Insert embed' }).click();
    await expect(richBody(page).locator('figure[data-embed-url]')).toContainText('Video: https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    await page.getByLabel('Upload audio for a player in the text').setInputFiles(audio);
    await expect(richBody(page).locator('figure[data-embed-url$=".mp3"]')).toContainText('Audio player: /media/');
    const slug = await createAndPublish(page);

    const reader = await browser.newPage();
    const thirdParty: string[] = [];
    reader.on('request', (r) => { if (!r.url().startsWith('http://localhost') && !r.url().startsWith('about:') && !r.url().startsWith('data:')) thirdParty.push(r.url()); });
    // The player itself is not reachable from this machine: stand in for it.
    await reader.route('https://www.youtube-nocookie.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>player</title><p>The player</p>' }));
    await reader.goto(`/publications/${slug}`);
    // A page with embeds is valid HTML too.
    expect(nuErrors({ embeds: await (await reader.request.get(`/publications/${slug}`)).text() })).toEqual([]);
    const body = reader.getByTestId('article-body');
    const frame = body.locator('iframe[title^="YouTube video"]');
    await expect(frame).toBeVisible();
    await expect(body.getByRole('link', { name: 'Watch on YouTube' })).toHaveAttribute('href', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    const player = body.locator('audio[controls][preload="none"]');
    await expect(player).toHaveAttribute('src', /^\/media\/.*\.mp3$/);
    await reader.waitForTimeout(500);
    expect(thirdParty).toEqual([]);

    await frame.contentFrame().getByRole('link', { name: /Play the video/ }).click();
    await expect(frame.contentFrame().getByText('The player')).toBeVisible();
    expect(thirdParty.some((u) => u.startsWith('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'))).toBe(true);

    // The audio file answers byte ranges, so the player can seek.
    const src = await player.getAttribute('src');
    const part = await reader.request.get(src!, { headers: { Range: 'bytes=0-99' } });
    expect(part.status()).toBe(206);
    expect(part.headers()['content-range']).toMatch(/^bytes 0-99\/\d+$/);
    expect((await part.body()).length).toBe(100);
    await reader.close();
  });

  test('search and sharing: the editor previews the result and the card, and the page carries what was set', async ({ page }) => {
    await signIn(page, 'editor');
    await page.goto('/admin/articles/new');
    const title = uniqueTitle('A Long Formal Title for the Annual Report on Alliance Readiness');
    await fillDetails(page, title);
    await richBody(page).click();
    await page.keyboard.type('Body text.');
    await page.getByText('Search and sharing').click();
    // Empty fields preview the defaults.
    await expect(page.getByTestId('search-preview')).toContainText('A summary long enough');
    await page.getByLabel('Headline in search results and shares').fill('Alliance readiness, in brief');
    await page.getByLabel('Description in search results and shares').fill('Five findings on readiness, written for readers who have two minutes.');
    await expect(page.getByTestId('search-preview')).toContainText('Alliance readiness, in brief');
    await expect(page.getByTestId('share-preview')).toContainText('Five findings on readiness');
    const slug = await createAndPublish(page);
    await page.goto(`/publications/${slug}`);
    await expect(page).toHaveTitle(/^Alliance readiness, in brief/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', 'Five findings on readiness, written for readers who have two minutes.');
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Alliance readiness, in brief');
    // The page itself keeps the piece's own title.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });
});
