/** Shown only to staff in preview: what they see is not (yet) what readers see. */
export function PreviewBanner({ status, slug }: { status: string; slug: string }) {
  return (
    <div role="status" className="no-print sticky top-0 z-40 bg-amber-300 text-ink" data-testid="preview-banner">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-2 sm:px-6">
        <p className="font-bold">Preview: {status.toLowerCase().replace('_', ' ')}. Readers cannot see this version.</p>
        <form action={`/api/preview/exit?to=/publications/${slug}`} method="post">
          <button type="submit" className="min-h-11 rounded bg-ink px-4 font-semibold text-white">Exit preview</button>
        </form>
      </div>
    </div>
  );
}
