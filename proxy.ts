import { NextResponse, type NextRequest } from 'next/server';
import { policyForNonce } from '@/lib/csp.mjs';
import { isSameOrigin } from '@/lib/same-origin';

// Runs before routing, for two kinds of request only (see `config.matcher`):
//
// 1. A path with a broken percent-escape (`/publications/%ZZ`, overlong UTF-8
//    such as `%C0%AE`) cannot be decoded into route parameters; Next answers
//    those with a bare 500. They are the client's mistake: 400.
// 2. A form post (server action) to the admin from another site: Next refuses
//    it too, but with a 500; it is a forged request, so 403.
// 3. Pages rendered for each request (the experts index and an expert's
//    page, a topic's, program's or podcast's page, the listing, search, the admin) get a fresh script nonce and the policy that
//    names it (lib/csp.mjs); Next puts the nonce on its own scripts. Cached
//    pages get theirs by hash from the cache handler instead.
export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  if (path.includes('%')) {
    try {
      for (const segment of path.split('/')) decodeURIComponent(segment);
    } catch {
      return new NextResponse('Bad request: this address has a broken percent-escape.\n', {
        status: 400,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
      });
    }
  }
  if (request.method === 'POST' && !isSameOrigin(request.headers)) {
    return new NextResponse('Forbidden: this form was sent from another site.\n', { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  if (!PER_REQUEST_PAGE.test(path)) return NextResponse.next();
  const nonce = btoa(crypto.randomUUID());
  const policy = policyForNonce(nonce, path === '/admin' || path.startsWith('/admin/') ? "'none'" : "'self'");
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

const PER_REQUEST_PAGE = /^\/(?:experts(?:\/[^/]+)?|topics\/[^/]+|programs\/[^/]+|podcasts\/[^/]+|events(?:\/cancel)?|newsletter\/(?:confirm|manage)|publications|search|admin(?:\/.*)?)$/;

export const config = {
  matcher: ['/:path(.*%.*)', '/experts', '/experts/:slug', '/topics/:slug', '/programs/:slug', '/podcasts/:slug', '/events', '/events/cancel', '/newsletter/confirm', '/newsletter/manage', '/publications', '/search', '/admin', '/admin/:path*'],
};
