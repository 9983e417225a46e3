// Holes a hostile audit found (issue 10), each tried the way an attacker would.
import { XMLValidator } from 'fast-xml-parser';
import { test, expect } from './fixtures';
import { createDraft, signedInPage, uniqueTitle, markdownBody, saveChanges } from './admin';
import { wallTimeIn } from '../lib/time-zones';

test.describe('access control on the object actually changed', () => {
  test('a contributor cannot restore their own revision form onto another piece', async ({ browser }) => {
    // Two accounts, two pieces, a publish and two revision pages: long on a loaded machine.
    test.setTimeout(120_000);
    const editor = await signedInPage(browser, 'editor');
    // A published piece and one of its revision ids (what an attacker would need to learn).
    const targetUrl = await createDraft(editor, { title: uniqueTitle('Published Brief on Grid Resilience'), body: 'The editor’s words.', authors: ['Jim Townsend'] });
    await editor.getByRole('button', { name: 'Publish now' }).click();
    await expect(editor.getByTestId('status')).toHaveText('Published');
    const target = targetUrl.split('/').pop()!;
    await editor.goto(`/admin/articles/${target}/revisions`);
    await editor.getByRole('link', { name: 'Compare version 1 and restore' }).click();
    const foreignRevision = await editor.locator('input[name="revisionId"]').first().getAttribute('value');
    const versionOf = async () => {
      await editor.goto(`/admin/articles/${target}`);
      return editor.locator('input[name="version"]').first().inputValue();
    };
    const versionBefore = await versionOf();

    const contributor = await signedInPage(browser, 'contributor');
    const own = await createDraft(contributor, { title: uniqueTitle('Contributor Draft on Port Security'), body: 'Own words.', authors: ['Jim Townsend'] });
    await (await markdownBody(contributor)).fill('Own words, second version.');
    await saveChanges(contributor);
    await contributor.goto(`${own}/revisions`);
    await contributor.getByRole('link', { name: 'Compare version 1 and restore' }).click();
    // Point the restore form of their own draft at the published piece's revision.
    await contributor.locator('input[name="revisionId"]').first().evaluate((el, id) => ((el as HTMLInputElement).value = id!), foreignRevision);
    await contributor.getByRole('button', { name: /^Restore version/ }).first().click();
    await expect(contributor.locator('p[role="alert"]')).toContainText('does not give access');

    // The published piece was not touched: same version as before.
    expect(await versionOf()).toBe(versionBefore);
  });

  test('a contributor with preview on sees only their own drafts, not a colleague’s', async ({ browser }) => {
    const editor = await signedInPage(browser, 'editor');
    const secretTitle = uniqueTitle('Editor Draft Not Yet Cleared');
    await createDraft(editor, { title: secretTitle, body: 'Embargoed analysis.', authors: ['Jim Townsend'] });
    const secretSlug = await editor.getByLabel('Address (slug)').inputValue();

    const contributor = await signedInPage(browser, 'contributor');
    const ownUrl = await createDraft(contributor, { title: uniqueTitle('Contributor Preview Check'), body: 'Mine.', authors: ['Jim Townsend'] });
    // Preview on, legitimately, for their own draft.
    await contributor.getByRole('link', { name: 'Preview at its public address' }).click();
    await expect(contributor.getByTestId('preview-banner')).toBeVisible();
    // The colleague's draft at its public address: still a 404 for them.
    const response = await contributor.goto(`/publications/${secretSlug}`);
    expect(response?.status()).toBe(404);
    await expect(contributor.getByText(secretTitle)).toHaveCount(0);
    // And /api/preview refuses to open it for them.
    const id = editor.url().match(/\/admin\/articles\/([^/?]+)/)![1];
    expect((await contributor.request.get(`/api/preview?id=${id}`, { maxRedirects: 0 })).status()).toBe(403);
    expect(ownUrl).toContain('/admin/articles/');
  });
});

