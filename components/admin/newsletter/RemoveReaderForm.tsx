'use client';

import { useActionState } from 'react';
import { removeReaderAction, type RemoveReaderState } from '@/lib/actions/newsletter';
import { IDLE } from '@/lib/actions/state';
import { fieldClass } from '@/components/forms/field-styles';

/** A reader asked to be forgotten: their address in, everything stored about it out. */
export function RemoveReaderForm() {
  const [state, action, pending] = useActionState<RemoveReaderState, FormData>(removeReaderAction, IDLE);
  const error = state.status === 'error' || state.status === 'invalid';
  return (
    <form action={action} className="mt-3 flex flex-wrap items-end gap-2" key={JSON.stringify(state.values ?? {})}>
      <label className="text-sm font-semibold">
        Reader’s e-mail address
        <input name="email" type="email" required autoComplete="off" defaultValue={state.values?.email ?? ''} aria-invalid={error || undefined} aria-describedby="remove-reader-message" className={`${fieldClass} w-72`} />
      </label>
      <button type="submit" disabled={pending} className="min-h-11 rounded border border-accent px-4 font-semibold text-accent hover:bg-paper">
        Remove this reader
      </button>
      <p id="remove-reader-message" role="status" className={`basis-full text-sm font-semibold ${error ? 'text-accent' : 'text-muted'}`}>
        {state.message ?? state.errors?.email ?? ''}
      </p>
    </form>
  );
}
