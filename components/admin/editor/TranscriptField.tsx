'use client';

import type { ReactNode } from 'react';
import type { ArticleFormValues } from '@/lib/validation/article';
import { TRANSCRIPT_MAX_CHARS } from '@/lib/validation/limits';
import { textAreaClass } from '@/components/forms/field-styles';

type Props = {
  values: ArticleFormValues;
  set: <K extends keyof ArticleFormValues>(key: K, value: ArticleFormValues[K]) => void;
  errors: Partial<Record<string, string>>;
  describedBy: (name: string) => string | undefined;
  fieldError: (name: string) => ReactNode;
};

/** The transcript of an episode or of an event's recording: open for either, or once it has text. */
export function TranscriptField({ values, set, errors, describedBy, fieldError }: Props) {
  const open = !!values.showId || !!values.eventStartsAt || !!values.transcript || !!errors.transcript;
  return (
    <details open={open} className="rounded border border-rule bg-white p-4">
      <summary className="cursor-pointer text-sm font-bold">Transcript (podcast episode or event recording)</summary>
      <div className="mt-4">
        <label htmlFor="transcript" className="block text-sm font-semibold">Transcript</label>
        <p id="transcript-help" className="text-sm text-muted">Plain text. Start a paragraph with a speaker’s name and a colon (“Jim Townsend: …”) to show who is speaking; leave a blank line between paragraphs.</p>
        <textarea id="transcript" name="transcript" rows={10} maxLength={TRANSCRIPT_MAX_CHARS} value={values.transcript} onChange={(e) => set('transcript', e.target.value)} aria-invalid={!!errors.transcript} aria-describedby={describedBy('transcript') ?? 'transcript-help'} className={textAreaClass} />
        {fieldError('transcript')}
      </div>
    </details>
  );
}
