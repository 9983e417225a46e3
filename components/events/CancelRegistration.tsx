'use client';

import { useActionState } from 'react';
import { cancelEventRegistration, type CancelState } from '@/lib/actions/events';

export function CancelRegistration({ token }: { token: string }) {
  const [state, action, pending] = useActionState<CancelState, FormData>(cancelEventRegistration, { status: 'idle' }, `/events/cancel?token=${encodeURIComponent(token)}`);
  if (state.status !== 'idle') {
    return <p role="status" className="mt-4 font-semibold">{state.status === 'done' ? 'Your registration is cancelled. Thank you for letting us know.' : 'This registration was already cancelled.'}</p>;
  }
  return (
    <form action={action} className="mt-4">
      <input type="hidden" name="token" value={token} />
      <button type="submit" disabled={pending} className="min-h-11 rounded bg-accent px-5 font-semibold text-white">Cancel my registration</button>
    </form>
  );
}
