import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageUser } from '@/lib/session';
import { listProgramsForAdmin } from '@/lib/admin/programs';
import { ProgramForm } from '@/components/admin/ProgramForm';

export const metadata: Metadata = { title: 'Programs' };

export default async function AdminProgramsPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  await requirePageUser('taxonomy:manage', '/admin/programs');
  const [programs, flags] = await Promise.all([listProgramsForAdmin(), searchParams]);
  return (
    <div>
      <h1 className="font-serif text-3xl font-bold">Programs</h1>
      <p className="mt-2 text-muted">What each research area’s page shows: its description, its director (one of its team; an expert joins a team on their own page) and up to four highlighted pieces.</p>
      {flags.saved ? <p role="status" className="mt-4 rounded border border-green-700 bg-green-50 p-3 font-semibold">Saved.</p> : null}
      <ul className="mt-6 space-y-6">
        {programs.map((p) => (
          <li key={p.id} className="rounded bg-white p-4">
            <h2 className="text-lg font-bold">
              {p.name}{' '}
              <Link href={`/programs/${p.slug}`} className="text-sm font-semibold text-brand underline">View page</Link>
            </h2>
            <div className="mt-3"><ProgramForm program={p} /></div>
          </li>
        ))}
      </ul>
    </div>
  );
}
