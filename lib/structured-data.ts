// schema.org descriptions of our pages (JSON-LD), built from the site's own configuration.
import { site } from './site';
import type { ArticleDetail } from './articles';
import type { ExpertProfile } from './experts';
import { eventEnd } from './events/schedule';

const organization = () => ({ '@type': 'Organization', name: site.name, alternateName: site.shortName, url: `${site.url}/` });

export function articleJsonLd(a: ArticleDetail) {
  const url = `${site.url}/publications/${a.slug}`;
  if (a.episode) return episodeJsonLd(a, url);
  if (a.event) return eventJsonLd(a, url);
  return {
    '@context': 'https://schema.org',
    '@type': a.type.slug === 'report' ? 'Report' : 'NewsArticle',
    headline: a.title,
    description: a.dek,
    url,
    mainEntityOfPage: url,
    datePublished: a.publishedAt,
    dateModified: a.updatedAt,
    author: a.authors.map((p) => ({ '@type': 'Person', name: p.name, url: `${site.url}/experts/${p.slug}` })),
    publisher: organization(),
    articleSection: a.programs.map((p) => p.name),
    keywords: a.topics.map((t) => t.name).join(', '),
    ...(a.featuredImageUrl ? { image: new URL(a.featuredImageUrl, site.url).toString() } : {}),
    // A piece first published elsewhere points at the original.
    ...(a.outletUrl ? { isBasedOn: { '@type': 'CreativeWork', url: a.outletUrl, publisher: { '@type': 'Organization', name: a.outletName } } } : {}),
  };
}

const person = (p: { slug: string; name: string }) => ({ '@type': 'Person', name: p.name, url: `${site.url}/experts/${p.slug}` });

/** A podcast episode: its audio, its show, its hosts (the authors) and guests. */
function episodeJsonLd(a: ArticleDetail, url: string) {
  const e = a.episode!;
  return {
    '@context': 'https://schema.org',
    '@type': 'PodcastEpisode',
    name: a.title,
    description: a.dek,
    url,
    datePublished: a.publishedAt,
    ...(e.episodeNumber ? { episodeNumber: e.episodeNumber } : {}),
    ...(e.audio
      ? {
          associatedMedia: {
            '@type': 'AudioObject',
            contentUrl: new URL(e.audio.url, site.url).toString(),
            encodingFormat: e.audio.contentType,
            ...(e.audio.durationSeconds ? { duration: `PT${e.audio.durationSeconds}S` } : {}),
          },
        }
      : {}),
    partOfSeries: { '@type': 'PodcastSeries', name: e.show.name, url: `${site.url}/podcasts/${e.show.slug}` },
    author: a.authors.map(person),
    ...(e.guests.length ? { actor: e.guests.map(person) } : {}),
    publisher: organization(),
  };
}

/** An event: when, where (a place, an online link or both), its speakers, and whether places remain. */
function eventJsonLd(a: ArticleDetail, url: string) {
  const e = a.event!;
  const place = e.venue ? { '@type': 'Place', name: e.venue, address: e.venue } : null;
  const online = e.onlineUrl ? { '@type': 'VirtualLocation', url: e.onlineUrl } : null;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: a.title,
    description: a.dek,
    url,
    startDate: e.startsAt,
    endDate: eventEnd(e.startsAt, e.endsAt).toISOString(),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: `https://schema.org/${place && online ? 'Mixed' : online ? 'Online' : 'Offline'}EventAttendanceMode`,
    location: [place, online].filter(Boolean),
    organizer: organization(),
    performer: a.authors.map(person),
    ...(e.registrationOpen
      ? { offers: { '@type': 'Offer', url, price: 0, priceCurrency: 'USD', availability: `https://schema.org/${e.availability === 'open' ? 'InStock' : e.availability === 'waitlist' ? 'SoldOut' : 'Discontinued'}` } }
      : {}),
  };
}

export function personJsonLd(e: ExpertProfile) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: e.name,
    jobTitle: e.title,
    url: `${site.url}/experts/${e.slug}`,
    worksFor: organization(),
    ...(e.photoUrl ? { image: new URL(e.photoUrl, site.url).toString() } : {}),
  };
}

export function breadcrumbJsonLd(trail: { name: string; path: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((t, i) => ({ '@type': 'ListItem', position: i + 1, name: t.name, item: `${site.url}${t.path}` })),
  };
}
