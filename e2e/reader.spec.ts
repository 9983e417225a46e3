import { readingMinutes, wordCount } from '../lib/reading-time';
import { test, expect, SOURCE, MORE_FROM, expectAccessible } from './fixtures';
import { articles } from '../prisma/seed/content';

test.describe('reading an article', () => {
  test('home page links to the source piece, which shows every element of the source layout', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: SOURCE.title }).first().click();
    await expect(page).toHaveURL(new RegExp(`/publications/${SOURCE.slug}$`));

    const article = page.locator('article').first();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SOURCE.title);
    await expect(page.getByTestId('article-type')).toHaveText(SOURCE.type);
    await expect(page.getByTestId('article-date')).toHaveText(SOURCE.date);
    await expect(page.getByTestId('article-date')).toHaveAttribute('datetime', /^2020-08-12T/);
    // Reading time from the body's words (lib/reading-time.ts), as the editor shows it.
    const seedBody = articles.find((a) => a.slug === SOURCE.slug)!.body;
    await expect(page.getByTestId('reading-time')).toHaveText(`${readingMinutes(wordCount(seedBody))} min read`);

    const byline = article.locator('header p', { hasText: /^By / });
    await expect(byline).toHaveText(SOURCE.byline);
    const authorLinks = byline.getByRole('link');
    await expect(authorLinks).toHaveCount(2);
    for (const [i, author] of SOURCE.authors.entries()) {
      await expect(authorLinks.nth(i)).toHaveText(author.name);
      await expect(authorLinks.nth(i)).toHaveAttribute('href', `/experts/${author.slug}`);
    }

    const body = page.getByTestId('article-body');
    await expect(body.locator('p').first()).not.toBeEmpty();
    expect((await body.innerText()).length).toBeGreaterThan(400);

    const quote = page.getByTestId('pull-quote');
    await expect(quote).toBeVisible();
    expect(await quote.evaluate((el) => el.tagName)).toBe('BLOCKQUOTE');

    const outlet = page.getByTestId('outlet-link');
    await expect(outlet).toHaveAccessibleName(`Read the full article in ${SOURCE.outlet}`);
    await expect(outlet).toHaveAttribute('href', /^https:\/\/warontherocks\.com\//);

    const topics = page.getByRole('navigation', { name: 'Topics and regions' }).getByRole('link');
    expect(await topics.count()).toBeGreaterThanOrEqual(3);
    await expect(page.getByRole('navigation', { name: 'Topics and regions' }).getByRole('link', { name: 'Russia' })).toHaveAttribute(
      'href',
      '/topics/russia',
    );
  });

  test('"More from CNAS" lists the four related pieces with type, area, excerpt, byline and date', async ({ page }) => {
    await page.goto(`/publications/${SOURCE.slug}`);
    const sidebar = page.getByTestId('more-from');
    await expect(sidebar.getByRole('heading', { level: 2 })).toHaveText('More from CNAS');
    const cards = sidebar.getByTestId('article-card');
    await expect(cards).toHaveCount(4);
    for (const [i, expected] of MORE_FROM.entries()) {
      const card = cards.nth(i);
      await expect(card.getByRole('link', { name: expected.title })).toHaveAttribute('href', /^\/publications\/[a-z0-9-]+$/);
      await expect(card.locator('p', { hasText: /^By / })).toHaveText(expected.byline);
      await expect(card.locator('time')).toHaveText(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
      const excerpt = await card.locator('p.text-muted').first().innerText();
      expect(excerpt.endsWith('...'), `excerpt "${excerpt}" is cut with an ellipsis`).toBe(true);
      expect(excerpt).not.toMatch(/\s\.\.\.$/);
    }
    await expect(cards.nth(1)).toContainText('In the News');
    await expect(cards.nth(2)).toContainText('Podcast');
    await expect(cards.nth(3)).toContainText('Transatlantic Security / Middle East Security');
    await expect(sidebar).not.toContainText(SOURCE.title);
  });

  test('a related link leads to that article, and an author link to a profile listing the piece', async ({ page }) => {
    await page.goto(`/publications/${SOURCE.slug}`);
    await page.getByTestId('more-from').getByRole('link', { name: MORE_FROM[2].title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MORE_FROM[2].title);
    await expect(page.locator('article header p', { hasText: /^By / })).toHaveText(
      'By Andrea Kendall-Taylor, Jim Townsend and Celeste Wallander',
    );

    // Jim Townsend is the second author here: his profile must still list the piece.
    await page.locator('article header').getByRole('link', { name: 'Jim Townsend' }).click();
    await expect(page).toHaveURL(/\/experts\/jim-townsend$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jim Townsend');
    await expect(page.getByTestId('expert-title')).not.toBeEmpty();
    await expect(page.getByTestId('article-list').getByRole('link', { name: MORE_FROM[2].title })).toBeVisible();
    await expect(page.getByTestId('article-list').getByRole('link', { name: MORE_FROM[1].title })).toBeVisible();
  });

  test('an author of the source piece lists it on their profile', async ({ page }) => {
    await page.goto(`/publications/${SOURCE.slug}`);
    await page.locator('article header').getByRole('link', { name: 'Elsa B. Kania' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Elsa B. Kania');
    await expect(page.getByTestId('article-list').getByRole('link', { name: SOURCE.title })).toBeVisible();
  });

  test('topic tags lead to the topic listing, which includes the piece', async ({ page }) => {
    await page.goto(`/publications/${SOURCE.slug}`);
    await page.getByRole('navigation', { name: 'Topics and regions' }).getByRole('link', { name: 'China' }).click();
    await expect(page).toHaveURL(/\/topics\/china/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('China');
    await expect(page.getByTestId('showing')).toHaveText(/^Showing 1–\d+ of \d+ publications$/);
  });
});

test.describe('listings', () => {
  test('pages through the publications listing with the page number in the URL', async ({ page }) => {
    await page.goto('/publications');
    const showing = page.getByTestId('showing');
    await expect(showing).toHaveText(/^Showing 1–20 of \d+ Publications$/);
    const total = Number((await showing.innerText()).match(/of (\d+)/)![1]);
    expect(total).toBeGreaterThan(20);
    const firstPageTitles = await page.getByTestId('article-list').getByRole('heading').allInnerTexts();
    expect(firstPageTitles).toHaveLength(20);

    await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: /Next/ }).click();
    await expect(page).toHaveURL(/[?&]page=2/);
    await expect(showing).toHaveText(`Showing 21–${Math.min(40, total)} of ${total} Publications`);
    const secondPageTitles = await page.getByTestId('article-list').getByRole('heading').allInnerTexts();
    expect(secondPageTitles.some((t) => firstPageTitles.includes(t))).toBe(false);
    await expect(page.getByRole('navigation', { name: 'Pagination' }).locator('[aria-current="page"]')).toHaveText(/2/);
  });

  test('filters by type, topic and year through the URL, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/publications');
    await page.getByLabel('Type').selectOption('podcast');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/type=podcast/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Podcasts');
    const types = await page.getByTestId('article-card').locator('p').first().allInnerTexts();
    expect(types.length).toBeGreaterThan(0);
    for (const t of types) expect(t.toUpperCase()).toContain('PODCAST');

    await page.goto('/publications?year=2020&topic=china');
    await expect(page.getByTestId('article-list').getByRole('link', { name: 'The Resilience of Sino-Russian High-Tech Cooperation' })).toBeVisible();
    for (const time of await page.getByTestId('article-card').locator('time').allInnerTexts()) expect(time).toMatch(/2020$/);
    await context.close();
  });

  test('home page shows a featured piece, the latest pieces and sections by type', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Featured' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Latest analysis' })).toBeVisible();
    expect(await page.getByTestId('latest').getByTestId('article-card').count()).toBeGreaterThanOrEqual(6);
    await expect(page.getByRole('heading', { name: 'Reports', level: 2 })).toBeVisible();
  });

  test('the experts index lists everyone and links to profiles', async ({ page }) => {
    await page.goto('/experts');
    const experts = page.getByTestId('experts').getByRole('link');
    expect(await experts.count()).toBeGreaterThanOrEqual(10);
    await page.getByTestId('experts').getByRole('link', { name: 'Samuel Bendett' }).click();
    await expect(page.getByTestId('article-list').getByRole('link', { name: 'The Resilience of Sino-Russian High-Tech Cooperation' })).toBeVisible();
  });

  test('the experts index narrows by family-name initial and by program, and suggestions come from the database', async ({ page, request }) => {
    await page.goto('/experts');
    await page.getByRole('navigation', { name: 'Family names A to Z' }).getByRole('link', { name: 'B', exact: true }).click();
    await expect(page).toHaveURL(/\/experts\?letter=B$/);
    const names = page.getByTestId('experts').getByRole('link');
    await expect(names.filter({ hasText: 'Samuel Bendett' })).toHaveCount(1);
    await expect(names.filter({ hasText: 'Jim Townsend' })).toHaveCount(0);
    for (const name of await names.allInnerTexts()) expect(name.split(' ').pop()!.startsWith('B'), name).toBe(true);
    // Letter and program combine; "All" keeps the program.
    await page.getByRole('navigation', { name: 'Research programs' }).getByRole('link', { name: 'Transatlantic Security' }).click();
    await expect(page).toHaveURL(/letter=B&program=transatlantic-security/);
    await expect(names).toHaveCount(0);
    await expect(page.getByTestId('showing')).toHaveText('No experts');
    await page.getByRole('link', { name: 'All', exact: true }).click();
    await expect(names.filter({ hasText: 'Jim Townsend' })).toHaveCount(1);
    await expect(names.filter({ hasText: 'Samuel Bendett' })).toHaveCount(0);
    // A word of the name, any case.
    const found = (await (await request.get('/api/suggest?q=town')).json()) as { label: string; kind: string }[];
    expect(found).toContainEqual(expect.objectContaining({ label: 'Jim Townsend', kind: 'Expert' }));
    expect((await (await request.get('/api/suggest?q=BEND')).json()) as { label: string }[]).toContainEqual(expect.objectContaining({ label: 'Samuel Bendett' }));
  });
});

