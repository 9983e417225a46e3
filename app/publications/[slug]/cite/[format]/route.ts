import { getPublicArticle } from '@/lib/articles';
import { CITATION_FILES, citationFile, type CitationFile } from '@/lib/citation';
import { tags } from '@/lib/cache-tags';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; format: string }> }) {
  const { slug, format } = await params;
  const file = Object.hasOwn(CITATION_FILES, format) ? CITATION_FILES[format as CitationFile] : null;
  const article = file ? await getPublicArticle(slug) : null;
  if (!file || !article) return new Response('No such citation file.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(citationFile(article, format as CitationFile), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${article.slug}.${file.extension}"`,
      // Browsers may keep it five minutes; the front keeps it until the piece changes.
      'Cache-Control': 'public, max-age=300',
      xkey: [tags.article(article.slug), tags.articles].join(' '),
    },
  });
}
