// A complete, valid piece as the editor submits it, for tests that write
// pieces through lib/admin (the workflow, stored body renderings).
import type { ArticleInput } from '../validation/article';

export function articleInput(typeId: string, over: Partial<ArticleInput> = {}): ArticleInput {
  return {
    title: 'Grid Security',
    slug: 'grid-security',
    typeId,
    dek: 'A summary.',
    body: 'The live text.',
    pullQuote: null,
    authorIds: ['ann'],
    topicIds: [],
    programIds: [],
    pinnedIds: [],
    outletName: null,
    outletUrl: null,
    featuredImageUrl: null,
    featuredImageAlt: null,
    pdfUrl: null,
    seoTitle: null,
    seoDescription: null,
    socialImageUrl: null,
    featured: false,
    showId: null,
    audioUrl: null,
    season: null,
    episodeNumber: null,
    explicit: false,
    guestIds: [],
    transcript: '',
    eventStartsAt: null,
    eventEndsAt: null,
    eventVenue: null,
    eventOnlineUrl: null,
    registrationOpen: false,
    registrationCapacity: null,
    recordingUrl: null,
    ...over,
  };
}
