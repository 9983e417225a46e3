import Link from 'next/link';
import type { EpisodeDetail } from '@/lib/podcasts/types';
import { formatDuration, podcastFeedPath } from '@/lib/podcasts/format';
import { EpisodePlayer } from './EpisodePlayer';
import { episodeLabel } from './episode-label';

/** Above an episode's show notes: which show, which episode, the player, the guests. */
export function EpisodeListen({ episode, title }: { episode: EpisodeDetail; title: string }) {
  const label = episodeLabel(episode.season, episode.episodeNumber);
  const length = formatDuration(episode.audio?.durationSeconds ?? null);
  return (
    <section aria-labelledby="listen-heading" className="mt-8 rounded border border-rule bg-white p-4 sm:p-5" data-testid="episode-listen">
      <h2 id="listen-heading" className="text-sm font-bold uppercase tracking-wider text-accent">
        Listen
      </h2>
      <p className="mt-1 text-sm text-muted">
        <Link href={`/podcasts/${episode.show.slug}`} className="font-semibold text-brand hover:underline" data-testid="episode-show">{episode.show.name}</Link>
        {label ? <span> · {label}</span> : null}
        {length ? <span data-testid="episode-duration"> · {length}</span> : null}
        {episode.explicit ? <span> · Explicit</span> : null}
      </p>
      {episode.audio ? (
        <>
          <EpisodePlayer src={episode.audio.url} type={episode.audio.contentType} title={title} />
          <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
            <a href={episode.audio.url} download className="font-semibold text-brand underline">Download the episode</a>
            {episode.transcript ? <a href="#transcript" className="font-semibold text-brand underline">Read the transcript</a> : null}
            <a href={podcastFeedPath(episode.show.slug)} className="font-semibold text-brand underline">Subscribe (podcast feed)</a>
          </p>
        </>
      ) : (
        <p className="mt-2 text-sm">The audio of this episode is not available.</p>
      )}
      {episode.guests.length ? (
        <p className="mt-3 text-sm" data-testid="episode-guests">
          <span className="font-semibold">{episode.guests.length === 1 ? 'Guest: ' : 'Guests: '}</span>
          {episode.guests.map((g, i) => (
            <span key={g.slug}>
              {i ? ', ' : null}
              <Link href={`/experts/${g.slug}`} className="text-brand underline">{g.name}</Link>
              {g.title ? <span className="text-muted">, {g.title}</span> : null}
            </span>
          ))}
        </p>
      ) : null}
    </section>
  );
}
