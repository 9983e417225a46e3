'use client';

import { useActionState } from 'react';
import { saveFollows, unsubscribeAll, type TokenState } from '@/lib/actions/newsletter';
import type { FollowGroup } from '@/lib/newsletter/choices';
import { FollowCheckboxes } from './FollowCheckboxes';

/** What a reader follows, as ticked boxes they can change, and the way out. */
export function ManageFollows({ token, groups, current }: { token: string; groups: FollowGroup[]; current: string[] }) {
  const here = `/newsletter/manage?t=${encodeURIComponent(token)}`;
  const [saved, save, saving] = useActionState<TokenState, FormData>(saveFollows, { status: 'idle' }, here);
  const [left, leave, leaving] = useActionState<TokenState, FormData>(unsubscribeAll, { status: 'idle' }, here);
  if (left.status !== 'idle' || saved.status === 'unsubscribed' || saved.status === 'gone') {
    return <p role="status" className="mt-6 rounded border border-green-700 bg-green-50 p-3 font-semibold" data-testid="unsubscribed">You are unsubscribed, and we have deleted your address. You will get no more e-mail from us.</p>;
  }
  return (
    <>
      <form action={save} className="mt-6 grid gap-4" aria-label="What you follow">
        <input type="hidden" name="t" value={token} />
        <FollowCheckboxes groups={groups} checked={new Set(current)} />
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" disabled={saving} className="min-h-11 rounded bg-brand px-5 font-semibold text-white">Save my choices</button>
          {saved.message ? <p role="status" className="font-semibold">{saved.message}</p> : null}
        </div>
        <p className="text-xs text-muted">Ticking nothing and saving unsubscribes you.</p>
      </form>
      <form action={leave} className="mt-8 border-t border-muted pt-6">
        <input type="hidden" name="t" value={token} />
        <button type="submit" disabled={leaving} className="min-h-11 rounded bg-accent px-5 font-semibold text-white">Unsubscribe from everything</button>
      </form>
    </>
  );
}
