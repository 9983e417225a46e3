import type { Metadata } from 'next';
import { draftMode } from 'next/headers';
import { notFound, permanentRedirect } from 'next/navigation';
import { findRenamedSlug, getArticleForPreview, getPreviewSubject, getPublicArticle, getRelatedArticles, type ArticleDetail } from '@/lib/articles';
import { canPreviewArticle } from '@/lib/permissions';
import { getCurrentUser } from '@/lib/session';
import { displayStatus } from '@/lib/visibility';
import { PreviewBanner } from '@/components/article/PreviewBanner';
import { FeaturedImage } from '@/components/article/FeaturedImage';
import { PdfDownload } from '@/components/article/PdfDownload';
import { JsonLd } from '@/components/layout/JsonLd';
import { articleJsonLd, breadcrumbJsonLd } from '@/lib/structured-data';
import { stripMarkdown, excerpt } from '@/lib/text';
import { ArticleHeader } from '@/components/article/ArticleHeader';
import { PullQuote } from '@/components/article/PullQuote';
import { OutletLink } from '@/components/article/OutletLink';
import { TopicTags } from '@/components/article/TopicTags';
import { MoreFrom } from '@/components/article/MoreFrom';
import { CiteThis } from '@/components/citation/CiteThis';
import { citationMeta } from '@/lib/citation/meta';
import { EpisodeListen } from '@/components/podcasts/EpisodeListen';
import { Transcript } from '@/components/podcasts/Transcript';
import { EventDetails } from '@/components/events/EventDetails';

type Props = { params: Promise<{ slug: string }> };

// Pages render on first request and stay cached until a write revalidates
// their tags (lib/cache-tags.ts); nothing is rendered at build time.
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const article = await getPublicArticle(slug);
  if (!article) return { title: 'Page not found' };
  // What editors set for search and shares wins; otherwise derived from the piece.
  const description = article.seoDescription || excerpt(article.dek || stripMarkdown(article.body), 200);
  const title = article.seoTitle || article.title;
  const shareImage = article.socialImageUrl || article.featuredImageUrl;
  return {
    title,
    description,
    alternates: { canonical: `/publications/${article.slug}` },
    openGraph: {
      type: 'article',
      title,
      description,
      url: `/publications/${article.slug}`,
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      authors: article.authors.map((a) => `/experts/${a.slug}`),
      section: article.programs[0]?.name ?? article.type.name,
      tags: article.topics.map((t) => t.name),
      ...(article.episode?.audio ? { audio: [{ url: article.episode.audio.url, type: article.episode.audio.contentType }] } : {}),
      // Pieces without a featured image use the generated card (opengraph-image.tsx).
      ...(shareImage ? { images: [{ url: shareImage, alt: article.socialImageUrl ? '' : (article.featuredImageAlt ?? '') }] } : {}),
    },
    twitter: { card: shareImage ? 'summary_large_image' : 'summary', title, description },
    // Highwire and Dublin Core tags, for reference managers (lib/citation/meta.ts).
    other: { author: article.authors.map((a) => a.name).join(', '), ...citationMeta(article) },
  };
}

/**
 * Staff with preview on (a draft-mode cookie set by /api/preview) see the
 * current text whatever its status; everyone else gets the cached public page.
 */
async function loadPreview(slug: string): Promise<{ article: ArticleDetail; status: string } | null> {
  if (!(await draftMode()).isEnabled) return null;
  const user = await getCurrentUser();
  const subject = user ? await getPreviewSubject(slug) : null;
  // A contributor previews only their own pieces; others get the public page (or its 404).
  if (!subject || !canPreviewArticle(user, subject)) return null;
  const found = await getArticleForPreview(slug);
  if (!found) return null;
  return { article: found.article, status: found.staged ? 'staged changes' : displayStatus(found.status as never, found.publishedAt) };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const preview = await loadPreview(slug);
  const article = preview?.article ?? (await getPublicArticle(slug));
  if (!article) {
    const renamed = await findRenamedSlug(slug);
    if (renamed) permanentRedirect(`/publications/${renamed}`);
    notFound();
  }
  const related = await getRelatedArticles(article);

  return (
    <>
    {preview ? <PreviewBanner status={preview.status} slug={article.slug} /> : null}
    <JsonLd data={articleJsonLd(article)} />
    <JsonLd
      data={breadcrumbJsonLd([
        { name: 'Home', path: '/' },
        { name: article.type.name, path: `/publications?type=${article.type.slug}` },
        { name: article.title, path: `/publications/${article.slug}` },
      ])}
    />
    <div className="mx-auto grid max-w-6xl gap-12 px-4 py-10 sm:px-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <article className="print-full max-w-3xl">
        <ArticleHeader article={article} />
        {article.featuredImageUrl ? <FeaturedImage url={article.featuredImageUrl} alt={article.featuredImageAlt ?? ''} /> : null}
        {article.pdfUrl ? <PdfDownload url={article.pdfUrl} title={article.title} /> : null}
        {article.event ? <EventDetails event={article.event} slug={article.slug} /> : null}
        {article.episode ? <EpisodeListen episode={article.episode} title={article.title} /> : null}
        {article.pullQuote ? <PullQuote text={article.pullQuote} /> : null}
        <div className="prose-article mt-8" data-testid="article-body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
        {article.episode?.transcript || article.event?.transcript ? <Transcript text={article.episode?.transcript || article.event!.transcript} slug={article.slug} /> : null}
        {article.outletName && article.outletUrl ? <OutletLink name={article.outletName} url={article.outletUrl} /> : null}
        <TopicTags topics={article.topics} />
        {preview ? null : <CiteThis slug={article.slug} />}
      </article>
      <MoreFrom items={related} />
    </div>
    </>
  );
}
