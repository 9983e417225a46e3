'use client';

import { useActionState } from 'react';
import { confirmSignUp, type TokenState } from '@/lib/actions/newsletter';

// Confirming takes a press: mail scanners open links, they do not press buttons.
export function ConfirmButton({ token }: { token: string }) {
  const [state, action, pending] = useActionState<TokenState, FormData>(confirmSignUp, { status: 'idle' }, `/newsletter/confirm?t=${encodeURIComponent(token)}`);
  if (state.status === 'gone') return <p role="alert" className="mt-4 font-semibold text-accent">This link no longer works. Sign up again to get a new one.</p>;
  return (
    <form action={action} className="mt-6">
      <input type="hidden" name="t" value={token} />
      <button type="submit" disabled={pending} className="min-h-11 rounded bg-brand px-5 font-semibold text-white">Confirm my subscription</button>
    </form>
  );
}
