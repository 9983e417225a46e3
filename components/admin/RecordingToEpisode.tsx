'use client';

import { useActionState } from 'react';
import { episodeFromRecordingAction, type ShowFormState } from '@/lib/actions/podcasts';
import { IDLE } from '@/lib/actions/state';
import { fieldClass } from '@/components/forms/field-styles';

/** One step from an event's audio recording to a draft podcast episode. */
export function RecordingToEpisode({ eventId, shows }: { eventId: string; shows: { id: string; label: string }[] }) {
  const [state, action, pending] = useActionState<ShowFormState, FormData>(episodeFromRecordingAction, IDLE);
  return (
    <form action={action} className="space-y-2 border-t border-rule pt-4" aria-label="Make the recording a podcast episode">
      <input type="hidden" name="eventId" value={eventId} />
      <label className="block text-sm font-semibold">
        Podcast show for the recording
        <select name="showId" className={fieldClass} defaultValue={shows[0]?.id}>
          {shows.map((s) => (
            <option key={s.id} value={s.id}>{s.label}</option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={pending} className="min-h-11 w-full rounded border border-brand px-4 font-semibold text-brand">Make the recording a podcast episode</button>
      {state.message ? <p role="alert" className="text-sm font-semibold text-accent">{state.message}</p> : null}
    </form>
  );
}
