import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/session';
import { can, canEditArticle, canSubmitForReview } from '@/lib/permissions';
import { displayStatus, getArticleForEdit } from '@/lib/admin/articles';
import { getEditorOptions } from '@/lib/admin/options';
import { articleToFormValues } from '@/lib/admin/form-values';
import { publishArticle, submitForReview, unpublishArticle } from '@/lib/actions/articles';
import { getAutosave } from '@/lib/admin/autosave';
import { ArticleEditor } from '@/components/admin/ArticleEditor';
import { ScheduleForm } from '@/components/admin/ScheduleForm';
import { formatInZone } from '@/lib/time-zones';
import { site } from '@/lib/site';
import { StatusBadge } from '@/components/admin/StatusBadge';

export const metadata: Metadata = { title: 'Edit piece' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

// Times in the site's zone, with the UTC instant beside them.
const when = (at: Date) => `${formatInZone(at, site.timeZone)} (${formatInZone(at, 'UTC')})`;

export default async function EditArticlePage({ params, searchParams }: Props) {
  const [{ id }, flags] = await Promise.all([params, searchParams]);
  const user = await requirePageUser('admin:enter', `/admin/articles/${id}`);
  const article = await getArticleForEdit(id);
  if (!article) notFound();
  if (!canEditArticle(user, article)) {
    return <p role="alert" className="rounded border border-accent bg-red-50 p-4 font-semibold text-accent">You can only edit your own drafts. Ask an editor to change this piece.</p>;
  }
  const [options, serverCopy] = await Promise.all([getEditorOptions(user, articleToFormValues(article).authorIds), getAutosave(user.id, article.id)]);
  const status = displayStatus(article.status, article.publishedAt);
  const mayPublish = can(user, 'article:publish');
  const notice = flags.saved ? 'Saved.' : flags.restored ? 'Revision restored.' : flags.status === 'scheduled' ? 'Scheduled.' : flags.status ? 'Status updated.' : null;

  return (
    <div className="grid gap-8 xl:grid-cols-[minmax(0,1fr)_18rem]">
      <div>
        <div className="mb-6 flex flex-wrap items-center gap-3">
          <h1 className="font-serif text-3xl font-bold">Edit piece</h1>
          <StatusBadge status={status} />
        </div>
        {notice ? <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3 font-semibold text-green-900">{notice}</p> : null}
        <ArticleEditor
          key={article.version}
          id={article.id}
          version={article.version}
          initial={articleToFormValues(article)}
          options={options}
          canFeature={mayPublish}
          justSaved={!!flags.saved || !!flags.restored}
          serverCopy={flags.saved || flags.restored ? null : serverCopy}
        />
      </div>
      <aside aria-label="Publishing" className="space-y-5 self-start rounded bg-white p-4 shadow-sm">
        <h2 className="text-sm font-bold uppercase tracking-wider text-muted">Publishing</h2>
        <p className="text-sm">
          {status === 'SCHEDULED' && article.publishedAt ? `Goes live ${when(article.publishedAt)}.` : null}
          {status === 'PUBLISHED' && article.publishedAt ? `Published ${when(article.publishedAt)}.` : null}
          {article.updatedBy ? ` Last saved by ${article.updatedBy.name}.` : null}
        </p>
        <a href={`/api/preview?id=${article.id}`} className="flex min-h-11 items-center justify-center rounded border border-brand px-4 font-semibold text-brand hover:bg-paper">
          Preview at its public address
        </a>
        {mayPublish && status !== 'PUBLISHED' ? (
          <form action={publishArticle}>
            <input type="hidden" name="id" value={article.id} />
            <button type="submit" className="min-h-11 w-full rounded bg-brand px-4 font-semibold text-white hover:bg-brand-dark">Publish now</button>
          </form>
        ) : null}
        {mayPublish && status !== 'PUBLISHED' ? <ScheduleForm id={article.id} zone={site.timeZone} zoneLabel={site.timeZoneLabel} /> : null}
        {mayPublish && (status === 'PUBLISHED' || status === 'SCHEDULED') ? (
          <form action={unpublishArticle}>
            <input type="hidden" name="id" value={article.id} />
            <button type="submit" className="min-h-11 w-full rounded border border-accent px-4 font-semibold text-accent hover:bg-red-50">Unpublish</button>
          </form>
        ) : null}
        {canSubmitForReview(user, article) && !mayPublish ? (
          <form action={submitForReview}>
            <input type="hidden" name="id" value={article.id} />
            <button type="submit" className="min-h-11 w-full rounded bg-brand px-4 font-semibold text-white">Submit for review</button>
          </form>
        ) : null}
        {status === 'PUBLISHED' ? (
          <Link href={`/publications/${article.slug}`} className="block text-sm font-semibold text-brand underline">View the public page</Link>
        ) : null}
        <Link href={`/admin/articles/${article.id}/revisions`} className="block text-sm font-semibold text-brand underline">Revisions</Link>
      </aside>
    </div>
  );
}
