import 'server-only';
// One podcast feed per show (/feeds/podcast/<slug>.xml): RSS 2.0 with the
// tags Apple Podcasts and Spotify read (itunes:*) and the Podcasting 2.0
// namespace (podcast:guid, podcast:transcript, podcast:person…), written by
// the `podcast` package.
import { Podcast } from 'podcast';
import { site } from '../site';
import { xmlSafe } from '../text';
import { itemId } from '../feeds';
import { tags } from '../cache-tags';
import { getShowFeed } from './index';
import { categoryElements } from './categories';
import { podcastFeedPath } from './format';

export { podcastFeedPath } from './format';

export function podcastFeedTags(slug: string): string[] {
  return [tags.articles, tags.podcasts, tags.podcast(slug)];
}

const absolute = (path: string) => new URL(path, `${site.url}/`).toString();

/** The show's feed as XML, or null for an unknown show. */
export async function renderPodcastFeed(slug: string): Promise<string | null> {
  const show = await getShowFeed(slug);
  if (!show) return null;
  const showUrl = absolute(`/podcasts/${show.slug}`);
  const image = show.imageUrl ? absolute(show.imageUrl) : undefined;
  const feed = new Podcast({
    title: show.name,
    description: show.description,
    feedUrl: absolute(podcastFeedPath(show.slug)),
    siteUrl: showUrl,
    imageUrl: image,
    author: site.name,
    copyright: `© ${new Date().getFullYear()} ${site.name}`,
    language: 'en',
    generator: site.name,
    pubDate: show.episodes[0] ? new Date(show.episodes[0].publishedAt) : undefined,
    ttl: 60,
    itunesAuthor: site.name,
    itunesSummary: show.description,
    itunesOwner: { name: site.name, email: show.ownerEmail || site.pressEmail },
    itunesExplicit: show.explicit,
    itunesType: 'episodic',
    itunesImage: image,
    namespaces: { iTunes: true, podcast: true },
    customElements: [
      { 'podcast:guid': show.guid },
      // Only the owner's address may move the feed to another host.
      { 'podcast:locked': [{ _attr: { owner: show.ownerEmail || site.pressEmail } }, 'yes'] },
      ...categoryElements(show.category),
    ],
  });
  for (const e of show.episodes) {
    const url = absolute(`/publications/${e.slug}`);
    feed.addItem({
      title: e.title,
      description: e.dek,
      url,
      // The piece's own id: a renamed slug must not make apps list the episode twice.
      guid: itemId(e.id),
      date: new Date(e.publishedAt),
      author: e.hosts.join(', '),
      enclosure: { url: absolute(e.audio.url), size: e.audio.size, type: e.audio.contentType },
      itunesAuthor: e.hosts.join(', '),
      itunesExplicit: e.explicit,
      itunesSummary: e.dek,
      ...(e.audio.durationSeconds ? { itunesDuration: e.audio.durationSeconds } : {}),
      ...(e.season ? { itunesSeason: e.season } : {}),
      ...(e.episodeNumber ? { itunesEpisode: e.episodeNumber } : {}),
      itunesEpisodeType: 'full',
      ...(image ? { itunesImage: image } : {}),
      customElements: [
        ...(e.hasTranscript ? [{ 'podcast:transcript': { _attr: { url: `${url}/transcript.txt`, type: 'text/plain', language: 'en' } } }] : []),
        ...e.hostLinks.map((p) => ({ 'podcast:person': [{ _attr: { role: 'host', href: absolute(`/experts/${p.slug}`) } }, p.name] })),
        ...e.guests.map((p) => ({ 'podcast:person': [{ _attr: { role: 'guest', href: absolute(`/experts/${p.slug}`) } }, p.name] })),
        ...(e.season ? [{ 'podcast:season': e.season }] : []),
        ...(e.episodeNumber ? [{ 'podcast:episode': e.episodeNumber }] : []),
      ],
    });
  }
  // A control character in one title must not make the whole feed unreadable.
  return xmlSafe(feed.buildXml({ indent: '  ' }));
}
