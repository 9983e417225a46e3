'use client';

import { useActionState } from 'react';
import { registerForEvent, type RegistrationState } from '@/lib/actions/events';
import { fieldClass } from '@/components/forms/field-styles';

/** Signing up: a place, or the waiting list when it is full; a refused form keeps what was typed. */
export function RegistrationForm({ slug, waitlist, keepDays }: { slug: string; waitlist: boolean; keepDays: number }) {
  // The permalink is the form's address before the page's scripts run (and what HTML requires: a non-empty action).
  const [state, action, pending] = useActionState<RegistrationState, FormData>(registerForEvent, { status: 'idle' }, `/publications/${slug}`);
  if (state.status === 'saved') {
    return (
      <p role="status" className="mt-3 rounded border border-green-700 bg-green-50 p-3 font-semibold" data-testid="registration-result">
        {state.outcome === 'confirmed'
          ? state.again
            ? 'You already have a place at this event.'
            : 'Your place is confirmed. We have sent the details and a calendar file to your e-mail.'
          : state.again
            ? 'You are already on the waiting list.'
            : 'The event is full: you are on the waiting list. We will write if a place becomes free.'}
      </p>
    );
  }
  const v = state.values ?? {};
  const error = (f: string) => state.errors?.[f];
  const field = (name: string, label: string, type = 'text', autoComplete?: string) => (
    <div>
      <label htmlFor={`register-${name}`} className="text-sm font-semibold">{label}</label>
      <input id={`register-${name}`} name={name} type={type} autoComplete={autoComplete} defaultValue={v[name] ?? ''} className={fieldClass} aria-invalid={!!error(name)} aria-describedby={error(name) ? `register-${name}-error` : undefined} />
      {error(name) ? <p id={`register-${name}-error`} className="mt-1 text-sm font-semibold text-accent">{error(name)}</p> : null}
    </div>
  );
  return (
    <form action={action} className="mt-3 grid gap-3 sm:grid-cols-2" aria-label="Register for this event" key={JSON.stringify(v)}>
      <input type="hidden" name="slug" value={slug} />
      {field('name', 'Name', 'text', 'name')}
      {field('email', 'E-mail', 'email', 'email')}
      {field('organization', 'Organization (optional)', 'text', 'organization')}
      <div className="flex flex-wrap items-end gap-3 sm:col-span-2">
        <button type="submit" disabled={pending} className="min-h-11 rounded bg-brand px-5 font-semibold text-white">
          {waitlist ? 'Join the waiting list' : 'Register'}
        </button>
        {state.message ? <p role="alert" className="font-semibold text-accent">{state.message}</p> : null}
      </div>
      <p className="text-xs text-muted sm:col-span-2">We use your name, e-mail and organization for this event only: to confirm your place and to tell you of changes. They are deleted {keepDays} days after the event.</p>
    </form>
  );
}
