// The route × role matrix: every admin page and API route, asked by each kind
// of visitor (signed out, contributor, editor, admin, and an account
// deactivated while its session was open). What each may get is written out
// here from the rules in lib/permissions.ts, not read from the code.
import type { APIRequestContext, Browser } from '@playwright/test';
import { test, expect } from './fixtures';
import { createDraft, signedInPage, uniqueTitle } from './admin';

type Role = 'anonymous' | 'contributor' | 'editor' | 'admin' | 'deactivated';
const ROLES: Role[] = ['anonymous', 'contributor', 'editor', 'admin', 'deactivated'];

/** What a request may come back with: a status, or a redirect to a path. */
type Outcome = { status: number } | { redirect: RegExp };
const ok: Outcome = { status: 200 };
const toSignIn: Outcome = { redirect: /^\/admin\/sign-in\?next=/ };
const denied: Outcome = { redirect: /^\/admin\?denied=1$/ };
const notFound: Outcome = { status: 404 };

type Fixture = { draftId: string; draftSlug: string };
type Case = { name: string; run: (r: APIRequestContext, f: Fixture) => ReturnType<APIRequestContext['get']>; expect: Record<Role, Outcome>; check?: (body: string, role: Role) => void };

const page = (path: string | ((f: Fixture) => string)) => (r: APIRequestContext, f: Fixture) => r.get(typeof path === 'string' ? path : path(f), { maxRedirects: 0 });
const staffOnly = (inside: Outcome = ok): Record<Role, Outcome> => ({ anonymous: toSignIn, contributor: inside, editor: inside, admin: inside, deactivated: toSignIn });

const pdf = { name: 'matrix.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') };

