'use client';

import { useActionState } from 'react';
import { signUp, type SignUpState } from '@/lib/actions/newsletter';
import { fieldClass, labelClass } from '@/components/forms/field-styles';
import type { FollowGroup } from '@/lib/newsletter/choices';
import { FollowCheckboxes } from './FollowCheckboxes';

type FollowOption = FollowGroup['options'][number];

/**
 * E-mail sign-up: for one thing (`follow`, on a topic's, program's or
 * expert's page) or a choice of several (`groups`, on /newsletter). A refused
 * form keeps the address and the boxes ticked.
 */
export function SignUpForm({ follow, groups, heading, returnTo }: { follow?: FollowOption; groups?: FollowGroup[]; heading: string; returnTo: string }) {
  // The page's own address is the form's action before its scripts run.
  const [state, action, pending] = useActionState<SignUpState, FormData>(signUp, { status: 'idle' }, returnTo);
  const id = follow ? `follow-${follow.value.replace(/[^a-z0-9]/g, '-')}` : 'newsletter';
  if (state.status === 'saved') {
    return <p role="status" className="rounded border border-green-700 bg-green-50 p-3 font-semibold" data-testid="signup-result">{state.message}</p>;
  }
  return (
    <form action={action} aria-labelledby={`${id}-heading`} key={JSON.stringify(state.values ?? {})} className="grid gap-3">
      <h2 id={`${id}-heading`} className="text-lg font-bold">{heading}</h2>
      {follow ? <input type="hidden" name="follow" value={follow.value} /> : null}
      {groups ? <FollowCheckboxes groups={groups} checked={new Set(state.values?.follow ?? [])} /> : null}
      {state.errors?.follow ? <p className="text-sm font-semibold text-accent">{state.errors.follow}</p> : null}
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <label htmlFor={`${id}-email`} className={labelClass}>E-mail</label>
          <input id={`${id}-email`} name="email" type="email" autoComplete="email" required defaultValue={state.values?.email ?? ''} className={fieldClass} aria-invalid={!!state.errors?.email} aria-describedby={state.errors?.email ? `${id}-email-error` : undefined} />
        </div>
        <button type="submit" disabled={pending} className="min-h-11 rounded bg-brand px-5 font-semibold text-white">Sign up</button>
      </div>
      {state.errors?.email ? <p id={`${id}-email-error`} className="text-sm font-semibold text-accent">{state.errors.email}</p> : null}
      {state.message && !state.errors?.email && !state.errors?.follow ? <p role="alert" className="font-semibold text-accent">{state.message}</p> : null}
      <p className="text-xs text-muted">One e-mail a week, only when there is something new. We keep your address and what you follow, nothing else; every e-mail has a one-click unsubscribe.</p>
    </form>
  );
}
