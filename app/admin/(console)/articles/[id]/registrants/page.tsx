import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/session';
import { articleAccess } from '@/lib/admin/articles';
import { KEEP_REGISTRATIONS_DAYS, listRegistrants } from '@/lib/events/registrations';

export const metadata: Metadata = { title: 'Registrants' };

const STATUS = { confirmed: 'Confirmed', waitlisted: 'Waiting list', cancelled: 'Cancelled' } as const;

export default async function RegistrantsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser('article:publish', `/admin/articles/${id}/registrants`);
  const piece = await articleAccess(id);
  if (!piece) notFound();
  const rows = await listRegistrants(id);
  const count = (s: keyof typeof STATUS) => rows.filter((r) => r.status === s).length;
  return (
    <div>
      <p className="text-sm"><Link href={`/admin/articles/${id}`} className="text-brand underline">Back to the piece</Link></p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Registrants: {piece.title}</h1>
      <p className="mt-2" data-testid="registrant-counts">{count('confirmed')} confirmed · {count('waitlisted')} on the waiting list · {count('cancelled')} cancelled</p>
      <p className="mt-2"><a href={`/api/admin/events/${id}/registrants`} className="font-semibold text-brand underline">Download as CSV</a></p>
      <p className="mt-2 text-sm text-muted">Registrations are deleted {KEEP_REGISTRATIONS_DAYS} days after the event ends (readers are told so when they register).</p>
      <div className="relative mt-6 overflow-x-auto">
        <table className="w-full min-w-[40rem] border-collapse bg-white text-sm">
          <caption className="sr-only">Everyone who registered, confirmed places first, then the waiting list in order</caption>
          <thead>
            <tr className="border-b border-rule text-left">
              <th scope="col" className="p-2">Name</th>
              <th scope="col" className="p-2">E-mail</th>
              <th scope="col" className="p-2">Organization</th>
              <th scope="col" className="p-2">Status</th>
              <th scope="col" className="p-2">Registered</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.email} className="border-b border-rule">
                <td className="p-2">{r.name}</td>
                <td className="p-2">{r.email}</td>
                <td className="p-2">{r.organization}</td>
                <td className="p-2">{STATUS[r.status]}</td>
                <td className="p-2"><time dateTime={r.createdAt.toISOString()}>{r.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC</time></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
