import 'server-only';
import { revalidateTag } from 'next/cache';

/**
 * Expires cached reads and pages carrying these tags at once: the next request
 * renders fresh, so an edit or a publish shows everywhere on the next load.
 */
export function expireTags(tagList: Iterable<string>): void {
  for (const tag of new Set(tagList)) revalidateTag(tag, { expire: 0 });
}
