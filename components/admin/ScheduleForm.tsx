'use client';

import { useActionState, useState } from 'react';
import { scheduleArticle, type ScheduleState } from '@/lib/actions/articles';

/** Schedules in the editor's own time zone: the browser sends its UTC offset along. */
export function ScheduleForm({ id }: { id: string }) {
  const [state, action, pending] = useActionState<ScheduleState, FormData>(scheduleArticle, {});
  const [offset] = useState(() => (typeof window === 'undefined' ? 0 : new Date().getTimezoneOffset()));
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="tzOffset" value={offset} />
      <label className="block text-sm font-semibold">
        Go live at
        <input type="datetime-local" name="at" defaultValue={state.value} required className="mt-1 block min-h-11 w-full rounded border border-muted bg-white px-2" aria-describedby={state.error ? 'schedule-error' : undefined} />
      </label>
      {state.error ? <p id="schedule-error" role="alert" className="text-sm font-semibold text-accent">{state.error}</p> : null}
      <button type="submit" disabled={pending} className="min-h-11 w-full rounded border border-brand px-4 font-semibold text-brand hover:bg-white">
        Schedule
      </button>
    </form>
  );
}
