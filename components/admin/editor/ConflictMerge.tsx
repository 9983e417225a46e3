'use client';

import { ARTICLE_FIELDS, articleChanges, type ArticleFieldName, type ArticleFormValues } from '@/lib/validation/article';

const shown = (v: unknown, names: Map<string, string>): string => {
  if (Array.isArray(v)) return v.map((x) => names.get(x) ?? x).join(', ') || 'none';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  const s = String(v ?? '');
  return s === '' ? '(empty)' : s.length > 600 ? `${s.slice(0, 600)}…` : s;
};

/**
 * After a refused save: every field where the colleague's saved version and
 * the form differ, theirs shown beside a "Use theirs" button. Yours stays in
 * the form (keep it, or edit the field to merge both), so nothing either
 * person wrote is lost.
 */
export function ConflictMerge({ mine, theirs, names, take }: { mine: ArticleFormValues; theirs: ArticleFormValues; names: Map<string, string>; take: (name: ArticleFieldName) => void }) {
  // The same rule of "differs" as the revision and staged comparisons.
  const differing = articleChanges(theirs, mine).map((c) => c.name);
  if (differing.length === 0) return <p className="mt-2 font-normal">Your form now matches their version in every field.</p>;
  return (
    <div className="mt-3 space-y-3 font-normal" data-testid="conflict-fields">
      <p>{differing.length === 1 ? 'One field differs' : `${differing.length} fields differ`}:</p>
      {differing.map((n) => (
        <div key={n} className="rounded border border-amber-500 bg-white p-3" data-testid={`conflict-${n}`}>
          <p className="text-sm font-bold">{ARTICLE_FIELDS[n].label}</p>
          <div className="mt-1 grid gap-2 text-sm sm:grid-cols-2">
            <div>
              <p className="text-xs font-semibold uppercase text-muted">Yours (in the form)</p>
              <p className="whitespace-pre-wrap break-words">{shown(mine[n], names)}</p>
            </div>
            <div>
              <p className="text-xs font-semibold uppercase text-muted">Theirs (saved)</p>
              <p className="whitespace-pre-wrap break-words">{shown(theirs[n], names)}</p>
            </div>
          </div>
          <button type="button" onClick={() => take(n)} className="mt-2 min-h-9 rounded border border-brand px-3 text-sm font-semibold text-brand" aria-label={`Use theirs: ${ARTICLE_FIELDS[n].label}`}>
            Use theirs
          </button>
        </div>
      ))}
    </div>
  );
}
