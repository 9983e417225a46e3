import type { Metadata, Viewport } from 'next';
import './globals.css';
import { site } from '@/lib/site';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SiteFooter } from '@/components/layout/SiteFooter';

// Public pages are cached (ISR, in the shared cache of lib/cache/) until a
// write expires their tags. This one second is what Next.js puts in s-maxage,
// which a front without purging (deploy/nginx, a plain CDN) obeys: it keeps a
// page one second, then serves it stale while one request refreshes it. The
// Varnish front (deploy/varnish) instead keeps pages filed under their tags
// for hours and is purged by the write step. Behind either, the app re-renders
// a busy page at most once a second, from cached data (no database queries).
export const revalidate = 1;

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: site.name, template: `%s | ${site.shortName}` },
  description: site.description,
  icons: { icon: '/favicon.svg' },
  openGraph: { siteName: site.name, type: 'website', locale: 'en_US' },
  twitter: { card: 'summary_large_image' },
  alternates: {
    types: {
      'application/rss+xml': [{ url: '/feeds/all.xml', title: `${site.name} (RSS)` }],
      'application/atom+xml': [{ url: '/feeds/all.atom', title: `${site.name} (Atom)` }],
      'application/feed+json': [{ url: '/feeds/all.json', title: `${site.name} (JSON Feed)` }],
    },
  },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b3a66' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-white font-sans text-ink antialiased">
        <a
          href="#main"
          className="sr-only z-50 bg-white px-4 py-3 font-semibold text-brand focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
        >
          Skip to main content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
