import Link from 'next/link';
import type { Taxonomy } from '@/lib/taxonomy';

type Selected = { type?: string; topic?: string; area?: string; year?: number };

// A plain GET form: filters live in the URL and work without JavaScript.
export function FilterBar({ taxonomy, years, selected }: { taxonomy: Taxonomy; years: number[]; selected: Selected }) {
  const selectClass = 'mt-1 block min-h-11 w-full rounded border border-muted bg-white px-2 text-base';
  return (
    <form action="/publications" method="get" className="no-print grid gap-4 rounded bg-paper p-4 sm:grid-cols-2 lg:grid-cols-5" role="search" aria-label="Filter publications">
      <label className="text-sm font-semibold">
        Type
        <select name="type" defaultValue={selected.type ?? ''} className={selectClass}>
          <option value="">All types</option>
          {taxonomy.types.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.pluralName}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-semibold">
        Topic or region
        <select name="topic" defaultValue={selected.topic ?? ''} className={selectClass}>
          <option value="">All topics and regions</option>
          {taxonomy.topics.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-semibold">
        Research area
        <select name="area" defaultValue={selected.area ?? ''} className={selectClass}>
          <option value="">All research areas</option>
          {taxonomy.programs.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-semibold">
        Year
        <select name="year" defaultValue={selected.year ? String(selected.year) : ''} className={selectClass}>
          <option value="">All years</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <div className="flex items-end gap-3">
        <button type="submit" className="min-h-11 rounded bg-brand px-5 font-semibold text-white hover:bg-brand-dark">
          Apply filters
        </button>
        <Link href="/publications" className="inline-flex min-h-11 items-center text-sm font-semibold text-brand underline">
          Clear
        </Link>
      </div>
    </form>
  );
}
