import Link from 'next/link';
import { site } from '@/lib/site';
import { primaryNav } from './nav';

export function SiteHeader() {
  return (
    <header className="no-print border-b border-rule bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-4 sm:px-6 lg:flex-row lg:items-center lg:justify-between">
        <Link href="/" className="group inline-flex items-baseline gap-3 self-start">
          <span className="font-serif text-3xl font-bold tracking-tight text-brand group-hover:text-brand-dark">
            {site.shortName}
          </span>
          <span className="hidden text-sm text-muted sm:inline">{site.name}</span>
        </Link>
        <div className="flex flex-col gap-2 lg:items-end">
        <form action="/search" method="get" role="search" aria-label="Site search" className="flex gap-1 self-start lg:self-end">
          <label htmlFor="site-search" className="sr-only">Search publications, experts and topics</label>
          <input id="site-search" name="q" type="search" placeholder="Search" maxLength={2000} className="min-h-11 w-48 rounded border border-muted px-3 text-sm" />
          <button type="submit" className="min-h-11 rounded bg-brand px-3 text-sm font-semibold text-white hover:bg-brand-dark">Search</button>
        </form>
        <nav aria-label="Primary">
          <ul className="flex flex-wrap gap-x-1 gap-y-1 text-[0.95rem] font-semibold">
            {primaryNav.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="inline-flex min-h-11 items-center rounded px-2 text-ink hover:bg-paper hover:text-brand"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        </div>
      </div>
    </header>
  );
}
