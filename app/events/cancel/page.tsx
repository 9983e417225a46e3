import type { Metadata } from 'next';
import Link from 'next/link';
import { registrationByToken } from '@/lib/events/registrations';
import { CancelRegistration } from '@/components/events/CancelRegistration';

export const metadata: Metadata = { title: 'Cancel a registration', robots: { index: false } };

// The link in a registration e-mail opens this page; only its button cancels
// (mail scanners follow links, they do not press buttons).
export default async function CancelPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const token = String((await searchParams).token ?? '');
  const registration = await registrationByToken(token);
  return (
    <div className="mx-auto max-w-2xl px-4 py-10 sm:px-6">
      <h1 className="font-serif text-3xl font-bold">Cancel a registration</h1>
      {!registration ? (
        <p className="mt-4">This link is not valid any more: it may have been used already, or a newer e-mail replaced it.</p>
      ) : registration.status === 'cancelled' ? (
        <p className="mt-4">The registration of {registration.name} for <Link href={`/publications/${registration.slug}`} className="text-brand underline">{registration.title}</Link> is already cancelled.</p>
      ) : (
        <>
          <p className="mt-4">
            {registration.name}, you are {registration.status === 'confirmed' ? 'registered' : 'on the waiting list'} for{' '}
            <Link href={`/publications/${registration.slug}`} className="text-brand underline">{registration.title}</Link>.
          </p>
          <CancelRegistration token={token} />
        </>
      )}
    </div>
  );
}
