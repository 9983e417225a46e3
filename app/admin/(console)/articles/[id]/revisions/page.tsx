import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/session';
import { canEditArticle } from '@/lib/permissions';
import { getArticleForEdit, getRevision, listRevisions } from '@/lib/admin/articles';
import { getStagedEdit, savesAreStaged } from '@/lib/admin/staged-edits';
import { articleToFormValues } from '@/lib/admin/form-values';
import { readableChanges } from '@/lib/admin/compare';
import { restoreRevisionAction } from '@/lib/actions/articles';
import { FieldChanges } from '@/components/admin/FieldChanges';

export const metadata: Metadata = { title: 'Revisions' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ compare?: string; conflict?: string }> };

const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });

export default async function RevisionsPage({ params, searchParams }: Props) {
  const [{ id }, { compare, conflict }] = await Promise.all([params, searchParams]);
  const user = await requirePageUser('admin:enter', `/admin/articles/${id}/revisions`);
  const article = await getArticleForEdit(id);
  if (!article) notFound();
  if (!canEditArticle(user, article)) notFound();
  const [revisions, staged] = await Promise.all([listRevisions(id), getStagedEdit(id)]);
  const selected = compare ? await getRevision(compare) : null;
  // The comparison is the confirmation: it shows every field a restore would
  // change (authors, topics, outlet…), then asks.
  const current = staged ? staged.input : articleToFormValues(article);
  const changes = selected && selected.articleId === id ? await readableChanges(user, current, selected.input) : null;
  const stagedRestore = savesAreStaged(article, !!staged);

  return (
    <div>
      <p><Link href={`/admin/articles/${id}`} className="text-sm font-semibold text-brand underline">← Back to the editor</Link></p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Revisions of “{article.title}”</h1>
      {conflict ? <p role="alert" className="mt-4 rounded border border-accent bg-red-50 p-3 font-semibold text-accent">Someone saved the piece in the meantime: compare again and restore.</p> : null}
      <p className="mt-2 text-sm text-muted">One version per save of the text. Publishing, scheduling and unpublishing do not make versions.</p>
      <ol className="mt-6 divide-y divide-rule rounded bg-white" data-testid="revisions">
        {revisions.map((r) => (
          <li key={r.id} className="flex flex-wrap items-center gap-3 p-3">
            <span className="flex-1">
              <strong>Version {r.version}</strong> · {when.format(r.createdAt)} UTC · {r.user?.name ?? 'unknown'} · “{r.title}”
            </span>
            <Link href={`/admin/articles/${id}/revisions?compare=${r.id}`} className="min-h-9 rounded border border-brand px-3 py-1 text-sm font-semibold text-brand" aria-label={`Compare version ${r.version} and restore`}>
              Compare and restore
            </Link>
          </li>
        ))}
      </ol>
      {changes && selected ? (
        <section aria-labelledby="diff-heading" className="mt-8 rounded bg-white p-4">
          <h2 id="diff-heading" className="text-lg font-bold">{staged ? 'Staged changes' : 'Current'} → version {selected.version}</h2>
          <p className="text-sm">What restoring version {selected.version} would change{staged ? ' in the staged changes' : ''}:</p>
          <FieldChanges changes={changes} empty="No differences: that version is what the piece says now." />
          <form action={restoreRevisionAction} className="mt-6 rounded border border-amber-500 bg-amber-50 p-4">
            <input type="hidden" name="revisionId" value={selected.id} />
            <input type="hidden" name="articleId" value={id} />
            <input type="hidden" name="version" value={article.version} />
            <p className="text-sm">
              {stagedRestore
                ? 'This piece is live: the restored text becomes staged changes. Readers keep the live version until someone presses “Publish changes”.'
                : 'The restored text replaces the current one as a new version; the current one stays in this list.'}
            </p>
            <button type="submit" className="mt-2 min-h-11 rounded bg-brand px-4 font-semibold text-white" disabled={changes.length === 0}>
              Restore version {selected.version}
            </button>
          </form>
        </section>
      ) : null}
    </div>
  );
}
