import Link from 'next/link';

/** At the foot of a piece: the way to its citation in each style, and the files reference managers import. */
export function CiteThis({ slug }: { slug: string }) {
  const base = `/publications/${slug}/cite`;
  return (
    <section aria-labelledby="cite-this" className="no-print mt-8 border-t border-rule pt-6" data-testid="cite-this">
      <h2 id="cite-this" className="text-sm font-bold uppercase tracking-wider text-muted">
        Cite this piece
      </h2>
      <p className="mt-3 flex flex-wrap gap-x-5 gap-y-2 text-sm">
        <Link href={base} className="inline-flex min-h-9 items-center font-semibold text-brand underline-offset-4 hover:underline">
          APA, Chicago and MLA
        </Link>
        <a href={`${base}/bibtex`} className="inline-flex min-h-9 items-center font-semibold text-brand underline-offset-4 hover:underline">
          BibTeX (.bib)
        </a>
        <a href={`${base}/ris`} className="inline-flex min-h-9 items-center font-semibold text-brand underline-offset-4 hover:underline">
          RIS for Zotero, EndNote, Mendeley (.ris)
        </a>
      </p>
    </section>
  );
}
