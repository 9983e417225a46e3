import type { Metadata } from 'next';
import { getTaxonomy } from '@/lib/taxonomy';
import { followGroups } from '@/lib/newsletter/choices';
import { SignUpForm } from '@/components/newsletter/SignUpForm';

export const metadata: Metadata = {
  title: 'E-mail updates',
  description: 'A weekly e-mail of new analysis on the topics, regions, programs and experts you choose.',
  alternates: { canonical: '/newsletter' },
};

export default async function NewsletterPage() {
  const groups = followGroups(await getTaxonomy());
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="font-serif text-4xl font-bold">E-mail updates</h1>
      <p className="mt-3 text-lg text-muted">
        Choose what you follow and get one e-mail a week listing what is new on it. To follow an expert, use the sign-up on their page.
      </p>
      <div className="mt-8">
        <SignUpForm groups={groups} heading="What would you like to follow?" returnTo="/newsletter" />
      </div>
    </div>
  );
}
