import type { Metadata } from 'next';
import Link from 'next/link';
import { listPrograms } from '@/lib/programs';

export const metadata: Metadata = {
  title: 'Research areas',
  description: 'The programs through which the Center’s experts study defense, technology, regions and the economy of security.',
  alternates: { canonical: '/programs' },
};

export default async function ProgramsPage() {
  const programs = await listPrograms();
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <h1 className="font-serif text-4xl font-bold">Research areas</h1>
      <ul className="mt-8 divide-y divide-rule border-y border-rule" data-testid="programs">
        {programs.map((p) => (
          <li key={p.slug} className="py-6">
            <h2 className="font-serif text-2xl font-bold">
              <Link href={`/programs/${p.slug}`} className="text-ink hover:text-brand hover:underline">
                {p.name}
              </Link>
            </h2>
            {p.description ? <p className="mt-2 text-muted">{p.description}</p> : null}
            <p className="mt-2 text-sm text-muted">
              {p.director ? <>Led by {p.director.name} · </> : null}
              {p.teamSize} {p.teamSize === 1 ? 'expert' : 'experts'}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
