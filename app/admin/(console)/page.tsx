import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageUser } from '@/lib/session';
import { countWaitingForReview, listAdminArticles } from '@/lib/admin/articles';
import { can } from '@/lib/permissions';
import { bulkArticlesAction, emptyTrashAction } from '@/lib/actions/articles';
import { TRASH_DAYS } from '@/lib/admin/trash';
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
  const [{ rows, info }, options, authors, waiting] = await Promise.all([listAdminArticles(user, filters), getEditorOptions(user), listAuthorOptions(), countWaitingForReview(user)]);
  const mayPublish = can(user, 'article:publish');
  const inTrash = filters.status === 'TRASHED';
  const notice = raw.trashed
    ? `Moved to the trash: off the public site. Restorable here for ${TRASH_DAYS} days.`
    : raw.emptied
      ? `Trash emptied: ${raw.emptied} deleted for good.`
      : raw.bulk === 'invalid'
        ? null
        : raw.bulk
          ? `${raw.bulk} changed${raw.refused && raw.refused !== '0' ? `; ${raw.refused} not changed (your role does not allow it, or the piece is in the trash)` : ''}.`
          : null;
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
      {raw.bulk === 'invalid' ? (
        <p role="alert" className="mb-6 rounded border border-accent bg-red-50 p-3 font-semibold text-accent">Choose pieces and an action (and a topic, to add one).</p>
      ) : null}
      {notice ? <p role="status" className="mb-6 rounded border border-green-700 bg-green-50 p-3 font-semibold text-green-900">{notice}</p> : null}
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">Articles</h1>
        {waiting > 0 && !inTrash ? (
          <Link href="/admin?status=IN_REVIEW" className="rounded bg-amber-100 px-3 py-2 text-sm font-bold text-amber-900 underline" data-testid="waiting-for-review">
            {waiting} waiting for review
          </Link>
        ) : null}
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
      {inTrash ? (
        <div className="mt-2 flex flex-wrap items-center gap-3 rounded border border-rule bg-white p-3 text-sm">
          <p className="flex-1">Pieces in the trash are on no public page. Each is deleted for good {TRASH_DAYS} days after it was trashed; open one to restore it.</p>
          {can(user, 'trash:empty') && rows.length ? (
            <form action={emptyTrashAction}>
              <button type="submit" className="min-h-11 rounded border border-accent px-4 font-semibold text-accent">Empty the trash</button>
            </form>
          ) : null}
        </div>
      ) : null}
      <form action={bulkArticlesAction} aria-label="Pieces">
        {!inTrash && rows.length ? (
          <fieldset className="mt-2 flex flex-wrap items-end gap-3 rounded bg-white p-3">
            <legend className="sr-only">With the selected pieces</legend>
            <label className={labelClass}>
              With selected
              <select name="action" className={fieldClass} defaultValue="">
                <option value="" disabled>Choose an action…</option>
                {mayPublish ? <option value="publish">Publish</option> : null}
                {mayPublish ? <option value="unpublish">Unpublish</option> : null}
                <option value="trash">Move to the trash</option>
                <option value="add-topic">Add a topic</option>
              </select>
            </label>
            <label className={labelClass}>
              Topic to add
              <select name="topicId" className={fieldClass} defaultValue="">
                <option value="">None</option>
                {options.topics.map((t) => (
                  <option key={t.id} value={t.id}>{t.label}</option>
                ))}
              </select>
            </label>
            <button type="submit" className="min-h-11 rounded bg-brand px-5 font-semibold text-white">Apply</button>
          </fieldset>
        ) : null}
        <div className="relative mt-2 overflow-x-auto rounded bg-white">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-rule text-xs uppercase tracking-wider text-muted">
              <tr>
                {!inTrash ? <th scope="col" className="p-3"><span className="sr-only">Select</span></th> : null}
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
                  {!inTrash ? (
                    <td className="p-3">
                      <input type="checkbox" name="ids" value={r.id} aria-label={`Select “${r.title}”`} className="h-5 w-5" />
                    </td>
                  ) : null}
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
      </form>
      <Pagination info={info} hrefFor={href} />
    </div>
  );
}
