'use client';

import { useActionState, useEffect, useState } from 'react';
import { scheduleArticle, type ScheduleState } from '@/lib/actions/articles';
import { IDLE } from '@/lib/actions/state';
import { fieldClass } from '@/components/forms/field-styles';

/** Schedules in the editor's own time zone: the browser sends its UTC offset along. */
export function ScheduleForm({ id }: { id: string }) {
  const [state, action, pending] = useActionState<ScheduleState, FormData>(scheduleArticle, IDLE);
  // Read after mount: the server cannot know the editor's zone, and a value
  // computed during hydration would not reach the DOM.
  const [offset, setOffset] = useState(0);
  useEffect(() => setOffset(new Date().getTimezoneOffset()), []);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="tzOffset" value={offset} />
      <label className="block text-sm font-semibold">
        Go live at
        <input type="datetime-local" step="1" name="at" defaultValue={state.values?.at} required className={fieldClass} aria-describedby={state.message ? 'schedule-error' : undefined} />
      </label>
      {state.message ? <p id="schedule-error" role="alert" className="text-sm font-semibold text-accent">{state.message}</p> : null}
      <button type="submit" disabled={pending} className="min-h-11 w-full rounded border border-brand px-4 font-semibold text-brand hover:bg-white">
        Schedule
      </button>
    </form>
  );
}
