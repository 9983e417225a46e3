import type { Metadata } from 'next';
import Link from 'next/link';
import { subscriptionByToken } from '@/lib/newsletter';
import { followGroups, followValue } from '@/lib/newsletter/choices';
import { getTaxonomy } from '@/lib/taxonomy';
import { ManageFollows } from '@/components/newsletter/ManageFollows';

export const metadata: Metadata = { title: 'Your e-mail updates', robots: { index: false } };

export default async function ManagePage({ searchParams }: { searchParams: Promise<{ t?: string | string[]; confirmed?: string }> }) {
  const query = await searchParams;
  const t = String(query.t ?? '').slice(0, 4000);
  const [subscription, taxonomy] = await Promise.all([subscriptionByToken(t), getTaxonomy()]);
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="font-serif text-3xl font-bold">Your e-mail updates</h1>
      {!subscription ? (
        <p className="mt-4" data-testid="no-subscription">
          This link names no subscription: you may have unsubscribed already. <Link href="/newsletter" className="text-brand underline">Sign up</Link> to start again.
        </p>
      ) : (
        <>
          {query.confirmed ? <p role="status" className="mt-4 rounded border border-green-700 bg-green-50 p-3 font-semibold">Confirmed: you are subscribed.</p> : null}
          <p className="mt-4">
            A weekly e-mail goes to <strong>{subscription.email}</strong> when something new appears on what is ticked below. Keep this page&apos;s address (every digest links to it) to change your choices.
          </p>
          <ManageFollows token={t} groups={followGroups(taxonomy, subscription.follows.filter((f) => f.kind === 'expert'))} current={subscription.follows.map(followValue)} />
        </>
      )}
    </div>
  );
}