test.describe('errors and privacy', () => {
  for (const path of ['/publications/no-such-piece', '/experts/nobody-here', '/topics/not-a-topic', '/no/such/page']) {
    test(`unknown address ${path} gets a friendly 404`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn’t find that page');
      await expect(page.getByRole('link', { name: 'All publications' })).toBeVisible();
    });
  }

  test('drafts are neither reachable nor listed', async ({ page, request }) => {
    const drafts = articles.filter((a) => a.status === 'DRAFT');
    expect(drafts.length).toBeGreaterThan(0);
    for (const draft of drafts) {
      expect((await request.get(`/publications/${draft.slug}`)).status()).toBe(404);
    }
    const total = articles.length - drafts.length;
    await page.goto(`/publications?page=1`);
    await expect(page.getByTestId('showing')).toHaveText(`Showing 1–20 of ${total} Publications`);
    for (let p = 1; p <= Math.ceil(total / 20); p++) {
      const html = await (await request.get(`/publications?page=${p}`)).text();
      for (const draft of drafts) expect(html).not.toContain(draft.title);
    }
  });

  test('a malformed page number falls back to the first page instead of failing', async ({ page }) => {
    const response = await page.goto('/publications?page=abc&type=%27%3B--');
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId('showing')).toHaveText(/^Showing 1–20 of/);
  });
});

