'use client';

import { useActionState } from 'react';
import { useRouter } from 'next/navigation';
import { deleteMediaAction, saveMediaDetails, type MediaFormState } from '@/lib/actions/media';
import { IDLE } from '@/lib/actions/state';
import type { MediaItem } from '@/lib/admin/media';
import { fieldClass } from '@/components/forms/field-styles';
import { FileSendField } from '../FileSendField';

const sizeLabel = (bytes: number) => (bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** One file of the library: what it is, its description, caption and credit, and delete. */
export function MediaCard({ item, canDelete }: { item: MediaItem; canDelete: boolean }) {
  const [state, save, saving] = useActionState<MediaFormState, FormData>(saveMediaDetails, IDLE);
  const [deleted, remove, removing] = useActionState<MediaFormState, FormData>(deleteMediaAction, IDLE);
  const v = state.values ?? { alt: item.alt, caption: item.caption, credit: item.credit };
  const idBase = `media-${item.id}`;
  if (deleted.status === 'saved') return <p role="status" className="rounded bg-white p-4 text-sm font-semibold">{deleted.message}</p>;
  return (
    <article className="rounded bg-white p-3 shadow-sm" aria-labelledby={`${idBase}-name`}>
      {item.kind === 'image' ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={item.url} alt={item.alt} width={item.width ?? undefined} height={item.height ?? undefined} loading="lazy" className="aspect-video w-full rounded bg-paper object-contain" />
      ) : item.kind === 'audio' ? (
        <audio controls preload="none" src={item.url} className="w-full" />
      ) : (
        <a href={item.url} className="block rounded bg-paper p-6 text-center font-semibold text-brand underline">Open the PDF</a>
      )}
      <h2 id={`${idBase}-name`} className="mt-2 break-all text-sm font-semibold">{item.fileName}</h2>
      <p className="text-xs text-muted">
        {item.kind === 'image' && item.width ? `${item.width}×${item.height} · ` : ''}{sizeLabel(item.size)} · <code className="break-all">{item.url}</code>
      </p>
      {item.kind === 'image' && !item.alt && state.status !== 'saved' ? <p className="mt-1 text-xs font-semibold text-amber-800">Needs a description before it is used</p> : null}
      <form action={save} className="mt-2 space-y-2" noValidate>
        <input type="hidden" name="id" value={item.id} />
        <label className="block text-xs font-semibold">
          Description (alt text){item.kind === 'image' ? ', required' : ''}
          <input name="alt" defaultValue={v.alt} aria-invalid={!!state.errors?.alt} aria-describedby={state.errors?.alt ? `${idBase}-alt-error` : undefined} className={fieldClass} />
        </label>
        {state.errors?.alt ? <p id={`${idBase}-alt-error`} className="text-xs font-semibold text-accent">{state.errors.alt}</p> : null}
        <label className="block text-xs font-semibold">
          Caption
          <input name="caption" defaultValue={v.caption} className={fieldClass} />
        </label>
        <label className="block text-xs font-semibold">
          Credit
          <input name="credit" defaultValue={v.credit} placeholder="Photo: …" className={fieldClass} />
        </label>
        <div className="flex flex-wrap items-center gap-2">
          <button type="submit" disabled={saving} className="min-h-11 rounded bg-brand px-4 text-sm font-semibold text-white disabled:opacity-60">{saving ? 'Saving…' : `Save details of ${item.fileName}`}</button>
          {state.message ? <span role={state.status === 'saved' ? 'status' : 'alert'} className={`text-sm font-semibold ${state.status === 'saved' ? 'text-green-800' : 'text-accent'}`}>{state.message}</span> : null}
        </div>
      </form>
      {canDelete ? <ReplaceFile item={item} /> : null}
      {canDelete ? (
        <form action={remove} className="mt-2" onSubmit={(e) => { if (!window.confirm(`Delete ${item.fileName} from the library?`)) e.preventDefault(); }}>
          <input type="hidden" name="id" value={item.id} />
          <button type="submit" disabled={removing} className="min-h-11 rounded border border-accent px-4 text-sm font-semibold text-accent">Delete {item.fileName}</button>
          {deleted.message ? <p role="alert" className="mt-1 text-sm font-semibold text-accent">{deleted.message}</p> : null}
        </form>
      ) : null}
    </article>
  );
}

/** A new version of the file, put in place of the old one in every piece and profile that uses it. */
function ReplaceFile({ item }: { item: MediaItem }) {
  const router = useRouter();
  return (
    <div className="mt-2">
      <FileSendField
        id={`replace-${item.id}`}
        label={`Replace ${item.fileName} everywhere it is used`}
        endpoint="/api/media/replace"
        fields={{ id: item.id }}
        refused="The file could not be replaced."
        unreadable="The file could not be replaced."
        offline="The file could not be replaced: check your connection."
        sent={(data) => {
          router.refresh();
          return `Replaced in ${data.pieces} ${data.pieces === 1 ? 'piece' : 'pieces'}${data.experts ? ` and ${data.experts} expert profiles` : ''}.`;
        }}
      />
    </div>
  );
}
