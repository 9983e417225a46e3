import { diffWords } from 'diff';
import type { FieldChange } from '@/lib/validation/article';

/** Field-by-field differences: words removed and added in texts, old → new for lists and flags. */
export function FieldChanges({ changes, empty }: { changes: FieldChange[]; empty: string }) {
  if (changes.length === 0) return <p className="mt-4">{empty}</p>;
  return (
    <>
      <p className="text-sm text-muted"><del className="bg-red-100">Removed</del> and <ins className="bg-green-100">added</ins>.</p>
      {changes.map((c) => (
        <div key={c.name} className="mt-4">
          <h3 className="text-sm font-bold uppercase tracking-wider text-muted">{c.label}</h3>
          {c.kind === 'text' ? (
            <p className="mt-1 whitespace-pre-wrap break-words font-mono text-sm" data-testid={`diff-${c.name}`}>
              {diffWords(c.before, c.after).map((p, i) =>
                p.added ? <ins key={i} className="bg-green-100">{p.value}</ins> : p.removed ? <del key={i} className="bg-red-100">{p.value}</del> : <span key={i}>{p.value}</span>,
              )}
            </p>
          ) : (
            <p className="mt-1 text-sm" data-testid={`diff-${c.name}`}>
              <del className="bg-red-100">{c.before}</del> → <ins className="bg-green-100">{c.after}</ins>
            </p>
          )}
        </div>
      ))}
    </>
  );
}
