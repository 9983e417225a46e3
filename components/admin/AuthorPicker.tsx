'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { Option } from '@/lib/admin/options';
import { createExpertInline } from '@/lib/actions/people-and-topics';

type Props = {
  /** Names of the authors already on the piece (the rest are asked of the server). */
  known: Option[];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
  canCreate: boolean;
  /** The form's input name and what one person in the list is called (the byline's authors, an episode's guests). */
  name?: 'authorIds' | 'guestIds';
  noun?: 'author' | 'guest';
  legend?: string;
};

/**
 * The byline: an ordered list of experts. Adding is a combobox that asks the
 * server as one types (WAI-ARIA combobox pattern), so the page never ships
 * every expert; order by dragging or with the Move buttons.
 */
export function AuthorPicker({ known, value, onChange, error, canCreate, name = 'authorIds', noun = 'author', legend = 'Authors, in byline order' }: Props) {
  const [labels, setLabels] = useState(() => new Map(known.map((o) => [o.id, o.label])));
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Option[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [message, setMessage] = useState<string | null>(null);
  const [creating, setCreating] = useState<{ name: string; title: string } | null>(null);
  const [dragged, setDragged] = useState<number | null>(null);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const label = (id: string) => labels.get(id) ?? 'Unknown expert';
  const learn = (options: Option[]) => setLabels((m) => new Map([...m, ...options.map((o) => [o.id, o.label] as const)]));

  // Authors restored from a saved copy may not be named yet.
  useEffect(() => {
    const missing = value.filter((id) => !labels.has(id));
    if (!missing.length) return;
    fetch(`/api/admin/authors?ids=${missing.map(encodeURIComponent).join(',')}`)
      .then((r) => (r.ok ? r.json() : []))
      .then(learn)
      .catch(() => {});
  }, [value, labels]);

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setResults([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/admin/authors?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        const found: Option[] = res.ok ? await res.json() : [];
        learn(found);
        setResults(found.filter((o) => !value.includes(o.id)));
        setActive(-1);
        setOpen(true);
      } catch {
        // A newer keystroke took over, or the network is down: the list stays as it was.
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, value]);

  const add = (option: Option) => {
    learn([option]);
    onChange([...value, option.id]);
    setQuery('');
    setResults([]);
    setOpen(false);
    setMessage(`${option.label} added as ${noun} ${value.length + 1}.`);
    inputRef.current?.focus();
  };
  const move = (from: number, to: number) => {
    if (to < 0 || to >= value.length || from === to) return;
    const next = [...value];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item);
    onChange(next);
    setMessage(`${label(item)} is now ${noun} ${to + 1}.`);
  };
  const createOffered = canCreate && query.trim().length >= 2;
  const optionCount = results.length + (createOffered ? 1 : 0);

  return (
    <fieldset className="min-w-0" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="text-sm font-semibold">{legend}</legend>
      {value.map((id) => (
        <input key={id} type="hidden" name={name} value={id} />
      ))}
      <ol className="mt-2 space-y-2" data-testid={`${noun}-list`}>
        {value.map((id, i) => (
          <li
            key={id}
            draggable
            onDragStart={() => setDragged(i)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={() => { if (dragged !== null) move(dragged, i); setDragged(null); }}
            className="flex flex-wrap items-center gap-2 rounded border border-rule bg-white p-2"
          >
            <span aria-hidden="true" className="cursor-grab select-none text-muted" title="Drag to reorder">⠿</span>
            <span className="min-w-0 flex-1 font-semibold">{i + 1}. {label(id)}</span>
            <button type="button" onClick={() => move(i, i - 1)} disabled={i === 0} className="min-h-9 rounded border px-2 text-sm disabled:opacity-40" aria-label={`Move ${label(id)} up`}>↑</button>
            <button type="button" onClick={() => move(i, i + 1)} disabled={i === value.length - 1} className="min-h-9 rounded border px-2 text-sm disabled:opacity-40" aria-label={`Move ${label(id)} down`}>↓</button>
            <button type="button" onClick={() => { onChange(value.filter((v) => v !== id)); setMessage(`${label(id)} removed.`); }} className="min-h-9 rounded border border-accent px-2 text-sm text-accent" aria-label={`Remove ${label(id)}`}>Remove</button>
          </li>
        ))}
      </ol>
      <div className="relative mt-2">
        <label htmlFor={`add-${noun}`} className="text-sm">Add {noun === 'author' ? 'an author' : 'a guest'}</label>
        <input
          ref={inputRef}
          id={`add-${noun}`}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open && optionCount > 0}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
          autoComplete="off"
          value={query}
          placeholder="Type a name…"
          onChange={(e) => { setQuery(e.target.value); setCreating(null); }}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') { e.preventDefault(); setOpen(true); setActive((a) => Math.min(optionCount - 1, a + 1)); }
            else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(0, a - 1)); }
            else if (e.key === 'Escape') { setOpen(false); }
            else if (e.key === 'Enter' && open && active >= 0) {
              e.preventDefault();
              if (active < results.length) add(results[active]);
              else setCreating({ name: query.trim(), title: '' });
            }
          }}
          className="mt-1 block min-h-11 w-full min-w-0 rounded border border-muted bg-white px-2"
        />
        {open && optionCount > 0 ? (
          <ul id={listId} role="listbox" aria-label="Experts" className="absolute z-10 mt-1 max-h-72 w-full overflow-auto rounded border border-muted bg-white shadow">
            {results.map((o, i) => (
              <li key={o.id} id={`${listId}-${i}`} role="option" aria-selected={i === active} onMouseDown={(e) => e.preventDefault()} onClick={() => add(o)} className={`cursor-pointer px-3 py-2 ${i === active ? 'bg-brand text-white' : ''}`}>
                {o.label}
              </li>
            ))}
            {createOffered ? (
              <li id={`${listId}-${results.length}`} role="option" aria-selected={active === results.length} onMouseDown={(e) => e.preventDefault()} onClick={() => setCreating({ name: query.trim(), title: '' })} className={`cursor-pointer border-t border-rule px-3 py-2 font-semibold ${active === results.length ? 'bg-brand text-white' : 'text-brand'}`}>
                Create expert “{query.trim()}”…
              </li>
            ) : null}
          </ul>
        ) : null}
      </div>
      {creating ? (
        <div className="mt-2 space-y-2 rounded border border-brand bg-white p-3" role="group" aria-label="New expert">
          <label className="block text-sm font-semibold">
            Name
            <input value={creating.name} onChange={(e) => setCreating({ ...creating, name: e.target.value })} className="mt-1 block min-h-11 w-full rounded border border-muted px-2 font-normal" />
          </label>
          <label className="block text-sm font-semibold">
            Title (optional)
            <input value={creating.title} onChange={(e) => setCreating({ ...creating, title: e.target.value })} placeholder="Senior Fellow, Defense Program" className="mt-1 block min-h-11 w-full rounded border border-muted px-2 font-normal" />
          </label>
          <div className="flex gap-2">
            <button
              type="button"
              className="min-h-11 rounded bg-brand px-4 font-semibold text-white"
              onClick={async () => {
                const result = await createExpertInline(creating);
                if (!result.ok) { setMessage(result.message); return; }
                setCreating(null);
                add(result.option);
                setMessage(`${result.option.label} created and added as ${noun === 'author' ? 'an author' : 'a guest'}. Add a bio on the Experts page later.`);
              }}
            >
              Create and add
            </button>
            <button type="button" className="min-h-11 rounded border border-brand px-4 font-semibold text-brand" onClick={() => setCreating(null)}>Cancel</button>
          </div>
        </div>
      ) : null}
      <p role="status" className="mt-1 text-sm text-muted">{message}</p>
      {error ? <p id={`${name}-error`} className="mt-1 text-sm font-semibold text-accent">{error}</p> : null}
    </fieldset>
  );
}
