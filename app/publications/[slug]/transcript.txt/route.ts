import { getPublicArticle } from '@/lib/articles';
import { tags } from '@/lib/cache-tags';

// An episode's or a past event's transcript as plain text: what podcast apps fetch from the
// feed's podcast:transcript link, and a download for readers.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const article = await getPublicArticle(slug);
  const transcript = article?.episode?.transcript || article?.event?.transcript;
  if (!article || !transcript) return new Response('No transcript here.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(`${article.title}\n\n${transcript}\n`, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
      xkey: [tags.articles, tags.article(slug)].join(' '),
    },
  });
}
