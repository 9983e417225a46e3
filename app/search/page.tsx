import type { Metadata } from 'next';
import Link from 'next/link';
import { searchArticles } from '@/lib/search';
import { getTaxonomy } from '@/lib/taxonomy';
import { getExpert, listSearchFilterExperts } from '@/lib/experts';
import { listPublicationYears } from '@/lib/articles';
import { parsePage, showingLabel } from '@/lib/pagination';
import { formatLongDate } from '@/lib/dates';
import { Byline } from '@/components/article/Byline';
import { Snippet } from '@/components/search/Snippet';
import { SearchSuggest } from '@/components/search/SearchSuggest';
import { SelectFilter } from '@/components/forms/SelectFilter';
import { Pagination } from '@/components/listing/Pagination';

export const metadata: Metadata = { title: 'Search', robots: { index: false, follow: true } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? '';

export default async function SearchPage({ searchParams }: Props) {
  const raw = await searchParams;
  const [taxonomy, years, chosenExpert] = await Promise.all([getTaxonomy(), listPublicationYears(), one(raw.expert) ? getExpert(one(raw.expert)) : null]);
  const q = one(raw.q).slice(0, 2000);
  const type = taxonomy.types.some((t) => t.slug === one(raw.type)) ? one(raw.type) : undefined;
  const topic = taxonomy.topics.some((t) => t.slug === one(raw.topic)) ? one(raw.topic) : undefined;
  const expert = chosenExpert?.slug;
  const experts = await listSearchFilterExperts(expert);
  const yearNum = Number(one(raw.year));
  const year = years.includes(yearNum) ? yearNum : undefined;
  const page = parsePage(raw.page);
  const results = q ? await searchArticles({ q, type, topic, expert, year, page }) : null;
  const href = (p: number) => {
    const params = new URLSearchParams({ q });
    if (type) params.set('type', type);
    if (topic) params.set('topic', topic);
    if (expert) params.set('expert', expert);
    if (year) params.set('year', String(year));
    if (p > 1) params.set('page', String(p));
    return `/search?${params}`;
  };

  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <h1 className="font-serif text-4xl font-bold">Search</h1>
      <form action="/search" method="get" role="search" aria-label="Search publications" className="mt-6 grid gap-4 rounded bg-paper p-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2 lg:col-span-4">
          <SearchSuggest defaultValue={q} />
        </div>
        <SelectFilter label="Type" name="type" value={type} allLabel="All types" options={taxonomy.types.map((t) => ({ value: t.slug, label: t.pluralName }))} />
        <SelectFilter label="Topic or region" name="topic" value={topic} allLabel="All topics" options={taxonomy.topics.map((t) => ({ value: t.slug, label: t.name }))} />
        <SelectFilter label="Expert" name="expert" value={expert} allLabel="All experts" options={experts.map((e) => ({ value: e.slug, label: e.name }))} />
        <SelectFilter label="Year" name="year" value={year ? String(year) : undefined} allLabel="All years" options={years.map((y) => ({ value: String(y), label: String(y) }))} />
        <div className="sm:col-span-2 lg:col-span-4">
          <button type="submit" className="min-h-11 rounded bg-brand px-6 font-semibold text-white hover:bg-brand-dark">Search</button>
        </div>
      </form>

      {results ? (
        <>
          <p className="mt-6 text-sm font-semibold text-muted" role="status" data-testid="showing">
            {results.info.total === 0 ? `No results for “${q}”. Try fewer or different words.` : results.approximate && results.info.from > 0
                ? `Showing ${results.info.from}–${results.info.to} of more than ${results.info.total.toLocaleString('en-US')} results for “${q}”`
                : `${showingLabel(results.info, 'results')} for “${q}”`}
          </p>
          <ol className="mt-4 divide-y divide-rule border-y border-rule" data-testid="results">
            {results.hits.map(({ card, snippet }) => (
              <li key={card.id} className="py-6">
                <p className="text-xs font-bold uppercase tracking-wider text-accent">{card.type.name}</p>
                <h2 className="mt-1 font-serif text-xl font-bold">
                  <Link href={`/publications/${card.slug}`} className="text-ink hover:text-brand hover:underline">{card.title}</Link>
                </h2>
                <div className="mt-1"><Snippet text={snippet || card.dek} /></div>
                <Byline authors={card.authors} style="card" className="mt-1 text-sm" />
                <p className="text-sm text-muted"><time dateTime={card.publishedAt}>{formatLongDate(card.publishedAt)}</time></p>
              </li>
            ))}
          </ol>
          <Pagination info={results.info} hrefFor={href} />
        </>
      ) : (
        <p className="mt-6 text-muted">Search titles, summaries, full texts, experts and topics.</p>
      )}
    </div>
  );
}
