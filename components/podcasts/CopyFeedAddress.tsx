'use client';

import { useState } from 'react';

/** Podcast apps other than the big directories subscribe by the feed's address: one press copies it. */
export function CopyFeedAddress({ url }: { url: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <p className="mt-2 flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor="feed-address">Feed address</label>
      <input id="feed-address" readOnly value={url} className="min-h-11 w-full max-w-md rounded border border-rule bg-white px-2 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
      <button
        type="button"
        className="min-h-11 rounded border border-brand px-3 font-semibold text-brand"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(url);
            setCopied(true);
          } catch {
            setCopied(false);
          }
        }}
      >
        Copy feed address
      </button>
      <span role="status" className="text-muted">{copied ? 'Copied.' : ''}</span>
    </p>
  );
}
