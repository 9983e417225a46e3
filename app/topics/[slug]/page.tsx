import type { Metadata } from 'next';
import { FollowBox } from '@/components/newsletter/FollowBox';
import { notFound } from 'next/navigation';
import { getTopic } from '@/lib/taxonomy';
import { listPublicArticles } from '@/lib/articles';
import { parsePage, showingLabel } from '@/lib/pagination';
import { ArticleList } from '@/components/listing/ArticleList';
import { Pagination } from '@/components/listing/Pagination';
import { feedAlternate } from '@/lib/feeds';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await getTopic((await params).slug);
  if (!topic) return { title: 'Page not found' };
  return {
    title: topic.name,
    description: topic.description || undefined,
    alternates: {
      canonical: `/topics/${topic.slug}`,
      types: feedAlternate({ kind: 'topic', slug: topic.slug }, topic.name),
    },
  };
}

export default async function TopicPage({ params, searchParams }: Props) {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const topic = await getTopic(slug);
  if (!topic) notFound();
  const page = parsePage(raw.page);
  const { items, info } = await listPublicArticles({ topic: slug, page });

  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <p className="text-sm font-bold uppercase tracking-wider text-accent">{topic.kind === 'REGION' ? 'Region' : 'Topic'}</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">{topic.name}</h1>
      {topic.description ? <p className="mt-3 text-lg text-muted">{topic.description}</p> : null}
      <p className="mt-8 text-sm font-semibold text-muted" data-testid="showing">{showingLabel(info, 'publications')}</p>
      {items.length ? <div className="mt-4"><ArticleList items={items} /></div> : <p className="mt-4">Nothing published on this yet.</p>}
      <Pagination info={info} hrefFor={(p) => (p > 1 ? `/topics/${slug}?page=${p}` : `/topics/${slug}`)} />
      <FollowBox kind="topic" slug={topic.slug} name={topic.name} path={`/topics/${topic.slug}`} />
    </div>
  );
}
