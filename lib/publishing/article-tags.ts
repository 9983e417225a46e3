import 'server-only';
import { db, type DbOrTx } from '../db';
import { tagsForArticleChange, tags, type ArticleFootprint } from '../cache-tags';
import { isPublic } from '../visibility';

/** `oldSlugs`: addresses that redirect to the piece, whose cached redirects must go when it leaves the site. */
export type Footprint = ArticleFootprint & { public: boolean; oldSlugs: string[] };

/** What a piece touches in the public site right now (read before and after a write). */
export async function articleFootprint(id: string, client: DbOrTx = db): Promise<Footprint | null> {
  const row = await client.article.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      status: true,
      publishedAt: true,
      type: { select: { slug: true } },
      authors: { select: { author: { select: { slug: true } } } },
      topics: { select: { topic: { select: { slug: true } } } },
      programs: { select: { program: { select: { slug: true } } } },
      show: { select: { slug: true } },
      eventStartsAt: true,
      redirects: { select: { slug: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    type: row.type.slug,
    authors: row.authors.map((a) => a.author.slug),
    topics: row.topics.map((t) => t.topic.slug),
    programs: row.programs.map((p) => p.program.slug),
    show: row.show?.slug ?? null,
    event: !!row.eventStartsAt,
    oldSlugs: row.redirects.map((r) => r.slug),
    // A scheduled piece counts as public here: pages listing it must expire when it changes.
    public: isPublic(row, new Date()) || row.status === 'SCHEDULED',
  };
}

/** Every tag whose cached pages showed the piece before the write or show it after. */
export function articleChangeTags(before: Footprint | null, after: Footprint | null): string[] {
  const states = [before, after].filter((s): s is Footprint => !!s && s.public);
  // Even a piece that was never public has an address that may hold a cached 404 or redirect.
  // Old addresses too: their cached redirects must not outlive the piece's place on the site.
  const slugs = [before, after].filter((s): s is Footprint => !!s).flatMap((s) => [s.slug, ...s.oldSlugs].map((slug) => tags.article(slug)));
  return [...new Set([...(states.length ? tagsForArticleChange(...states) : []), ...slugs])];
}
