'use client';

import { useEffect, useRef, useState } from 'react';
import { fieldClass } from '@/components/forms/field-styles';
import { formatInZone, instantAt } from '@/lib/time-zones';

/**
 * The go-live time, part of the editor's own form so "Schedule" saves the
 * text on screen first. Typed in the site's own time zone (an embargo is
 * "9:00 in Washington") whatever zone the editor's computer is in; as they
 * type, it says what that is where they are and in UTC, for that date's
 * daylight-saving rules.
 */
export function ScheduleField({ zone, zoneLabel, error, buttonLabel, disabled }: { zone: string; zoneLabel: string; error?: string; buttonLabel: string; disabled: boolean }) {
  const [value, setValue] = useState('');
  const input = useRef<HTMLInputElement>(null);
  // Read after mount: the server cannot know the editor's zone. A time typed
  // before the page finished loading is in the field but not yet in state: take it.
  const [ownZone, setOwnZone] = useState<string | null>(null);
  useEffect(() => {
    setOwnZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
    if (input.current?.value) setValue(input.current.value);
  }, []);
  const instant = value ? instantAt(value, zone) : null;
  return (
    <div className="space-y-2">
      <label className="block text-sm font-semibold">
        Go live at ({zoneLabel})
        <input
          type="datetime-local"
          step="1"
          name="at"
          ref={input}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          className={fieldClass}
          aria-invalid={!!error}
          aria-describedby={error ? 'at-error schedule-when' : 'schedule-when'}
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
      {error ? <p id="at-error" role="alert" className="text-sm font-semibold text-accent">{error}</p> : null}
      <button type="submit" name="intent" value="schedule" disabled={disabled} className="min-h-11 rounded border border-brand px-4 font-semibold text-brand hover:bg-white disabled:opacity-60">
        {buttonLabel}
      </button>
    </div>
  );
}
