import Link from 'next/link';
import { getHomePage } from '@/lib/articles';
import { site } from '@/lib/site';
import { ArticleCard } from '@/components/cards/ArticleCard';
import { publicationsHref } from '@/lib/listing-params';

export default async function HomePage() {
  const { featured, picks, latest, byType } = await getHomePage();
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <h1 className="sr-only">{site.name}</h1>
      {featured ? (
        <div className="grid gap-10 border-b border-rule pb-10 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
          <section aria-labelledby="featured-heading">
            <h2 id="featured-heading" className="mb-4 text-sm font-bold uppercase tracking-wider text-muted">
              Featured
            </h2>
            <ArticleCard card={featured} headingLevel="h3" size="large" />
          </section>
          {picks.length ? (
            <section aria-labelledby="picks-heading" className="lg:border-l lg:border-rule lg:pl-8">
              <h2 id="picks-heading" className="mb-4 text-sm font-bold uppercase tracking-wider text-muted">
                Editors’ picks
              </h2>
              <ul className="divide-y divide-rule" data-testid="picks">
                {picks.map((card) => (
                  <li key={card.id} className="py-4 first:pt-0">
                    <ArticleCard card={card} excerptLength={90} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      ) : null}

      <section aria-labelledby="latest-heading" className="mt-10">
        <div className="flex items-baseline justify-between border-b-4 border-brand pb-2">
          <h2 id="latest-heading" className="text-lg font-bold uppercase tracking-wider">
            Latest analysis
          </h2>
          <Link href="/publications" className="text-sm font-semibold text-brand underline underline-offset-2">
            All publications
          </Link>
        </div>
        <ul className="mt-6 grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-3" data-testid="latest">
          {latest.map((card) => (
            <li key={card.id}>
              <ArticleCard card={card} />
            </li>
          ))}
        </ul>
      </section>

      <div className="mt-14 grid gap-10 lg:grid-cols-3">
        {byType.map(({ type, items }) => (
          <section key={type.slug} aria-labelledby={`type-${type.slug}`}>
            <div className="flex items-baseline justify-between border-b-4 border-brand pb-2">
              <h2 id={`type-${type.slug}`} className="text-lg font-bold uppercase tracking-wider">
                {type.pluralName}
              </h2>
              <Link href={publicationsHref({ type: type.slug })} className="text-sm font-semibold text-brand underline underline-offset-2">
                More<span className="sr-only"> {type.pluralName}</span>
              </Link>
            </div>
            <ul className="divide-y divide-rule">
              {items.map((card) => (
                <li key={card.id} className="py-5">
                  <ArticleCard card={card} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
