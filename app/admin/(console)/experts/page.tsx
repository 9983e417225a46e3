import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageUser } from '@/lib/session';
import { listExpertsForAdmin } from '@/lib/admin/people-and-topics';

export const metadata: Metadata = { title: 'Experts' };

export default async function AdminExpertsPage({ searchParams }: { searchParams: Promise<{ removed?: string }> }) {
  await requirePageUser('experts:manage', '/admin/experts');
  const [experts, { removed }] = await Promise.all([listExpertsForAdmin(), searchParams]);
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">Experts</h1>
        <Link href="/admin/experts/new" className="inline-flex min-h-11 items-center rounded bg-brand px-5 font-semibold text-white">New expert</Link>
      </div>
      {removed ? <p role="status" className="mt-4 rounded border border-green-700 bg-green-50 p-3 font-semibold">Expert removed.</p> : null}
      <ul className="mt-6 divide-y divide-rule rounded bg-white">
        {experts.map((e) => (
          <li key={e.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
            <span><Link href={`/admin/experts/${e.id}`} className="font-semibold text-brand hover:underline">{e.name}</Link> <span className="text-sm text-muted">{e.title}</span></span>
            <span className="text-sm text-muted">{e.pieces} pieces</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
