import type { Metadata, Viewport } from 'next';
import './globals.css';
import { site } from '@/lib/site';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SiteFooter } from '@/components/layout/SiteFooter';

// Public pages are cached (ISR) until a write expires their tags. This one
// second is what Next.js puts in s-maxage, which is what the front cache
// (deploy/nginx) and any CDN obey: they keep a page one second, then serve it
// stale while one request refreshes it, so a publish shows through the front
// within about two seconds. Behind it, the app re-renders a busy page at most
// once a second, from cached data (no database queries).
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
