import type { Metadata } from 'next';
import Link from 'next/link';
import { getTaxonomy } from '@/lib/taxonomy';

export const metadata: Metadata = { title: 'Topics and regions', alternates: { canonical: '/topics' } };

export default async function TopicsPage() {
  const { topics } = await getTaxonomy();
  const groups = [
    { kind: 'TOPIC', label: 'Topics' },
    { kind: 'REGION', label: 'Regions' },
  ] as const;
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <h1 className="font-serif text-4xl font-bold">Topics and regions</h1>
      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={`h-${g.kind}`} className="mt-10">
          <h2 id={`h-${g.kind}`} className="border-b-4 border-brand pb-2 text-lg font-bold uppercase tracking-wider">
            {g.label}
          </h2>
          <ul className="mt-4 grid gap-x-6 gap-y-4 sm:grid-cols-2">
            {topics
              .filter((t) => t.kind === g.kind)
              .map((t) => (
                <li key={t.slug}>
                  <Link href={`/topics/${t.slug}`} className="font-serif text-xl font-bold text-brand hover:underline">
                    {t.name}
                  </Link>
                  {t.description ? <p className="mt-1 text-sm text-muted">{t.description}</p> : null}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
