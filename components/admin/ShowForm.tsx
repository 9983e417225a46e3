'use client';

import { useActionState } from 'react';
import { deleteShowAction, saveShowAction, type ShowFormState } from '@/lib/actions/podcasts';
import { IDLE } from '@/lib/actions/state';
import { fieldClass, textAreaClass } from '@/components/forms/field-styles';
import { PODCAST_CATEGORIES } from '@/lib/podcasts/categories';
import type { ShowForAdmin } from '@/lib/admin/podcasts';
import { MediaUpload } from './MediaUpload';

/** One show's settings, or a new show's (no `show`); a refused save keeps every choice made. */
export function ShowForm({ show }: { show?: ShowForAdmin }) {
  const [state, action, pending] = useActionState<ShowFormState, FormData>(saveShowAction, IDLE);
  const [deleteState, deleteAction, deleting] = useActionState<ShowFormState, FormData>(deleteShowAction, IDLE);
  const initial: Record<string, string> = {
    name: show?.name ?? '',
    slug: show?.slug ?? '',
    description: show?.description ?? '',
    imageUrl: show?.imageUrl ?? '',
    imageAlt: show?.imageAlt ?? '',
    category: show?.category ?? 'News > Politics',
    ownerEmail: show?.ownerEmail ?? '',
    explicit: show?.explicit ? 'on' : '',
  };
  const v = { ...initial, ...(state.values ?? {}) };
  const error = (f: string) => state.errors?.[f];
  const prefix = show?.slug ?? 'new-show';
  const id = (f: string) => `${prefix}-${f}`;
  const described = (f: string) => (error(f) ? id(`${f}-error`) : undefined);
  const message = (f: string) => (error(f) ? <p id={id(`${f}-error`)} className="text-sm font-semibold text-accent">{error(f)}</p> : null);
  return (
    <div className="grid gap-3">
      <form action={action} className="grid gap-3" key={JSON.stringify(state.values ?? {})} aria-label={show ? `Show: ${show.name}` : 'New show'}>
        {show ? <input type="hidden" name="id" value={show.id} /> : null}
        <label className="text-sm font-semibold" htmlFor={id('name')}>Name</label>
        <input id={id('name')} name="name" defaultValue={v.name} className={fieldClass} aria-invalid={!!error('name')} aria-describedby={described('name')} />
        {message('name')}
        <label className="text-sm font-semibold" htmlFor={id('slug')}>Address (slug; blank: made from the name)</label>
        <input id={id('slug')} name="slug" defaultValue={v.slug} className={`${fieldClass} font-mono`} aria-invalid={!!error('slug')} aria-describedby={described('slug')} />
        {message('slug')}
        <label className="text-sm font-semibold" htmlFor={id('description')}>Description (shown in podcast apps)</label>
        <textarea id={id('description')} name="description" defaultValue={v.description} rows={3} className={textAreaClass} aria-invalid={!!error('description')} aria-describedby={described('description')} />
        {message('description')}
        <label className="text-sm font-semibold" htmlFor={id('imageUrl')}>Artwork address (square, 1400 to 3000 pixels, from the media library)</label>
        <input id={id('imageUrl')} name="imageUrl" defaultValue={v.imageUrl} className={fieldClass} placeholder="/media/…" aria-invalid={!!error('imageUrl')} aria-describedby={described('imageUrl')} />
        {message('imageUrl')}
        <MediaUpload
          kind="image"
          id={id('upload-artwork')}
          label="Upload artwork"
          onUploaded={(url) => {
            const input = document.getElementById(id('imageUrl')) as HTMLInputElement | null;
            if (input) input.value = url;
          }}
        />
        <label className="text-sm font-semibold" htmlFor={id('imageAlt')}>Artwork description (alt text)</label>
        <input id={id('imageAlt')} name="imageAlt" defaultValue={v.imageAlt} className={fieldClass} aria-invalid={!!error('imageAlt')} aria-describedby={described('imageAlt')} />
        {message('imageAlt')}
        <label className="text-sm font-semibold" htmlFor={id('category')}>Category (Apple Podcasts)</label>
        <select id={id('category')} name="category" defaultValue={v.category} className={fieldClass} aria-invalid={!!error('category')} aria-describedby={described('category')}>
          {PODCAST_CATEGORIES.map((c) => (
            <option key={c} value={c}>{c}</option>
          ))}
        </select>
        {message('category')}
        <label className="text-sm font-semibold" htmlFor={id('ownerEmail')}>Owner e-mail (podcast directories write here to confirm the show is yours; it is public in the feed)</label>
        <input id={id('ownerEmail')} name="ownerEmail" type="email" defaultValue={v.ownerEmail} className={fieldClass} aria-invalid={!!error('ownerEmail')} aria-describedby={described('ownerEmail')} />
        {message('ownerEmail')}
        <label className="flex items-center gap-2 text-sm font-semibold">
          <input type="checkbox" name="explicit" defaultChecked={v.explicit === 'on'} />
          The show as a whole is explicit
        </label>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" disabled={pending} className="min-h-11 rounded bg-brand px-4 font-semibold text-white">{show ? 'Save show' : 'Create show'}</button>
          {state.message ? <p role="alert" className="font-semibold text-accent">{state.message}</p> : null}
        </div>
      </form>
      {show ? (
        <form action={deleteAction} className="flex flex-wrap items-center gap-3">
          <input type="hidden" name="id" value={show.id} />
          <button type="submit" disabled={deleting} className="min-h-11 rounded border border-accent px-4 font-semibold text-accent">Delete show</button>
          {deleteState.message ? <p role="alert" className="font-semibold text-accent">{deleteState.message}</p> : null}
        </form>
      ) : null}
    </div>
  );
}
