// An event from announcement to registration: an editor publishes it with a
// time typed in Washington (across the daylight-saving change), readers
// register until it is full and then join the waiting list, each gets the
// e-mail (with the calendar file) from a real SMTP server, a cancellation
// hands the place to the first in line, and staff see and export the list.
import { test, expect } from './fixtures';
import { createDraft, signIn, signedInPage, uniqueTitle } from './admin';
import { startMailbox } from './mailbox';

test('an event fills up, the waiting list takes over, a cancellation promotes the next in line, staff export the registrants', async ({ page, browser, baseURL }) => {
  test.setTimeout(150_000);
  const mailbox = await startMailbox(Number(new URL(baseURL!).port));
  try {
    const title = uniqueTitle('Deterrence in the Baltic');
    await signIn(page, 'editor');
    await createDraft(page, { title, type: 'Event', body: 'A discussion of the Baltic states’ defense.', authors: ['Jim Townsend'] });
    await page.locator('summary', { hasText: /^Event$/ }).click();
    // 02:30 on March 14, 2027 does not exist in Washington (the clocks go forward).
    await page.getByLabel(/^Starts \(/).fill('2027-03-14T02:30');
    await page.getByLabel('Place (room and address)').fill('Center headquarters, Washington, D.C.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('does not exist in America/New_York')).toBeVisible();
    await expect(page.getByLabel('Place (room and address)')).toHaveValue('Center headquarters, Washington, D.C.');

    // Two days later, after the change: 10:00 EDT is 14:00 UTC.
    await page.getByLabel(/^Starts \(/).fill('2027-03-16T10:00');
    await page.getByLabel(/^Ends \(/).fill('2027-03-16T11:30');
    await page.getByLabel('Registration open').check();
    await page.getByLabel(/^Places/).fill('1');
    await page.getByRole('button', { name: 'Publish now' }).click();
    await expect(page.getByTestId('status')).toHaveText('Published');
    const slug = await page.getByLabel('Address (slug)').inputValue();
    const editUrl = page.url().replace(/\?.*$/, '');

    // A reader sees the time in Washington and gets a calendar file in UTC.
    const first = await (await browser.newContext()).newPage();
    await first.goto(`/publications/${slug}`);
    await expect(first.getByTestId('event-when')).toContainText('March 16, 2027');
    await expect(first.getByTestId('event-when')).toContainText('10:00 AM EDT');
    const ics = await first.request.get(`/publications/${slug}/event.ics`);
    expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    const calendar = await ics.text();
    expect(calendar).toContain('DTSTART:20270316T140000Z');
    expect(calendar).toContain('DTEND:20270316T153000Z');

    // A form without a name is refused by the server, and the address typed is kept.
    await first.getByLabel('E-mail').fill('ada@example.net');
    await first.getByRole('button', { name: 'Register' }).click();
    await expect(first.locator('#register-name-error')).toHaveText('Enter your name.');
    await expect(first.getByLabel('E-mail')).toHaveValue('ada@example.net');
    await first.getByLabel('Name').fill('Ada Reader');
    await first.getByLabel('E-mail').fill('ada@example.net');
    await first.getByRole('button', { name: 'Register' }).click();
    await expect(first.getByTestId('registration-result')).toHaveText(/Your place is confirmed/);
    const confirmation = await mailbox.waitFor('ada@example.net', `Registered: ${title}`);
    expect(confirmation.text).toContain('March 16, 2027');
    expect(confirmation.attachments.find((a) => a.filename === 'event.ics')?.content).toContain('DTSTART:20270316T140000Z');
    const link = new URL(confirmation.text.match(/https?:\/\/\S+\/events\/cancel\?token=[\w-]+/)![0]);
    const cancelPath = `${link.pathname}${link.search}`;

    // The one place is taken: the page (re-read because availability changed) offers the waiting list.
    const second = await (await browser.newContext()).newPage();
    await second.goto(`/publications/${slug}`);
    await expect(second.getByRole('heading', { name: 'This event is full: join the waiting list' })).toBeVisible();
    await second.getByLabel('Name').fill('Ben Second');
    await second.getByLabel('E-mail').fill('ben@example.net');
    await second.getByRole('button', { name: 'Join the waiting list' }).click();
    await expect(second.getByTestId('registration-result')).toHaveText(/on the waiting list/);
    await mailbox.waitFor('ben@example.net', `Waiting list: ${title}`);

    // The first cancels from the e-mail's link (a page with a button: following the link alone changes nothing).
    await first.goto(cancelPath);
    await expect(first.getByText('Ada Reader, you are registered for')).toBeVisible();
    await first.getByRole('button', { name: 'Cancel my registration' }).click();
    await expect(first.getByRole('status')).toHaveText(/cancelled/);
    const promoted = await mailbox.waitFor('ben@example.net', `Registered: ${title}`);
    expect(promoted.text).toContain('A place has become free');

    // Staff: the list, and the export. Contributors may not export personal data.
    await page.goto(`${editUrl}/registrants`);
    await expect(page.getByTestId('registrant-counts')).toHaveText('1 confirmed · 0 on the waiting list · 1 cancelled');
    const id = editUrl.split('/').pop()!;
    const csv = await page.request.get(`/api/admin/events/${id}/registrants`);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    const rows = (await csv.text()).trim().split('\n');
    expect(rows[0]).toBe('Name,E-mail,Organization,Status,Registered (UTC)');
    expect(rows.slice(1).map((r) => r.split(',').slice(0, 4).join(','))).toEqual(['Ben Second,ben@example.net,,confirmed', 'Ada Reader,ada@example.net,,cancelled']);
    const contributor = await signedInPage(browser, 'contributor');
    expect((await contributor.request.get(`/api/admin/events/${id}/registrants`)).status()).toBe(403);
    await contributor.goto(`${editUrl}/registrants`);
    await expect(contributor).toHaveURL(/\/admin\?denied=1$/);

    // The events index lists it as upcoming.
    await first.goto('/events');
    await expect(first.getByTestId('upcoming-events').getByRole('link', { name: title })).toBeVisible();
  } finally {
    await mailbox.close();
  }
});
