import type { Metadata } from 'next';
import Link from 'next/link';
import { listExpertsPage, parseLetter } from '@/lib/experts';
import { parsePage, showingLabel } from '@/lib/pagination';
import { ExpertPhoto } from '@/components/experts/ExpertPhoto';
import { Pagination } from '@/components/listing/Pagination';

export const metadata: Metadata = { title: 'Experts', alternates: { canonical: '/experts' } };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

const chip = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded border px-3 font-semibold';

export default async function ExpertsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const filters = { letter: parseLetter(raw.letter), program: raw.program?.slice(0, 120) || undefined, page: parsePage(raw.page) };
  const { experts, info, letters, programs } = await listExpertsPage(filters);
  const href = (over: { letter?: string | null; program?: string | null; page?: number }) => {
    const p = new URLSearchParams();
    const letter = over.letter === undefined ? filters.letter : over.letter;
    const program = over.program === undefined ? filters.program : over.program;
    if (letter) p.set('letter', letter);
    if (program) p.set('program', program);
    if (over.page && over.page > 1) p.set('page', String(over.page));
    const qs = p.toString();
    return qs ? `/experts?${qs}` : '/experts';
  };
  const programName = programs.find((p) => p.slug === filters.program)?.name;

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <h1 className="font-serif text-4xl font-bold">Experts</h1>
      <p className="mt-3 text-lg text-muted">Fellows, analysts and contributors{programName ? ` in ${programName}` : ''}{filters.letter ? `, family names starting with ${filters.letter}` : ''}.</p>

      <nav aria-label="Family names A to Z" className="mt-6">
        <ul className="flex flex-wrap gap-1">
          <li>
            <Link href={href({ letter: null, page: 1 })} aria-current={!filters.letter ? 'page' : undefined} className={`${chip} ${!filters.letter ? 'border-brand bg-brand text-white' : 'border-rule hover:border-brand'}`}>All</Link>
          </li>
          {letters.map((l) => (
            <li key={l}>
              <Link href={href({ letter: l, page: 1 })} aria-current={filters.letter === l ? 'page' : undefined} className={`${chip} ${filters.letter === l ? 'border-brand bg-brand text-white' : 'border-rule hover:border-brand'}`}>{l}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {programs.length ? (
        <nav aria-label="Research programs" className="mt-4">
          <ul className="flex flex-wrap gap-2 text-sm">
            <li>
              <Link href={href({ program: null, page: 1 })} aria-current={!filters.program ? 'page' : undefined} className={`${chip} ${!filters.program ? 'border-brand bg-brand text-white' : 'border-rule hover:border-brand'}`}>Every program</Link>
            </li>
            {programs.map((p) => (
              <li key={p.slug}>
                <Link href={href({ program: p.slug, page: 1 })} aria-current={filters.program === p.slug ? 'page' : undefined} className={`${chip} ${filters.program === p.slug ? 'border-brand bg-brand text-white' : 'border-rule hover:border-brand'}`}>{p.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      <p className="mt-6 text-sm text-muted" role="status" data-testid="showing">{showingLabel(info, 'experts')}</p>
      <ul className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-3" data-testid="experts">
        {experts.map((e) => (
          <li key={e.slug} className="flex gap-4 border-t border-rule pt-5">
            <ExpertPhoto name={e.name} url={e.photoUrl} alt={e.photoAlt} size={72} />
            <div>
              <h2 className="font-serif text-xl font-bold">
                <Link href={`/experts/${e.slug}`} className="text-ink hover:text-brand hover:underline">
                  {e.name}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-muted">{e.title}</p>
            </div>
          </li>
        ))}
      </ul>
      <Pagination info={info} hrefFor={(page) => href({ page })} label="Experts pages" />
    </div>
  );
}
