import Link from 'next/link';
import type { ArticleDetail } from '@/lib/articles';

export function TopicTags({ topics }: { topics: ArticleDetail['topics'] }) {
  if (topics.length === 0) return null;
  return (
    <nav aria-label="Topics and regions" className="no-print mt-10 border-t border-rule pt-6">
      <h2 className="text-sm font-bold uppercase tracking-wider text-muted">Topics &amp; regions</h2>
      <ul className="mt-3 flex flex-wrap gap-2">
        {topics.map((t) => (
          <li key={t.slug}>
            <Link
              href={`/topics/${t.slug}`}
              className="inline-flex min-h-9 items-center rounded-full border border-brand px-3 text-sm font-semibold text-brand hover:bg-brand hover:text-white"
            >
              {t.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
