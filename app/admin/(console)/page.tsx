import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageUser } from '@/lib/session';
import { listAdminArticles } from '@/lib/admin/articles';
import { getEditorOptions } from '@/lib/admin/options';
import { parsePage, showingLabel } from '@/lib/pagination';
import { StatusBadge, statusLabels } from '@/components/admin/StatusBadge';
import { Pagination } from '@/components/listing/Pagination';

export const metadata: Metadata = { title: 'Articles' };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export default async function AdminArticlesPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const raw = await searchParams;
  const filters = {
    status: raw.status && raw.status in statusLabels ? raw.status : undefined,
    typeId: raw.type || undefined,
    authorId: raw.author || undefined,
    q: raw.q?.trim().slice(0, 200) || undefined,
    page: parsePage(raw.page),
  };
  const [{ rows, info }, options] = await Promise.all([listAdminArticles(user, filters), getEditorOptions(user)]);
  const href = (page: number) => {
    const p = new URLSearchParams();
    if (filters.status) p.set('status', filters.status);
    if (filters.typeId) p.set('type', filters.typeId);
    if (filters.authorId) p.set('author', filters.authorId);
    if (filters.q) p.set('q', filters.q);
    if (page > 1) p.set('page', String(page));
    const qs = p.toString();
    return qs ? `/admin?${qs}` : '/admin';
  };
  const field = 'mt-1 block min-h-11 w-full rounded border border-muted bg-white px-2';

  return (
    <div>
      {raw.denied ? (
        <p role="alert" className="mb-6 rounded border border-accent bg-red-50 p-3 font-semibold text-accent">
          Your role does not give access to that page.
        </p>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">Articles</h1>
        <Link href="/admin/articles/new" className="inline-flex min-h-11 items-center rounded bg-brand px-5 font-semibold text-white hover:bg-brand-dark">
          New piece
        </Link>
      </div>
      <form method="get" action="/admin" role="search" aria-label="Filter articles" className="mt-6 grid gap-3 rounded bg-white p-4 sm:grid-cols-2 lg:grid-cols-5">
        <label className="text-sm font-semibold">
          Title contains
          <input name="q" defaultValue={filters.q} className={field} />
        </label>
        <label className="text-sm font-semibold">
          Status
          <select name="status" defaultValue={filters.status ?? ''} className={field}>
            <option value="">Any status</option>
            {Object.entries(statusLabels).map(([v, l]) => (
              <option key={v} value={v}>{l}</option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold">
          Type
          <select name="type" defaultValue={filters.typeId ?? ''} className={field}>
            <option value="">Any type</option>
            {options.types.map((t) => (
              <option key={t.id} value={t.id}>{t.label}</option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold">
          Author
          <select name="author" defaultValue={filters.authorId ?? ''} className={field}>
            <option value="">Any author</option>
            {options.authors.map((a) => (
              <option key={a.id} value={a.id}>{a.label}</option>
            ))}
          </select>
        </label>
        <div className="flex items-end">
          <button type="submit" className="min-h-11 rounded bg-brand px-5 font-semibold text-white">Filter</button>
        </div>
      </form>
      <p className="mt-4 text-sm text-muted" role="status">{showingLabel(info, 'pieces')}</p>
      <div className="mt-2 overflow-x-auto rounded bg-white">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-rule text-xs uppercase tracking-wider text-muted">
            <tr>
              <th scope="col" className="p-3">Title</th>
              <th scope="col" className="p-3">Status</th>
              <th scope="col" className="p-3">Type</th>
              <th scope="col" className="p-3">Authors</th>
              <th scope="col" className="p-3">Last edit</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-rule">
            {rows.map((r) => (
              <tr key={r.id}>
                <td className="p-3">
                  <Link href={`/admin/articles/${r.id}`} className="font-semibold text-brand hover:underline">{r.title}</Link>
                </td>
                <td className="p-3"><StatusBadge status={r.status} /></td>
                <td className="p-3">{r.type}</td>
                <td className="p-3">{r.authors.join(', ')}</td>
                <td className="p-3 whitespace-nowrap">
                  {dateTime.format(r.updatedAt)} UTC{r.updatedBy ? ` by ${r.updatedBy}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination info={info} hrefFor={href} />
    </div>
  );
}
