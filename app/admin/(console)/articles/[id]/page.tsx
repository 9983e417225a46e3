import type { Metadata } from 'next';
import Link from 'next/link';
import { RecordingToEpisode } from '@/components/admin/RecordingToEpisode';
import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/session';
import { can, canEditArticle, canSubmitForReview, canTrashArticle } from '@/lib/permissions';
import { displayStatus, getArticleForEdit } from '@/lib/admin/articles';
import { getStagedEdit, savesAreStaged } from '@/lib/admin/staged-edits';
import { readableChanges } from '@/lib/admin/compare';
import { getEditorOptions } from '@/lib/admin/options';
import { articleToFormValues } from '@/lib/admin/form-values';
import { discardStagedChanges, restoreFromTrashAction, submitForReview, trashArticleAction, unpublishArticle, unscheduleStagedChanges } from '@/lib/actions/articles';
import { getAutosave } from '@/lib/admin/autosave';
import { ArticleEditor } from '@/components/admin/ArticleEditor';
import { FieldChanges } from '@/components/admin/FieldChanges';
import { formatInZone } from '@/lib/time-zones';
import { site } from '@/lib/site';
import { StatusBadge } from '@/components/admin/StatusBadge';
import { CommentThread } from '@/components/admin/review/CommentThread';
import { listColleagues, listComments } from '@/lib/admin/comments';

