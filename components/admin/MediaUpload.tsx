'use client';

import { FileSendField } from './FileSendField';

const ACCEPT = { image: 'image/jpeg,image/png,image/webp,image/gif', pdf: 'application/pdf', audio: 'audio/mpeg,audio/mp4,audio/x-m4a,audio/ogg,audio/wav,.mp3,.m4a,.ogg,.wav' };

/** Uploads one file to /api/media and hands its address to the form. */
/** `id`: where one page has several of the same upload (one per show), to keep each label with its own control. */
export function MediaUpload({ kind, label, onUploaded, id }: { kind: 'image' | 'pdf' | 'audio'; label: string; onUploaded: (url: string) => void; id?: string }) {
  return (
    <FileSendField
      id={id ?? `upload-${kind}-${label.replace(/\W+/g, '-').toLowerCase()}`}
      label={label}
      accept={ACCEPT[kind]}
      endpoint="/api/media"
      fields={{ kind }}
      refused="Upload failed."
      offline="Upload failed: check your connection and try again."
      clearAfter={false}
      inputClassName="mt-1 block"
      sent={(data) => {
        onUploaded(data.url);
        return `Uploaded ${data.fileName}${data.width ? ` (${data.width}×${data.height})` : ''}.`;
      }}
    />
  );
}
