import type { EventDetail } from '../events/types';
import type { EpisodeDetail } from '../podcasts/types';
// What the public pages show of a piece: cards in lists, the whole piece on its page.

export type NamedLink = { slug: string; name: string };

export type ArticleCard = {
  id: string;
  slug: string;
  title: string;
  dek: string;
  publishedAt: string;
  type: NamedLink;
  authors: NamedLink[];
  programs: NamedLink[];
};

export type ArticleDetail = ArticleCard & {
  body: string;
  /** The body as the page shows it (stored at save time, lib/shared/rendered-body.ts). */
  bodyHtml: string;
  pullQuote: string | null;
  outletName: string | null;
  outletUrl: string | null;
  featuredImageUrl: string | null;
  featuredImageAlt: string | null;
  pdfUrl: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  socialImageUrl: string | null;
  updatedAt: string;
  topics: (NamedLink & { kind: 'TOPIC' | 'REGION' })[];
  authorDetails: (NamedLink & { title: string })[];
  pinnedIds: string[];
  /** Set when the piece is a podcast episode: show, audio, guests, transcript. */
  episode: EpisodeDetail | null;
  /** Set when the piece is an event: when, where, registration, recording. */
  event: EventDetail | null;
};
