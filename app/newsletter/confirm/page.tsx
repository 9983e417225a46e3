import type { Metadata } from 'next';
import Link from 'next/link';
import { readConfirmation } from '@/lib/newsletter';
import { ConfirmButton } from '@/components/newsletter/ConfirmButton';

export const metadata: Metadata = { title: 'Confirm your e-mail updates', robots: { index: false } };

export default async function ConfirmPage({ searchParams }: { searchParams: Promise<{ t?: string | string[] }> }) {
  const t = String((await searchParams).t ?? '').slice(0, 4000);
  const pending = await readConfirmation(t);
  return (
    <div className="mx-auto max-w-2xl px-4 py-10 sm:px-6">
      <h1 className="font-serif text-3xl font-bold">Confirm your e-mail updates</h1>
      {!pending || pending.follows.length === 0 ? (
        <p className="mt-4">
          This link does not work: it may be older than a week, cut short by your mail program, or what it named no longer exists.{' '}
          <Link href="/newsletter" className="text-brand underline">Sign up again</Link> for a new one.
        </p>
      ) : (
        <>
          <p className="mt-4">Send a weekly e-mail to <strong>{pending.email}</strong> with new pieces on:</p>
          <ul className="mt-2 list-disc pl-6">
            {pending.follows.map((f) => <li key={`${f.kind}:${f.id}`}><Link href={f.href} className="text-brand underline">{f.name}</Link></li>)}
          </ul>
          <ConfirmButton token={t} />
        </>
      )}
    </div>
  );
}
