import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/session';
import { SignInForm } from '@/components/admin/SignInForm';

export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<{ next?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { next } = await searchParams;
  if (await getCurrentUser()) redirect('/admin');
  return (
    <div className="mx-auto max-w-md px-4 py-16">
      <h1 className="font-serif text-3xl font-bold">Staff sign-in</h1>
      <p className="mt-2 text-muted">For editors, contributors and administrators of this site.</p>
      <SignInForm next={typeof next === 'string' ? next : '/admin'} />
    </div>
  );
}
