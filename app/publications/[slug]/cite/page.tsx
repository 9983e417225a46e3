import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getPublicArticle } from '@/lib/articles';
import { cachedCitations } from '@/lib/citation';
import { CitationList } from '@/components/citation/CitationList';

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getPublicArticle((await params).slug);
  if (!article) return { title: 'Page not found' };
  // The piece itself is what search engines should list.
  return { title: `Cite “${article.title}”`, robots: { index: false, follow: true }, alternates: { canonical: `/publications/${article.slug}/cite` } };
}

export default async function CitePage({ params }: Props) {
  const article = await getPublicArticle((await params).slug);
  if (!article) notFound();
  const citations = await cachedCitations(article);
  const base = `/publications/${article.slug}/cite`;
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <p className="text-sm">
        <Link href={`/publications/${article.slug}`} className="font-semibold text-brand underline-offset-4 hover:underline">
          ← {article.title}
        </Link>
      </p>
      <h1 className="mt-4 font-serif text-3xl font-bold sm:text-4xl">Cite this piece</h1>
      <CitationList citations={citations} />
      <section aria-labelledby="files" className="mt-10 border-t border-rule pt-6">
        <h2 id="files" className="font-serif text-xl font-bold">
          For reference managers
        </h2>
        <p className="mt-2 text-muted">Zotero, Mendeley and EndNote also pick the piece up from its own page.</p>
        <ul className="mt-3 flex flex-wrap gap-3">
          <li>
            <a href={`${base}/bibtex`} className="inline-flex min-h-11 items-center rounded bg-brand px-5 font-semibold text-white hover:bg-brand-dark">
              Download BibTeX (.bib)
            </a>
          </li>
          <li>
            <a href={`${base}/ris`} className="inline-flex min-h-11 items-center rounded bg-brand px-5 font-semibold text-white hover:bg-brand-dark">
              Download RIS (.ris)
            </a>
          </li>
        </ul>
      </section>
    </div>
  );
}
