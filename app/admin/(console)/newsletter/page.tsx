import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageUser } from '@/lib/session';
import { newsletterOverview } from '@/lib/newsletter/admin';
import { previewDigest } from '@/lib/newsletter/digest';
import { resolveChoices } from '@/lib/newsletter';
import { choicesOf, FOLLOW_VALUE, followGroups } from '@/lib/newsletter/choices';
import { getTaxonomy } from '@/lib/taxonomy';
import { formatInZone } from '@/lib/time-zones';
import { site } from '@/lib/site';
import { RemoveReaderForm } from '@/components/admin/newsletter/RemoveReaderForm';
import { fieldClass } from '@/components/forms/field-styles';

export const metadata: Metadata = { title: 'Newsletter' };

type Props = { searchParams: Promise<{ follow?: string | string[] }> };

const KIND = { topic: 'Topic', program: 'Program', expert: 'Expert' } as const;
const when = (d: Date) => formatInZone(d, site.timeZone);

export default async function NewsletterAdminPage({ searchParams }: Props) {
  await requirePageUser('newsletter:manage', '/admin/newsletter');
  const asked = (await searchParams).follow;
  const follow = typeof asked === 'string' && FOLLOW_VALUE.test(asked) ? asked : '';
  const [overview, taxonomy, followed] = await Promise.all([newsletterOverview(), getTaxonomy(), follow ? resolveChoices(choicesOf([follow])) : Promise.resolve([])]);
  const preview = followed.length ? await previewDigest(followed) : null;
  const groups = followGroups(taxonomy);

  return (
    <div>
      <h1 className="font-serif text-3xl font-bold">Newsletter</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Readers confirm their address and choose topics, regions, programs or experts; every Monday at 8:00 {site.timeZoneLabel} each gets one e-mail with the
        week’s new pieces on what they follow (nothing, if there were none). Addresses are not listed here: the counts are what the work needs.
      </p>

      <section aria-labelledby="readers-heading" className="mt-8">
        <h2 id="readers-heading" className="font-serif text-2xl font-bold">Readers</h2>
        <p className="mt-2 text-lg" data-testid="newsletter-readers">
          <strong>{overview.readers.toLocaleString('en-US')}</strong> confirmed {overview.readers === 1 ? 'reader' : 'readers'}
        </p>
        {overview.follows.length ? (
          <div className="relative mt-4 overflow-x-auto rounded bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">What readers follow, most followed first</caption>
              <thead className="border-b border-rule text-xs uppercase tracking-wider text-muted">
                <tr><th scope="col" className="p-3">Follows</th><th scope="col" className="p-3">Kind</th><th scope="col" className="p-3 text-right">Readers</th></tr>
              </thead>
              <tbody className="divide-y divide-rule" data-testid="newsletter-follows">
                {overview.follows.map((f) => (
                  <tr key={`${f.kind}:${f.href}`}>
                    <td className="p-3"><Link href={f.href} className="font-semibold text-brand hover:underline">{f.name}</Link></td>
                    <td className="p-3">{KIND[f.kind]}</td>
                    <td className="p-3 text-right tabular-nums">{f.readers.toLocaleString('en-US')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="mt-2 text-muted">Nobody follows anything yet.</p>
        )}
      </section>

      <section aria-labelledby="weeks-heading" className="mt-10">
        <h2 id="weeks-heading" className="font-serif text-2xl font-bold">Weekly digests</h2>
        <p className="mt-2 text-muted">
          The next one is due {when(overview.next.dueAt)} and lists what is published from {when(overview.next.from)} until then.
          {' '}Records of each week are kept for 8 weeks, only so that no reader gets a week twice.
        </p>
        {overview.weeks.length ? (
          <div className="relative mt-4 overflow-x-auto rounded bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Digests by week, newest first</caption>
              <thead className="border-b border-rule text-xs uppercase tracking-wider text-muted">
                <tr><th scope="col" className="p-3">Week due</th><th scope="col" className="p-3 text-right">Sent</th><th scope="col" className="p-3 text-right">Nothing new</th><th scope="col" className="p-3 text-right">Waiting</th></tr>
              </thead>
              <tbody className="divide-y divide-rule" data-testid="newsletter-weeks">
                {overview.weeks.map((w) => (
                  <tr key={w.period}>
                    <td className="p-3">{w.period}</td>
                    <td className="p-3 text-right tabular-nums">{w.sent}</td>
                    <td className="p-3 text-right tabular-nums">{w.nothingNew}</td>
                    <td className="p-3 text-right tabular-nums">{w.waiting}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="p-3 text-xs text-muted">Waiting: claimed but not yet sent (the mail server refused or an instance stopped); retried after 15 minutes, for up to 3 days.</p>
          </div>
        ) : (
          <p className="mt-2 text-muted">No digest has gone out in the last 8 weeks.</p>
        )}
      </section>

      <section aria-labelledby="preview-heading" className="mt-10">
        <h2 id="preview-heading" className="font-serif text-2xl font-bold">Preview the next digest</h2>
        <form method="get" className="mt-3 flex flex-wrap items-end gap-2">
          <label className="text-sm font-semibold">
            As a reader who follows
            <select name="follow" defaultValue={follow} className={`${fieldClass} w-72`}>
              <option value="">Choose…</option>
              {groups.map((g) => (
                <optgroup key={g.legend} label={g.legend}>
                  {g.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                </optgroup>
              ))}
            </select>
          </label>
          <button type="submit" className="min-h-11 rounded bg-brand px-4 font-semibold text-white">Preview</button>
        </form>
        {follow && !followed.length ? <p role="alert" className="mt-3 font-semibold text-accent">That topic or program no longer exists.</p> : null}
        {preview ? (
          preview.mail ? (
            <figure className="mt-4">
              <figcaption className="text-sm text-muted">
                {preview.pieces} {preview.pieces === 1 ? 'piece' : 'pieces'} so far, if it went out now (the plain-text part; mail programs show the same as HTML). Subject: <strong className="text-ink">{preview.mail.subject}</strong>
              </figcaption>
              <pre className="mt-2 max-h-[32rem] overflow-auto whitespace-pre-wrap rounded border border-rule bg-white p-4 text-sm" data-testid="digest-preview">{preview.mail.text}</pre>
            </figure>
          ) : (
            <p className="mt-3" data-testid="digest-preview">Nothing on {followed[0].name} has been published since {when(preview.period.from)}: a reader following only that would get no e-mail this week.</p>
          )
        ) : null}
      </section>

      <section aria-labelledby="remove-heading" className="mt-10">
        <h2 id="remove-heading" className="font-serif text-2xl font-bold">Remove a reader</h2>
        <p className="mt-2 max-w-3xl text-muted">
          When a reader asks to be forgotten (or cannot use the link in their e-mail), enter their address: it is deleted with everything it follows and its
          delivery records. The audit log notes the removal with the address’s domain only.
        </p>
        <RemoveReaderForm />
      </section>
    </div>
  );
}
