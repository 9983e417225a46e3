import type { StaffComment } from '@/lib/admin/comments';
import { resolveCommentAction } from '@/lib/actions/articles';
import { formatInZone } from '@/lib/time-zones';
import { site } from '@/lib/site';
import { CommentForm } from './CommentForm';

/** The staff-only conversation on a piece: review notes, requested changes, questions. */
export function CommentThread({ articleId, comments, colleagues, canRequestChanges }: { articleId: string; comments: StaffComment[]; colleagues: { id: string; name: string }[]; canRequestChanges: boolean }) {
  const open = comments.filter((c) => !c.resolvedAt).length;
  return (
    <section id="comments" aria-labelledby="comments-heading" className="space-y-3 border-t border-rule pt-4">
      <h2 id="comments-heading" className="text-sm font-bold uppercase tracking-wider text-muted">
        Review and comments{open ? ` (${open} open)` : ''}
      </h2>
      <ol className="space-y-3" data-testid="comments">
        {comments.map((c) => (
          <li key={c.id} className={`rounded border p-3 text-sm ${c.resolvedAt ? 'border-rule text-muted' : c.kind === 'changes-requested' ? 'border-accent' : 'border-rule'}`}>
            <p className="font-semibold">
              {c.by ?? 'Someone'}
              {c.kind === 'changes-requested' ? ' requested changes' : ''} · <span className="font-normal">{formatInZone(c.createdAt, site.timeZone)}</span>
            </p>
            <p className="mt-1 whitespace-pre-wrap break-words">{c.body}</p>
            {c.resolvedAt ? (
              <p className="mt-1 text-xs">Resolved by {c.resolvedBy ?? 'someone'}.</p>
            ) : (
              <form action={resolveCommentAction} className="mt-2">
                <input type="hidden" name="commentId" value={c.id} />
                <input type="hidden" name="articleId" value={articleId} />
                <button type="submit" className="min-h-9 rounded border border-rule px-3 text-xs font-semibold">Resolve</button>
              </form>
            )}
          </li>
        ))}
      </ol>
      <CommentForm articleId={articleId} colleagues={colleagues} canRequestChanges={canRequestChanges} />
    </section>
  );
}
