import 'server-only';
import { Feed } from 'feed';
import { site } from './site';
import { listPublicArticles, type ArticleCard } from './articles';
import { getTaxonomy } from './taxonomy';
import { getExpert } from './experts';
import { joinNames } from './byline';
import { escapeHtml, xmlSafe } from './text';
import { tags } from './cache-tags';

export type FeedFormat = 'rss' | 'atom' | 'json';
export type FeedScope = { kind: 'all' } | { kind: 'topic' | 'type' | 'expert' | 'program'; slug: string };

const SCOPED = ['topic', 'type', 'expert', 'program'] as const;

const FEED_SIZE = 50;

/** Reads /feeds/all.xml, /feeds/topic/russia.atom, /feeds/expert/jim-townsend.json … */
export function parseFeedPath(path: string[]): { scope: FeedScope; format: FeedFormat } | null {
  const last = path[path.length - 1] ?? '';
  const m = /^([a-z0-9-]+)\.(xml|atom|json)$/.exec(last);
  if (!m) return null;
  const format: FeedFormat = m[2] === 'xml' ? 'rss' : m[2] === 'atom' ? 'atom' : 'json';
  if (path.length === 1 && m[1] === 'all') return { scope: { kind: 'all' }, format };
  if (path.length === 2 && (SCOPED as readonly string[]).includes(path[0])) {
    return { scope: { kind: path[0] as (typeof SCOPED)[number], slug: m[1] }, format };
  }
  return null;
}

/**
 * The cache tags a feed is built from, for the front to file it under
 * (lib/publishing/front.ts). Any piece becoming public, changing or leaving
 * expires `lists`, so every feed is purged with the pages that list it.
 */
export function feedTags(scope: FeedScope): string[] {
  const own =
    scope.kind === 'all'
      ? []
      : [{ expert: tags.author, topic: tags.topic, type: tags.type, program: tags.program }[scope.kind](scope.slug)];
  return [tags.lists, tags.articles, tags.taxonomy, ...own];
}

export function feedPath(scope: FeedScope, format: FeedFormat): string {
  const ext = format === 'rss' ? 'xml' : format;
  return scope.kind === 'all' ? `/feeds/all.${ext}` : `/feeds/${scope.kind}/${scope.slug}.${ext}`;
}

/** The id a piece keeps in every feed for good, whatever its address becomes. */
export function itemId(articleId: string): string {
  return `tag:${new URL(site.url).hostname},2026:publication/${articleId}`;
}

/** A page's link to its own feed, in the shape of Next's `alternates.types`. */
export function feedAlternate(scope: FeedScope, title: string) {
  return { 'application/rss+xml': [{ url: feedPath(scope, 'rss'), title: `${title} (RSS)` }] };
}

async function scopeTitle(scope: FeedScope): Promise<string | null> {
  if (scope.kind === 'all') return site.name;
  if (scope.kind === 'expert') {
    const expert = await getExpert(scope.slug);
    return expert ? `${expert.name} | ${site.shortName}` : null;
  }
  const taxonomy = await getTaxonomy();
  const found =
    scope.kind === 'topic'
      ? taxonomy.topics.find((t) => t.slug === scope.slug)
      : scope.kind === 'program'
        ? taxonomy.programs.find((p) => p.slug === scope.slug)
        : taxonomy.types.find((t) => t.slug === scope.slug);
  if (!found) return null;
  return `${'pluralName' in found ? found.pluralName : found.name} | ${site.shortName}`;
}

/** The feed as text, or null for an unknown topic, type, program or expert. Drafts and scheduled pieces never appear early. */
export async function renderFeed(scope: FeedScope, format: FeedFormat): Promise<string | null> {
  const title = await scopeTitle(scope);
  if (!title) return null;
  const { items } = await listPublicArticles(
    {
      page: 1,
      ...(scope.kind === 'topic' ? { topic: scope.slug } : {}),
      ...(scope.kind === 'type' ? { type: scope.slug } : {}),
      ...(scope.kind === 'expert' ? { author: scope.slug } : {}),
      ...(scope.kind === 'program' ? { area: scope.slug } : {}),
    },
    FEED_SIZE,
  );
  const self = (f: FeedFormat) => `${site.url}${feedPath(scope, f)}`;
  const feed = new Feed({
    title,
    description: site.description,
    id: `${site.url}/`,
    link: `${site.url}/`,
    language: 'en',
    copyright: `© ${new Date().getFullYear()} ${site.name}`,
    updated: items[0] ? new Date(items[0].publishedAt) : new Date(0),
    generator: site.name,
    feedLinks: { rss: self('rss'), atom: self('atom'), json: self('json') },
  });
  const url = (c: ArticleCard) => `${site.url}/publications/${c.slug}`;
  for (const c of items) {
    feed.addItem({
      title: c.title,
      // The piece's own id, not its address: a renamed slug must not make feed
      // readers show the piece twice (RFC 4151 tag URI; RSS guid isPermaLink="false").
      id: itemId(c.id),
      link: url(c),
      // Readers render an item's description as HTML: the summary is plain text.
      description: escapeHtml(c.dek),
      date: new Date(c.publishedAt),
      published: new Date(c.publishedAt),
      author: c.authors.map((a) => ({ name: a.name, link: `${site.url}/experts/${a.slug}` })),
      category: [{ name: c.type.name }, ...c.programs.map((p) => ({ name: p.name }))],
    });
  }
  // A control character in one title must not make the whole feed unreadable.
  if (format === 'rss') return xmlSafe(feed.rss2());
  if (format === 'atom') return xmlSafe(feed.atom1());
  // JSON Feed 1.1 lists every author; the library writes only the first.
  const json = JSON.parse(feed.json1());
  json.version = 'https://jsonfeed.org/version/1.1';
  json.items = json.items.map((item: Record<string, unknown>, i: number) => {
    const { author: _first, ...rest } = item;
    void _first;
    return { ...rest, authors: items[i].authors.map((a) => ({ name: a.name, url: `${site.url}/experts/${a.slug}` })), summary: items[i].dek, content_text: `${items[i].dek}\n\nBy ${joinNames(items[i].authors.map((a) => a.name))}` };
  });
  return JSON.stringify(json, null, 2);
}

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};
