// Cache tags: every cached read names what it depends on, and every write
// revalidates exactly the tags of what it changed.
//
//  tag                 attached to                                   revalidated when
//  articles            every cached read that shows article data     an expert, topic, program or type is renamed
//  lists               home, publications listing, latest fallbacks  any piece becomes public, changes, or leaves
//  article:<slug>      one article page's data                       that piece changes (old and new slug)
//  author:<slug>       expert profile + cards/sidebars by that author a piece by them changes, or the expert changes
//  topic:<slug>        topic page + sidebars of pieces on that topic a piece on that topic changes, or the topic changes
//  program:<slug>      that research area's page and listings        a piece in that area or the program changes
//  type:<slug>         listings filtered by that type                a piece of that type changes
//  pinned:<id>         sidebars that pin that piece                  the pinned piece changes
//  taxonomy            topic, type, program and expert indexes       any of those is created, renamed or deleted
//  events              the events index (/events)                    an event changes, starts or ends
//  podcasts            the shows index (/podcasts)                   a show changes, or an episode of any show changes
//  podcast:<slug>      that show's page and feed, its episodes' pages  the show changes, or one of its episodes changes
export const tags = {
  articles: 'articles',
  lists: 'lists',
  taxonomy: 'taxonomy',
  article: (slug: string) => `article:${slug}`,
  author: (slug: string) => `author:${slug}`,
  topic: (slug: string) => `topic:${slug}`,
  program: (slug: string) => `program:${slug}`,
  type: (slug: string) => `type:${slug}`,
  pinned: (id: string) => `pinned:${id}`,
  events: 'events',
  podcasts: 'podcasts',
  podcast: (slug: string) => `podcast:${slug}`,
} as const;

/** What an article touches in the public site, before or after a change. */
export type ArticleFootprint = {
  id: string;
  slug: string;
  type: string;
  authors: string[];
  topics: string[];
  programs: string[];
  /** The podcast show the piece is an episode of, if any. */
  show?: string | null;
  /** True when the piece is an event. */
  event?: boolean;
};

/** Every tag whose cached pages could show this article (old and new state). */
export function tagsForArticleChange(...states: (ArticleFootprint | null | undefined)[]): string[] {
  const out = new Set<string>([tags.lists]);
  for (const s of states) {
    if (!s) continue;
    out.add(tags.article(s.slug));
    out.add(tags.pinned(s.id));
    out.add(tags.type(s.type));
    s.authors.forEach((a) => out.add(tags.author(a)));
    s.topics.forEach((t) => out.add(tags.topic(t)));
    s.programs.forEach((p) => out.add(tags.program(p)));
    if (s.event) out.add(tags.events);
    if (s.show) {
      out.add(tags.podcasts);
      out.add(tags.podcast(s.show));
    }
  }
  return [...out];
}
