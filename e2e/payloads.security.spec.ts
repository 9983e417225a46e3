// A hostile-payload corpus typed into every field of a piece and carried to
// every place the piece shows: the article, cards on the home page, the
// listing, the author's profile, the related sidebar, search, the feeds, and
// the admin list, editor and revisions. Failing means a payload ran (its
// call reached the page) or its dangerous markup survived into the DOM,
// whether or not the Content-Security-Policy would have stopped it: the
// sanitizer is the first wall, not the policy.
import type { Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { test, expect } from './fixtures';
import { addAuthor, signedInPage, uniqueTitle, markdownBody } from './admin';

/** Each template runs `__pwned(N)` if it ever executes. */
const TEMPLATES: ((n: number) => string)[] = [
  (n) => `<script>__pwned(${n})</script>`,
  (n) => `<img src=x onerror=__pwned(${n})>`,
  (n) => `<svg onload=__pwned(${n})>`,
  (n) => `"><script>__pwned(${n})</script>`,
  (n) => `'><img src=x onerror=__pwned(${n})>`,
  (n) => `</title><script>__pwned(${n})</script>`,
  (n) => `</script><script>__pwned(${n})</script>`,
  (n) => `<iframe srcdoc="<script>parent.__pwned(${n})</script>"></iframe>`,
  (n) => `[click](javascript:__pwned(${n}))`,
  (n) => `<a href="javascript:__pwned(${n})">x</a>`,
  (n) => `![x](x" onerror="__pwned(${n}))`,
  (n) => `<details open ontoggle=__pwned(${n})>`,
  (n) => `<body onload=__pwned(${n})>`,
  (n) => `<math><mtext><table><mglyph><style><img src=x onerror=__pwned(${n})>`,
  (n) => `<a href="&#106;avascript:__pwned(${n})">y</a>`,
  (n) => `[a](&#x6A;avascript:__pwned(${n}))`,
  (n) => `<object data="javascript:__pwned(${n})"></object>`,
  (n) => `<embed src="javascript:__pwned(${n})">`,
  (n) => `<input autofocus onfocus=__pwned(${n})>`,
  (n) => `<video><source onerror=__pwned(${n})></video>`,
  (n) => `<meta http-equiv="refresh" content="0;url=javascript:__pwned(${n})">`,
  (n) => `{{constructor.constructor('__pwned(${n})')()}}`,
  (n) => `\${__pwned(${n})}`,
  (n) => `<base href="javascript:__pwned(${n})//">`,
  (n) => `<svg><animate onbegin=__pwned(${n}) attributeName=x dur=1s>`,
  (n) => `\u2028\u2029<script>__pwned(${n})</script>`,
  (n) => `<scr<script>ipt>__pwned(${n})</script>`,
  (n) => `<a href=" javascript:__pwned(${n})">z</a>`,
  (n) => `<![CDATA[<script>__pwned(${n})</script>]]>`,
  (n) => `--><script>__pwned(${n})</script><!--`,
  (n) => `<style>*{background:url("javascript:__pwned(${n})")}</style>`,
  (n) => `<form action="javascript:__pwned(${n})"><button>go</button></form>`,
  (n) => `[ref]: javascript:__pwned(${n})\n\n[link][ref]`,
  (n) => `<a href="data:text/html,<script>__pwned(${n})</script>">d</a>`,
  (n) => `<div style="background:url(javascript:__pwned(${n}))">s</div>`,
  (n) => `<noscript><p title="</noscript><img src=x onerror=__pwned(${n})>">`,
];
const PAYLOADS = TEMPLATES.map((t, i) => t(i + 1));

/** Markup from stored content that could run, executed or not (Next's own inline scripts are not ours). */
async function dangerousMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const describe = (el: Element) => el.outerHTML.slice(0, 80);
    document.querySelectorAll('script').forEach((el) => {
      const text = el.textContent ?? '';
      if (el.getAttribute('type') === 'application/ld+json') {
        // Data, never run: it must still be whole JSON (a </script> breakout would cut it).
        try {
          JSON.parse(text);
        } catch {
          found.push(`broken JSON-LD: ${describe(el)}`);
        }
      } else if (text.includes('__pwned') && !text.startsWith('self.__next_f.push(')) found.push(describe(el));
    });
    document.querySelectorAll('iframe, object, embed, base, meta[http-equiv], noscript img').forEach((el) => found.push(describe(el)));
    document.querySelectorAll('[href], [src], [action], [formaction], [data]').forEach((el) => {
      for (const name of ['href', 'src', 'action', 'formaction', 'data']) {
        const v = (el.getAttribute(name) ?? '').trim().toLowerCase();
        if (v.startsWith('javascript:') || v.startsWith('data:text/html')) found.push(describe(el));
      }
    });
    document.querySelectorAll('[style]').forEach((el) => /javascript/i.test(el.getAttribute('style') ?? '') && found.push(describe(el)));
    return found;
  });
}

