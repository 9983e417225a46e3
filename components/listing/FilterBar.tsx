import Link from 'next/link';
import type { Taxonomy } from '@/lib/taxonomy';
import { SelectFilter } from '@/components/forms/SelectFilter';

type Selected = { type?: string; topic?: string; area?: string; year?: number };

// A plain GET form: filters live in the URL and work without JavaScript.
export function FilterBar({ taxonomy, years, selected }: { taxonomy: Taxonomy; years: number[]; selected: Selected }) {
  return (
    <form action="/publications" method="get" className="no-print grid gap-4 rounded bg-paper p-4 sm:grid-cols-2 lg:grid-cols-5" role="search" aria-label="Filter publications">
      <SelectFilter label="Type" name="type" value={selected.type} allLabel="All types" options={taxonomy.types.map((t) => ({ value: t.slug, label: t.pluralName }))} />
      <SelectFilter label="Topic or region" name="topic" value={selected.topic} allLabel="All topics and regions" options={taxonomy.topics.map((t) => ({ value: t.slug, label: t.name }))} />
      <SelectFilter label="Research area" name="area" value={selected.area} allLabel="All research areas" options={taxonomy.programs.map((p) => ({ value: p.slug, label: p.name }))} />
      <SelectFilter label="Year" name="year" value={selected.year ? String(selected.year) : undefined} allLabel="All years" options={years.map((y) => ({ value: String(y), label: String(y) }))} />
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
