import 'server-only';
import { db, databaseKind } from '../db';
import { ftsQuery, MARK_END, MARK_START, tsQuery } from '../search-query';
import { filterSql } from '../articles/sql';

// The search SQL, one statement pair (count, page) per engine and path:
// tested against both databases in sql.*.test.ts.

export type SearchFilters = { q: string; type?: string; topic?: string; expert?: string; year?: number; page: number };

export const PAGE_SIZE = 20;

export type Row = { id: string; snippet: string | null };

/** The title is shown anyway: the snippet comes from the text, else the summary. */
function pickSnippet(r: { id: string; body_snippet: string | null; dek_snippet: string | null }): Row {
  return {
    id: r.id,
    snippet: r.body_snippet?.includes(MARK_START) ? r.body_snippet : r.dek_snippet?.includes(MARK_START) ? r.dek_snippet : (r.dek_snippet ?? ''),
  };
}

/**
 * Relevance first (title and people weigh most, then topics and summary, then
 * body), newer pieces first among equals. SQLite ranks with FTS5's bm25,
 * PostgreSQL with ts_rank_cd over a weighted tsvector; both only touch rows the
 * index matched.
 */
export async function runSearch(f: SearchFilters, now: Date, offset: number, pendingGoLive: boolean): Promise<{ rows: Row[]; total: number }> {
  const where = filterSql({ type: f.type, topic: f.topic, author: f.expert, year: f.year }, now);
  // The index holds only published and scheduled pieces, so with no filter
  // and no piece waiting to go live every match is public: count and rank in
  // the index alone, without reading one article row per match.
  const indexOnly = !f.type && !f.topic && !f.expert && !f.year && !pendingGoLive;
  if (indexOnly) return runIndexOnlySearch(f, offset);
  if (databaseKind === 'postgres') {
    const q = tsQuery(f.q);
    if (!q) return { rows: [], total: 0 };
    const [{ n }] = await db.$queryRaw<{ n: bigint | number }[]>`
      SELECT COUNT(*) AS n FROM article_search s JOIN articles a ON a.id = s.article_id
      WHERE s.document @@ to_tsquery('english', ${q}) AND ${where}`;
    const options = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=28, MinWords=12, MaxFragments=1`;
    const rows = await db.$queryRaw<Row[]>`
      SELECT top.id, ts_headline('english', s.dek || ' ' || s.body, to_tsquery('english', ${q}), ${options}) AS snippet
      FROM (
        SELECT s.article_id AS id, ts_rank_cd(s.document, to_tsquery('english', ${q})) AS rank, a.published_at
        FROM article_search s JOIN articles a ON a.id = s.article_id
        WHERE s.document @@ to_tsquery('english', ${q}) AND ${where}
        ORDER BY rank DESC, a.published_at DESC, s.article_id
        LIMIT ${PAGE_SIZE} OFFSET ${offset}
      ) top JOIN article_search s ON s.article_id = top.id
      ORDER BY top.rank DESC, top.published_at DESC, top.id`;
    return { rows, total: Number(n) };
  }
  const q = ftsQuery(f.q);
  if (!q) return { rows: [], total: 0 };
  const [{ n }] = await db.$queryRaw<{ n: bigint | number }[]>`
    SELECT COUNT(*) AS n FROM article_search s JOIN articles a ON a.id = s.article_id
    WHERE article_search MATCH ${q} AND ${where}`;
  const found = await db.$queryRaw<{ id: string; body_snippet: string | null; dek_snippet: string | null }[]>`
    SELECT s.article_id AS id,
           snippet(article_search, 3, ${MARK_START}, ${MARK_END}, '…', 24) AS body_snippet,
           snippet(article_search, 2, ${MARK_START}, ${MARK_END}, '…', 24) AS dek_snippet
    FROM article_search s JOIN articles a ON a.id = s.article_id
    WHERE article_search MATCH ${q} AND ${where}
    ORDER BY bm25(article_search, 0.0, 10.0, 4.0, 1.0, 10.0, 4.0), a.published_at DESC, s.article_id
    LIMIT ${PAGE_SIZE} OFFSET ${offset}`;
  return { rows: found.map(pickSnippet), total: Number(n) };
}

async function runIndexOnlySearch(f: SearchFilters, offset: number): Promise<{ rows: Row[]; total: number }> {
  if (databaseKind === 'postgres') {
    const q = tsQuery(f.q);
    if (!q) return { rows: [], total: 0 };
    const [{ n }] = await db.$queryRaw<{ n: bigint | number }[]>`
      SELECT COUNT(*) AS n FROM article_search s WHERE s.document @@ to_tsquery('english', ${q})`;
    const options = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=28, MinWords=12, MaxFragments=1`;
    const rows = await db.$queryRaw<Row[]>`
      SELECT top.id, ts_headline('english', s.dek || ' ' || s.body, to_tsquery('english', ${q}), ${options}) AS snippet
      FROM (
        SELECT s.article_id AS id, ts_rank_cd(s.document, to_tsquery('english', ${q})) AS rank
        FROM article_search s WHERE s.document @@ to_tsquery('english', ${q})
        ORDER BY rank DESC, s.article_id LIMIT ${PAGE_SIZE} OFFSET ${offset}
      ) top JOIN article_search s ON s.article_id = top.id
      ORDER BY top.rank DESC, top.id`;
    return { rows, total: Number(n) };
  }
  const q = ftsQuery(f.q);
  if (!q) return { rows: [], total: 0 };
  const [{ n }] = await db.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(*) AS n FROM article_search WHERE article_search MATCH ${q}`;
  // "rank MATCH" sets the weights for FTS5's built-in rank order, which sorts
  // inside the index and builds snippets only for the rows returned.
  const found = await db.$queryRaw<{ id: string; body_snippet: string | null; dek_snippet: string | null }[]>`
    SELECT article_id AS id,
           snippet(article_search, 3, ${MARK_START}, ${MARK_END}, '…', 24) AS body_snippet,
           snippet(article_search, 2, ${MARK_START}, ${MARK_END}, '…', 24) AS dek_snippet
    FROM article_search
    WHERE article_search MATCH ${q} AND rank MATCH 'bm25(0.0, 10.0, 4.0, 1.0, 10.0, 4.0)'
    ORDER BY rank LIMIT ${PAGE_SIZE} OFFSET ${offset}`;
  return { rows: found.map(pickSnippet), total: Number(n) };
}

