import { XMLParser } from 'fast-xml-parser';
import { test, expect, SOURCE, MORE_FROM } from './fixtures';
import { articles } from '../prisma/seed/content';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asArray = <T,>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const drafts = articles.filter((a) => a.status === 'DRAFT').map((a) => a.title);
const PODCAST = MORE_FROM[2];

test.describe('feeds', () => {
  test('the site RSS feed parses, has the required elements and every author of each piece', async ({ request, baseURL }) => {
    const res = await request.get('/feeds/all.xml');
    expect(res.headers()['content-type']).toContain('application/rss+xml');
    const doc = xml.parse(await res.text());
    const channel = doc.rss.channel;
    expect(doc.rss['@version']).toBe('2.0');
    expect(channel.title).toBe('Center for a New American Security');
    expect(channel.link).toBe(`${baseURL}/`);
    expect(channel.description).toBeTruthy();
    const items = asArray(channel.item) as Record<string, unknown>[];
    expect(items.length).toBeGreaterThan(20);
    for (const item of items) {
      expect(String(item.link)).toMatch(new RegExp(`^${baseURL}/publications/[a-z0-9-]+$`));
      expect(Number.isNaN(Date.parse(String(item.pubDate)))).toBe(false);
      expect(item.description).toBeTruthy();
      expect(drafts).not.toContain(item.title);
    }
    const podcast = items.find((i) => i.title === PODCAST.title)!;
    expect(asArray(podcast.author)).toEqual(['Andrea Kendall-Taylor', 'Jim Townsend', 'Celeste Wallander']);
  });

  test('Atom and JSON Feed carry every author too', async ({ request }) => {
    const atom = xml.parse(await (await request.get('/feeds/all.atom')).text()).feed;
    const text = (v: unknown) => (typeof v === 'object' && v !== null ? String((v as Record<string, unknown>)['#text']) : String(v));
    const entry = asArray(atom.entry).find((e: { title: unknown }) => text(e.title) === PODCAST.title) as { author: { name: string }[]; updated: string };
    expect(asArray(entry.author).map((a) => a.name)).toEqual(['Andrea Kendall-Taylor', 'Jim Townsend', 'Celeste Wallander']);
    expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);

    const json = await (await request.get('/feeds/all.json')).json();
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    const item = json.items.find((i: { title: string }) => i.title === PODCAST.title);
    expect(item.authors.map((a: { name: string }) => a.name)).toEqual(['Andrea Kendall-Taylor', 'Jim Townsend', 'Celeste Wallander']);
    expect(item.date_published).toMatch(/^2025-04-02T/);
  });

  test('feeds per topic, type and expert hold only their pieces; unknown ones are 404', async ({ request }) => {
    const titles = async (path: string) => asArray(xml.parse(await (await request.get(path)).text()).rss.channel.item).map((i: { title: string }) => i.title);
    expect(await titles('/feeds/topic/china.xml')).toContain(SOURCE.title);
    expect(await titles('/feeds/type/podcast.xml')).toEqual(expect.arrayContaining([PODCAST.title, 'Is Russia Under Pressure?']));
    expect(await titles('/feeds/type/podcast.xml')).not.toContain(SOURCE.title);
    // Jim Townsend is the second of three authors on the podcast: it is still in his feed.
    expect(await titles('/feeds/expert/jim-townsend.xml')).toContain(PODCAST.title);
    for (const path of ['/feeds/topic/nope.xml', '/feeds/expert/nobody.json', '/feeds/all.html', '/feeds/x/y/z.xml']) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });

  test('pages link their feeds from the head', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /\/feeds\/all\.xml$/);
    await page.goto('/topics/russia');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"][href$="/feeds/topic/russia.xml"]')).toHaveCount(1);
    await page.goto('/experts/jim-townsend');
    await expect(page.locator('link[rel="alternate"][href$="/feeds/expert/jim-townsend.xml"]')).toHaveCount(1);
  });
});

