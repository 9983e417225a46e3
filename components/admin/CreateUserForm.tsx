'use client';

import { useActionState } from 'react';
import { createUser, type CreateUserState } from '@/lib/actions/users';
import { IDLE } from '@/lib/actions/state';
import { fieldClass } from '@/components/forms/field-styles';
import { choices, ROLE_LABELS } from '@/lib/labels';


export function CreateUserForm() {
  const [state, action, pending] = useActionState<CreateUserState, FormData>(createUser, IDLE);
  return (
    <form action={action} className="grid gap-3 rounded bg-white p-4 sm:grid-cols-2 lg:grid-cols-5">
      {state.message ? <p role="alert" className="font-semibold text-accent sm:col-span-2 lg:col-span-5">{state.message}</p> : null}
      <label className="text-sm font-semibold">Name<input name="name" defaultValue={state.values?.name} className={fieldClass} /></label>
      <label className="text-sm font-semibold">E-mail<input name="email" type="email" defaultValue={state.values?.email} className={fieldClass} /></label>
      <label className="text-sm font-semibold">
        Role
        <select name="role" defaultValue={state.values?.role ?? 'CONTRIBUTOR'} className={fieldClass}>
          {choices(ROLE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </select>
      </label>
      <label className="text-sm font-semibold">Temporary password<input name="password" type="password" autoComplete="new-password" className={fieldClass} /></label>
      <div className="flex items-end">
        <button type="submit" disabled={pending} className="min-h-11 rounded bg-brand px-5 font-semibold text-white">Create account</button>
      </div>
    </form>
  );
}
