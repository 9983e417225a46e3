import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getShowPage } from '@/lib/podcasts';
import { podcastFeedPath } from '@/lib/podcasts/feed';
import { parsePage, showingLabel } from '@/lib/pagination';
import { EpisodeList } from '@/components/podcasts/EpisodeList';
import { ShowArtwork } from '@/components/podcasts/ShowArtwork';
import { Pagination } from '@/components/listing/Pagination';
import { CopyFeedAddress } from '@/components/podcasts/CopyFeedAddress';
import { site } from '@/lib/site';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const show = await getShowPage((await params).slug, 1);
  if (!show) return { title: 'Page not found' };
  return {
    title: show.name,
    description: show.description || undefined,
    alternates: {
      canonical: `/podcasts/${show.slug}`,
      types: { 'application/rss+xml': [{ url: podcastFeedPath(show.slug), title: `${show.name} (podcast feed)` }] },
    },
    ...(show.imageUrl ? { openGraph: { images: [{ url: show.imageUrl, alt: show.imageAlt ?? '' }] } } : {}),
  };
}

export default async function ShowPage({ params, searchParams }: Props) {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const page = parsePage(raw.page);
  const show = await getShowPage(slug, page);
  if (!show) notFound();
  const feedUrl = `${site.url}${podcastFeedPath(show.slug)}`;
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <div className="flex flex-col gap-6 sm:flex-row">
        <ShowArtwork url={show.imageUrl} alt={show.imageAlt} size={200} priority />
        <div className="min-w-0">
          <p className="text-sm font-bold uppercase tracking-wider text-accent">Podcast</p>
          <h1 className="mt-2 font-serif text-4xl font-bold">{show.name}</h1>
          {show.description ? <p className="mt-3 text-lg text-muted">{show.description}</p> : null}
          <div className="mt-4 text-sm">
            <a href={podcastFeedPath(show.slug)} className="font-semibold text-brand underline-offset-4 hover:underline">Subscribe (podcast feed)</a>
            <CopyFeedAddress url={feedUrl} />
          </div>
        </div>
      </div>
      <section aria-labelledby="episodes-heading" className="mt-12">
        <h2 id="episodes-heading" className="font-serif text-2xl font-bold">Episodes</h2>
        <p className="mt-2 text-sm font-semibold text-muted" data-testid="showing">{showingLabel(show.info, 'episodes')}</p>
        {show.episodes.length ? <div className="mt-4"><EpisodeList episodes={show.episodes} /></div> : <p className="mt-4">No episodes published yet.</p>}
        <Pagination info={show.info} hrefFor={(p) => (p > 1 ? `/podcasts/${slug}?page=${p}` : `/podcasts/${slug}`)} />
      </section>
    </div>
  );
}
