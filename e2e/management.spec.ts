import { test, expect } from './fixtures';
import { createDraft, saveChanges, signIn, uniqueTitle } from './admin';

// A 2×1 PNG, built here so the repository carries no binary fixtures.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDAAAAG/AH/zK2nNwAAAABJRU5ErkJggg==',
  'base64',
);

test.describe('managing the site', () => {
  test('an uploaded featured image needs alt text and is served resized through next/image', async ({ page }) => {
    await signIn(page, 'admin');
    const title = uniqueTitle('Image Upload Test');
    await createDraft(page, { title, body: 'Body.', authors: ['Jim Townsend'] });

    // Uploads are checked by content, not by name.
    await page.getByLabel('Upload a featured image').setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('not an image') });
    await expect(page.getByRole('alert').filter({ hasText: 'Upload a JPEG, PNG, WebP or GIF image.' })).toBeVisible();

    await page.getByLabel('Upload a featured image').setInputFiles({ name: 'map.png', mimeType: 'image/png', buffer: PNG });
    await expect(page.getByText('Uploaded map.png (2×1).')).toBeVisible();
    await expect(page.getByLabel('Featured image address')).toHaveValue(/^\/media\/[a-f0-9]+-map\.2x1\.png$/); // the size is part of the address

    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Describe the image for readers who cannot see it.')).toBeVisible();
    await page.getByLabel('Featured image description (alt text)').fill('A map of northern shipping lanes');
    await saveChanges(page);
    await page.getByRole('button', { name: 'Publish now' }).click();
    await expect(page.getByTestId('status')).toHaveText('Published');

    const slug = await page.getByLabel('Address (slug)').inputValue();
    await page.goto(`/publications/${slug}`);
    const img = page.getByRole('img', { name: 'A map of northern shipping lanes' });
    await expect(img).toHaveAttribute('src', /\/_next\/image\?url=%2Fmedia%2F/);
    await expect(img).toHaveAttribute('sizes', /48rem/);
    expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  });

  test('uploads are refused to signed-out requests', async ({ request }) => {
    const res = await request.post('/api/media', { multipart: { kind: 'image', file: { name: 'x.png', mimeType: 'image/png', buffer: PNG } } });
    expect(res.status()).toBe(401);
  });

  test('an editor adds an expert, who gets a public profile; merging moves their bylines', async ({ page }) => {
    await signIn(page, 'editor');
    const name = uniqueTitle('Rosalind Vantongeren').replace(/ (\S+)$/, '');
    await page.goto('/admin/experts/new');
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Title / role').fill('Visiting Fellow, Defense Program');
    await page.getByLabel('Biography (Markdown)').fill('Works on **naval logistics**.');
    await page.getByRole('button', { name: 'Save expert' }).click();
    await expect(page.getByRole('status')).toContainText('Saved.');
    await page.getByRole('link', { name: 'View the public profile' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByTestId('expert-title')).toHaveText('Visiting Fellow, Defense Program');
    const profileUrl = page.url();

    // Give the new expert a published piece, then merge them into Jim Townsend.
    const title = uniqueTitle('Merge Test on Naval Logistics');
    const editorUrl = await createDraft(page, { title, body: 'Body.', authors: [name] });
    await page.getByRole('button', { name: 'Publish now' }).click();
    await expect(page.getByTestId('status')).toHaveText('Published');
    await page.goto('/admin/experts');
    await page.getByRole('link', { name }).click();
    await page.getByLabel('Merge into').selectOption({ label: 'Jim Townsend' });
    await page.getByRole('button', { name: 'Merge and remove this expert' }).click();
    await expect(page.getByRole('status')).toHaveText('Expert removed.');

    expect((await page.goto(profileUrl))?.status()).toBe(404);
    await page.goto('/experts/jim-townsend');
    await expect(page.getByTestId('article-list').getByRole('link', { name: title })).toBeVisible();
    await page.goto(editorUrl);
    await expect(page.getByTestId('author-list')).toContainText('Jim Townsend');
  });

  test('an admin creates an account, changes its role and deactivates it, all in the audit log', async ({ page, browser }) => {
    await signIn(page, 'admin');
    const email = `${uniqueTitle('fellow').replace(/\s+/g, '.')}@example.org`.toLowerCase();
    await page.goto('/admin/users');
    await page.getByLabel('Name', { exact: true }).fill('Temporary Fellow');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Temporary password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'at least 10 characters' })).toBeVisible();
    await expect(page.getByLabel('E-mail')).toHaveValue(email);
    await page.getByLabel('Temporary password').fill('a-long-enough-password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('status')).toHaveText('Saved.');

    const row = page.getByRole('row').filter({ hasText: email });
    await row.getByRole('combobox').selectOption('EDITOR');
    await row.getByRole('button', { name: 'Change' }).click();
    await expect(page).toHaveURL(/\/admin\/users\?updated=1$/);
    await expect(page.getByRole('row').filter({ hasText: email }).getByRole('combobox')).toHaveValue('EDITOR');

    // The new account can sign in, until it is deactivated.
    const fellow = await (await browser.newContext()).newPage();
    await fellow.goto('/admin/sign-in');
    await fellow.getByLabel('E-mail').fill(email);
    await fellow.getByLabel('Password').fill('a-long-enough-password');
    await fellow.getByRole('button', { name: 'Sign in' }).click();
    await expect(fellow.getByText('Temporary Fellow (editor)')).toBeVisible();

    await page.getByRole('row').filter({ hasText: email }).getByRole('button', { name: 'Deactivate' }).click();
    await expect(page.getByRole('row').filter({ hasText: email }).getByRole('button', { name: 'Reactivate' })).toBeVisible();
    await fellow.goto('/admin');
    await expect(fellow).toHaveURL(/\/admin\/sign-in/);
    // With the right password it gets the answer a wrong one gets: nothing says the address is staff's.
    await fellow.getByLabel('E-mail').fill(email);
    await fellow.getByLabel('Password').fill('a-long-enough-password');
    await fellow.getByRole('button', { name: 'Sign in' }).click();
    await expect(fellow.locator('p[role="alert"]')).toHaveText('That e-mail and password do not match a staff account.');

    await page.goto('/admin/audit');
    const audit = page.getByTestId('audit');
    await expect(audit.getByRole('row').filter({ hasText: 'role-change' }).filter({ hasText: email })).toHaveCount(1);
    await expect(audit.getByRole('row').filter({ hasText: 'user-deactivate' }).filter({ hasText: email })).toHaveCount(1);
    await expect(audit.getByRole('row').filter({ hasText: 'sign-in' }).first()).toBeVisible();
  });

  test('five wrong passwords lock an account out of sign-in, even with the right one', async ({ page, browser }) => {
    await signIn(page, 'admin');
    const email = `${uniqueTitle('lockout').replace(/\s+/g, '.')}@example.org`.toLowerCase();
    await page.goto('/admin/users');
    await page.getByLabel('Name', { exact: true }).fill('Lockout Test');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Temporary password').fill('the-right-password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('status')).toHaveText('Saved.');

    const guesser = await (await browser.newContext()).newPage();
    const attempt = async (password: string) => {
      await guesser.goto('/admin/sign-in');
      await guesser.getByLabel('E-mail').fill(email);
      await guesser.getByLabel('Password').fill(password);
      await guesser.getByRole('button', { name: 'Sign in' }).click();
      return guesser.locator('p[role="alert"]');
    };
    for (let i = 0; i < 5; i++) await expect(await attempt(`wrong-guess-${i}`)).toHaveText('That e-mail and password do not match a staff account.');
    await expect(await attempt('the-right-password')).toHaveText('Too many failed sign-in attempts. Wait 15 minutes and try again.');
  });

  test('a contributor cannot open management pages', async ({ page }) => {
    await signIn(page, 'contributor');
    for (const path of ['/admin/users', '/admin/audit', '/admin/experts', '/admin/topics']) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/admin\?denied=1$/);
    }
  });
});
