// The newsletter as staff see it (/admin/newsletter): how many readers follow
// what, a preview of the digest being gathered (a piece published now is in
// it), and removing a reader on request, which leaves only the address's
// domain in the audit log. Contributors are refused the page in
// e2e/role-matrix.security.spec.ts.
import { test, expect, expectAccessible } from './fixtures';
import { startMailbox } from './mailbox';
import { createDraft, signedInPage, uniqueTitle } from './admin';

test('staff see follows, preview the next digest with a piece published now, and remove a reader on request', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const mailbox = await startMailbox(Number(new URL(baseURL!).port));
  const email = `staff-view-${Date.now()}@example.net`;
  try {
    // A reader follows China and confirms.
    await page.goto('/topics/china');
    const box = page.getByTestId('follow-by-email');
    await box.getByRole('textbox', { name: 'E-mail' }).fill(email);
    await box.getByRole('button', { name: 'Sign up' }).click();
    await expect(page.getByTestId('signup-result')).toContainText(`we have sent a link to ${email}`);
    const mail = await mailbox.waitFor(email, 'Confirm your');
    const link = new URL(mail.text.match(/https?:\/\/\S+\/newsletter\/confirm\?t=\S+/)![0]);
    await page.goto(`${link.pathname}${link.search}`);
    await page.getByRole('button', { name: 'Confirm my subscription' }).click();
    await expect(page.getByText('Confirmed: you are subscribed.')).toBeVisible();
    const manageUrl = page.url();

    // An editor publishes a piece on China now.
    const editor = await signedInPage(browser, 'editor');
    const title = uniqueTitle('Digest Preview Piece');
    await createDraft(editor, { title, body: 'What the week brought.', authors: ['Jim Townsend'], topics: ['China'] });
    await editor.getByRole('button', { name: 'Publish now' }).click();
    await expect(editor.getByTestId('status')).toHaveText('Published');

    await editor.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Newsletter' }).click();
    await expect(editor.getByRole('heading', { level: 1, name: 'Newsletter' })).toBeVisible();
    await expect(editor.getByTestId('newsletter-readers')).toContainText(/[1-9][\d,]* confirmed reader/);
    const china = editor.getByTestId('newsletter-follows').getByRole('row').filter({ has: editor.getByRole('link', { name: 'China', exact: true }) });
    await expect(china.getByRole('cell').nth(2)).toHaveText(/^[1-9][\d,]*$/);
    // Addresses are never listed.
    await expect(editor.getByText(email)).toHaveCount(0);

    await editor.getByLabel('As a reader who follows').selectOption({ label: 'China' });
    await editor.getByRole('button', { name: 'Preview' }).click();
    await expect(editor).toHaveURL(/\/admin\/newsletter\?follow=topic%3Achina$/);
    const preview = editor.getByTestId('digest-preview');
    await expect(preview).toContainText(title);
    await expect(preview).toContainText('You get this because you follow: China.');
    await expectAccessible(editor);

    // Removing: an unknown address is refused and stays typed; the reader's goes, with what it followed.
    const field = editor.getByLabel('Reader’s e-mail address');
    await field.fill(`nobody-${email}`);
    await editor.getByRole('button', { name: 'Remove this reader' }).click();
    await expect(editor.getByText(`No reader has the address nobody-${email}`)).toBeVisible();
    await expect(field).toHaveValue(`nobody-${email}`);
    await field.fill(email.toUpperCase());
    await editor.getByRole('button', { name: 'Remove this reader' }).click();
    await expect(editor.getByText(`Removed ${email}, what it followed and its delivery records.`)).toBeVisible();
    await page.goto(manageUrl);
    await expect(page.getByTestId('no-subscription')).toBeVisible();

    // The audit log has the removal, by domain, and not the address.
    const admin = await signedInPage(browser, 'admin');
    await admin.goto('/admin/audit');
    const line = admin.getByTestId('audit').getByRole('row').filter({ hasText: 'newsletter-remove' }).first();
    await expect(line).toContainText('Removed a reader at example.net');
    await expect(admin.getByTestId('audit')).not.toContainText(email);
    await editor.context().close();
    await admin.context().close();
  } finally {
    await mailbox.close();
  }
});
