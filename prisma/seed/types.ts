// Shape of the demo content that scripts/seed.ts loads into an empty database.
export type SeedContentType = { slug: string; name: string; pluralName: string; sortOrder: number };
export type SeedProgram = {
  slug: string;
  name: string;
  description: string;
  /** slug of a SeedAuthor on the program's team */
  director?: string;
  /** slugs of published SeedArticles in the program, in the order the page shows them */
  highlights?: string[];
};
export type SeedTopic = { slug: string; name: string; kind: 'TOPIC' | 'REGION'; description: string };
export type SeedAuthor = {
  slug: string;
  name: string;
  /** "Kania, Elsa B." */
  sortName: string;
  /** "Senior Fellow, Technology and National Security Program" */
  title: string;
  /** slug of a SeedProgram */
  program: string;
  /** Markdown, 2–4 short paragraphs */
  bio: string;
};
export type SeedArticle = {
  slug: string;
  title: string;
  /** slug of a SeedContentType */
  type: string;
  /** ISO date, e.g. "2020-08-12" */
  publishedAt: string;
  /** one or two sentence summary */
  dek: string;
  /** Markdown body */
  body: string;
  pullQuote?: string;
  outletName?: string;
  outletUrl?: string;
  /** author slugs, in byline order */
  authors: string[];
  /** topic slugs (topics and regions) */
  topics: string[];
  /** program slugs, in label order */
  programs: string[];
  featured?: boolean;
  /** slugs of pieces an editor pinned to this piece's "More from" list */
  pinned?: string[];
  /** defaults to PUBLISHED */
  status?: 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED';
  /** An event: times as instants (ISO, with their offset), place, registration. */
  event?: { startsAt: string; endsAt?: string; venue?: string; onlineUrl?: string; registrationOpen?: boolean; capacity?: number; recordingUrl?: string; recording?: SeedMedia; transcript?: string };
};

/** A file shipped in prisma/seed/media, put into the media library by the seed. */
export type SeedMedia = { file: string; contentType: string; alt?: string };
export type SeedEpisode = {
  /** slug of a published SeedArticle of type podcast */
  article: string;
  audio: SeedMedia;
  season?: number;
  episode?: number;
  /** author slugs, in order; the hosts are the piece's authors */
  guests?: string[];
  /** plain text; "Name: …" starts a speaker's paragraph */
  transcript: string;
};
export type SeedShow = {
  slug: string;
  name: string;
  description: string;
  category: string;
  ownerEmail: string;
  /** podcast:guid (a UUID) */
  guid: string;
  artwork: SeedMedia & { width: number; height: number };
  episodes: SeedEpisode[];
};
