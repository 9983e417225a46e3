import type { Metadata } from 'next';
import { requirePageUser } from '@/lib/session';
import { listAudit } from '@/lib/admin/audit';

export const metadata: Metadata = { title: 'Audit log' };

const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });

export default async function AuditPage() {
  await requirePageUser('audit:view', '/admin/audit');
  const entries = await listAudit();
  return (
    <div>
      <h1 className="font-serif text-3xl font-bold">Audit log</h1>
      <p className="mt-2 text-muted">Sign-ins, publishing, unpublishing, restores and account changes, newest first (last 200).</p>
      <div className="relative mt-6 overflow-x-auto rounded bg-white">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-rule text-xs uppercase tracking-wider text-muted">
            <tr><th scope="col" className="p-3">When (UTC)</th><th scope="col" className="p-3">Who</th><th scope="col" className="p-3">Action</th><th scope="col" className="p-3">Details</th></tr>
          </thead>
          <tbody className="divide-y divide-rule" data-testid="audit">
            {entries.map((e) => (
              <tr key={e.id}>
                <td className="whitespace-nowrap p-3">{when.format(e.createdAt)}</td>
                <td className="p-3">{e.user?.name ?? '—'}</td>
                <td className="p-3 font-semibold">{e.action}</td>
                <td className="p-3">{e.detail || e.subject}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
