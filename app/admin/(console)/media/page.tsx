import type { Metadata } from 'next';
import { requirePageUser } from '@/lib/session';
import { can } from '@/lib/permissions';
import { listMedia } from '@/lib/admin/media';
import { parsePage, showingLabel } from '@/lib/pagination';
import type { MediaKind } from '@/lib/media/upload';
import { fieldClass, labelClass } from '@/components/forms/field-styles';
import { SelectFilter } from '@/components/forms/SelectFilter';
import { Pagination } from '@/components/listing/Pagination';
import { MediaUploader } from '@/components/admin/media/MediaUploader';
import { MediaCard } from '@/components/admin/media/MediaCard';

export const metadata: Metadata = { title: 'Media library' };

const KINDS: { value: MediaKind; label: string }[] = [
  { value: 'image', label: 'Pictures' },
  { value: 'audio', label: 'Audio' },
  { value: 'pdf', label: 'PDFs' },
];

export default async function MediaLibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePageUser('article:create', '/admin/media');
  const raw = await searchParams;
  const kind = KINDS.find((k) => k.value === raw.kind)?.value;
  const q = (raw.q ?? '').slice(0, 100);
  const { items, info } = await listMedia({ q, kind, page: parsePage(raw.page) });
  const href = (page: number) => `/admin/media?${new URLSearchParams({ ...(q ? { q } : {}), ...(kind ? { kind } : {}), ...(page > 1 ? { page: String(page) } : {}) })}`;
  return (
    <div>
      <h1 className="font-serif text-3xl font-bold">Media library</h1>
      <MediaUploader />
      <form method="get" action="/admin/media" role="search" aria-label="Search the library" className="mt-6 grid gap-3 rounded bg-white p-4 sm:grid-cols-3">
        <label className={labelClass}>
          Name, description or caption
          <input name="q" defaultValue={q} className={fieldClass} />
        </label>
        <SelectFilter label="Kind" name="kind" value={kind} allLabel="Any kind" options={KINDS} />
        <div className="flex items-end">
          <button type="submit" className="min-h-11 rounded bg-brand px-5 font-semibold text-white">Search the library</button>
        </div>
      </form>
      <p className="mt-4 text-sm text-muted" role="status">{showingLabel(info, 'files')}</p>
      <ul className="mt-2 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {items.map((item) => (
          <li key={item.id}>
            <MediaCard item={item} canDelete={can(user, 'article:publish')} />
          </li>
        ))}
      </ul>
      <Pagination info={info} hrefFor={href} />
    </div>
  );
}