test.describe('contributors see only their own pieces', () => {
  test('the admin list shows a contributor none of a colleague’s drafts; an editor sees them', async ({ browser }) => {
    const editor = await signedInPage(browser, 'editor');
    const title = uniqueTitle('Editor Draft Hidden From Contributors');
    await createDraft(editor, { title, body: 'Not theirs.', authors: ['Jim Townsend'] });
    const contributor = await signedInPage(browser, 'contributor');
    const own = uniqueTitle('Contributor Own Listed Draft');
    await createDraft(contributor, { title: own, body: 'Theirs.', authors: ['Jim Townsend'] });

    await contributor.goto(`/admin?q=${encodeURIComponent(title)}`);
    await expect(contributor.getByRole('link', { name: title })).toHaveCount(0);
    await contributor.goto(`/admin?q=${encodeURIComponent(own)}`);
    await expect(contributor.getByRole('link', { name: own })).toBeVisible();
    await editor.goto(`/admin?q=${encodeURIComponent(title)}`);
    await expect(editor.getByRole('link', { name: title })).toBeVisible();
  });

  test('a colleague’s scheduled piece is not offered to a contributor as a piece to pin', async ({ browser }) => {
    const editor = await signedInPage(browser, 'editor');
    const title = uniqueTitle('Embargoed Report on Undersea Cables');
    const editorUrl = await createDraft(editor, { title, body: 'Embargoed.', authors: ['Jim Townsend'] });
    const at = wallTimeIn(new Date(Date.now() + 30 * 24 * 3600_000), 'America/New_York');
    await editor.goto(editorUrl);
    await editor.getByLabel('Go live at').fill(at);
    await editor.getByRole('button', { name: 'Schedule', exact: true }).click();
    await expect(editor.getByTestId('status')).toHaveText('Scheduled');

    await editor.goto('/admin/articles/new');
    await expect(editor.locator('#pin-piece option', { hasText: title })).toHaveCount(1);
    const contributor = await signedInPage(browser, 'contributor');
    await contributor.goto('/admin/articles/new');
    await expect(contributor.locator('#pin-piece option').first()).toBeAttached();
    await expect(contributor.locator('#pin-piece option', { hasText: title })).toHaveCount(0);
  });
});

test.describe('redirects stay on this site', () => {
  for (const next of ['/\t/evil.example', '/%09/evil.example', '/%5Cevil.example', '/\\evil.example', '//evil.example', '/admin\r\nX: y']) {
    test(`sign-in with next=${JSON.stringify(next)} lands in the admin`, async ({ page }) => {
      await page.goto(`/admin/sign-in?next=${encodeURIComponent(next)}`);
      await page.getByLabel('E-mail').fill('editor@example.org');
      await page.getByLabel('Password').fill('demo-editor-2026');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('heading', { name: 'Articles', level: 1 })).toBeVisible();
      expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
    });
  }

  test('exit preview sends only to paths on this site, relatively', async ({ request }) => {
    for (const to of ['/%5Cevil.example', '/\\evil.example', '//evil.example', 'https://evil.example/']) {
      const res = await request.post(`/api/preview/exit?to=${encodeURIComponent(to)}`, { maxRedirects: 0 });
      expect(res.status()).toBe(303);
      expect(res.headers()['location']).toBe('/');
    }
    const ok = await request.post(`/api/preview/exit?to=${encodeURIComponent('/publications/is-russia-under-pressure')}`, { maxRedirects: 0 });
    expect(ok.headers()['location']).toBe('/publications/is-russia-under-pressure');
  });

  test('preview redirects relatively, so it works on any host name', async ({ browser }) => {
    const editor = await signedInPage(browser, 'editor');
    const res = await editor.request.get('/api/preview?id=article_is-russia-under-pressure', { maxRedirects: 0 });
    expect(res.status()).toBe(303);
    expect(res.headers()['location']).toBe('/publications/is-russia-under-pressure');
  });
});

