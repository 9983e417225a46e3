import type { Metadata } from 'next';
import Link from 'next/link';
import { podcastFeedPath } from '@/lib/podcasts/format';
import { requirePageUser } from '@/lib/session';
import { listShowsForAdmin } from '@/lib/admin/podcasts';
import { ShowForm } from '@/components/admin/ShowForm';

export const metadata: Metadata = { title: 'Podcasts' };

export default async function AdminPodcastsPage({ searchParams }: { searchParams: Promise<{ saved?: string; deleted?: string }> }) {
  await requirePageUser('taxonomy:manage', '/admin/podcasts');
  const [shows, flags] = await Promise.all([listShowsForAdmin(), searchParams]);
  return (
    <div>
      <h1 className="font-serif text-3xl font-bold">Podcasts</h1>
      <p className="mt-2 text-muted">
        Each show has a page and a podcast feed for Apple Podcasts, Spotify and other apps. Episodes are pieces: open a piece, choose its show under “Podcast episode” and add the audio and transcript.
      </p>
      {flags.saved ? <p role="status" className="mt-4 rounded border border-green-700 bg-green-50 p-3 font-semibold">Saved.</p> : null}
      {flags.deleted ? <p role="status" className="mt-4 rounded border border-green-700 bg-green-50 p-3 font-semibold">Show deleted.</p> : null}
      <ul className="mt-6 space-y-6">
        {shows.map((s) => (
          <li key={s.id} className="rounded bg-white p-4">
            <h2 className="text-lg font-bold">
              {s.name}{' '}
              <span className="text-sm font-normal text-muted">({s.episodes} {s.episodes === 1 ? 'episode' : 'episodes'})</span>{' '}
              <Link href={`/podcasts/${s.slug}`} className="text-sm font-semibold text-brand underline">View page</Link>{' '}
              <a href={podcastFeedPath(s.slug)} className="text-sm font-semibold text-brand underline">Feed</a>
            </h2>
            <div className="mt-3"><ShowForm show={s} /></div>
          </li>
        ))}
      </ul>
      <section aria-labelledby="new-show" className="mt-10 rounded bg-white p-4">
        <h2 id="new-show" className="text-lg font-bold">New show</h2>
        <div className="mt-3"><ShowForm /></div>
      </section>
    </div>
  );
}
