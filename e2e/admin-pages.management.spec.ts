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
  '/admin/users',
  '/admin/audit',
];

test('every admin page is accessible and fits a phone', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'admin');
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
