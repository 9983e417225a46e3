// Every admin page, as the admin who sees them all: no WCAG 2.2 AA
// violations (axe), and none scrolls sideways on a 390 px phone.
import { test, expect, expectAccessible, SOURCE } from './fixtures';
import { signIn } from './admin';

const PAGES = [
  '/admin',
  '/admin/articles/new',
  `/admin/articles/article_${SOURCE.slug}`,
  `/admin/articles/article_${SOURCE.slug}/revisions`,
  '/admin/media',
  '/admin/experts',
  '/admin/experts/new',
  '/admin/experts/author_elsa-b-kania',
  '/admin/topics',
  '/admin/programs',
  '/admin/users',
  '/admin/audit',
];

test('every admin page is accessible and fits a phone', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'admin');
  // A long address widens the users table: it must scroll inside its box, not the page
  // (an invisible label once sat outside the scroller and pushed the page to 420 px).
  await page.goto('/admin/users');
  await page.getByLabel('Name').fill('Wide Address Person');
  await page.getByLabel('E-mail').fill(`a.rather.long.staff.address.${Date.now()}@policy-institute.example.org`);
  await page.getByLabel('Temporary password').fill('wide-address-2026-pass');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Wide Address Person' })).toBeVisible();
  for (const path of PAGES) {
    await page.setViewportSize({ width: 1280, height: 900 });
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    await expect(page.locator('main h1').first(), path).toBeVisible();
    await expectAccessible(page);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at 390 px`).toBeLessThanOrEqual(390);
  }
});
