'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';

type Result = { name: string; ok: boolean; text: string };

const kindOf = (file: File): 'image' | 'audio' | 'pdf' => (file.type.startsWith('audio/') || /\.(mp3|m4a|ogg|wav)$/i.test(file.name) ? 'audio' : file.type === 'application/pdf' || /\.pdf$/i.test(file.name) ? 'pdf' : 'image');

/** Several files at once, chosen or dropped; each is checked by the server, one line of result each. */
export function MediaUploader() {
  const router = useRouter();
  const [results, setResults] = useState<Result[]>([]);
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);

  const upload = async (files: File[]) => {
    if (!files.length) return;
    setBusy(true);
    setResults([]);
    const done: Result[] = [];
    for (const file of files) {
      const body = new FormData();
      body.set('file', file);
      body.set('kind', kindOf(file));
      try {
        const res = await fetch('/api/media', { method: 'POST', body });
        const data = await res.json().catch(() => ({}));
        done.push(res.ok ? { name: file.name, ok: true, text: `${file.name}: added${data.kind === 'image' ? ', add its description below' : ''}.` } : { name: file.name, ok: false, text: `${file.name}: ${data.error ?? 'upload failed.'}` });
      } catch {
        done.push({ name: file.name, ok: false, text: `${file.name}: upload failed, check your connection.` });
      }
      setResults([...done]);
    }
    setBusy(false);
    router.refresh();
  };

  return (
    <div
      className={`mt-6 rounded border-2 border-dashed p-4 ${over ? 'border-brand bg-white' : 'border-muted bg-paper'}`}
      onDragOver={(e) => { e.preventDefault(); setOver(true); }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => { e.preventDefault(); setOver(false); void upload([...e.dataTransfer.files]); }}
    >
      <label htmlFor="library-upload" className="font-semibold">Add files (pictures, audio, PDFs): choose several or drop them here</label>
      <input id="library-upload" type="file" multiple disabled={busy} className="mt-2 block max-w-full" accept="image/jpeg,image/png,image/webp,image/gif,audio/*,application/pdf" onChange={(e) => { void upload([...(e.currentTarget.files ?? [])]); e.currentTarget.value = ''; }} />
      {results.length ? (
        <ul role="status" className="mt-2 space-y-1 text-sm">
          {results.map((r) => (
            <li key={r.name} className={r.ok ? 'text-green-800' : 'font-semibold text-accent'}>{r.text}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
