import Link from 'next/link';
import type { EpisodeCard } from '@/lib/podcasts/types';
import { formatDuration } from '@/lib/podcasts/format';
import { formatLongDate } from '@/lib/dates';
import { joinNames } from '@/lib/byline';
import { episodeLabel } from './episode-label';

/** A show's episodes, newest first: number, title, date, length, hosts. */
export function EpisodeList({ episodes, headingLevel: H = 'h3' }: { episodes: EpisodeCard[]; headingLevel?: 'h2' | 'h3' }) {
  return (
    <ol className="divide-y divide-rule border-y border-rule" data-testid="episodes">
      {episodes.map((e) => {
        const label = episodeLabel(e.season, e.episodeNumber);
        const length = formatDuration(e.durationSeconds);
        return (
          <li key={e.id} className="py-5">
            <p className="text-sm font-semibold text-muted">
              {label ? <span>{label} · </span> : null}
              <time dateTime={e.publishedAt}>{formatLongDate(e.publishedAt)}</time>
              {length ? <span> · {length}</span> : null}
            </p>
            <H className="mt-1 font-serif text-xl font-bold">
              <Link href={`/publications/${e.slug}`} className="text-ink hover:text-brand hover:underline">{e.title}</Link>
            </H>
            {e.dek ? <p className="mt-1 text-muted">{e.dek}</p> : null}
            {e.authors.length ? <p className="mt-1 text-sm">With {joinNames(e.authors.map((a) => a.name))}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
