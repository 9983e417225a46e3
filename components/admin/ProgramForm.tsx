'use client';

import { useActionState } from 'react';
import { saveProgramAction, type ProgramFormState } from '@/lib/actions/programs';
import { IDLE } from '@/lib/actions/state';
import { fieldClass } from '@/components/forms/field-styles';
import { highlightFields } from '@/lib/programs/limits';
import type { ProgramForAdmin } from '@/lib/admin/programs';

/** One program's page settings; a refused save keeps every choice made. */
export function ProgramForm({ program }: { program: ProgramForAdmin }) {
  const [state, action, pending] = useActionState<ProgramFormState, FormData>(saveProgramAction, IDLE);
  const initial: Record<string, string> = {
    name: program.name,
    description: program.description,
    directorId: program.directorId ?? '',
    ...Object.fromEntries(highlightFields.map((f, i) => [f, program.highlightIds[i] ?? ''])),
  };
  const v = { ...initial, ...(state.values ?? {}) };
  const error = (f: string) => state.errors?.[f];
  const id = (f: string) => `${program.slug}-${f}`;
  return (
    <form action={action} className="grid gap-3" key={JSON.stringify(state.values ?? {})} aria-label={`Program: ${program.name}`}>
      <input type="hidden" name="id" value={program.id} />
      <label className="text-sm font-semibold" htmlFor={id('name')}>Name</label>
      <input id={id('name')} name="name" defaultValue={v.name} className={fieldClass} aria-invalid={!!error('name')} />
      <label className="text-sm font-semibold" htmlFor={id('description')}>Description</label>
      <textarea id={id('description')} name="description" defaultValue={v.description} rows={3} className={fieldClass} />
      <label className="text-sm font-semibold" htmlFor={id('directorId')}>Director</label>
      <select id={id('directorId')} name="directorId" defaultValue={v.directorId} className={fieldClass} aria-invalid={!!error('directorId')} aria-describedby={error('directorId') ? id('directorId-error') : undefined}>
        <option value="">No director shown</option>
        {program.team.map((m) => (
          <option key={m.id} value={m.id}>{m.label}</option>
        ))}
      </select>
      {error('directorId') ? <p id={id('directorId-error')} className="text-sm font-semibold text-accent">{error('directorId')}</p> : null}
      <fieldset className="grid gap-2">
        <legend className="text-sm font-semibold">Highlights, in the order shown</legend>
        {highlightFields.map((f, i) => (
          <label key={f} className="text-xs font-semibold">
            Highlight {i + 1}
            <select name={f} defaultValue={v[f]} className={fieldClass}>
              <option value="">None</option>
              {program.candidates.map((c) => (
                <option key={c.id} value={c.id}>{c.label}</option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="min-h-11 rounded bg-brand px-4 font-semibold text-white">Save program</button>
        {state.message ? <p role="alert" className="font-semibold text-accent">{state.message}</p> : null}
      </div>
    </form>
  );
}
