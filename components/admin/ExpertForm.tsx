'use client';

import { useActionState } from 'react';
import { saveExpertAction, type FormState } from '@/lib/actions/people-and-topics';
import { IDLE } from '@/lib/actions/state';
import { MediaUpload } from './MediaUpload';
import { useState } from 'react';
import { fieldClass, textAreaClass } from '@/components/forms/field-styles';

type Expert = { id?: string; name: string; slug: string; sortName: string; title: string; bio: string; photoUrl: string; photoAlt: string; programId: string };

export function ExpertForm({ expert, programs }: { expert: Expert; programs: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveExpertAction, IDLE);
  const v = { ...expert, ...(state.values ?? {}) };
  const [photoUrl, setPhotoUrl] = useState(v.photoUrl);
  const err = (name: string) => (state.errors?.[name] ? <p id={`${name}-error`} className="mt-1 text-sm font-semibold text-accent">{state.errors[name]}</p> : null);
  return (
    <form action={action} className="space-y-4 rounded bg-white p-4" key={JSON.stringify(state.values ?? {})}>
      {expert.id ? <input type="hidden" name="id" value={expert.id} /> : null}
      {state.message ? <p role="alert" className="rounded border border-accent bg-red-50 p-3 font-semibold text-accent" data-testid="form-message">{state.message}</p> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <label className="text-sm font-semibold">Name<input name="name" defaultValue={v.name} className={fieldClass} aria-describedby={state.errors?.name ? 'name-error' : undefined} />{err('name')}</label>
        <label className="text-sm font-semibold">Address (slug, blank to generate)<input name="slug" defaultValue={v.slug} className={`${fieldClass} font-mono`} />{err('slug')}</label>
        <label className="text-sm font-semibold">Sort name (blank: family name first)<input name="sortName" defaultValue={v.sortName} className={fieldClass} /></label>
        <label className="text-sm font-semibold">Title / role<input name="title" defaultValue={v.title} className={fieldClass} /></label>
        <label className="text-sm font-semibold">
          Program
          <select name="programId" defaultValue={v.programId} className={fieldClass}>
            <option value="">None</option>
            {programs.map((p) => (
              <option key={p.id} value={p.id}>{p.name}</option>
            ))}
          </select>
        </label>
      </div>
      <label className="block text-sm font-semibold">Biography (Markdown)<textarea name="bio" rows={8} defaultValue={v.bio} className={textAreaClass} /></label>
      <div className="grid gap-4 sm:grid-cols-2">
        <label className="text-sm font-semibold">Photo address<input name="photoUrl" value={photoUrl} onChange={(e) => setPhotoUrl(e.target.value)} className={fieldClass} />{err('photoUrl')}</label>
        <label className="text-sm font-semibold">Photo description (alt text)<input name="photoAlt" defaultValue={v.photoAlt} className={fieldClass} aria-describedby={state.errors?.photoAlt ? 'photoAlt-error' : undefined} />{err('photoAlt')}</label>
      </div>
      <MediaUpload kind="image" label="Upload a photo" onUploaded={setPhotoUrl} />
      <button type="submit" disabled={pending} className="min-h-11 rounded bg-brand px-6 font-semibold text-white">{pending ? 'Saving…' : 'Save expert'}</button>
    </form>
  );
}
