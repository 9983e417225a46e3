import { STATUS_LABELS } from '@/lib/labels';

const styles: Record<string, string> = {
  DRAFT: 'bg-gray-200 text-gray-900',
  IN_REVIEW: 'bg-amber-100 text-amber-900',
  SCHEDULED: 'bg-blue-100 text-blue-900',
  PUBLISHED: 'bg-green-100 text-green-900',
  UNPUBLISHED: 'bg-red-100 text-red-900',
  TRASHED: 'bg-gray-800 text-white',
};

export const statusLabels: Record<string, string> = STATUS_LABELS;

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-bold uppercase tracking-wide ${styles[status] ?? ''}`} data-testid="status">
      {statusLabels[status] ?? status}
    </span>
  );
}
