// The embedded default (SQLite, no Redis, no front) across restarts: an expiry
// written before a restart holds after it, and several instances may start at
// the same instant. Each test starts its own servers (scripts/topology.mjs) so
// it can kill them.
import { appendFileSync, mkdirSync } from 'node:fs';
import { test, expect, type Browser, type Page } from '@playwright/test';
import { startTopology } from '../scripts/topology.mjs';
import { publishChanges, signIn } from './admin';

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

mkdirSync('test-results', { recursive: true });
const log = (file: string) => (line: string) => appendFileSync(`test-results/${file}.log`, line);

type Topology = Awaited<ReturnType<typeof startTopology>>;

const WITHDRAWN = {
  slug: 'the-resilience-of-sino-russian-high-tech-cooperation',
  title: 'The Resilience of Sino-Russian High-Tech Cooperation',
  id: 'article_the-resilience-of-sino-russian-high-tech-cooperation',
};
// How its title reads in HTML and in feeds alike.
const LISTED = 'The Resilience of Sino-Russian High-Tech';

async function body(url: string): Promise<{ status: number; text: string; cache: string | null }> {
  const res = await fetch(url, { redirect: 'manual' });
  return { status: res.status, text: await res.text(), cache: res.headers.get('x-nextjs-cache') };
}

/** An editor signed in on this instance (its own origin, so relative addresses work). */
async function staffPage(browser: Browser, base: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: base })).newPage();
  await signIn(page, 'editor');
  return page;
}

async function openEditor(page: Page, id: string) {
  await page.goto(`/admin/articles/${id}`);
  await expect(page.getByLabel('Title')).toBeVisible();
}

test.describe('embedded default across a restart', () => {
  let site: Topology;

  test.beforeAll(async () => {
    site = await startTopology({ name: 'e2e-restart', database: 'sqlite', instances: 1, basePort: 3400, redisUrl: null, front: false, media: 'disk', distDir: '.next-e2e', log: log('e2e-restart') });
  });
  test.afterAll(async () => site?.stop());

  test('an unpublished piece stays gone after a crash and restart, from every page that listed it', async ({ browser }) => {
    const base = site.apps[0].url;
    const pages = ['/', '/publications?year=2020', '/experts/samuel-bendett', '/experts/elsa-b-kania', '/feeds/all.xml', '/feeds/expert/samuel-bendett.xml'];
    // Cache the article and every page that lists it.
    for (let i = 0; i < 2; i++) {
      const article = await body(`${base}/publications/${WITHDRAWN.slug}`);
      expect(article.status).toBe(200);
      // Served from the cache (STALE: older than its one second, refreshed behind the response).
      if (i === 1) expect(['HIT', 'STALE']).toContain(article.cache);
      for (const p of pages) expect((await body(base + p)).text.includes(LISTED), `${p} lists the piece before`).toBe(true);
    }

    // A page the write does not touch (the topics index), cached too.
    await body(`${base}/topics`);
    expect((await body(`${base}/topics`)).cache).not.toBe('MISS');

    const page = await staffPage(browser, base);
    await openEditor(page, WITHDRAWN.id);
    await page.getByRole('button', { name: 'Unpublish' }).click();
    await expect(page.getByTestId('status')).toHaveText('Unpublished');

    // A crash (no chance to flush anything), then a start, and no request in between.
    await site.restart(0, 'SIGKILL');

    // The cache survived the crash (the untouched page is still served from it)...
    expect((await body(`${base}/topics`)).cache).not.toBe('MISS');
    // ...and so did the expiry: nothing shows the withdrawn piece.
    expect((await body(`${base}/publications/${WITHDRAWN.slug}`)).status).toBe(404);
    for (const p of pages) expect((await body(base + p)).text.includes(LISTED), `${p} no longer lists the piece`).toBe(false);
  });

  test('an edit shows after a crash and restart, not the page cached before it', async ({ browser }) => {
    const base = site.apps[0].url;
    const slug = 'is-russia-under-pressure';
    const before = await body(`${base}/publications/${slug}`);
    expect(before.status).toBe(200);
    // Cached (pages stored just after the previous test's write are re-rendered once first).
    await expect.poll(async () => (await body(`${base}/publications/${slug}`)).cache).not.toBe('MISS');
    await body(`${base}/`);

    const page = await staffPage(browser, base);
    await openEditor(page, `article_${slug}`);
    const newTitle = `Is Russia Under Pressure? Revised ${Date.now().toString(36)}`;
    await page.getByLabel('Title').fill(newTitle);
    await publishChanges(page);

    await site.restart(0, 'SIGKILL');
    expect((await body(`${base}/publications/${slug}`)).text.includes(newTitle), 'the article shows the new title').toBe(true);
    expect((await body(`${base}/`)).text.includes(newTitle), 'home shows the new title').toBe(true);
  });
});

test('two embedded instances started at the same instant on a fresh database both come up', async () => {
  // startTopology starts every instance at once and waits for each to be ready.
  const site = await startTopology({ name: 'e2e-twin-start', database: 'sqlite', instances: 2, basePort: 3410, redisUrl: null, front: false, media: 'disk', distDir: '.next-e2e', log: log('e2e-twin-start') });
  try {
    for (const app of site.apps) {
      const home = await body(`${app.url}/`);
      expect(home.status).toBe(200);
      expect(home.text).toContain('The Resilience of Sino-Russian High-Tech Cooperation');
    }
  } finally {
    await site.stop();
  }
});
