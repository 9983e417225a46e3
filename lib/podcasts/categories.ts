// Apple Podcasts categories a think tank's show would choose from, as stored
// ("News" or "News > Politics") and as the feed writes them.

export const PODCAST_CATEGORIES = [
  'News',
  'News > Politics',
  'News > News Commentary',
  'Government',
  'Education',
  'History',
  'Society & Culture',
  'Society & Culture > Documentary',
  'Science',
  'Technology',
  'Business',
] as const;

export type PodcastCategory = (typeof PODCAST_CATEGORIES)[number];

/** itunes:category, with its subcategory nested as the directories expect. */
export function categoryElements(stored: string) {
  const [top, sub] = (PODCAST_CATEGORIES as readonly string[]).includes(stored) ? stored.split(' > ') : ['News'];
  return [{ 'itunes:category': [{ _attr: { text: top } }, ...(sub ? [{ 'itunes:category': { _attr: { text: sub } } }] : [])] }];
}
