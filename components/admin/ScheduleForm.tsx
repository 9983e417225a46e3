'use client';

import { useActionState, useEffect, useState } from 'react';
import { scheduleArticle, type ScheduleState } from '@/lib/actions/articles';
import { IDLE } from '@/lib/actions/state';
import { fieldClass } from '@/components/forms/field-styles';
import { formatInZone, instantAt } from '@/lib/time-zones';

/**
 * Schedules in the site's own time zone (an embargo is "9:00 in Washington"),
 * whatever zone the editor's computer is in; as they type, the form says what
 * that is where they are and in UTC, for that date's daylight-saving rules.
 */
export function ScheduleForm({ id, zone, zoneLabel }: { id: string; zone: string; zoneLabel: string }) {
  const [state, action, pending] = useActionState<ScheduleState, FormData>(scheduleArticle, IDLE);
  const [value, setValue] = useState(state.values?.at ?? '');
  // Read after mount: the server cannot know the editor's zone.
  const [ownZone, setOwnZone] = useState<string | null>(null);
  useEffect(() => setOwnZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  const instant = value ? instantAt(value, zone) : null;
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <label className="block text-sm font-semibold">
        Go live at ({zoneLabel})
        <input
          type="datetime-local"
          step="1"
          name="at"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          required
          className={fieldClass}
          aria-describedby={state.message ? 'schedule-error schedule-when' : 'schedule-when'}
        />
      </label>
      <p id="schedule-when" className="text-xs text-muted" aria-live="polite" data-testid="schedule-when">
        {instant?.ok
          ? [
              formatInZone(instant.at, zone),
              ownZone && ownZone !== zone ? `${formatInZone(instant.at, ownZone)} where you are` : null,
              formatInZone(instant.at, 'UTC'),
              instant.repeated ? 'This time happens twice that night: the first one is used.' : null,
            ]
              .filter(Boolean)
              .join(' · ')
          : instant && !instant.ok
            ? instant.error
            : null}
      </p>
      {state.message ? <p id="schedule-error" role="alert" className="text-sm font-semibold text-accent">{state.message}</p> : null}
      <button type="submit" disabled={pending} className="min-h-11 w-full rounded border border-brand px-4 font-semibold text-brand hover:bg-white">
        Schedule
      </button>
    </form>
  );
}
