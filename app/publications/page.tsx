import type { Metadata } from 'next';
import { listPublicArticles, listPublicationYears } from '@/lib/articles';
import { getTaxonomy } from '@/lib/taxonomy';
import { parsePublicationFilters, publicationsHref } from '@/lib/listing-params';
import { showingLabel } from '@/lib/pagination';
import { FilterBar } from '@/components/listing/FilterBar';
import { ArticleList } from '@/components/listing/ArticleList';
import { Pagination } from '@/components/listing/Pagination';
import { feedAlternate } from '@/lib/feeds';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const type = (await searchParams).type;
  const known = typeof type === 'string' ? (await getTaxonomy()).types.find((t) => t.slug === type) : undefined;
  return {
    title: known ? known.pluralName : 'Publications',
    alternates: {
      canonical: known ? `/publications?type=${known.slug}` : '/publications',
      ...(known ? { types: feedAlternate({ kind: 'type', slug: known.slug }, known.pluralName) } : {}),
    },
  };
}

export default async function PublicationsPage({ searchParams }: Props) {
  const [taxonomy, years, raw] = await Promise.all([getTaxonomy(), listPublicationYears(), searchParams]);
  const filters = parsePublicationFilters(raw, taxonomy, years);
  const { items, info } = await listPublicArticles(filters);
  const type = taxonomy.types.find((t) => t.slug === filters.type);
  const heading = type ? type.pluralName : 'Publications';

  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <h1 className="font-serif text-4xl font-bold">{heading}</h1>
      <div className="mt-6">
        <FilterBar taxonomy={taxonomy} years={years} selected={filters} />
      </div>
      <p className="mt-6 text-sm font-semibold text-muted" role="status" data-testid="showing">
        {showingLabel(info, 'Publications')}
      </p>
      {items.length ? (
        <div className="mt-4">
          <ArticleList items={items} />
        </div>
      ) : (
        <p className="mt-6 text-lg">No publications match these filters. Try removing one.</p>
      )}
      <Pagination info={info} hrefFor={(page) => publicationsHref({ ...filters, page })} />
    </div>
  );
}