test.describe('security headers', () => {
  test('every page says nosniff and a referrer policy; staff pages refuse to be framed', async ({ request }) => {
    for (const path of ['/', '/publications/is-russia-under-pressure', '/feeds/all.xml', '/no-such-page']) {
      const h = (await request.get(path)).headers();
      expect(h['x-content-type-options'], path).toBe('nosniff');
      expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(h['content-security-policy'], path).toContain("frame-ancestors 'self'");
    }
    expect((await request.get('/')).headers()['strict-transport-security']).toBeUndefined();
    expect((await request.get('/', { headers: { 'x-forwarded-proto': 'https' } })).headers()['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    for (const path of ['/admin/sign-in', '/admin']) {
      const h = (await request.get(path, { maxRedirects: 0 })).headers();
      expect(h['x-frame-options'], path).toBe('DENY');
      expect(h['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(h['content-security-policy'], path).not.toContain("frame-ancestors 'self'");
    }
  });
});

test.describe('sign-in cannot be guessed around', () => {
  test('better-auth’s own endpoints are closed: a right password there opens no session, a rename is impossible', async ({ request }) => {
    const signIn = await request.post('/api/auth/sign-in/email', { data: { email: 'editor@example.org', password: 'demo-editor-2026' } });
    expect(signIn.status()).toBe(404);
    expect(signIn.headers()['set-cookie'] ?? '').not.toContain('session_token');
    for (const path of ['/api/auth/update-user', '/api/auth/change-email', '/api/auth/sign-up/email', '/api/auth/get-session']) {
      expect((await request.post(path, { data: { name: 'Another Staff Member', email: 'x@example.org', password: 'long-enough-password' } })).status(), path).toBe(404);
    }
  });

  test('a made-up X-Forwarded-For on every guess does not reset the account’s lockout', async ({ browser }) => {
    const email = `${uniqueTitle('rotating').replace(/\s+/g, '.')}@example.org`.toLowerCase();
    const attempt = async (i: number) => {
      const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${i}` } });
      const page = await context.newPage();
      await page.goto('/admin/sign-in');
      await page.getByLabel('E-mail').fill(email);
      await page.getByLabel('Password').fill(`guess-number-${i}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      const text = await page.locator('p[role="alert"]').textContent();
      await context.close();
      return text;
    };
    for (let i = 1; i <= 5; i++) expect(await attempt(i)).toBe('That e-mail and password do not match a staff account.');
    expect(await attempt(6)).toBe('Too many failed sign-in attempts. Wait 15 minutes and try again.');
  });
});

test.describe('bad input gets a clear 4xx and loses nothing', () => {
  test('addresses with broken percent-escapes answer 400, never 500', async ({ request }) => {
    for (const path of ['/publications/%ZZ', '/topics/%C0%AE%C0%AE', '/media/%ZZ', '/media/..%c0%af..%c0%afpackage.json', '/publications/%ZZ/opengraph-image', '/experts/%E2%80', '/feeds/topic/%ZZ.xml', '/sitemap/%ZZ.xml', '/admin/articles/%ZZ', '/%ZZ']) {
      const res = await request.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBe(400);
      expect(await res.text(), path).not.toMatch(/at \w+ \(|node_modules|Error:/);
    }
    // A well-formed escape still reaches the page (a 404 here: no such piece).
    expect((await request.get('/publications/caf%C3%A9')).status()).toBe(404);
  });

  test('control characters typed into a title never reach the feeds, which stay well-formed XML', async ({ browser, request }) => {
    const editor = await signedInPage(browser, 'editor');
    const title = uniqueTitle('Control\u0001Character\u000BTitle');
    await createDraft(editor, { title, dek: 'A summary with a hidden \u0001 control character in it, long enough for cards.', body: 'Body.', authors: ['Jim Townsend'] });
    await editor.getByRole('button', { name: 'Publish now' }).click();
    await expect(editor.getByTestId('status')).toHaveText('Published');
    const clean = title.replace(/[\u0000-\u001F]/g, '');
    for (const path of ['/feeds/all.xml', '/feeds/all.atom', '/feeds/expert/jim-townsend.xml', '/sitemap/1.xml']) {
      const body = await (await request.get(path)).text();
      expect(XMLValidator.validate(body), path).toBe(true);
      if (path.startsWith('/feeds')) expect(body, path).toContain(clean);
    }
  });

  test('a title with emoji and Chinese still gets a complete sharing image, drawn without the network', async ({ browser }) => {
    const editor = await signedInPage(browser, 'editor');
    await createDraft(editor, { title: uniqueTitle('Deterrence 🚀 in the 台湾海峡 Strait'), body: 'Body.', authors: ['Jim Townsend'] });
    await editor.getByRole('button', { name: 'Publish now' }).click();
    await expect(editor.getByTestId('status')).toHaveText('Published');
    const slug = await editor.getByLabel('Address (slug)').inputValue();
    await editor.goto(`/publications/${slug}`);
    const image = await editor.locator('meta[property="og:image"]').getAttribute('content');
    const res = await editor.request.get(new URL(image!).pathname + new URL(image!).search);
    expect(res.status()).toBe(200);
    const png = await res.body();
    // A whole PNG: signature, 1200 × 630, and the closing IEND chunk.
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.subarray(-8, -4).toString('latin1')).toBe('IEND');
  });

  test('a body far over the limit is stopped in the browser with a message, and nothing typed is lost', async ({ browser }) => {
    const editor = await signedInPage(browser, 'editor');
    await editor.goto('/admin/articles/new');
    await editor.getByLabel('Title').fill('An overlong body');
    const huge = 'word '.repeat(2_100_000 / 5);
    await (await markdownBody(editor)).evaluate((el, text) => {
      const area = el as HTMLTextAreaElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      setter.call(area, text);
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, huge);
    await editor.getByRole('button', { name: 'Create draft' }).click();
    await expect(editor.getByText(/The body is too long \(200,000 characters at most\)\. It has 2,100,000\./)).toBeVisible();
    await expect(editor).toHaveURL(/\/admin\/articles\/new$/);
    expect(await (await markdownBody(editor)).evaluate((el) => (el as HTMLTextAreaElement).value.length)).toBe(huge.length);
    await expect(editor.getByLabel('Title')).toHaveValue('An overlong body');
  });

  test('a sign-in form posted from another site is refused with 403 and opens no session', async ({ page, request }) => {
    await page.goto('/admin/sign-in');
    const hidden = await page.locator('form input[type="hidden"]').evaluateAll((els) => els.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value]));
    const form = { ...Object.fromEntries(hidden), email: 'admin@example.org', password: 'demo-admin-2026', next: '/admin' };
    const forged = await request.post('/admin/sign-in', { headers: { origin: 'https://evil.example' }, multipart: form, maxRedirects: 0 });
    expect(forged.status()).toBe(403);
    expect(forged.headers()['set-cookie'] ?? '').not.toContain('session_token');
    // The same form from this site signs in: the refusal was about the origin alone.
    const honest = await request.post('/admin/sign-in', { headers: { origin: new URL(page.url()).origin }, multipart: form, maxRedirects: 0 });
    expect(honest.status()).toBe(303);
    expect(honest.headers()['set-cookie'] ?? '').toContain('session_token');
  });

  test('an upload sent by another site with the staff cookie is refused', async ({ browser }) => {
    const editor = await signedInPage(browser, 'editor');
    const file = { name: 'x.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') };
    const forged = await editor.request.post('/api/media', { headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }, multipart: { kind: 'pdf', file } });
    expect(forged.status()).toBe(403);
    const noFetchMetadata = await editor.request.post('/api/media', { headers: { origin: 'https://evil.example' }, multipart: { kind: 'pdf', file } });
    expect(noFetchMetadata.status()).toBe(403);
  });
});