const CASES: Case[] = [
  { name: 'GET /admin', run: page('/admin'), expect: staffOnly() },
  { name: 'GET /admin/articles/new', run: page('/admin/articles/new'), expect: staffOnly() },
  {
    name: 'GET /admin/articles/<a colleague’s draft>',
    run: page((f) => `/admin/articles/${f.draftId}`),
    expect: staffOnly(),
    // A contributor gets a refusal, not the editor with the colleague's text.
    check: (body, role) => {
      if (role === 'contributor') {
        expect(body).toContain('You can only edit your own drafts');
        expect(body).not.toContain('Matrix draft body text');
      } else expect(body).toContain('Matrix draft body text');
    },
  },
  { name: 'GET /admin/articles/<a colleague’s draft>/revisions', run: page((f) => `/admin/articles/${f.draftId}/revisions`), expect: { ...staffOnly(), contributor: notFound } },
  { name: 'GET /admin/experts', run: page('/admin/experts'), expect: { ...staffOnly(), contributor: denied } },
  { name: 'GET /admin/experts/new', run: page('/admin/experts/new'), expect: { ...staffOnly(), contributor: denied } },
  { name: 'GET /admin/topics', run: page('/admin/topics'), expect: { ...staffOnly(), contributor: denied } },
  { name: 'GET /admin/programs', run: page('/admin/programs'), expect: { ...staffOnly(), contributor: denied } },
  { name: 'GET /admin/podcasts', run: page('/admin/podcasts'), expect: { ...staffOnly(), contributor: denied } },
  { name: 'GET /admin/newsletter', run: page('/admin/newsletter'), expect: { ...staffOnly(), contributor: denied } },
  { name: 'GET /admin/articles/<a colleague’s draft>/registrants', run: page((f) => `/admin/articles/${f.draftId}/registrants`), expect: { ...staffOnly(), contributor: denied } },
  { name: 'GET /api/admin/events/<a colleague’s draft>/registrants (CSV)', run: page((f) => `/api/admin/events/${f.draftId}/registrants`), expect: { anonymous: { status: 401 }, contributor: { status: 403 }, editor: ok, admin: ok, deactivated: { status: 401 } } },
  { name: 'GET /admin/users', run: page('/admin/users'), expect: { ...staffOnly(), contributor: denied, editor: denied } },
  { name: 'GET /admin/audit', run: page('/admin/audit'), expect: { ...staffOnly(), contributor: denied, editor: denied } },
  { name: 'GET /publications/<the draft> (no preview)', run: page((f) => `/publications/${f.draftSlug}`), expect: { anonymous: notFound, contributor: notFound, editor: notFound, admin: notFound, deactivated: notFound } },
  {
    name: 'GET /api/preview?id=<a colleague’s draft>',
    run: page((f) => `/api/preview?id=${f.draftId}`),
    expect: { anonymous: { status: 401 }, contributor: { status: 403 }, editor: { redirect: /^\/publications\// }, admin: { redirect: /^\/publications\// }, deactivated: { status: 401 } },
  },
  // The preview cookie from the case above opens the draft for those it was granted to.
  { name: 'GET /publications/<the draft> after asking for preview', run: page((f) => `/publications/${f.draftSlug}`), expect: { anonymous: notFound, contributor: notFound, editor: ok, admin: ok, deactivated: notFound } },
  {
    name: 'POST /api/media',
    run: (r) => r.post('/api/media', { multipart: { kind: 'pdf', file: pdf }, maxRedirects: 0 }),
    expect: { anonymous: { status: 401 }, contributor: { status: 201 }, editor: { status: 201 }, admin: { status: 201 }, deactivated: { status: 401 } },
  },
  { name: 'POST /api/auth/sign-in/email', run: (r) => r.post('/api/auth/sign-in/email', { data: { email: 'admin@example.org', password: 'demo-admin-2026' }, maxRedirects: 0 }), expect: { anonymous: notFound, contributor: notFound, editor: notFound, admin: notFound, deactivated: notFound } },
  { name: 'POST /api/auth/update-user', run: (r) => r.post('/api/auth/update-user', { data: { name: 'Site Administrator' }, maxRedirects: 0 }), expect: { anonymous: notFound, contributor: notFound, editor: notFound, admin: notFound, deactivated: notFound } },
  { name: 'GET /admin/media', run: page('/admin/media'), expect: staffOnly() },
  {
    name: 'GET /api/admin/authors?q=towns (the author picker)',
    run: page('/api/admin/authors?q=towns'),
    expect: { anonymous: { status: 401 }, contributor: ok, editor: ok, admin: ok, deactivated: { status: 401 } },
    check: (body) => expect(body).toContain('Jim Townsend'),
  },
  { name: 'GET /api/admin/media (the library picker)', run: page('/api/admin/media'), expect: { anonymous: { status: 401 }, contributor: ok, editor: ok, admin: ok, deactivated: { status: 401 } } },
  {
    name: 'POST /api/import/docx (a file that is not a Word document)',
    run: (r) => r.post('/api/import/docx', { multipart: { file: pdf }, maxRedirects: 0 }),
    // Signed-in staff get as far as the file check; nobody else gets that far.
    expect: { anonymous: { status: 401 }, contributor: { status: 422 }, editor: { status: 422 }, admin: { status: 422 }, deactivated: { status: 401 } },
  },
  { name: 'GET /api/suggest?q=ka', run: page('/api/suggest?q=ka'), expect: { anonymous: ok, contributor: ok, editor: ok, admin: ok, deactivated: ok } },
  { name: 'GET /api/v1/pieces (the public read API)', run: page('/api/v1/pieces?limit=1'), expect: { anonymous: ok, contributor: ok, editor: ok, admin: ok, deactivated: ok } },
  // Public data only, whoever asks: even an admin's session does not open a draft through the API.
  { name: 'GET /api/v1/pieces/<a colleague’s draft>', run: page((f) => `/api/v1/pieces/${f.draftSlug}`), expect: { anonymous: notFound, contributor: notFound, editor: notFound, admin: notFound, deactivated: notFound } },
];

async function contextFor(browser: Browser, role: Role, deactivated: { cookies: Awaited<ReturnType<import('@playwright/test').BrowserContext['cookies']>> }) {
  if (role === 'anonymous') return (await browser.newContext()).request;
  if (role === 'deactivated') {
    const context = await browser.newContext();
    await context.addCookies(deactivated.cookies);
    return context.request;
  }
  return (await signedInPage(browser, role)).context().request;
}

test.describe('route × role matrix', () => {
  const fixture: Fixture = { draftId: '', draftSlug: '' };
  const deactivated = { cookies: [] as Awaited<ReturnType<import('@playwright/test').BrowserContext['cookies']>> };

  test.beforeAll(async ({ browser }) => {
    // An editor's draft, which no contributor may see.
    const editor = await signedInPage(browser, 'editor');
    await createDraft(editor, { title: uniqueTitle('Matrix Draft'), body: 'Matrix draft body text.', authors: ['Jim Townsend'] });
    fixture.draftId = editor.url().match(/\/admin\/articles\/([^/?]+)/)![1];
    fixture.draftSlug = await editor.getByLabel('Address (slug)').inputValue();

    // An editor account that signs in, then is deactivated by an admin while its session is open.
    const admin = await signedInPage(browser, 'admin');
    const email = `${uniqueTitle('matrix').replace(/\s+/g, '.')}@example.org`.toLowerCase();
    await admin.goto('/admin/users');
    await admin.getByLabel('Name', { exact: true }).fill('Matrix Former Editor');
    await admin.getByLabel('E-mail').fill(email);
    await admin.getByLabel('Temporary password').fill('matrix-password-2026');
    await admin.locator('form', { has: admin.getByRole('button', { name: 'Create account' }) }).locator('select[name="role"]').selectOption('EDITOR');
    await admin.getByRole('button', { name: 'Create account' }).click();
    await expect(admin.getByRole('status')).toHaveText('Saved.');
    const former = await (await browser.newContext()).newPage();
    await former.goto('/admin/sign-in');
    await former.getByLabel('E-mail').fill(email);
    await former.getByLabel('Password').fill('matrix-password-2026');
    await former.getByRole('button', { name: 'Sign in' }).click();
    await expect(former.getByRole('heading', { name: 'Articles', level: 1 })).toBeVisible();
    deactivated.cookies = await former.context().cookies();
    await admin.getByRole('row').filter({ hasText: email }).getByRole('button', { name: 'Deactivate' }).click();
    await expect(admin.getByRole('row').filter({ hasText: email }).getByRole('button', { name: 'Reactivate' })).toBeVisible();
  });

  for (const role of ROLES) {
    test(`as ${role}: every route answers as the rules say`, async ({ browser }) => {
      const request = await contextFor(browser, role, deactivated);
      for (const c of CASES) {
        const res = await c.run(request, fixture);
        const want = c.expect[role];
        if ('status' in want) {
          expect.soft(res.status(), `${c.name} as ${role}`).toBe(want.status);
        } else {
          expect.soft([307, 308, 303, 302].includes(res.status()), `${c.name} as ${role}: a redirect, got ${res.status()}`).toBe(true);
          const location = res.headers()['location'] ?? '';
          expect.soft(location.replace(/^https?:\/\/[^/]+/, ''), `${c.name} as ${role}: where to`).toMatch(want.redirect);
        }
        if (c.check && res.status() === 200) c.check(await res.text(), role);
      }
    });
  }
});
