import type { Metadata } from 'next';
import Link from 'next/link';
import { listExperts } from '@/lib/experts';
import { ExpertPhoto } from '@/components/experts/ExpertPhoto';

export const metadata: Metadata = { title: 'Experts', alternates: { canonical: '/experts' } };

export default async function ExpertsPage() {
  const experts = await listExperts();
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <h1 className="font-serif text-4xl font-bold">Experts</h1>
      <p className="mt-3 text-lg text-muted">{experts.length} fellows, analysts and contributors.</p>
      <ul className="mt-8 grid gap-6 sm:grid-cols-2 lg:grid-cols-3" data-testid="experts">
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
    </div>
  );
}
