// Research-area (program) pages as a reader finds them: from the main menu
// or an article's header to the program's page, its people and highlights,
// its latest pieces and its feed.
import { XMLParser } from 'fast-xml-parser';
import { test, expect, expectAccessible, SOURCE } from './fixtures';
import { articles, authors, programs } from '../prisma/seed/content';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asArray = <T,>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

const PROGRAM = programs.find((p) => p.slug === 'transatlantic-security')!;
const published = articles.filter((a) => a.programs.includes(PROGRAM.slug) && !a.status);
const title = (slug: string) => articles.find((a) => a.slug === slug)!.title;
const name = (slug: string) => authors.find((a) => a.slug === slug)!.name;
const team = authors.filter((a) => a.program === PROGRAM.slug && a.slug !== PROGRAM.director).sort((a, b) => a.sortName.localeCompare(b.sortName));

test.describe('program pages', () => {
  test('a reader goes from the menu to a program: its director, team, highlights and latest pieces', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Research areas' }).click();
    await expect(page).toHaveURL(/\/programs$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Research areas');
    const list = page.getByTestId('programs');
    await expect(list.getByRole('heading', { level: 2 })).toHaveText([...programs].map((p) => p.name).sort((a, b) => a.localeCompare(b)));
    await expect(list.getByRole('listitem').filter({ hasText: PROGRAM.name })).toContainText(`Led by ${name(PROGRAM.director!)}`);
    await expectAccessible(page);

    await list.getByRole('link', { name: PROGRAM.name }).click();
    await expect(page).toHaveURL(new RegExp(`/programs/${PROGRAM.slug}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(PROGRAM.name);
    await expect(page.getByText(PROGRAM.description)).toBeVisible();
    // Highlights in the order the editors chose, before anything else.
    await expect(page.getByTestId('program-highlights').getByRole('heading', { level: 3 })).toHaveText(PROGRAM.highlights!.map(title));
    const director = page.getByTestId('program-director');
    await expect(director.getByRole('link')).toHaveText(name(PROGRAM.director!));
    await expect(director).toContainText('Senior Fellow and Director, Transatlantic Security Program');
    // The team, by family name, without the director a second time.
    await expect(page.getByTestId('program-team').getByRole('listitem').getByRole('link')).toHaveText(team.map((a) => a.name));
    const newest = [...published].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))[0];
    const latest = page.getByRole('region', { name: `Latest from ${PROGRAM.name}` });
    await expect(latest.getByRole('heading', { level: 3 }).first()).toHaveText(newest.title);
    await expect(latest.getByTestId('showing')).toContainText(String(published.length));
    await expectAccessible(page);

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await director.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/experts/${PROGRAM.director}$`));
  });

  test('an article’s research area links to its program page', async ({ page }) => {
    await page.goto(`/publications/${SOURCE.slug}`);
    await page.getByTestId('article-programs').getByRole('link', { name: 'Technology and National Security' }).click();
    await expect(page).toHaveURL(/\/programs\/technology-and-national-security$/);
    await expect(page.getByTestId('program-highlights').getByRole('heading', { level: 3 })).toContainText([SOURCE.title]);
  });

  test('a program has its own feed, linked from its head, holding only its pieces; unknown programs are 404', async ({ page, request }) => {
    await page.goto(`/programs/${PROGRAM.slug}`);
    await expect(page.locator(`link[rel="alternate"][type="application/rss+xml"][href$="/feeds/program/${PROGRAM.slug}.xml"]`)).toHaveCount(1);
    const res = await request.get(`/feeds/program/${PROGRAM.slug}.xml`);
    expect(res.status()).toBe(200);
    const channel = xml.parse(await res.text()).rss.channel;
    expect(channel.title).toContain(PROGRAM.name);
    expect(asArray(channel.item).map((i: { title: string }) => i.title).sort()).toEqual(published.map((a) => a.title).sort());
    for (const path of ['/programs/nowhere', '/feeds/program/nowhere.xml', `/programs/${PROGRAM.slug}/extra`]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });

  test('program pages are in the sitemap', async ({ request, baseURL }) => {
    const body = await (await request.get('/sitemap/0.xml')).text();
    const locs = asArray(xml.parse(body).urlset.url).map((u: { loc: string }) => u.loc);
    expect(locs).toContain(`${baseURL}/programs`);
    for (const p of programs) expect(locs).toContain(`${baseURL}/programs/${p.slug}`);
  });
});
