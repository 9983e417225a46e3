import type { Metadata } from 'next';
import { FollowBox } from '@/components/newsletter/FollowBox';
import { notFound } from 'next/navigation';
import { getExpert } from '@/lib/experts';
import { listPublicArticles } from '@/lib/articles';
import { parsePage, showingLabel } from '@/lib/pagination';
import { renderMarkdown } from '@/lib/markdown';
import { excerpt, stripMarkdown } from '@/lib/text';
import { publicationsHref } from '@/lib/listing-params';
import { ExpertPhoto } from '@/components/experts/ExpertPhoto';
import { ArticleList } from '@/components/listing/ArticleList';
import { Pagination } from '@/components/listing/Pagination';
import { JsonLd } from '@/components/layout/JsonLd';
import { personJsonLd } from '@/lib/structured-data';
import { feedAlternate } from '@/lib/feeds';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const expert = await getExpert((await params).slug);
  if (!expert) return { title: 'Page not found' };
  return {
    title: expert.name,
    description: excerpt(stripMarkdown(expert.bio), 200),
    openGraph: { type: 'profile', title: expert.name },
    alternates: {
      canonical: `/experts/${expert.slug}`,
      types: feedAlternate({ kind: 'expert', slug: expert.slug }, expert.name),
    },
  };
}

export default async function ExpertPage({ params, searchParams }: Props) {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const expert = await getExpert(slug);
  if (!expert) notFound();
  const page = parsePage(raw.page);
  const { items, info } = await listPublicArticles({ author: slug, page }, 10);

  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <JsonLd data={personJsonLd(expert)} />
      <header className="flex flex-col gap-6 sm:flex-row sm:items-start">
        <ExpertPhoto name={expert.name} url={expert.photoUrl} alt={expert.photoAlt} size={160} />
        <div>
          <h1 className="font-serif text-4xl font-bold">{expert.name}</h1>
          <p className="mt-2 text-lg" data-testid="expert-title">{expert.title}</p>
          {expert.program ? (
            <p className="mt-1 text-sm font-semibold uppercase tracking-wider text-muted">
              Program:{' '}
              <a href={publicationsHref({ area: expert.program.slug })} className="text-brand underline underline-offset-2">
                {expert.program.name}
              </a>
            </p>
          ) : null}
        </div>
      </header>
      {expert.bio ? (
        <section aria-labelledby="bio-heading" className="mt-8">
          <h2 id="bio-heading" className="sr-only">Biography</h2>
          <div className="prose-article" dangerouslySetInnerHTML={{ __html: renderMarkdown(expert.bio) }} />
        </section>
      ) : null}
      <section aria-labelledby="pubs-heading" className="mt-12">
        <h2 id="pubs-heading" className="border-b-4 border-brand pb-2 text-lg font-bold uppercase tracking-wider">
          Publications by {expert.name}
        </h2>
        <p className="mt-4 text-sm font-semibold text-muted" data-testid="showing">{showingLabel(info, 'publications')}</p>
        {items.length ? <ArticleList items={items} headingLevel="h3" /> : <p className="mt-4">No publications yet.</p>}
        <Pagination info={info} hrefFor={(p) => (p > 1 ? `/experts/${slug}?page=${p}` : `/experts/${slug}`)} />
      </section>
      <FollowBox kind="expert" slug={expert.slug} name={expert.name} path={`/experts/${expert.slug}`} />
    </div>
  );
}
