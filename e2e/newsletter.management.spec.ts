// The newsletter through the browser, with a real SMTP server: sign up from a
// topic's page (a refused form keeps what was typed), confirm from the
// e-mail's link on another host name (the redirect stays on it), change what
// is followed, and leave with the one-click unsubscribe a mail program uses,
// sent from another site with no cookies. (The weekly digest itself, run as
// two instances and after a crash: lib/newsletter/digest.cases.ts.)
import { test, expect, expectAccessible } from './fixtures';
import { startMailbox } from './mailbox';

test('follow a topic by e-mail: sign up, confirm on another host name, change choices, one-click unsubscribe', async ({ page, baseURL, playwright }) => {
  test.setTimeout(120_000);
  const port = new URL(baseURL!).port;
  const mailbox = await startMailbox(Number(port));
  const email = `reader-${Date.now()}@example.net`;
  try {
    await page.goto('/topics/china');
    const box = page.getByTestId('follow-by-email');
    await expect(box.getByRole('heading', { name: 'Get new pieces on China by e-mail' })).toBeVisible();
    await box.getByRole('textbox', { name: 'E-mail' }).fill('not-an-address');
    // The browser's own check is bypassed to reach the server's.
    await box.locator('form').evaluate((f) => f.setAttribute('novalidate', ''));
    await box.getByRole('button', { name: 'Sign up' }).click();
    await expect(box.getByText('Enter a valid e-mail address.')).toBeVisible();
    await expect(box.getByRole('textbox', { name: 'E-mail' })).toHaveValue('not-an-address');
    await box.getByRole('textbox', { name: 'E-mail' }).fill(email);
    await box.getByRole('button', { name: 'Sign up' }).click();
    await expect(page.getByTestId('signup-result')).toContainText(`we have sent a link to ${email}`);

    const mail = await mailbox.waitFor(email, 'Confirm your');
    expect(mail.text).toContain('- China');
    const link = new URL(mail.text.match(/https?:\/\/\S+\/newsletter\/confirm\?t=\S+/)![0]);
    // The link opened on another name for the same site: it and the redirect after confirming stay there.
    const other = `http://127.0.0.1:${port}`;
    await page.goto(`${other}${link.pathname}${link.search}`);
    await expect(page.getByText(`Send a weekly e-mail to ${email}`)).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'China' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Confirm my subscription' }).click();
    await expect(page).toHaveURL(new RegExp(`^${other.replace(/\./g, '\\.')}/newsletter/manage\\?t=`));
    await expect(page.getByText('Confirmed: you are subscribed.')).toBeVisible();
    await expect(page.getByLabel('China')).toBeChecked();
    const manageUrl = page.url();

    // A tampered link confirms nothing.
    await page.goto(`/newsletter/confirm?t=${encodeURIComponent(link.searchParams.get('t')!.slice(0, -3) + 'abc')}`);
    await expect(page.getByText('This link does not work')).toBeVisible();

    // Change what is followed.
    await page.goto(manageUrl);
    await page.getByLabel('Technology and National Security').check();
    await page.getByLabel('China').uncheck();
    await page.getByRole('button', { name: 'Save my choices' }).click();
    await expect(page.getByText('Saved. Your next digest follows these choices.')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Technology and National Security')).toBeChecked();
    await expect(page.getByLabel('China')).not.toBeChecked();
    await expectAccessible(page);

    // One click from a mail program: a POST from elsewhere, no cookies, only the link.
    const t = new URL(manageUrl).searchParams.get('t')!;
    const mailProgram = await playwright.request.newContext();
    const res = await mailProgram.post(`${baseURL}/api/newsletter/unsubscribe?t=${encodeURIComponent(t)}`, {
      headers: { Origin: 'https://mail.example.com', 'Content-Type': 'application/x-www-form-urlencoded' },
      data: 'List-Unsubscribe=One-Click',
    });
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain('unsubscribed');
    await mailProgram.dispose();
    await page.goto(manageUrl);
    await expect(page.getByTestId('no-subscription')).toBeVisible();
  } finally {
    await mailbox.close();
  }
});

test('the newsletter page offers topics, regions and programs; choosing nothing is refused and keeps the address', async ({ page }) => {
  await page.goto('/newsletter');
  await expect(page.getByRole('heading', { level: 1, name: 'E-mail updates' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Topics' }).getByRole('checkbox').first()).toBeVisible();
  await expect(page.getByRole('group', { name: 'Programs' }).getByLabel('Technology and National Security')).toBeVisible();
  await page.getByLabel('E-mail').fill('someone@example.net');
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect(page.getByText('Choose at least one topic, program or expert to follow.')).toBeVisible();
  await expect(page.getByLabel('E-mail')).toHaveValue('someone@example.net');
  await expectAccessible(page);
  // The footer links here from every page.
  await page.goto('/');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'E-mail updates on what you follow' })).toHaveAttribute('href', '/newsletter');
});
