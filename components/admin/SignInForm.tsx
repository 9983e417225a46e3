'use client';

import { useActionState } from 'react';
import { signIn, type SignInState } from '@/lib/actions/session';
import { IDLE } from '@/lib/actions/state';
import { fieldClass } from '@/components/forms/field-styles';

export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, IDLE);
  return (
    <form action={action} className="mt-8 space-y-5 rounded bg-white p-6 shadow-sm">
      <input type="hidden" name="next" value={next} />
      {state.message ? (
        <p role="alert" className="rounded border border-accent bg-red-50 p-3 text-sm font-semibold text-accent">
          {state.message}
        </p>
      ) : null}
      <label className="block text-sm font-semibold">
        E-mail
        <input name="email" type="email" autoComplete="username" required defaultValue={state.values?.email} className={fieldClass} />
      </label>
      <label className="block text-sm font-semibold">
        Password
        <input name="password" type="password" autoComplete="current-password" required className={fieldClass} />
      </label>
      <button type="submit" disabled={pending} className="min-h-11 w-full rounded bg-brand px-5 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
