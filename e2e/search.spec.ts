import { test, expect, SOURCE, expectAccessible } from './fixtures';
import { articles } from '../prisma/seed/content';

async function search(page: import('@playwright/test').Page, query: string) {
  const params = new URLSearchParams({ q: query });
  const response = await page.goto(`/search?${params}`);
  expect(response?.status(), `search for ${JSON.stringify(query.slice(0, 40))}`).toBe(200);
  return page.getByTestId('results').locator('h2');
}

test.describe('search', () => {
  test('finds pieces by title, body text, expert name and topic, best match first', async ({ page }) => {
    await expect((await search(page, 'Sino-Russian high-tech')).first()).toHaveText(SOURCE.title);
    await expect(page.getByTestId('snippet').first().locator('mark').first()).toBeVisible();

    // A word that appears only in the body of the source piece.
    await expect((await search(page, 'memoranda')).first()).toHaveText(SOURCE.title);
    // An expert's name and a topic name.
    await expect(await search(page, 'Kania')).toContainText([SOURCE.title]);
    await expect(await search(page, 'great-power competition')).toContainText([SOURCE.title]);
    // A title match outranks pieces that only mention the words.
    await expect((await search(page, 'Russia under pressure')).first()).toHaveText('Is Russia Under Pressure?');
  });

  test('filters by type and year, and pages through results in the URL', async ({ page }) => {
    await search(page, 'russia');
    await page.getByLabel('Type').selectOption('podcast');
    await page.getByRole('button', { name: 'Search', exact: true }).last().click();
    await expect(page).toHaveURL(/type=podcast/);
    const labels = await page.getByTestId('results').locator('li > p:first-child').allInnerTexts();
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) expect(l.toUpperCase()).toBe('PODCAST');

    // "stat" is a word still being typed: it matches state, states, statement… in more than 20 pieces.
    await search(page, 'stat');
    await expect(page.getByTestId('showing')).toHaveText(/^Showing 1–20 of (2[1-9]|[3-9]\d) results for “stat”$/);
    await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: /Next/ }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByTestId('showing')).toHaveText(/^Showing 21–\d+ of \d+ results/);

    await page.goto('/search?q=russia&year=2020');
    await expect(page.getByTestId('results').locator('h2')).toContainText([SOURCE.title]);
    for (const t of await page.getByTestId('results').locator('time').allInnerTexts()) expect(t).toMatch(/2020$/);
  });

  test('any query text is safe: results or a clear "no results", never an error', async ({ page }) => {
    const hostile = [
      '"; DROP TABLE articles; --',
      "' OR 1=1 --",
      'NEAR(russia china, 2)',
      'title:china OR AND NOT',
      '"unbalanced',
      'russia*',
      '^china',
      '🚀🇺🇦 emoji',
      'Россия и Китай',
      '中国 俄罗斯',
      'x'.repeat(2000),
      '   ',
      '<script>alert(1)</script>',
      '%00%27',
    ];
    for (const q of hostile) {
      await search(page, q);
      const status = page.getByTestId('showing');
      if (q.trim()) await expect(status).toHaveText(/^(Showing \d+–\d+ of \d+ results|No results) /);
      await expect(page.locator('body')).not.toContainText('Application error');
    }
  });

  test('drafts are not searchable', async ({ page }) => {
    const drafts = articles.filter((a) => a.status === 'DRAFT');
    // Proves something only if the demo content has drafts and the same search finds public pieces.
    expect(drafts.length).toBeGreaterThan(0);
    await expect((await search(page, SOURCE.title)).first()).toHaveText(SOURCE.title);
    for (const draft of drafts) {
      await search(page, draft.title);
      await expect(page.getByTestId('showing')).toHaveText(/^(Showing \d+–\d+ of \d+ results|No results) /);
      await expect(page.getByTestId('results').getByRole('link', { name: draft.title })).toHaveCount(0);
      // Its words are in the index's language: the body's most distinctive word finds no draft either.
      const word = draft.body.split(/\W+/).filter((w) => w.length > 8).sort((a, b) => b.length - a.length)[0];
      if (word) {
        await search(page, word);
        await expect(page.getByTestId('results').getByRole('link', { name: draft.title })).toHaveCount(0);
      }
    }
  });

  test('experts and topics suggest themselves as you type; the form works without JavaScript', async ({ page, browser }) => {
    await page.goto('/search');
    await page.getByLabel('Search for').fill('Kan');
    await expect(page.getByTestId('suggestions').getByRole('link', { name: /Elsa B\. Kania/ })).toHaveAttribute('href', '/experts/elsa-b-kania');
    await page.getByLabel('Search for').fill('Ukra');
    await expect(page.getByTestId('suggestions').getByRole('link', { name: /Ukraine/ })).toHaveAttribute('href', '/topics/ukraine');

    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto('/');
    await plain.getByLabel('Search publications, experts and topics').fill('memoranda');
    await plain.getByRole('button', { name: 'Search' }).click();
    await expect(plain.getByTestId('results').locator('h2').first()).toHaveText(SOURCE.title);
    await noJs.close();
  });

  test('the search page has no WCAG 2.2 AA violations (axe)', async ({ page }) => {
    await search(page, 'russia');
    await expectAccessible(page);
  });
});
