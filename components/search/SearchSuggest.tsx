'use client';

import { useEffect, useId, useState } from 'react';
import type { Suggestion } from '@/lib/suggest';
import { fieldClass } from '@/components/forms/field-styles';

/**
 * The search box. Without JavaScript it is a plain text field in a GET form;
 * with it, experts and topics matching what is typed are offered as links
 * (debounced, 200 ms).
 */
export function SearchSuggest({ defaultValue = '' }: { defaultValue?: string }) {
  const [value, setValue] = useState(defaultValue);
  const [items, setItems] = useState<Suggestion[]>([]);
  const listId = useId();
  useEffect(() => {
    if (value.trim().length < 2) {
      setItems([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/suggest?q=${encodeURIComponent(value)}`, { signal: controller.signal });
        if (res.ok) setItems(await res.json());
      } catch {
        /* typing on: the previous request was cancelled */
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [value]);
  return (
    <div>
      <label htmlFor={`${listId}-q`} className="text-sm font-semibold">Search for</label>
      <input
        id={`${listId}-q`}
        name="q"
        type="search"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        maxLength={2000}
        autoComplete="off"
        aria-describedby={items.length ? `${listId}-list` : undefined}
        className={fieldClass}
      />
      {items.length ? (
        <ul id={`${listId}-list`} aria-label="Experts and topics" className="mt-2 flex flex-wrap gap-2" data-testid="suggestions">
          {items.map((s) => (
            <li key={s.href}>
              <a href={s.href} className="inline-flex min-h-9 items-center gap-1 rounded-full border border-brand bg-white px-3 text-sm font-semibold text-brand hover:bg-brand hover:text-white">
                <span className="text-xs uppercase text-muted">{s.kind}</span> {s.label}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
