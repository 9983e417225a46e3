import Link from 'next/link';
import type { FollowKind } from '@/lib/newsletter/tokens';
import { followValue } from '@/lib/newsletter/choices';
import { SignUpForm } from './SignUpForm';

/** "Get new pieces on … by e-mail": the one-thing sign-up at the foot of a topic's, program's or expert's page. */
export function FollowBox({ kind, slug, name, path }: { kind: FollowKind; slug: string; name: string; path: string }) {
  return (
    <aside className="mt-12 rounded border border-rule bg-paper p-5" data-testid="follow-by-email">
      <SignUpForm follow={{ value: followValue({ kind, slug }), label: name }} heading={`Get new pieces ${kind === 'expert' ? 'by' : 'on'} ${name} by e-mail`} returnTo={path} />
      <p className="mt-2 text-sm"><Link href="/newsletter" className="text-brand underline">Choose several topics and programs</Link></p>
    </aside>
  );
}