async function watch(page: Page): Promise<number[]> {
  const ran: number[] = [];
  await page.exposeFunction('__pwned', (n: number) => ran.push(n));
  page.on('dialog', (d) => {
    ran.push(-1);
    void d.dismiss();
  });
  return ran;
}

/** Event-handler attributes anywhere in the page, other than Next's own. */
async function handlerAttributes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 40)}">`)),
  );
}

test.describe('hostile payloads in every field, shown everywhere', () => {
  test.setTimeout(180_000);

  test(`${PAYLOADS.length} payloads through title, summary, body, pull quote and outlet never run and leave no dangerous markup`, async ({ browser }) => {
    const editor = await signedInPage(browser, 'editor');
    const marker = uniqueTitle('Payload').replace(/\s+/g, '').toLowerCase();
    const pieces: { slug: string; id: string }[] = [];
    // Several pieces, so every payload is somewhere in a title, which has the shortest room.
    const groups = [0, 1, 2, 3, 4, 5].map((g) => PAYLOADS.filter((_, i) => i % 6 === g));
    for (const [g, group] of groups.entries()) {
      await editor.goto('/admin/articles/new');
      await editor.getByLabel('Title').fill(`${marker} ${g} ${group.join(' ')}`.slice(0, 300));
      await editor.getByLabel('Address (slug)').fill(`${marker}-${g}`);
      await editor.getByLabel('Type').selectOption({ label: 'Commentary' });
      await editor.getByLabel('Summary (dek)').fill(`${marker} ${group.join(' ')}`.slice(0, 800));
      await (await markdownBody(editor)).fill(`Body of ${marker}.\n\n${PAYLOADS.join('\n\n')}`);
      await editor.getByLabel('Pull quote').fill(group.join(' ').slice(0, 400));
      await editor.getByLabel('First published in (outlet name)').fill(group[0].slice(0, 120));
      await editor.getByLabel('Address of the original').fill('https://example.org/original');
      await addAuthor(editor, 'Jim Townsend');
      await editor.getByRole('checkbox', { name: /^Russia( \(region\))?$/ }).check();
      await editor.getByRole('button', { name: 'Create draft' }).click();
      await expect(editor).toHaveURL(/\/admin\/articles\/[^/?]+\?saved=1$/);
      const id = editor.url().match(/\/admin\/articles\/([^/?]+)/)![1];
      await editor.getByRole('button', { name: 'Publish now' }).click();
      await expect(editor.getByTestId('status')).toHaveText('Published');
      pieces.push({ slug: `${marker}-${g}`, id });
    }

    const reader = await (await browser.newContext()).newPage();
    const ran = await watch(reader);
    const staff = editor;
    const staffRan = await watch(staff);
    const places: { page: Page; path: string }[] = [
      ...pieces.map((p) => ({ page: reader, path: `/publications/${p.slug}` })),
      { page: reader, path: '/' },
      { page: reader, path: '/publications' },
      { page: reader, path: '/experts/jim-townsend' },
      { page: reader, path: '/topics/russia' },
      { page: reader, path: `/search?q=${marker}` },
      { page: staff, path: `/admin?q=${marker}` },
      ...pieces.flatMap((p) => [
        { page: staff, path: `/admin/articles/${p.id}` },
        { page: staff, path: `/admin/articles/${p.id}/revisions` },
      ]),
    ];
    for (const { page, path } of places) {
      await page.goto(path);
      await page.waitForLoadState('load');
      expect.soft(await dangerousMarkup(page), `dangerous markup at ${path}`).toEqual([]);
      expect.soft(await handlerAttributes(page), `event handlers at ${path}`).toEqual([]);
    }
    // The search found them (so the results page above really showed them).
    await reader.goto(`/search?q=${marker}`);
    await expect(reader.getByRole('link', { name: new RegExp(`${marker} 0`) })).toBeVisible();
    expect(ran, 'payloads that ran for a reader').toEqual([]);
    expect(staffRan, 'payloads that ran for staff').toEqual([]);

    // Feeds: well-formed, and their HTML fields hold the text escaped, never markup.
    const xml = new XMLParser({ ignoreAttributes: false });
    const rss = xml.parse(await (await reader.request.get('/feeds/all.xml')).text()).rss.channel.item as { title: string; description: string }[];
    const ours = rss.filter((i) => String(i.title).includes(marker));
    expect(ours).toHaveLength(pieces.length);
    for (const item of ours) expect(String(item.description)).not.toMatch(/<(script|img|svg|iframe|a|object|embed|details|input|video|style|form|base|meta|div|noscript|math)\b/i);
  });
});
