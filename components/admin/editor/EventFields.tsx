'use client';

import type { EditorSectionProps } from './section-props';
import { fieldClass } from '@/components/forms/field-styles';
import { MediaUpload } from '../MediaUpload';

type Props = EditorSectionProps & {
  zoneLabel: string;
};

const EVENT_FIELDS = ['eventStartsAt', 'eventEndsAt', 'eventVenue', 'eventOnlineUrl', 'registrationOpen', 'registrationCapacity', 'recordingUrl'] as const;

/**
 * A piece becomes an event once it has a start: times in the site's zone,
 * where it is, registration with an optional number of places (then a
 * waiting list), and after it, the recording. Speakers are the piece's authors.
 */
export function EventFields({ values, set, errors, describedBy, fieldError, zoneLabel }: Props) {
  const open = EVENT_FIELDS.some((k) => !!values[k]) || EVENT_FIELDS.some((k) => !!errors[k]);
  const input = (name: 'eventStartsAt' | 'eventEndsAt' | 'eventVenue' | 'eventOnlineUrl' | 'registrationCapacity' | 'recordingUrl', label: string, extra: Record<string, string> = {}) => (
    <label className="block text-sm font-semibold">
      {label}
      <input name={name} value={values[name]} onChange={(e) => set(name, e.target.value)} aria-invalid={!!errors[name]} aria-describedby={describedBy(name)} className={fieldClass} {...extra} />
      {fieldError(name)}
    </label>
  );
  return (
    <details open={open} className="rounded border border-rule bg-white p-4">
      <summary className="cursor-pointer text-sm font-bold">Event</summary>
      <p className="mt-2 text-sm text-muted">The piece’s authors are the event’s speakers; its pinned pieces are its related publications.</p>
      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        {input('eventStartsAt', `Starts (${zoneLabel})`, { type: 'datetime-local' })}
        {input('eventEndsAt', `Ends (${zoneLabel})`, { type: 'datetime-local' })}
        {input('eventVenue', 'Place (room and address)')}
        {input('eventOnlineUrl', 'Online link (livestream or webinar)', { type: 'url', placeholder: 'https://' })}
        <label className="flex items-center gap-2 text-sm font-semibold">
          <input type="checkbox" name="registrationOpen" checked={values.registrationOpen} onChange={(e) => set('registrationOpen', e.target.checked)} />
          Registration open
        </label>
        {input('registrationCapacity', 'Places (blank: no limit; past it, a waiting list)', { inputMode: 'numeric' })}
        {input('recordingUrl', 'Recording, after the event (YouTube or Vimeo address, or audio from the media library)')}
        <MediaUpload kind="audio" id="upload-recording-audio" label="Upload the recording’s audio" onUploaded={(url) => set('recordingUrl', url)} />
      </div>
    </details>
  );
}