test.describe('accessibility and keyboard', () => {
  const pages = [
    ['home', '/'],
    ['article', `/publications/${SOURCE.slug}`],
    ['publications listing', '/publications?type=commentary'],
    ['experts index', '/experts'],
    ['expert profile', '/experts/jim-townsend'],
    ['topics index', '/topics'],
    ['topic page', '/topics/russia'],
    ['404 page', '/publications/missing'],
  ] as const;
  for (const [name, path] of pages) {
    test(`${name} has no WCAG 2.2 AA violations (axe)`, async ({ page }) => {
      await page.goto(path);
      await expectAccessible(page);
    });
  }

  test('the skip link is the first stop for a keyboard user and moves focus to the content', async ({ page }) => {
    await page.goto(`/publications/${SOURCE.slug}`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
  });

  test('on a phone the article and its sidebar stack without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`/publications/${SOURCE.slug}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    const articleBox = await page.locator('article').first().boundingBox();
    const sidebarBox = await page.getByTestId('more-from').boundingBox();
    expect(sidebarBox!.y).toBeGreaterThan(articleBox!.y + articleBox!.height - 1);
  });

  test('the printed article leaves out navigation and the sidebar', async ({ page }) => {
    await page.goto(`/publications/${SOURCE.slug}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Primary' })).toBeHidden();
    await expect(page.getByTestId('more-from')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
