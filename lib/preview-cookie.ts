import 'server-only';
import { cookies } from 'next/headers';

// Next marks its draft-mode cookie (__prerender_bypass) Secure and
// SameSite=None. Browsers keep Secure cookies from http://localhost only, so
// preview worked in tests and on HTTPS sites but silently failed on any other
// host served over plain HTTP (a staging name, an intranet address): the
// editor got the public 404. Over plain HTTP the cookie is re-set without
// Secure (and Lax, which a same-site preview link needs); over HTTPS, or
// behind a front that says it terminated TLS, Next's own cookie stands.
const BYPASS = '__prerender_bypass';

function overHttps(request: Request): boolean {
  return new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto')?.split(',')[0].trim() === 'https';
}

/** After `draftMode().enable()` or `.disable()`: the same cookie, kept by browsers on plain HTTP too. */
export async function fitPreviewCookie(request: Request, enabled: boolean): Promise<void> {
  if (overHttps(request)) return;
  const jar = await cookies();
  const options = { httpOnly: true, sameSite: 'lax' as const, secure: false, path: '/' };
  if (!enabled) {
    jar.set(BYPASS, '', { ...options, expires: new Date(0) });
    return;
  }
  const value = jar.get(BYPASS)?.value;
  if (value) jar.set(BYPASS, value, options);
}
