'use client';

import { useState } from 'react';

export type ImportedDocument = { title?: string; markdown: string; images: { url: string; alt: string }[]; notes: string[] };

/** Sends a Word file to /api/import/docx and hands the converted text to the editor. */
export function DocxImport({ onImported }: { onImported: (doc: ImportedDocument) => void }) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="text-sm">
      <label htmlFor="import-docx" className="font-semibold">Import a Word document (.docx)</label>
      <input
        id="import-docx"
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        disabled={busy}
        className="mt-1 block max-w-full"
        onChange={async (e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (!file) return;
          setBusy(true);
          setMessage({ text: `Importing ${file.name}…`, error: false });
          const body = new FormData();
          body.set('file', file);
          try {
            const res = await fetch('/api/import/docx', { method: 'POST', body });
            const data = await res.json().catch(() => ({ error: 'The import failed: the server’s answer could not be read.' }));
            if (!res.ok) setMessage({ text: data.error ?? 'The import failed.', error: true });
            else {
              onImported(data as ImportedDocument);
              const pictures = data.images.length ? `, ${data.images.length} picture${data.images.length === 1 ? '' : 's'} added to the media library` : '';
              setMessage({ text: [`Imported ${file.name}${pictures}.`, ...data.notes].join(' '), error: false });
            }
          } catch {
            setMessage({ text: 'The import failed: check your connection and try again.', error: true });
          } finally {
            setBusy(false);
            input.value = '';
          }
        }}
      />
      {message ? <p role={message.error ? 'alert' : 'status'} className={`mt-1 font-semibold ${message.error ? 'text-accent' : 'text-green-800'}`}>{message.text}</p> : null}
    </div>
  );
}