test.describe('content security policy', () => {
  // Each page, and what proves its scripts ran under the policy (the search box's
  // suggestions on public pages, the editor's slug on the admin).
  const pages = [
    { path: '/publications/the-resilience-of-sino-russian-high-tech-cooperation', how: 'hash' },
    { path: '/', how: 'hash' },
    { path: '/experts', how: 'nonce' },
    { path: '/experts/elsa-b-kania', how: 'nonce' },
    { path: '/topics/china', how: 'nonce' },
    { path: '/publications', how: 'nonce' },
    { path: '/search?q=china', how: 'nonce' },
    { path: '/programs', how: 'hash' },
    { path: '/programs/transatlantic-security', how: 'nonce' },
    { path: '/podcasts', how: 'hash' },
    { path: '/podcasts/brussels-sprouts', how: 'nonce' },
    { path: '/publications/is-russia-under-pressure', how: 'hash' },
    { path: '/events', how: 'nonce' },
    { path: '/newsletter', how: 'hash' },
    { path: '/newsletter/manage?t=x.y', how: 'nonce' },
    { path: '/publications/transatlantic-security-forum-2027', how: 'hash' },
    { path: '/publications/the-resilience-of-sino-russian-high-tech-cooperation/cite', how: 'hash' },
  ];

  for (const { path, how } of pages) {
    test(`${path} allows only this site's scripts and its own inline ones (by ${how}), and they run`, async ({ page }) => {
      const violations: string[] = [];
      await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
      });
      // Twice: the second answer is the stored copy for cached pages.
      await page.goto(path);
      const response = await page.goto(path);
      const policy = response!.headers()['content-security-policy'] ?? '';
      expect(policy).toMatch(how === 'hash' ? /script-src 'self' ('sha256-[A-Za-z0-9+/=]+' ?)+;/ : /script-src 'self' 'nonce-[A-Za-z0-9+/=]+';/);
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).toContain("object-src 'none'");
      // Next's router only takes over links once its scripts have run: a
      // client-side navigation keeps this window's state, a full load would not.
      await page.evaluate(() => ((window as unknown as { __stayed?: boolean }).__stayed = true));
      const target = path === '/topics/china' ? '/experts' : '/topics';
      await page.getByRole('navigation', { name: 'Primary' }).locator(`a[href="${target}"]`).click();
      await expect(page).toHaveURL(new RegExp(`${target}$`));
      expect(await page.evaluate(() => (window as unknown as { __stayed?: boolean }).__stayed)).toBe(true);
      expect(violations).toEqual([]);
    });
  }

  test('an injected inline script is refused on a cached page', async ({ page, request }) => {
    const path = '/publications/the-resilience-of-sino-russian-high-tech-cooperation';
    await request.get(path);
    const policy = (await request.get(path)).headers()['content-security-policy'];
    const blocked: string[] = [];
    page.on('console', (m) => m.type() === 'error' && blocked.push(m.text()));
    await page.goto(path);
    expect(await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
      return (window as unknown as { __injected?: boolean }).__injected ?? false;
    })).toBe(false);
    expect(policy).toContain('sha256-');
  });

  test('the admin runs under a nonce and can never be framed', async ({ browser }) => {
    const editor = await signedInPage(browser, 'editor');
    const response = await editor.goto('/admin/articles/new');
    const policy = response!.headers()['content-security-policy'] ?? '';
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+';/);
    expect(policy).toContain("frame-ancestors 'none'");
    await editor.getByLabel('Title').fill('Nonce Check');
    await expect(editor.getByLabel('Address (slug)')).toHaveValue('nonce-check');
  });
});
