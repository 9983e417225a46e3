export function PdfDownload({ url, title }: { url: string; title: string }) {
  return (
    <p className="mt-6">
      <a href={url} className="inline-flex min-h-11 items-center gap-2 rounded border border-brand px-5 font-semibold text-brand hover:bg-paper" data-testid="pdf-link">
        Download the full report (PDF)<span className="sr-only">: {title}</span>
      </a>
    </p>
  );
}
