import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageUser } from '@/lib/session';
import { listAdminArticles } from '@/lib/admin/articles';
import { getEditorOptions, listAuthorOptions } from '@/lib/admin/options';
import { parsePage, showingLabel } from '@/lib/pagination';
import { StatusBadge, statusLabels } from '@/components/admin/StatusBadge';
import { Pagination } from '@/components/listing/Pagination';
import { SelectFilter } from '@/components/forms/SelectFilter';
import { fieldClass, labelClass } from '@/components/forms/field-styles';

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
  const [{ rows, info }, options, authors] = await Promise.all([listAdminArticles(user, filters), getEditorOptions(user), listAuthorOptions()]);
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
        <label className={labelClass}>
          Title contains
          <input name="q" defaultValue={filters.q} className={fieldClass} />
        </label>
        <SelectFilter label="Status" name="status" value={filters.status} allLabel="Any status" options={Object.entries(statusLabels).map(([value, label]) => ({ value, label }))} />
        <SelectFilter label="Type" name="type" value={filters.typeId} allLabel="Any type" options={options.types.map((t) => ({ value: t.id, label: t.label }))} />
        <SelectFilter label="Author" name="author" value={filters.authorId} allLabel="Any author" options={authors.map((a) => ({ value: a.id, label: a.label }))} />
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
