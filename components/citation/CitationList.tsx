import type { FormattedCitation } from '@/lib/citation';
import { CopyCitation } from './CopyCitation';

/** Every style's citation, each with its own copy button. The HTML is citeproc's, which escapes our text. */
export function CitationList({ citations }: { citations: FormattedCitation[] }) {
  return (
    <ul className="mt-8 space-y-8">
      {citations.map((c) => (
        <li key={c.id} data-testid={`citation-${c.id}`}>
          <h2 className="font-serif text-xl font-bold">
            {c.label} <span className="text-base font-normal text-muted">({c.edition})</span>
          </h2>
          <div className="mt-2 rounded border border-rule bg-white p-4 leading-relaxed [overflow-wrap:anywhere]" dangerouslySetInnerHTML={{ __html: c.html }} />
          <p className="mt-2">
            <CopyCitation text={c.text} label={c.label} />
          </p>
        </li>
      ))}
    </ul>
  );
}
