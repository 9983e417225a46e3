'use client';

import { useEffect, useState } from 'react';
import type { MediaItem } from '@/lib/admin/media';

type Props = {
  onInsert: (markdown: string) => void;
  onFeature: (url: string, alt: string) => void;
};

const escapeTitle = (s: string) => s.replace(/"/g, '”');
const escapeAlt = (s: string) => s.replace(/[[\]]/g, '');

/** Pictures from the media library, into the text (with caption and credit) or as the featured image. */
export function LibraryPicker({ onInsert, onFeature }: Props) {
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const [items, setItems] = useState<MediaItem[] | null>(null);
  const [chosen, setChosen] = useState<MediaItem | null>(null);
  const [alt, setAlt] = useState('');
  const [caption, setCaption] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/admin/media?q=${encodeURIComponent(q)}`, { signal: controller.signal })
        .then((r) => (r.ok ? r.json() : []))
        .then(setItems)
        .catch(() => {});
    }, 150);
    return () => { clearTimeout(timer); controller.abort(); };
  }, [open, q]);

  const choose = (item: MediaItem) => {
    setChosen(item);
    setAlt(item.alt);
    setCaption([item.caption, item.credit].filter(Boolean).join(' '));
    setError(null);
  };
  const needAlt = () => {
    if (alt.trim()) return false;
    setError('Describe the picture for readers who cannot see it.');
    return true;
  };

  if (!open) {
    return <button type="button" onClick={() => setOpen(true)} className="min-h-11 rounded border border-brand px-4 text-sm font-semibold text-brand">Insert a picture from the library</button>;
  }
  return (
    <section aria-labelledby="library-heading" className="rounded border border-brand bg-white p-3 sm:col-span-2">
      <div className="flex items-center justify-between gap-2">
        <h2 id="library-heading" className="text-sm font-semibold">Pictures in the library</h2>
        <button type="button" onClick={() => { setOpen(false); setChosen(null); }} className="min-h-9 rounded border px-3 text-sm">Close the library</button>
      </div>
      <label className="mt-2 block text-sm">
        Search pictures
        <input value={q} onChange={(e) => setQ(e.target.value)} className="mt-1 block min-h-11 w-full rounded border border-muted px-2" />
      </label>
      {items && items.length === 0 ? <p className="mt-2 text-sm text-muted">No pictures match. Upload them on the Media page.</p> : null}
      <ul className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
        {(items ?? []).map((item) => (
          <li key={item.id}>
            <button type="button" aria-pressed={chosen?.id === item.id} onClick={() => choose(item)} className="block w-full rounded border border-rule p-1 text-left text-xs aria-pressed:ring-2 aria-pressed:ring-brand">
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={item.url} alt="" width={item.width ?? undefined} height={item.height ?? undefined} loading="lazy" className="aspect-video w-full bg-paper object-contain" />
              <span className="mt-1 block break-all">{item.fileName}</span>
            </button>
          </li>
        ))}
      </ul>
      {chosen ? (
        <div className="mt-3 grid gap-2 sm:grid-cols-2">
          <label className="text-sm font-semibold">
            Description (alt text), required
            <input value={alt} onChange={(e) => { setAlt(e.target.value); setError(null); }} aria-invalid={!!error} aria-describedby={error ? 'library-alt-error' : undefined} className="mt-1 block min-h-11 w-full rounded border border-muted px-2 font-normal" />
          </label>
          <label className="text-sm font-semibold">
            Caption and credit (shown under the picture)
            <input value={caption} onChange={(e) => setCaption(e.target.value)} className="mt-1 block min-h-11 w-full rounded border border-muted px-2 font-normal" />
          </label>
          {error ? <p id="library-alt-error" role="alert" className="text-sm font-semibold text-accent sm:col-span-2">{error}</p> : null}
          <div className="flex flex-wrap gap-2 sm:col-span-2">
            <button type="button" className="min-h-11 rounded bg-brand px-4 text-sm font-semibold text-white" onClick={() => {
              if (needAlt()) return;
              onInsert(`![${escapeAlt(alt.trim())}](${chosen.url}${caption.trim() ? ` "${escapeTitle(caption.trim())}"` : ''})`);
              setChosen(null);
            }}>Insert in the text</button>
            <button type="button" className="min-h-11 rounded border border-brand px-4 text-sm font-semibold text-brand" onClick={() => {
              if (needAlt()) return;
              onFeature(chosen.url, alt.trim());
              setChosen(null);
            }}>Use as the featured image</button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
