// What the public pages and the feed show of podcasts. Episodes are pieces
// (lib/articles) with a show; these are the parts only an episode has.
import type { ArticleCard, NamedLink } from '../articles/types';

export type EpisodeAudio = { url: string; contentType: string; size: number; durationSeconds: number | null };

export type EpisodeDetail = {
  show: NamedLink & { imageUrl: string | null; imageAlt: string | null };
  audio: EpisodeAudio | null;
  season: number | null;
  episodeNumber: number | null;
  explicit: boolean;
  transcript: string;
  guests: (NamedLink & { title: string })[];
};

export type EpisodeCard = ArticleCard & { season: number | null; episodeNumber: number | null; durationSeconds: number | null };

export type ShowSummary = {
  slug: string;
  name: string;
  description: string;
  imageUrl: string | null;
  imageAlt: string | null;
  episodeCount: number;
  latest: EpisodeCard | null;
};
