'use client';

import { useActionState } from 'react';
import { commentOnArticle, type CommentState } from '@/lib/actions/articles';
import { IDLE } from '@/lib/actions/state';
import { textAreaClass } from '@/components/forms/field-styles';

/** A new staff comment; for an editor on a piece waiting for review, also "Request changes". A refused comment keeps its text. */
export function CommentForm({ articleId, colleagues, canRequestChanges }: { articleId: string; colleagues: { id: string; name: string }[]; canRequestChanges: boolean }) {
  const [state, action, pending] = useActionState<CommentState, FormData>(commentOnArticle, IDLE);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={articleId} />
      <label className="block text-sm font-semibold">
        Comment (staff only)
        <textarea
          name="body"
          rows={3}
          defaultValue={state.values?.body ?? ''}
          key={state.values?.body ?? ''}
          aria-invalid={!!state.errors?.body}
          aria-describedby={state.message ? 'comment-error' : undefined}
          className={textAreaClass}
        />
      </label>
      {colleagues.length ? (
        <details className="text-sm">
          <summary className="cursor-pointer font-semibold">Mention a colleague (they get an e-mail)</summary>
          <div className="mt-1 max-h-40 space-y-1 overflow-y-auto">
            {colleagues.map((c) => (
              <label key={c.id} className="flex items-center gap-2">
                <input type="checkbox" name="mention" value={c.id} /> {c.name}
              </label>
            ))}
          </div>
        </details>
      ) : null}
      {state.message ? <p id="comment-error" role="alert" className="text-sm font-semibold text-accent">{state.message}</p> : null}
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="intent" value="comment" disabled={pending} className="min-h-11 rounded border border-brand px-4 font-semibold text-brand">Add comment</button>
        {canRequestChanges ? (
          <button type="submit" name="intent" value="request-changes" disabled={pending} className="min-h-11 rounded border border-accent px-4 font-semibold text-accent">Request changes</button>
        ) : null}
      </div>
    </form>
  );
}
