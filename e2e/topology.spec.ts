// The production shape (scripts/topology.mjs): two app instances of one build
// on one PostgreSQL database and one Redis, behind the Varnish front that
// purges by tag. An editor works on instance A; readers read instance B
// directly and through the front. Every page that was cached before a change
// must show the change without anyone restarting or waiting out a TTL.
import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import { test, expect, type Browser, type Page } from '@playwright/test';
import { startTopology } from '../scripts/topology.mjs';
import { createDraft, markdownBody, publishChanges, signIn, uniqueTitle } from './admin';
import { chromium } from '@playwright/test';
import { wallTimeIn } from '../lib/time-zones';

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

mkdirSync('test-results', { recursive: true });
const log = (line: string) => appendFileSync('test-results/e2e-topology.log', line);

type Topology = Awaited<ReturnType<typeof startTopology>>;
let site: Topology;
let editor: Page;

// How long a change may take to reach every reader. The write step purges
// synchronously and the go-live ticker runs each second, so this is slack for
// a loaded CI machine, not the target (the benchmark measures the real delay).
const PROPAGATION = 5_000;

async function get(url: string) {
  const res = await fetch(url, { redirect: 'manual', headers: { 'Accept-Encoding': 'identity' } });
  return { status: res.status, text: await res.text(), location: res.headers.get('location'), cache: res.headers.get('x-cache') };
}

/** Where readers look: instance B itself and the front. */
const readers = () => [site.apps[1].url, site.front!.url];

async function eventually(url: string, check: (r: Awaited<ReturnType<typeof get>>) => boolean, what: string, timeout = PROPAGATION) {
  await expect.poll(async () => check(await get(url)), { message: `${what} at ${url}`, timeout, intervals: [100, 200] }).toBe(true);
}

async function editorOn(browser: Browser, base: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: base })).newPage();
  await signIn(page, 'editor');
  return page;
}

const SIDEBAR_HOST = '/publications/trump-humiliated-as-putin-sends-clear-message-that-he-doesnt-care-about-us';

test.beforeAll(async ({ browser }) => {
  // Both instances start at the same instant on a fresh database: the
  // migrations and the seed run under their lock.
  site = await startTopology({ name: 'e2e-topology', database: 'postgres', instances: 2, basePort: 3200, frontPort: 3290, distDir: '.next-e2e', log });
  editor = await editorOn(browser, site.apps[0].url);
});
test.afterAll(async () => site?.stop());

test('both instances came up together on one fresh database, and the front serves them', async () => {
  for (const base of [...site.apps.map((a) => a.url), site.front!.url]) {
    const home = await get(`${base}/`);
    expect(home.status).toBe(200);
    expect(home.text).toContain('The Resilience of Sino-Russian High-Tech Cooperation');
  }
  // The front keeps public pages.
  await get(`${site.front!.url}/publications/is-russia-under-pressure`);
  expect((await get(`${site.front!.url}/publications/is-russia-under-pressure`)).cache).toBe('HIT');
});

test('a purge from anyone without the secret is refused and purges nothing', async () => {
  const url = `${site.front!.url}/publications/is-russia-under-pressure`;
  await get(url);
  const attempts: Record<string, string>[] = [{ 'xkey-purge': 'article:is-russia-under-pressure' }, { 'xkey-purge': 'lists', 'x-purge-secret': 'guess' }];
  for (const headers of attempts) {
    const res = await fetch(`${site.front!.url}/`, { method: 'PURGE', headers });
    expect(res.status).toBe(403);
  }
  expect((await get(url)).cache).toBe('HIT');
});

