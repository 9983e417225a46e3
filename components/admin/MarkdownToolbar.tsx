'use client';

import type { RefObject } from 'react';

type Edit = { label: string; name: string; before: string; after?: string; linePrefix?: boolean };

const edits: Edit[] = [
  { label: 'B', name: 'Bold', before: '**', after: '**' },
  { label: 'I', name: 'Italic', before: '_', after: '_' },
  { label: 'H2', name: 'Heading', before: '## ', linePrefix: true },
  { label: '“ ”', name: 'Quote', before: '> ', linePrefix: true },
  { label: '• List', name: 'Bulleted list', before: '- ', linePrefix: true },
  { label: 'Link', name: 'Link', before: '[', after: '](https://)' },
];

/** Wraps the selection in Markdown; the textarea stays the single source of truth. */
export function MarkdownToolbar({ target, onChange }: { target: RefObject<HTMLTextAreaElement | null>; onChange: (value: string) => void }) {
  const apply = (edit: Edit) => {
    const el = target.current;
    if (!el) return;
    const { selectionStart: start, selectionEnd: end, value } = el;
    let next: string;
    if (edit.linePrefix) {
      const lineStart = value.lastIndexOf('\n', start - 1) + 1;
      next = value.slice(0, lineStart) + edit.before + value.slice(lineStart);
    } else {
      next = value.slice(0, start) + edit.before + value.slice(start, end) + (edit.after ?? '') + value.slice(end);
    }
    onChange(next);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(start + edit.before.length, end + edit.before.length);
    });
  };
  return (
    <div role="toolbar" aria-label="Formatting" className="flex flex-wrap gap-1 rounded-t border border-b-0 border-muted bg-paper p-1">
      {edits.map((e) => (
        <button key={e.name} type="button" onClick={() => apply(e)} aria-label={e.name} className="min-h-9 min-w-9 rounded px-2 text-sm font-semibold hover:bg-white">
          {e.label}
        </button>
      ))}
    </div>
  );
}