test.describe('search engines and sharing', () => {
  test('an article has canonical, OpenGraph, Twitter and Article JSON-LD metadata', async ({ page, baseURL }) => {
    await page.goto(`/publications/${SOURCE.slug}`);
    const meta = (sel: string) => page.locator(sel).first();
    await expect(meta('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/publications/${SOURCE.slug}`);
    await expect(meta('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(meta('meta[property="og:title"]')).toHaveAttribute('content', SOURCE.title);
    await expect(meta('meta[property="article:published_time"]')).toHaveAttribute('content', /^2020-08-12T/);
    await expect(page.locator('meta[property="article:author"]')).toHaveCount(2);
    await expect(page.locator('meta[property="article:tag"]').first()).toHaveAttribute('content', /.+/);
    await expect(meta('meta[name="twitter:card"]')).toHaveAttribute('content', /summary/);
    await expect(meta('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);

    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const data = blocks.map((b) => JSON.parse(b));
    const article = data.find((d) => d['@type'] === 'NewsArticle');
    expect(article.headline).toBe(SOURCE.title);
    expect(article.datePublished).toMatch(/^2020-08-12T/);
    expect(article.author).toEqual([
      { '@type': 'Person', name: 'Samuel Bendett', url: `${baseURL}/experts/samuel-bendett` },
      { '@type': 'Person', name: 'Elsa B. Kania', url: `${baseURL}/experts/elsa-b-kania` },
    ]);
    expect(article.publisher).toMatchObject({ '@type': 'Organization', name: 'Center for a New American Security' });
    expect(article.isBasedOn.url).toMatch(/^https:\/\/warontherocks\.com\//);
    const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList');
    expect(crumbs.itemListElement.map((i: { name: string }) => i.name)).toEqual(['Home', 'Commentary', SOURCE.title]);
  });

  test('a piece without a featured image gets a generated sharing image', async ({ page, request }) => {
    await page.goto(`/publications/${SOURCE.slug}`);
    const url = await page.locator('meta[property="og:image"]').first().getAttribute('content');
    expect(url).toMatch(/\/publications\/the-resilience-of-sino-russian-high-tech-cooperation\/opengraph-image/);
    const image = await request.get(new URL(url!).pathname + new URL(url!).search);
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
    const bytes = await image.body();
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBe(1200);
    expect(bytes.readUInt32BE(20)).toBe(630);
  });

  test('an expert page describes a Person', async ({ page, baseURL }) => {
    await page.goto('/experts/elsa-b-kania');
    const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((b) => JSON.parse(b));
    expect(data.find((d) => d['@type'] === 'Person')).toMatchObject({ name: 'Elsa B. Kania', url: `${baseURL}/experts/elsa-b-kania` });
  });

  test('a cached article names its cache tags for the front: its own, its experts and topics, and not every publish', async ({ request }) => {
    // The first request renders and stores the page; the stored copy carries the tags.
    await request.get(`/publications/${SOURCE.slug}`);
    const res = await request.get(`/publications/${SOURCE.slug}`);
    const keys = (res.headers()['xkey'] ?? '').split(' ');
    expect(keys).toEqual(expect.arrayContaining([`article:${SOURCE.slug}`, 'author:elsa-b-kania', 'topic:china']));
    // Its sidebar is filled by shared experts and topics, so a publish elsewhere leaves it cached.
    expect(keys).not.toContain('lists');
  });

  test('robots.txt points at the sitemap index, which names every sitemap file; the files list every public page and no draft', async ({ request, baseURL }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain('Disallow: /admin');
    expect([...robots.matchAll(/^Sitemap: (.+)$/gm)].map((m) => m[1])).toEqual([`${baseURL}/sitemap.xml`]);

    const index = xml.parse(await (await request.get('/sitemap.xml')).text()).sitemapindex;
    // Counted when asked: the demo's pieces fit one file after the site's own pages.
    expect(asArray(index.sitemap).map((s: { loc: string }) => s.loc)).toEqual([`${baseURL}/sitemap/0.xml`, `${baseURL}/sitemap/1.xml`]);
    expect((await request.get('/sitemap/2.xml')).status()).toBe(404);
    expect((await request.get('/sitemap/x.xml')).status()).toBe(404);

    const urls = async (path: string) => asArray(xml.parse(await (await request.get(path)).text()).urlset.url).map((u: { loc: string }) => u.loc);
    const pages = await urls('/sitemap/0.xml');
    expect(pages).toContain(`${baseURL}/experts/elsa-b-kania`);
    expect(pages).toContain(`${baseURL}/topics/russia`);
    const pieces = await urls('/sitemap/1.xml');
    expect(pieces).toContain(`${baseURL}/publications/${SOURCE.slug}`);
    expect(pieces.length).toBe(articles.length - drafts.length);
    for (const d of articles.filter((a) => a.status === 'DRAFT')) expect(pieces).not.toContain(`${baseURL}/publications/${d.slug}`);
  });
});
