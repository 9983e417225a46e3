'use client';
import { useState } from 'react';

/** Copies one formatted citation as plain text; says so to screen readers too. */
export function CopyCitation({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }
  return (
    <span className="inline-flex items-center gap-3">
      <button
        type="button"
        onClick={copy}
        className="inline-flex min-h-9 items-center rounded border border-brand px-3 text-sm font-semibold text-brand hover:bg-brand hover:text-white"
      >
        Copy {label} citation
      </button>
      <span role="status" className="text-sm text-muted">
        {state === 'copied' ? 'Copied.' : state === 'failed' ? 'Could not copy: select the text instead.' : ''}
      </span>
    </span>
  );
}
