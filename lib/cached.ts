import 'server-only';
import { unstable_cache } from 'next/cache';

// Public reads are cached across requests and instances (lib/cache/) and live
// until a write expires one of their tags (lib/cache-tags.ts,
// lib/publishing/write-step.ts); a scheduled piece's go-live expires them too
// (lib/publishing/go-live.ts). Results pass through JSON, so they carry
// dates as ISO strings, never Date objects.
//
// `refreshSeconds` is for reads with unbounded variety (search queries): they
// refresh after that long and their entries are dropped from the store soon
// after, so thousands of one-off queries do not accumulate forever.
export async function cached<T>(key: string[], tagList: string[], load: () => Promise<T>, refreshSeconds?: number): Promise<T> {
  return unstable_cache(load, key, { tags: tagList, revalidate: refreshSeconds ?? false })();
}
