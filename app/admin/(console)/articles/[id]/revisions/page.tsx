import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { diffWords } from 'diff';
import { requirePageUser } from '@/lib/session';
import { canEditArticle } from '@/lib/permissions';
import { getArticleForEdit, getRevision, listRevisions } from '@/lib/admin/articles';
import { articleToFormValues } from '@/lib/admin/form-values';
import { optionNames } from '@/lib/admin/options';
import { articleChanges, type FieldChange } from '@/lib/validation/article';
import { restoreRevisionAction } from '@/lib/actions/articles';

export const metadata: Metadata = { title: 'Revisions' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ compare?: string; conflict?: string }> };

const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });

export default async function RevisionsPage({ params, searchParams }: Props) {
  const [{ id }, { compare, conflict }] = await Promise.all([params, searchParams]);
  const user = await requirePageUser('admin:enter', `/admin/articles/${id}/revisions`);
  const article = await getArticleForEdit(id);
  if (!article) notFound();
  if (!canEditArticle(user, article)) notFound();
  const revisions = await listRevisions(id);
  const selected = compare ? await getRevision(compare) : null;
  // Every field that differs, from the one field list (lib/validation/article.ts), so
  // authors, topics or the outlet a restore would bring back are shown too.
  const changes = selected && selected.articleId === id ? articleChanges(selected.input, articleToFormValues(article)) : null;
  const names = changes?.some((c) => c.kind === 'list') ? await optionNames(user) : null;
  const readable = (c: FieldChange, ids: string) => (c.kind === 'list' ? ids.split('\n').filter(Boolean).map((x) => names?.get(x) ?? x).join(', ') || 'none' : ids);

  return (
    <div>
      <p><Link href={`/admin/articles/${id}`} className="text-sm font-semibold text-brand underline">← Back to the editor</Link></p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Revisions of “{article.title}”</h1>
      {conflict ? <p role="alert" className="mt-4 rounded border border-accent bg-red-50 p-3 font-semibold text-accent">Someone saved the piece in the meantime: reload and restore again.</p> : null}
      <ol className="mt-6 divide-y divide-rule rounded bg-white" data-testid="revisions">
        {revisions.map((r) => (
          <li key={r.id} className="flex flex-wrap items-center gap-3 p-3">
            <span className="flex-1">
              <strong>Version {r.version}</strong> · {when.format(r.createdAt)} UTC · {r.user?.name ?? 'unknown'} · “{r.title}”
            </span>
            <Link href={`/admin/articles/${id}/revisions?compare=${r.id}`} className="min-h-9 rounded border border-brand px-3 py-1 text-sm font-semibold text-brand">
              Compare with current
            </Link>
            <form action={restoreRevisionAction}>
              <input type="hidden" name="revisionId" value={r.id} />
              <input type="hidden" name="articleId" value={id} />
              <input type="hidden" name="version" value={article.version} />
              <button type="submit" className="min-h-9 rounded bg-brand px-3 py-1 text-sm font-semibold text-white" aria-label={`Restore version ${r.version}`}>
                Restore
              </button>
            </form>
          </li>
        ))}
      </ol>
      {changes ? (
        <section aria-labelledby="diff-heading" className="mt-8 rounded bg-white p-4">
          <h2 id="diff-heading" className="text-lg font-bold">Version {selected!.version} → current</h2>
          <p className="text-sm text-muted"><del className="bg-red-100">Removed</del> and <ins className="bg-green-100">added</ins> since that version.</p>
          {changes.length === 0 ? <p className="mt-4">No differences: that version is what the piece says now.</p> : null}
          {changes.map((c) => (
            <div key={c.name} className="mt-4">
              <h3 className="text-sm font-bold uppercase tracking-wider text-muted">{c.label}</h3>
              {c.kind === 'text' ? (
                <p className="mt-1 whitespace-pre-wrap font-mono text-sm" data-testid={`diff-${c.name}`}>
                  {diffWords(c.before, c.after).map((p, i) =>
                    p.added ? <ins key={i} className="bg-green-100">{p.value}</ins> : p.removed ? <del key={i} className="bg-red-100">{p.value}</del> : <span key={i}>{p.value}</span>,
                  )}
                </p>
              ) : (
                <p className="mt-1 text-sm" data-testid={`diff-${c.name}`}>
                  <del className="bg-red-100">{readable(c, c.before)}</del> → <ins className="bg-green-100">{readable(c, c.after)}</ins>
                </p>
              )}
            </div>
          ))}
        </section>
      ) : null}
    </div>
  );
}
