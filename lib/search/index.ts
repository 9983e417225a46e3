import 'server-only';
import { cached } from '../cached';
import { tags } from '../cache-tags';
import { pageInfo, type PageInfo } from '../pagination';
import type { ArticleCard } from '../articles';
import { cardsByIds } from '../articles';
import { hasPendingGoLive } from '../publishing/go-live';
import { PAGE_SIZE, runSearch } from './sql';

export type { SearchFilters } from './sql';
import type { SearchFilters } from './sql';
export type SearchHit = { card: ArticleCard; snippet: string };
/** `approximate`: more matches than were counted (PostgreSQL counts up to COUNT_CAP); `info.total` is then that cap. */
export type SearchResults = { hits: SearchHit[]; info: PageInfo; query: string; approximate: boolean };

export async function searchArticles(f: SearchFilters): Promise<SearchResults> {
  // Read outside the search's own entry (Next bypasses a cache nested in another), and part of its key.
  const pending = await hasPendingGoLive();
  const key = ['search', JSON.stringify(f), pending ? 'pending' : ''];
  return cached(key, [tags.articles, tags.lists], async () => {
    const now = new Date();
    const skip = (f.page - 1) * PAGE_SIZE;
    const { rows, total, approximate } = await runSearch(f, now, skip, pending);
    const info = pageInfo(f.page, total, PAGE_SIZE);
    const cards = await cardsByIds(rows.map((r) => r.id), now);
    const byId = new Map(cards.map((c) => [c.id, c]));
    return {
      query: f.q,
      info,
      approximate,
      hits: rows.flatMap((r) => {
        const card = byId.get(r.id);
        return card ? [{ card, snippet: (r.snippet ?? '').slice(0, 600) }] : [];
      }),
    };
  }, 600);
}
