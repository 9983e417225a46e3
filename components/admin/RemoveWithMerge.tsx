'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/actions/people-and-topics';
import { IDLE } from '@/lib/actions/state';
import { fieldClass } from '@/components/forms/field-styles';

type Props = {
  id: string;
  noun: string;
  pieces: number;
  others: { id: string; label: string }[];
  action: (prev: FormState, form: FormData) => Promise<FormState>;
};

/** Deleting something that pieces use means choosing who or what takes its place. */
export function RemoveWithMerge({ id, noun, pieces, others, action }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, IDLE);
  return (
    <form action={formAction} className="space-y-2 rounded border border-accent bg-white p-4">
      <input type="hidden" name="id" value={id} />
      <p className="text-sm">
        {pieces
          ? `${pieces} piece(s) use this ${noun}. Removing it moves them to the ${noun} you choose, so nothing loses its ${noun === 'expert' ? 'byline' : 'tag'}.`
          : `No piece uses this ${noun}; it can be removed.`}
      </p>
      {state.message ? <p role="alert" className="font-semibold text-accent">{state.message}</p> : null}
      {pieces ? (
        <label className="block text-sm font-semibold">
          Merge into
          <select name="mergeInto" required className={fieldClass}>
            <option value="">Choose…</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>{o.label}</option>
            ))}
          </select>
        </label>
      ) : null}
      <button type="submit" disabled={pending} className="min-h-11 rounded border border-accent px-4 font-semibold text-accent">
        {pieces ? `Merge and remove this ${noun}` : `Remove this ${noun}`}
      </button>
    </form>
  );
}
