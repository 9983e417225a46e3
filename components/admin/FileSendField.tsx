'use client';

import { useState } from 'react';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = any;

type Props = {
  id: string;
  label: string;
  accept?: string;
  /** The staff route the file is posted to, as `file` with these other fields. */
  endpoint: string;
  fields?: Record<string, string>;
  /** Said while the file is on its way (nothing is said by default). */
  sending?: (file: File) => string;
  /** Said when the server refuses without saying why. */
  refused: string;
  /** Said when the server's answer cannot be read (default: the same as a lost connection). */
  unreadable?: string;
  offline: string;
  /** Acts on the server's answer and says what happened. */
  sent: (answer: Answer, file: File) => string;
  /** Empties the file control afterwards, so the same file can be chosen again. */
  clearAfter?: boolean;
  labelClassName?: string;
  inputClassName?: string;
};

/** One file sent to a staff route, with a spoken result: uploads, imports, replacements. */
export function FileSendField({ id, label, accept, endpoint, fields = {}, sending, refused, unreadable, offline, sent, clearAfter = true, labelClassName = 'font-semibold', inputClassName = 'mt-1 block max-w-full' }: Props) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="text-sm">
      <label htmlFor={id} className={labelClassName}>{label}</label>
      <input
        id={id}
        type="file"
        accept={accept}
        disabled={busy}
        className={inputClassName}
        onChange={async (e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (!file) return;
          setBusy(true);
          setMessage(sending ? { text: sending(file), error: false } : null);
          const body = new FormData();
          body.set('file', file);
          for (const [k, v] of Object.entries(fields)) body.set(k, v);
          try {
            const res = await fetch(endpoint, { method: 'POST', body });
            const answer = unreadable === undefined ? await res.json() : await res.json().catch(() => ({ error: unreadable }));
            if (!res.ok) setMessage({ text: answer.error ?? refused, error: true });
            else setMessage({ text: sent(answer, file), error: false });
          } catch {
            setMessage({ text: offline, error: true });
          } finally {
            setBusy(false);
            if (clearAfter) input.value = '';
          }
        }}
      />
      {message ? <p role={message.error ? 'alert' : 'status'} className={`mt-1 font-semibold ${message.error ? 'text-accent' : 'text-green-800'}`}>{message.text}</p> : null}
    </div>
  );
}
