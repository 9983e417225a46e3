import Link from 'next/link';
import { pageWindow, type PageInfo } from '@/lib/pagination';

type Props = { info: PageInfo; hrefFor: (page: number) => string; label?: string };

export function Pagination({ info, hrefFor, label = 'Pagination' }: Props) {
  if (info.pageCount <= 1) return null;
  const { page, pageCount } = info;
  const linkClass = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded border border-rule px-3 font-semibold hover:border-brand hover:text-brand';
  return (
    <nav aria-label={label} className="no-print mt-10">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
              <span aria-hidden="true">←</span>&nbsp;Previous
            </Link>
          </li>
        ) : null}
        {pageWindow(page, pageCount).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page" className={`${linkClass} border-brand bg-brand text-white hover:text-white`}>
                  <span className="sr-only">Page </span>
                  {p}
                </span>
              ) : (
                <Link href={hrefFor(p)} className={linkClass}>
                  <span className="sr-only">Page </span>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
              Next&nbsp;<span aria-hidden="true">→</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
