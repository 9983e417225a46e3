import Link from 'next/link';
import { site } from '@/lib/site';
import { primaryNav } from './nav';

export function SiteFooter() {
  return (
    <footer className="no-print mt-16 bg-brand-dark text-white">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:px-6 md:grid-cols-3">
        <div>
          <p className="font-serif text-2xl font-bold">{site.shortName}</p>
          <p className="mt-2 text-sm text-white/85">{site.description}</p>
        </div>
        <nav aria-label="Footer">
          <h2 className="text-sm font-bold uppercase tracking-wider text-white/85">Explore</h2>
          <ul className="mt-3 space-y-1 text-sm">
            {primaryNav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="inline-block py-1 underline-offset-2 hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="text-sm">
          <h2 className="font-bold uppercase tracking-wider text-white/85">Media inquiries</h2>
          <p className="mt-3">
            <a href={`mailto:${site.pressEmail}`} className="underline underline-offset-2">
              {site.pressEmail}
            </a>
          </p>
          <h2 className="mt-6 font-bold uppercase tracking-wider text-white/85">Stay informed</h2>
          <p className="mt-3">
            <Link href="/newsletter" className="underline underline-offset-2">E-mail updates on what you follow</Link>
          </p>
          <p className="mt-6 text-white/85">
            © {new Date().getFullYear()} {site.name}
          </p>
        </div>
      </div>
    </footer>
  );
}
