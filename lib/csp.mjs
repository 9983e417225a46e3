// The Content-Security-Policy of every page: scripts only from this site, plus
// exactly the inline scripts Next.js wrote into that page (its flight data and
// bootstrap), never `unsafe-inline`.
//
// Two ways to name those inline scripts, chosen by how a page is served:
//  - cached pages (articles, home, indexes): the cache handler hashes the
//    inline scripts of the HTML it stores and stores the policy beside it
//    (lib/cache/handler.mjs). A nonce would make them uncacheable; hashes of
//    the stored bytes stay true for every reader and at the front. A render
//    that reaches the reader before it is stored (streamed) carries no script
//    policy; the front keeps a response without an xkey header for a second
//    only, so what it stores for hours is the stored copy, with the policy.
//  - pages rendered per request (expert, topic, listing, search, admin): a
//    fresh nonce per request (proxy.ts), which Next puts on its scripts.
// Plain JavaScript: the cache handler loads outside the bundle.
import { createHash } from 'node:crypto';

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi;

// Everything but scripts and framing: no plugins, no <base> hijack, forms post here.
const REST = "object-src 'none'; base-uri 'self'; form-action 'self'";
const DEV = process.env.NODE_ENV !== 'production' ? " 'unsafe-eval'" : '';

/** The policy for a stored page: its inline scripts by hash. */
export function policyForHtml(html, frameAncestors = "'self'") {
  const hashes = new Set();
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    // Data blocks (JSON-LD) are not run and need no hash.
    if (/\stype=["']?application\/(ld\+)?json/i.test(m[1])) continue;
    hashes.add(`'sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}'`);
  }
  return `script-src 'self'${DEV} ${[...hashes].join(' ')}; ${REST}; frame-ancestors ${frameAncestors}`.replace(/\s+;/g, ';');
}

/** The policy for a page rendered for this request only. */
export function policyForNonce(nonce, frameAncestors = "'self'") {
  return `script-src 'self'${DEV} 'nonce-${nonce}'; ${REST}; frame-ancestors ${frameAncestors}`;
}
