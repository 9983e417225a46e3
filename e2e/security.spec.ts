// Holes a hostile audit found (issue 10), each tried the way an attacker would.
import { test, expect } from './fixtures';
import { createDraft, signedInPage, uniqueTitle } from './admin';

test.describe('access control on the object actually changed', () => {
  test('a contributor cannot restore their own revision form onto another piece', async ({ browser }) => {
    const editor = await signedInPage(browser, 'editor');
    // A published piece and one of its revision ids (what an attacker would need to learn).
    const targetUrl = await createDraft(editor, { title: uniqueTitle('Published Brief on Grid Resilience'), body: 'The editor’s words.', authors: ['Jim Townsend'] });
    await editor.getByRole('button', { name: 'Publish now' }).click();
    await expect(editor.getByTestId('status')).toHaveText('Published');
    const target = targetUrl.split('/').pop()!;
    await editor.goto(`/admin/articles/${target}/revisions`);
    const foreignRevision = await editor.locator('input[name="revisionId"]').first().getAttribute('value');
    const versionOf = async () => {
      await editor.goto(`/admin/articles/${target}`);
      return editor.locator('input[name="version"]').first().inputValue();
    };
    const versionBefore = await versionOf();

    const contributor = await signedInPage(browser, 'contributor');
    const own = await createDraft(contributor, { title: uniqueTitle('Contributor Draft on Port Security'), body: 'Own words.', authors: ['Jim Townsend'] });
    await contributor.goto(`${own}/revisions`);
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
    for (const path of ['/admin/sign-in', '/admin']) {
      const h = (await request.get(path, { maxRedirects: 0 })).headers();
      expect(h['x-frame-options'], path).toBe('DENY');
      expect(h['content-security-policy'], path).toBe("frame-ancestors 'none'");
    }
  });
});
