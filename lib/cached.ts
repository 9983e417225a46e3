import 'server-only';
import { unstable_cache } from 'next/cache';

// Public reads are cached across requests and invalidated by tag when a write
// changes them (lib/cache-tags.ts). Results pass through JSON, so they carry
// dates as ISO strings, never Date objects.
//
// `revalidate` is a safety net for what no write announces: a scheduled piece
// going live. Callers pass the seconds until the next scheduled piece is due.
export function cached<T>(
  key: string[],
  tagList: string[],
  load: () => Promise<T>,
  revalidate: number | false = false,
): Promise<T> {
  return unstable_cache(load, key, { tags: tagList, revalidate })();
}
