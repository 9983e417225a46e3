'use client';

import { useState } from 'react';

/** Uploads one file to /api/media and hands its address to the form. */
export function MediaUpload({ kind, label, onUploaded }: { kind: 'image' | 'pdf' | 'audio'; label: string; onUploaded: (url: string) => void }) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `upload-${kind}-${label.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <div className="text-sm">
      <label htmlFor={id} className="font-semibold">{label}</label>
      <input
        id={id}
        type="file"
        accept={{ image: 'image/jpeg,image/png,image/webp,image/gif', pdf: 'application/pdf', audio: 'audio/mpeg,audio/mp4,audio/x-m4a,audio/ogg,audio/wav,.mp3,.m4a,.ogg,.wav' }[kind]}
        disabled={busy}
        className="mt-1 block"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          setBusy(true);
          setMessage(null);
          const body = new FormData();
          body.set('file', file);
          body.set('kind', kind);
          try {
            const res = await fetch('/api/media', { method: 'POST', body });
            const data = await res.json();
            if (!res.ok) setMessage({ text: data.error ?? 'Upload failed.', error: true });
            else {
              onUploaded(data.url);
              setMessage({ text: `Uploaded ${data.fileName}${data.width ? ` (${data.width}×${data.height})` : ''}.`, error: false });
            }
          } catch {
            setMessage({ text: 'Upload failed: check your connection and try again.', error: true });
          } finally {
            setBusy(false);
          }
        }}
      />
      {message ? <p role={message.error ? 'alert' : 'status'} className={`mt-1 font-semibold ${message.error ? 'text-accent' : 'text-green-800'}`}>{message.text}</p> : null}
    </div>
  );
}
