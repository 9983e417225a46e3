import 'server-only';
import { site } from './site';

/**
 * False for a browser request sent by another site (cross-site request
 * forgery riding the staff cookie). Browsers say where a request comes from
 * (Sec-Fetch-Site, Origin); a request that says neither is no browser's, and
 * carries no one's cookie by accident. The same rule Next applies to server
 * actions, for our own API routes.
 */
export function isSameOrigin(headers: Headers): boolean {
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite && fetchSite !== 'same-origin') return false;
  const origin = headers.get('origin');
  if (!origin) return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const served = [headers.get('x-forwarded-host'), headers.get('host'), new URL(site.url).host].filter(Boolean);
  return served.includes(originHost);
}
