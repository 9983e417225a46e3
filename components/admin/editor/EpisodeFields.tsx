'use client';

import type { EditorSectionProps } from './section-props';
import type { EditorOptions } from '@/lib/admin/options';
import { fieldClass } from '@/components/forms/field-styles';
import { AuthorPicker } from '../AuthorPicker';
import { MediaUpload } from '../MediaUpload';

type Props = EditorSectionProps & {
  options: EditorOptions;
};

/**
 * A piece becomes a podcast episode once it has a show: its audio (from the
 * media library, whose size, type and length the feed states), its place in
 * the show, its guests and the transcript. Open while it is an episode.
 */
export function EpisodeFields({ values, set, options, errors, describedBy, fieldError }: Props) {
  const isEpisode = !!values.showId || !!values.audioUrl;
  return (
    <details open={isEpisode || Object.keys(errors).some((k) => ['showId', 'audioUrl', 'season', 'episodeNumber', 'guestIds'].includes(k))} className="rounded border border-rule bg-white p-4">
      <summary className="cursor-pointer text-sm font-bold">Podcast episode{values.showId ? `: ${options.shows.find((s) => s.id === values.showId)?.label ?? ''}` : ''}</summary>
      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        <label className="block text-sm font-semibold">
          Podcast show
          <select name="showId" value={values.showId} onChange={(e) => set('showId', e.target.value)} aria-invalid={!!errors.showId} aria-describedby={describedBy('showId')} className={fieldClass}>
            <option value="">Not an episode</option>
            {options.shows.map((s) => (
              <option key={s.id} value={s.id}>{s.label}</option>
            ))}
          </select>
          {fieldError('showId')}
        </label>
        <div className="grid grid-cols-2 gap-4">
          <label className="block text-sm font-semibold">
            Season
            <input name="season" inputMode="numeric" value={values.season} onChange={(e) => set('season', e.target.value)} aria-invalid={!!errors.season} aria-describedby={describedBy('season')} className={fieldClass} />
            {fieldError('season')}
          </label>
          <label className="block text-sm font-semibold">
            Episode number
            <input name="episodeNumber" inputMode="numeric" value={values.episodeNumber} onChange={(e) => set('episodeNumber', e.target.value)} aria-invalid={!!errors.episodeNumber} aria-describedby={describedBy('episodeNumber')} className={fieldClass} />
            {fieldError('episodeNumber')}
          </label>
        </div>
        <label className="block text-sm font-semibold">
          Episode audio (address in the media library)
          <input name="audioUrl" value={values.audioUrl} onChange={(e) => set('audioUrl', e.target.value)} aria-invalid={!!errors.audioUrl} aria-describedby={describedBy('audioUrl')} className={fieldClass} placeholder="/media/…" />
          {fieldError('audioUrl')}
        </label>
        <MediaUpload kind="audio" label="Upload the episode audio (MP3 or M4A)" onUploaded={(url) => set('audioUrl', url)} />
        <label className="flex items-center gap-2 text-sm font-semibold">
          <input type="checkbox" name="explicit" checked={values.explicit} onChange={(e) => set('explicit', e.target.checked)} />
          Explicit content (marked as such in podcast apps)
        </label>
      </div>
      <div className="mt-4">
        <AuthorPicker
          known={options.authors}
          value={values.guestIds}
          onChange={(ids) => set('guestIds', ids)}
          error={errors.guestIds}
          canCreate={options.canCreateExperts}
          name="guestIds"
          noun="guest"
          legend="Guests, in order (the hosts are the piece’s authors)"
        />
      </div>
    </details>
  );
}
