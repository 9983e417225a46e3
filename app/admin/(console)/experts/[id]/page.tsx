import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/session';
import { getExpertForEdit, listExpertsForAdmin, listProgramOptions } from '@/lib/admin/people-and-topics';
import { removeExpertAction } from '@/lib/actions/people-and-topics';
import { ExpertForm } from '@/components/admin/ExpertForm';
import { RemoveWithMerge } from '@/components/admin/RemoveWithMerge';

export const metadata: Metadata = { title: 'Expert' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function AdminExpertPage({ params, searchParams }: Props) {
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  await requirePageUser('experts:manage', `/admin/experts/${id}`);
  const isNew = id === 'new';
  const [expert, programs, all] = await Promise.all([isNew ? null : getExpertForEdit(id), listProgramOptions(), listExpertsForAdmin()]);
  if (!isNew && !expert) notFound();
  const values = {
    id: expert?.id,
    name: expert?.name ?? '',
    slug: expert?.slug ?? '',
    sortName: expert?.sortName ?? '',
    title: expert?.title ?? '',
    bio: expert?.bio ?? '',
    photoUrl: expert?.photoUrl ?? '',
    photoAlt: expert?.photoAlt ?? '',
    programId: expert?.programId ?? '',
  };
  const mine = all.find((e) => e.id === id);
  return (
    <div className="space-y-6">
      <p><Link href="/admin/experts" className="text-sm font-semibold text-brand underline">← All experts</Link></p>
      <h1 className="font-serif text-3xl font-bold">{isNew ? 'New expert' : expert!.name}</h1>
      {saved ? <p role="status" className="rounded border border-green-700 bg-green-50 p-3 font-semibold">Saved. <Link href={`/experts/${expert?.slug}`} className="underline">View the public profile</Link></p> : null}
      <ExpertForm expert={values} programs={programs} />
      {!isNew && mine ? (
        <RemoveWithMerge id={id} noun="expert" pieces={mine.pieces} others={all.filter((e) => e.id !== id).map((e) => ({ id: e.id, label: e.name }))} action={removeExpertAction} />
      ) : null}
    </div>
  );
}
