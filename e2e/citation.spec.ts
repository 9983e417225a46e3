import { createRequire } from 'node:module';
import { test, expect, SOURCE, expectAccessible } from './fixtures';
import { articles } from '../prisma/seed/content';

const draft = articles.find((a) => a.status === 'DRAFT')!;

// One copy of citation-js: its plugins register on the core instance they require (CommonJS).
const require = createRequire(import.meta.url);
const { Cite } = require('@citation-js/core') as typeof import('@citation-js/core');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');

test.describe('cite this', () => {
  test('a reader goes from a piece to its citation in APA, Chicago and MLA, and copies one', async ({ page, context, browserName }) => {
    await page.goto(`/publications/${SOURCE.slug}`);
    const cite = page.getByTestId('cite-this');
    await expect(cite.getByRole('heading', { name: 'Cite this piece' })).toBeVisible();
    await cite.getByRole('link', { name: 'APA, Chicago and MLA' }).click();
    await expect(page).toHaveURL(new RegExp(`/publications/${SOURCE.slug}/cite$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cite this piece');
    // First published in War on the Rocks: cited as that outlet's article, both authors in byline order.
    await expect(page.getByTestId('citation-apa')).toContainText('Bendett, S., & Kania, E. B. (2020, August 12). The Resilience of Sino-Russian High-Tech Cooperation. War on the Rocks.');
    await expect(page.getByTestId('citation-chicago')).toContainText('Bendett, Samuel, and Elsa B. Kania. “The Resilience of Sino-Russian High-Tech Cooperation.” War on the Rocks, August 12, 2020');
    await expect(page.getByTestId('citation-mla')).toContainText('Bendett, Samuel, and Elsa B. Kania. “The Resilience of Sino-Russian High-Tech Cooperation.” War on the Rocks, 12 Aug. 2020');
    await expect(page.getByTestId('citation-mla').locator('i')).toHaveText('War on the Rocks');
    await expectAccessible(page);

    if (browserName === 'chromium') await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy MLA citation' }).click();
    await expect(page.getByTestId('citation-mla').getByRole('status')).toHaveText('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Bendett, Samuel, and Elsa B\. Kania\. “The Resilience.*War on the Rocks, 12 Aug\. 2020, https:\/\/warontherocks\.com\//);

    await page.getByRole('link', { name: `← ${SOURCE.title}` }).click();
    await expect(page).toHaveURL(new RegExp(`/publications/${SOURCE.slug}$`));
  });

  test('the piece’s head carries Highwire and Dublin Core tags a reference manager reads', async ({ page }) => {
    await page.goto(`/publications/${SOURCE.slug}`);
    const meta = (name: string) => page.locator(`meta[name="${name}"]`);
    await expect(meta('citation_title')).toHaveAttribute('content', SOURCE.title);
    expect(await meta('citation_author').evaluateAll((els) => els.map((e) => e.getAttribute('content')))).toEqual(SOURCE.authors.map((a) => a.name));
    expect(await meta('DC.creator').evaluateAll((els) => els.map((e) => e.getAttribute('content')))).toEqual(SOURCE.authors.map((a) => a.name));
    await expect(meta('citation_publication_date')).toHaveAttribute('content', '2020/08/12');
    await expect(meta('citation_journal_title')).toHaveAttribute('content', SOURCE.outlet);
    await expect(meta('DC.identifier')).toHaveAttribute('content', new RegExp(`/publications/${SOURCE.slug}$`));
  });

  test('BibTeX and RIS download as files that read back with both authors in order', async ({ request }) => {
    for (const [format, type, ext] of [
      ['bibtex', 'application/x-bibtex', 'bib'],
      ['ris', 'application/x-research-info-systems', 'ris'],
    ] as const) {
      const res = await request.get(`/publications/${SOURCE.slug}/cite/${format}`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain(type);
      expect(res.headers()['content-disposition']).toBe(`attachment; filename="${SOURCE.slug}.${ext}"`);
      const [item] = new Cite(await res.text()).data as { title: string; author: { family: string; given: string }[]; 'container-title'?: string }[];
      expect(item.title.replace(/[{}]/g, '')).toBe(SOURCE.title);
      expect(item.author.map((a) => `${a.given} ${a.family}`)).toEqual(SOURCE.authors.map((a) => a.name));
    }
  });

  test('no citation of a draft, a missing piece or an unknown format: a 404, never an error', async ({ request }) => {
    for (const url of [
      `/publications/${draft.slug}/cite`,
      `/publications/${draft.slug}/cite/ris`,
      '/publications/missing-piece/cite',
      '/publications/missing-piece/cite/bibtex',
      `/publications/${SOURCE.slug}/cite/docx`,
      `/publications/${SOURCE.slug}/cite/__proto__`,
    ]) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(404);
      expect(await res.text(), url).not.toMatch(/at .*\.js:\d+|Error:/);
    }
  });
});
