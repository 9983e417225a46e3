import type { Metadata } from 'next';
import { requirePageUser } from '@/lib/session';
import { listTopicsForAdmin } from '@/lib/admin/people-and-topics';
import { removeTopicAction } from '@/lib/actions/people-and-topics';
import { TopicForm } from '@/components/admin/TopicForm';
import { RemoveWithMerge } from '@/components/admin/RemoveWithMerge';

export const metadata: Metadata = { title: 'Topics and regions' };

export default async function AdminTopicsPage({ searchParams }: { searchParams: Promise<{ saved?: string; removed?: string }> }) {
  await requirePageUser('taxonomy:manage', '/admin/topics');
  const [topics, flags] = await Promise.all([listTopicsForAdmin(), searchParams]);
  return (
    <div>
      <h1 className="font-serif text-3xl font-bold">Topics and regions</h1>
      {flags.saved || flags.removed ? <p role="status" className="mt-4 rounded border border-green-700 bg-green-50 p-3 font-semibold">{flags.saved ? 'Saved.' : 'Removed.'}</p> : null}
      <h2 className="mt-6 text-lg font-bold">Add a topic or region</h2>
      <div className="mt-2 rounded bg-white p-4"><TopicForm topic={{ name: '', slug: '', kind: 'TOPIC', description: '' }} /></div>
      <ul className="mt-6 space-y-4">
        {topics.map((t) => (
          <li key={t.id} className="rounded bg-white p-4">
            <p className="mb-2 text-sm text-muted">{t.pieces} pieces</p>
            <TopicForm topic={t} />
            <details className="mt-2">
              <summary className="cursor-pointer text-sm font-semibold text-accent">Remove or merge “{t.name}”</summary>
              <div className="mt-2">
                <RemoveWithMerge id={t.id} noun="topic" pieces={t.pieces} others={topics.filter((o) => o.id !== t.id).map((o) => ({ id: o.id, label: o.name }))} action={removeTopicAction} />
              </div>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
