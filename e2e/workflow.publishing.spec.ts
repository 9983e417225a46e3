import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { test, expect } from './fixtures';
import { startMailbox } from './mailbox';
import { ACCOUNTS, addAuthor, createDraft, markdownBody, publishChanges, signIn, signedInPage, stageChanges, uniqueTitle } from './admin';

// The editorial workflow (issue 13): preview on a real host name, save and
// publish as one action, staged edits, trash, bulk actions, status changes
// that do not conflict with text edits.

test.describe('editorial workflow', () => {
  test('preview and exit work on a host name other than localhost', async ({ baseURL }) => {
    // A real-looking name resolved by the browser itself, as DNS would: nothing on the server knows it.
    const port = new URL(baseURL!).port;
    const host = `newsroom.thinktank.test:${port}`;
    const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    const browser = await chromium.launch({
      ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
      args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--host-resolver-rules=MAP newsroom.thinktank.test 127.0.0.1'],
    });
    try {
      const context = await browser.newContext({ baseURL: `http://${host}` });
      const page = await context.newPage();
      await signIn(page, 'editor');
      const title = uniqueTitle('Host Name Preview Check');
      const editorUrl = await createDraft(page, { title, body: 'Seen only by staff.', authors: ['Jim Townsend'] });
      expect(new URL(editorUrl).host).toBe(host);
      const slug = await page.getByLabel('Address (slug)').inputValue();

      // The draft cookie is set on this name and the relative redirect keeps the browser on it.
      await page.getByRole('link', { name: 'Preview at its public address' }).click();
      await expect(page).toHaveURL(`http://${host}/publications/${slug}`);
      await expect(page.getByTestId('preview-banner')).toContainText('Preview: draft');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await page.getByRole('button', { name: 'Exit preview' }).click();
      await expect(page).toHaveURL(`http://${host}/publications/${slug}`);
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(title);
      await context.close();
    } finally {
      await browser.close();
    }
  });

  test('"Publish now" saves the text on screen first; a colleague publishing is no conflict', async ({ page, browser }) => {
    await signIn(page, 'editor');
    const title = uniqueTitle('Save and Publish Check');
    await page.goto('/admin/articles/new');
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Type').selectOption({ label: 'Commentary' });
    await page.getByLabel('Summary (dek)').fill('A summary long enough for the cards that list the piece across the site.');
    await (await markdownBody(page)).fill('Typed and published in one step.');
    await addAuthor(page, 'Jim Townsend');
    // Straight from a new piece: created, then published.
    await page.getByRole('button', { name: 'Publish now' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved and published.' })).toBeVisible();
    await expect(page.getByTestId('status')).toHaveText('Published');
    const slug = await page.getByLabel('Address (slug)').inputValue();
    const editorUrl = page.url().replace(/\?.*$/, '');
    const reader = await (await browser.newContext()).newPage();
    await reader.goto(`/publications/${slug}`);
    await expect(reader.getByTestId('article-body')).toHaveText('Typed and published in one step.');

    // A colleague unpublishes while this editor is typing: the version stays, so the save goes through.
    const colleague = await signedInPage(browser, 'admin');
    await colleague.goto(editorUrl);
    await (await markdownBody(page)).fill('Corrected after it went out.');
    await colleague.getByRole('button', { name: 'Unpublish' }).click();
    await expect(colleague.getByTestId('status')).toHaveText('Unpublished');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expect(page.getByTestId('form-message')).toHaveCount(0);
    // Unpublished: saves go straight to the piece; "Publish now" saves and republishes.
    await (await markdownBody(page)).fill('Corrected and out again.');
    await page.getByRole('button', { name: 'Publish now' }).click();
    await expect(page.getByTestId('status')).toHaveText('Published');
    await reader.goto(`/publications/${slug}`);
    await expect(reader.getByTestId('article-body')).toHaveText('Corrected and out again.');

    // Versions count saves of the text, not status changes.
    await page.goto(`${editorUrl}/revisions`);
    await expect(page.getByTestId('revisions').getByRole('listitem')).toHaveCount(3);
    await expect(page.getByTestId('revisions')).toContainText('Version 3');
  });

  test('a staged edit can be discarded, and a restore of a live piece is staged', async ({ page, browser }) => {
    await signIn(page, 'editor');
    const title = uniqueTitle('Staged Discard Check');
    const editorUrl = await createDraft(page, { title, body: 'The live wording.', authors: ['Jim Townsend'] });
    const slug = await page.getByLabel('Address (slug)').inputValue();
    await page.getByRole('button', { name: 'Publish now' }).click();
    await expect(page.getByTestId('status')).toHaveText('Published');
    const reader = await (await browser.newContext()).newPage();

    await (await markdownBody(page)).fill('A wording nobody should see.');
    await addAuthor(page, 'Samuel Bendett');
    await stageChanges(page);
    await page.getByText(/Compare with the live version/).click();
    await expect(page.getByTestId('diff-authorIds')).toContainText('Samuel Bendett');
    await reader.goto(`/publications/${slug}`);
    await expect(reader.getByTestId('article-body')).toHaveText('The live wording.');
    await page.getByRole('button', { name: 'Discard staged changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Staged changes discarded' })).toBeVisible();
    await expect(await markdownBody(page)).toHaveValue('The live wording.');

    // Publish a second wording, then restore the first: it becomes staged changes, not the live text.
    await (await markdownBody(page)).fill('The second live wording.');
    await publishChanges(page);
    await page.goto(`${editorUrl}/revisions`);
    await page.getByRole('link', { name: 'Compare version 1 and restore' }).click();
    await expect(page.getByText('the restored text becomes staged changes')).toBeVisible();
    await page.getByRole('button', { name: 'Restore version 1' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Revision restored as staged changes' })).toBeVisible();
    await expect(await markdownBody(page)).toHaveValue('The live wording.');
    await reader.goto(`/publications/${slug}`);
    await expect(reader.getByTestId('article-body')).toHaveText('The second live wording.');
  });

  test('trash takes a piece off the site at once, keeps its old address from redirecting, and restores it unpublished', async ({ page, browser }) => {
    await signIn(page, 'editor');
    const title = uniqueTitle('Trash Check');
    const editorUrl = await createDraft(page, { title, body: 'Soon in the trash.', authors: ['Jim Townsend'] });
    const slug = await page.getByLabel('Address (slug)').inputValue();
    await page.getByLabel('Address (slug)').fill(`${slug}-moved`);
    await page.getByRole('button', { name: 'Publish now' }).click();
    await expect(page.getByTestId('status')).toHaveText('Published');
    const reader = await (await browser.newContext()).newPage();
    expect((await reader.goto(`/publications/${slug}-moved`))?.status()).toBe(200);
    expect((await reader.request.get(`/publications/${slug}`, { maxRedirects: 0 })).status()).toBe(308);

    await page.getByRole('button', { name: 'Move to the trash' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Moved to the trash' })).toBeVisible();
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    expect((await reader.goto(`/publications/${slug}-moved`))?.status()).toBe(404);
    expect((await reader.request.get(`/publications/${slug}`, { maxRedirects: 0 })).status()).toBe(404);
    await reader.goto('/experts/jim-townsend');
    await expect(reader.getByRole('link', { name: title })).toHaveCount(0);
    // Not in the ordinary list any more.
    await page.goto(`/admin?q=${encodeURIComponent(title)}`);
    await expect(page.getByRole('link', { name: title })).toHaveCount(0);

    await page.goto(editorUrl);
    await page.getByRole('button', { name: 'Restore from the trash' }).click();
    await expect(page.getByTestId('status')).toHaveText('Unpublished');
    expect((await reader.goto(`/publications/${slug}-moved`))?.status()).toBe(404);
  });

  test('a cancelled schedule of a never-published piece is a draft; bulk actions check each piece', async ({ page, browser }) => {
    await signIn(page, 'editor');
    const title = uniqueTitle('Bulk and Schedule Check');
    const editorUrl = await createDraft(page, { title, body: 'Scheduled, then not.', authors: ['Jim Townsend'] });
    await page.getByLabel('Go live at').fill('2031-06-01T09:00');
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await expect(page.getByTestId('status')).toHaveText('Scheduled');
    await page.getByRole('button', { name: 'Cancel schedule' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'the piece is a draft again' })).toBeVisible();
    await expect(page.getByTestId('status')).toHaveText('Draft');

    // A contributor's draft and the editor's piece, selected together by the contributor: only the own one moves.
    const contributor = await signedInPage(browser, 'contributor');
    const own = uniqueTitle('Contributor Bulk Draft');
    await createDraft(contributor, { title: own, body: 'Mine to trash.', authors: ['Jim Townsend'] });
    await contributor.goto(`/admin?q=${encodeURIComponent(own.split(' ').pop()!)}`);
    await contributor.getByRole('checkbox', { name: `Select “${own}”` }).check();
    // The editor's piece is not in the contributor's list at all; a forged id in the form is refused.
    await contributor.locator('form[aria-label="Pieces"]').evaluate((form, id) => {
      const input = document.createElement('input');
      Object.assign(input, { type: 'hidden', name: 'ids', value: id });
      form.appendChild(input);
    }, editorUrl.split('/').pop()!);
    await contributor.getByLabel('With selected').selectOption('trash');
    await contributor.getByRole('button', { name: 'Apply' }).click();
    await expect(contributor.getByRole('status').filter({ hasText: '1 changed; 1 not changed' })).toBeVisible();
    await page.goto(editorUrl);
    await expect(page.getByTestId('status')).toHaveText('Draft');

    // The editor adds a topic to the piece from the list.
    await page.goto(`/admin?q=${encodeURIComponent(title.split(' ').pop()!)}`);
    await page.getByRole('checkbox', { name: `Select “${title}”` }).check();
    await page.getByLabel('With selected').selectOption('add-topic');
    await page.getByLabel('Topic to add').selectOption({ label: 'Europe (region)' });
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByRole('status').filter({ hasText: '1 changed.' })).toBeVisible();
    await page.goto(editorUrl);
    await expect(page.getByRole('checkbox', { name: /^Europe( \(region\))?$/ })).toBeChecked();
  });

  test('review loop: submit, "N waiting", request changes with a comment, resubmit, publish; each step e-mailed over SMTP and audited', async ({ page, browser, baseURL }) => {
    const mailbox = await startMailbox(Number(new URL(baseURL!).port));
    try {
      const contributor = await signedInPage(browser, 'contributor');
      const title = uniqueTitle('Review Loop on Grid Security');
      const editorUrl = await createDraft(contributor, { title, body: 'A first draft for review.', authors: ['Jim Townsend'] });
      await contributor.getByRole('button', { name: 'Submit for review' }).click();
      await expect(contributor.getByTestId('status')).toHaveText('In review');
      const request = await mailbox.waitFor(ACCOUNTS.editor.email, `Waiting for review: ${title}`);
      expect(request.text).toContain(`/admin/articles/${editorUrl.split('/').pop()}`);

      await signIn(page, 'editor');
      await expect(page.getByTestId('waiting-for-review')).toHaveText(/^\d+ waiting for review$/);
      await page.getByTestId('waiting-for-review').click();
      await page.getByRole('link', { name: title }).click();
      await page.getByLabel('Comment (staff only)').fill('Please cite the 2019 grid report in the second paragraph.');
      await page.getByRole('button', { name: 'Request changes' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Changes requested' })).toBeVisible();
      await expect(page.getByTestId('status')).toHaveText('Draft');
      const sentBack = await mailbox.waitFor(ACCOUNTS.contributor.email, `Changes requested: ${title}`);
      expect(sentBack.text).toContain('Please cite the 2019 grid report');

      // The writer sees the note on the piece, fixes the text, resolves the note and submits again.
      await contributor.goto(editorUrl);
      await expect(contributor.getByTestId('comments')).toContainText('requested changes');
      await expect(contributor.getByTestId('comments')).toContainText('Please cite the 2019 grid report');
      await (await markdownBody(contributor)).fill('A second draft, citing the 2019 grid report.');
      await contributor.getByRole('button', { name: 'Save changes' }).click();
      await expect(contributor.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
      await contributor.getByRole('button', { name: 'Resolve' }).click();
      await expect(contributor.getByTestId('comments')).toContainText('Resolved by');
      await contributor.getByRole('button', { name: 'Submit for review' }).click();
      await expect(contributor.getByTestId('status')).toHaveText('In review');

      // An empty comment is refused with a reason; a comment mentioning a colleague e-mails them.
      await page.goto(editorUrl);
      await page.getByRole('button', { name: 'Add comment' }).click();
      await expect(page.locator('#comment-error')).toHaveText('Write the comment first.');
      await page.getByLabel('Comment (staff only)').fill('Looks ready to me; one look from the admin?');
      await page.getByText('Mention a colleague').click();
      await page.getByRole('checkbox', { name: /Admin/ }).first().check();
      await page.getByRole('button', { name: 'Add comment' }).click();
      await expect(page.getByTestId('comments')).toContainText('Looks ready to me');
      await mailbox.waitFor(ACCOUNTS.admin.email, `mentioned you on “${title}”`);

      await page.getByRole('button', { name: 'Publish now' }).click();
      await expect(page.getByTestId('status')).toHaveText('Published');
      const published = await mailbox.waitFor(ACCOUNTS.contributor.email, `Published: ${title}`);
      expect(published.text).toMatch(/\/publications\//);

      // Every step is in the audit log.
      const admin = await signedInPage(browser, 'admin');
      await admin.goto('/admin/audit');
      for (const action of ['submit', 'request-changes', 'comment-resolve', 'comment', 'publish']) {
        await expect(admin.getByRole('cell', { name: action, exact: true }).first()).toBeVisible();
      }
    } finally {
      await mailbox.close();
    }
  });
});