test('preview works on a real host name through the front, and the front never keeps the preview', async () => {
  // The browser resolves the name itself, as DNS would; the front and the app were told nothing of it.
  const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({
    ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--host-resolver-rules=MAP www.thinktank.test 127.0.0.1'],
  });
  try {
    const front = `http://www.thinktank.test:${new URL(site.front!.url).port}`;
    const page = await (await browser.newContext({ baseURL: front })).newPage();
    await signIn(page, 'editor');
    const title = uniqueTitle('Front Host Preview Check');
    await createDraft(page, { title, body: 'Only staff see this.', authors: ['Jim Townsend'] });
    const slug = await page.getByLabel('Address (slug)').inputValue();
    await page.getByRole('link', { name: 'Preview at its public address' }).click();
    await expect(page).toHaveURL(`${front}/publications/${slug}`);
    await expect(page.getByTestId('preview-banner')).toContainText('Preview: draft');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    // A reader at the front, right after: the draft's 404, not the preview.
    expect((await get(`${site.front!.url}/publications/${slug}`)).status).toBe(404);
    await page.getByRole('button', { name: 'Exit preview' }).click();
    await expect(page).toHaveURL(`${front}/publications/${slug}`);
    await expect(page.getByTestId('preview-banner')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(title);
  } finally {
    await browser.close();
  }
});

test.describe('a piece published on A', () => {
  const title = uniqueTitle('Baltic Undersea Cables and Russian Pressure');
  const token = title.split(' ').pop()!;
  let slug = '';
  let editorUrl = '';

  test('shows on B and through the front: article, home, both profiles, topic, sidebar, feed, search', async () => {
    editorUrl = await createDraft(editor, {
      title,
      body: 'Why the **seabed** matters to allied resilience.',
      authors: ['Samuel Bendett', 'Jim Townsend'],
      topics: ['Russia', 'Ukraine'],
    });
    slug = await editor.getByLabel('Address (slug)').inputValue();

    const watched = ['/', '/experts/samuel-bendett', '/experts/jim-townsend', '/topics/russia', SIDEBAR_HOST, '/feeds/all.xml'];
    // Everything cached before the change, on B and at the front, including the article's 404.
    for (const base of readers()) {
      expect((await get(`${base}/publications/${slug}`)).status).toBe(404);
      for (const p of watched) expect((await get(base + p)).text).not.toContain(title);
    }

    await editor.getByRole('button', { name: 'Publish now' }).click();
    await expect(editor.getByTestId('status')).toHaveText('Published');

    for (const base of readers()) {
      await eventually(`${base}/publications/${slug}`, (r) => r.status === 200 && r.text.includes(title), 'the article');
      for (const p of watched) await eventually(base + p, (r) => r.text.includes(title), `the new piece on ${p}`);
      await eventually(`${base}/search?q=${token}`, (r) => r.text.includes(title), 'search');
    }
  });

  test('renamed on A, its old address redirects on B and through the front', async () => {
    await editor.goto(editorUrl);
    const renamed = `${slug}-renamed`;
    // Cache the address first.
    for (const base of readers()) expect((await get(`${base}/publications/${slug}`)).status).toBe(200);
    await editor.getByLabel('Address (slug)').fill(renamed);
    // A live piece's edits are staged; the rename reaches readers when they are published.
    await publishChanges(editor);
    for (const base of readers()) {
      await eventually(`${base}/publications/${slug}`, (r) => [301, 308].includes(r.status) && !!r.location?.endsWith(`/publications/${renamed}`), 'the redirect');
      await eventually(`${base}/publications/${renamed}`, (r) => r.status === 200 && r.text.includes(title), 'the new address');
    }
    slug = renamed;
  });

  test('an embargoed update scheduled on A replaces the live text on B and through the front at its time', async () => {
    await editor.goto(editorUrl);
    const update = `Embargoed update ${Date.now().toString(36)}.`;
    await (await markdownBody(editor)).fill(update);
    await editor.getByLabel('Go live at').fill(wallTimeIn(new Date(Date.now() + 8_000), 'America/New_York'));
    await editor.getByRole('button', { name: 'Schedule changes' }).click();
    await expect(editor.getByRole('status').filter({ hasText: 'Changes saved and scheduled.' })).toBeVisible();
    for (const base of readers()) expect((await get(`${base}/publications/${slug}`)).text).not.toContain(update);
    // One of the two instances' tickers applies it, once; both, and the front, then show it.
    for (const base of readers()) await eventually(`${base}/publications/${slug}`, (r) => r.status === 200 && r.text.includes(update), 'the embargoed update', 30_000);
    await editor.goto(editorUrl);
    await expect(editor.getByTestId('staged-badge')).toHaveCount(0);
  });

  test('unpublished on A while B is down: after B restarts, 404 and gone everywhere', async () => {
    const watched = ['/', '/experts/samuel-bendett', '/experts/jim-townsend', '/topics/russia', SIDEBAR_HOST, '/feeds/all.xml', `/search?q=${token}`];
    for (const base of readers()) for (const p of [`/publications/${slug}`, ...watched]) await get(base + p);

    await site.stopInstance(1, 'SIGKILL');
    await editor.goto(editorUrl);
    await editor.getByRole('button', { name: 'Unpublish' }).click();
    await expect(editor.getByTestId('status')).toHaveText('Unpublished');
    await site.startInstance(1);

    for (const base of readers()) {
      await eventually(`${base}/publications/${slug}`, (r) => r.status === 404, 'the 404');
      for (const p of watched) await eventually(base + p, (r) => !r.text.includes(title), `the piece gone from ${p}`);
    }
  });
});

test('a piece scheduled on A 20 s ahead goes live on B and through the front at its time', async () => {
  const title = uniqueTitle('Scheduled Testimony on Arctic Readiness');
  const editorUrl = await createDraft(editor, { title, body: 'Embargoed until the hearing opens.', authors: ['Jim Townsend'], topics: ['Europe'] });
  const slug = await editor.getByLabel('Address (slug)').inputValue();
  for (const base of readers()) {
    await get(`${base}/`);
    await get(`${base}/publications/${slug}`);
  }
  const goLive = Date.now() + 20_000;
  // As an editor types it: a wall-clock time in the site's zone (Washington).
  const at = wallTimeIn(new Date(goLive), 'America/New_York');
  await editor.goto(editorUrl);
  await editor.getByLabel('Go live at').fill(at);
  await editor.getByRole('button', { name: 'Schedule', exact: true }).click();
  await expect(editor.getByTestId('status')).toHaveText('Scheduled');

  for (const base of readers()) {
    expect((await get(`${base}/publications/${slug}`)).status).toBe(404);
    expect((await get(`${base}/`)).text).not.toContain(title);
  }
  const wait = goLive - Date.now() + PROPAGATION;
  for (const base of readers()) {
    await eventually(`${base}/publications/${slug}`, (r) => r.status === 200 && r.text.includes(title), 'the scheduled article', wait);
    await eventually(`${base}/`, (r) => r.text.includes(title), 'the scheduled piece on home', wait);
  }
});

test('an image uploaded on A is served by B', async () => {
  // The smallest valid PNG (1×1).
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360f8cfc0f01f0005000201a1d4e6a40000000049454e44ae426082', 'hex');
  const res = await editor.request.post('/api/media', { multipart: { kind: 'image', file: { name: 'dot.png', mimeType: 'image/png', buffer: png } } });
  expect(res.status()).toBe(201);
  const { url } = (await res.json()) as { url: string };
  // It went to the shared bucket (s3rver keeps each object as a file), not to A's disk.
  const key = url.replace('/media/', '');
  expect(existsSync(`test-results/e2e-topology/s3/media/${key}._S3rver_object`)).toBe(true);
  expect(existsSync(`test-results/e2e-topology/media/${key}`)).toBe(false);
  const onB = await fetch(site.apps[1].url + url);
  expect(onB.status).toBe(200);
  expect(Buffer.from(await onB.arrayBuffer()).equals(png)).toBe(true);
});
