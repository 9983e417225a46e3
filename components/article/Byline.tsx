import Link from 'next/link';
import { nameSeparators, type BylineStyle } from '@/lib/byline';
import type { NamedLink } from '@/lib/articles';

/** "By A, B and C" with every name linked to the expert's profile. */
export function Byline({ authors, style = 'page', className }: { authors: NamedLink[]; style?: BylineStyle; className?: string }) {
  if (authors.length === 0) return null;
  const separators = nameSeparators(authors.length, style);
  return (
    <p className={className}>
      By{' '}
      {authors.map((a, i) => (
        <span key={a.slug}>
          {separators[i]}
          <Link href={`/experts/${a.slug}`} className="font-semibold text-brand underline-offset-2 hover:underline">
            {a.name}
          </Link>
        </span>
      ))}
    </p>
  );
}
