import Link from 'next/link';
import { getHomePage } from '@/lib/articles';
import { site } from '@/lib/site';
import { ArticleCard } from '@/components/cards/ArticleCard';
import { publicationsHref } from '@/lib/listing-params';

export default async function HomePage() {
  const { featured, latest, byType } = await getHomePage();
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <h1 className="sr-only">{site.name}</h1>
      {featured ? (
        <section aria-labelledby="featured-heading" className="border-b border-rule pb-10">
          <h2 id="featured-heading" className="mb-4 text-sm font-bold uppercase tracking-wider text-muted">
            Featured
          </h2>
          <ArticleCard card={featured} headingLevel="h3" size="large" />
        </section>
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
