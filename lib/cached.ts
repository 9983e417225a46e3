import 'server-only';
import { unstable_cache } from 'next/cache';
import { cachePolicy } from './schedule';

// Public reads are cached across requests and invalidated by tag when a write
// changes them (lib/cache-tags.ts). Results pass through JSON, so they carry
// dates as ISO strings, never Date objects.
//
// Entries live until a write expires their tags, or until the next scheduled
// piece goes live (lib/schedule.ts), whichever comes first: that is how a
// scheduled piece appears on time with no job runner.
export async function cached<T>(key: string[], tagList: string[], load: () => Promise<T>): Promise<T> {
  const { revalidate, epoch } = await cachePolicy();
  return unstable_cache(load, [...key, `epoch:${epoch}`], { tags: tagList, revalidate })();
}
