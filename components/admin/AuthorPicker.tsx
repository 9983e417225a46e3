'use client';

import { useState } from 'react';
import type { Option } from '@/lib/admin/options';

/** An ordered list of authors: add, remove, move up and down. Order is the byline order. */
export function AuthorPicker({ options, value, onChange, error }: { options: Option[]; value: string[]; onChange: (ids: string[]) => void; error?: string }) {
  const [adding, setAdding] = useState('');
  const label = (id: string) => options.find((o) => o.id === id)?.label ?? id;
  const move = (i: number, delta: number) => {
    const next = [...value];
    const [item] = next.splice(i, 1);
    next.splice(i + delta, 0, item);
    onChange(next);
  };
  return (
    <fieldset className="min-w-0" aria-describedby={error ? 'authorIds-error' : undefined}>
      <legend className="text-sm font-semibold">Authors, in byline order</legend>
      {value.map((id) => (
        <input key={id} type="hidden" name="authorIds" value={id} />
      ))}
      <ol className="mt-2 space-y-2" data-testid="author-list">
        {value.map((id, i) => (
          <li key={id} className="flex flex-wrap items-center gap-2 rounded border border-rule bg-white p-2">
            <span className="flex-1 font-semibold">{i + 1}. {label(id)}</span>
            <button type="button" onClick={() => move(i, -1)} disabled={i === 0} className="min-h-9 rounded border px-2 text-sm disabled:opacity-40" aria-label={`Move ${label(id)} up`}>↑</button>
            <button type="button" onClick={() => move(i, 1)} disabled={i === value.length - 1} className="min-h-9 rounded border px-2 text-sm disabled:opacity-40" aria-label={`Move ${label(id)} down`}>↓</button>
            <button type="button" onClick={() => onChange(value.filter((v) => v !== id))} className="min-h-9 rounded border border-accent px-2 text-sm text-accent" aria-label={`Remove ${label(id)}`}>Remove</button>
          </li>
        ))}
      </ol>
      <div className="mt-2 flex gap-2">
        <label className="sr-only" htmlFor="add-author">Add an author</label>
        <select id="add-author" value={adding} onChange={(e) => setAdding(e.target.value)} className="min-h-11 w-0 min-w-0 flex-1 rounded border border-muted bg-white px-2">
          <option value="">Choose an expert to add…</option>
          {options.filter((o) => !value.includes(o.id)).map((o) => (
            <option key={o.id} value={o.id}>{o.label}</option>
          ))}
        </select>
        <button
          type="button"
          onClick={() => {
            if (adding) onChange([...value, adding]);
            setAdding('');
          }}
          className="min-h-11 rounded border border-brand px-4 font-semibold text-brand"
        >
          Add author
        </button>
      </div>
      {error ? <p id="authorIds-error" className="mt-1 text-sm font-semibold text-accent">{error}</p> : null}
    </fieldset>
  );
}