export const metadata: Metadata = { title: 'Edit piece' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

// Times in the site's zone, with the UTC instant beside them.
const when = (at: Date) => `${formatInZone(at, site.timeZone)} (${formatInZone(at, 'UTC')})`;

const NOTICES: Record<string, string> = {
  published: 'Saved and published.',
  scheduled: 'Saved and scheduled.',
  staged: 'Changes saved. They are not public yet: readers see the live version until someone presses “Publish changes”.',
  'changes-published': 'Changes published.',
  'changes-scheduled': 'Changes saved and scheduled.',
  'changes-discarded': 'Staged changes discarded: the live version is the text again.',
  'changes-unscheduled': 'The scheduled update is cancelled; the changes stay staged.',
  'schedule-cancelled': 'Schedule cancelled: the piece is a draft again.',
  unpublished: 'Unpublished: the piece is off the public site.',
  submitted: 'Submitted for review. Editors have been told.',
  'changes-requested': 'Changes requested: the piece is back with its writer as a draft.',
  commented: 'Comment added.',
  'comment-resolved': 'Comment resolved.',
  untrashed: 'Taken out of the trash. It is not public: publish it again when ready.',
};

const buttonClass = 'min-h-11 w-full rounded border px-4 font-semibold';

export default async function EditArticlePage({ params, searchParams }: Props) {
  const [{ id }, flags] = await Promise.all([params, searchParams]);
  const user = await requirePageUser('admin:enter', `/admin/articles/${id}`);
  const article = await getArticleForEdit(id);
  if (!article) notFound();
  if (!canEditArticle(user, article)) {
    return <p role="alert" className="rounded border border-accent bg-red-50 p-4 font-semibold text-accent">You can only edit your own drafts. Ask an editor to change this piece.</p>;
  }
  const status = displayStatus(article.status, article.publishedAt);
  if (article.status === 'TRASHED') {
    return (
      <div className="space-y-4">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="font-serif text-3xl font-bold">{article.title}</h1>
          <StatusBadge status={status} />
        </div>
        <p role="status" className="rounded border border-rule bg-white p-4">
          In the trash since {article.trashedAt ? when(article.trashedAt) : 'recently'}: on no public page. It is deleted for good 30 days after that, or when an admin empties the trash.
        </p>
        {canTrashArticle(user, article) ? (
          <form action={restoreFromTrashAction}>
            <input type="hidden" name="id" value={article.id} />
            <button type="submit" className="min-h-11 rounded bg-brand px-4 font-semibold text-white">Restore from the trash</button>
          </form>
        ) : null}
      </div>
    );
  }
  const liveValues = articleToFormValues(article);
  const staged = await getStagedEdit(article.id);
  const initial = staged ? articleToFormValues(staged.input) : liveValues;
  const [options, serverCopy, stagedChanges, comments, colleagues] = await Promise.all([
    getEditorOptions(user, [...initial.authorIds, ...initial.guestIds]),
    getAutosave(user.id, article.id),
    staged ? readableChanges(user, liveValues, staged.input) : null,
    listComments(article.id),
    listColleagues(user.id),
  ]);
  const mayPublish = can(user, 'article:publish');
  const stagedMode = savesAreStaged(article, !!staged);
  const isLive = status === 'PUBLISHED';
  const notice = flags.saved ? 'Saved.' : flags.restored === 'staged' ? 'Revision restored as staged changes: publish them when ready.' : flags.restored ? 'Revision restored.' : flags.status ? (NOTICES[flags.status] ?? 'Status updated.') : null;

  return (
    <div className="grid gap-8 xl:grid-cols-[minmax(0,1fr)_18rem]">
      <div>
        <div className="mb-6 flex flex-wrap items-center gap-3">
          <h1 className="font-serif text-3xl font-bold">Edit piece</h1>
          <StatusBadge status={status} />
          {staged ? <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-bold uppercase tracking-wide text-amber-900" data-testid="staged-badge">Changes not yet published</span> : null}
        </div>
        {notice ? <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3 font-semibold text-green-900">{notice}</p> : null}
        {stagedMode ? (
          <section aria-labelledby="staged-heading" className="mb-6 rounded border border-amber-500 bg-amber-50 p-4" data-testid="staged-panel">
            <h2 id="staged-heading" className="font-bold">{staged ? 'Staged changes' : 'This piece is live'}</h2>
            <p className="text-sm">
              {staged
                ? `Saved by ${staged.by ?? 'someone'} at ${when(staged.updatedAt)}, made on version ${staged.baseVersion}. Readers, feeds and search still get the live version.`
                : 'Saving keeps your changes aside: readers, feeds and search keep the live version until “Publish changes”.'}
              {staged?.publishAt ? ` Scheduled to replace the live version at ${when(staged.publishAt)}.` : ''}
            </p>
            {staged && stagedChanges ? (
              <details className="mt-2">
                <summary className="cursor-pointer text-sm font-semibold text-brand">Compare with the live version ({stagedChanges.length} {stagedChanges.length === 1 ? 'field' : 'fields'})</summary>
                <FieldChanges changes={stagedChanges} empty="No differences from the live version." />
              </details>
            ) : null}
          </section>
        ) : null}
        <ArticleEditor
          key={`${article.version}-${staged?.version ?? 0}`}
          id={article.id}
          version={article.version}
          initial={initial}
          options={options}
          canFeature={mayPublish}
          justSaved={!!flags.saved || !!flags.restored || flags.status === 'staged' || flags.status === 'published'}
          serverCopy={flags.saved || flags.restored ? null : serverCopy}
          publishing={{ mayPublish, staged: stagedMode, stagedVersion: staged?.version ?? 0, live: isLive, zone: site.timeZone, zoneLabel: site.timeZoneLabel }}
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
          {staged ? 'Preview the staged changes' : 'Preview at its public address'}
        </a>
        {mayPublish && staged?.publishAt ? (
          <form action={unscheduleStagedChanges}>
            <input type="hidden" name="id" value={article.id} />
            <button type="submit" className={`${buttonClass} border-brand text-brand`}>Cancel the scheduled update</button>
          </form>
        ) : null}
        {mayPublish && staged ? (
          <form action={discardStagedChanges}>
            <input type="hidden" name="id" value={article.id} />
            <button type="submit" className={`${buttonClass} border-accent text-accent hover:bg-red-50`}>Discard staged changes</button>
          </form>
        ) : null}
        {mayPublish && (status === 'PUBLISHED' || status === 'SCHEDULED') ? (
          <form action={unpublishArticle}>
            <input type="hidden" name="id" value={article.id} />
            <button type="submit" className={`${buttonClass} border-accent text-accent hover:bg-red-50`}>{status === 'SCHEDULED' ? 'Cancel schedule' : 'Unpublish'}</button>
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
        {article.eventStartsAt && mayPublish ? (
          <Link href={`/admin/articles/${article.id}/registrants`} className="block text-sm font-semibold text-brand underline">Registrants</Link>
        ) : null}
        {article.eventStartsAt && mayPublish && article.recordingUrl?.startsWith('/media/') && options.shows.length ? (
          <RecordingToEpisode eventId={article.id} shows={options.shows} />
        ) : null}
        {canTrashArticle(user, article) ? (
          <form action={trashArticleAction} className="border-t border-rule pt-4">
            <input type="hidden" name="id" value={article.id} />
            <button type="submit" className={`${buttonClass} border-rule text-ink hover:bg-paper`}>Move to the trash</button>
            <p className="mt-1 text-xs text-muted">Off the public site at once; restorable for 30 days.</p>
          </form>
        ) : null}
        <CommentThread articleId={article.id} comments={comments} colleagues={colleagues.map(({ id, name }) => ({ id, name }))} canRequestChanges={mayPublish && article.status === 'IN_REVIEW'} />
      </aside>
    </div>
  );
}
