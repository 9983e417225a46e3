import type { Metadata } from 'next';
import Link from 'next/link';
import { listShows } from '@/lib/podcasts';
import { podcastFeedPath } from '@/lib/podcasts/feed';
import { ShowArtwork } from '@/components/podcasts/ShowArtwork';

export const metadata: Metadata = {
  title: 'Podcasts',
  description: 'Conversations with the Center’s experts and their guests on defense, technology and foreign policy.',
  alternates: { canonical: '/podcasts' },
};

export default async function PodcastsPage() {
  const shows = await listShows();
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <h1 className="font-serif text-4xl font-bold">Podcasts</h1>
      {shows.length ? (
        <ul className="mt-8 divide-y divide-rule border-y border-rule" data-testid="shows">
          {shows.map((s) => (
            <li key={s.slug} className="flex flex-col gap-4 py-6 sm:flex-row">
              <ShowArtwork url={s.imageUrl} alt={s.imageAlt} size={160} />
              <div className="min-w-0">
                <h2 className="font-serif text-2xl font-bold">
                  <Link href={`/podcasts/${s.slug}`} className="text-ink hover:text-brand hover:underline">{s.name}</Link>
                </h2>
                {s.description ? <p className="mt-2 text-muted">{s.description}</p> : null}
                <p className="mt-2 text-sm text-muted">
                  {s.episodeCount} {s.episodeCount === 1 ? 'episode' : 'episodes'}
                  {s.latest ? (
                    <>
                      {' · Latest: '}
                      <Link href={`/publications/${s.latest.slug}`} className="font-semibold text-brand hover:underline">{s.latest.title}</Link>
                    </>
                  ) : null}
                </p>
                <p className="mt-2 text-sm">
                  <a href={podcastFeedPath(s.slug)} className="font-semibold text-brand underline-offset-4 hover:underline">Subscribe (podcast feed)</a>
                </p>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-8">No podcasts yet.</p>
      )}
    </div>
  );
}
