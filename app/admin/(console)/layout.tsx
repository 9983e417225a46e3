import Link from 'next/link';
import { requirePageUser } from '@/lib/session';
import { can } from '@/lib/permissions';
import { signOut } from '@/lib/actions/session';

// Every page under here is for signed-in staff; each page also checks its own permission.
export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  const links = [
    { href: '/admin', label: 'Articles', show: true },
    { href: '/admin/articles/new', label: 'New piece', show: can(user, 'article:create') },
    { href: '/admin/media', label: 'Media', show: can(user, 'article:create') },
    { href: '/admin/experts', label: 'Experts', show: can(user, 'experts:manage') },
    { href: '/admin/topics', label: 'Topics', show: can(user, 'taxonomy:manage') },
    { href: '/admin/programs', label: 'Programs', show: can(user, 'taxonomy:manage') },
    { href: '/admin/podcasts', label: 'Podcasts', show: can(user, 'taxonomy:manage') },
    { href: '/admin/newsletter', label: 'Newsletter', show: can(user, 'newsletter:manage') },
    { href: '/admin/users', label: 'Users', show: can(user, 'users:manage') },
    { href: '/admin/audit', label: 'Audit log', show: can(user, 'audit:view') },
  ];
  return (
    <div className="min-h-[70vh]">
      <div className="border-b border-rule bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
          <nav aria-label="Admin">
            <ul className="flex flex-wrap gap-1 text-sm font-semibold">
              {links
                .filter((l) => l.show)
                .map((l) => (
                  <li key={l.href}>
                    <Link href={l.href} className="inline-flex min-h-11 items-center rounded px-3 hover:bg-paper hover:text-brand">
                      {l.label}
                    </Link>
                  </li>
                ))}
            </ul>
          </nav>
          <div className="flex items-center gap-3 text-sm">
            <span>
              {user.name} <span className="text-muted">({user.role.toLowerCase()})</span>
            </span>
            <form action={signOut}>
              <button type="submit" className="min-h-11 rounded border border-brand px-3 font-semibold text-brand hover:bg-paper">
                Sign out
              </button>
            </form>
          </div>
        </div>
      </div>
      <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">{children}</div>
    </div>
  );
}
