import 'server-only';
import { db, databaseKind } from '../db';
import { ftsQuery, MARK_END, MARK_START, tsQuery } from '../search-query';
import { publicSql } from '../articles/sql';
import { facetsFor } from '../shared/search-facets';
import { Prisma } from '../sql-dialect';

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
 * Relevance in two tiers. First the pieces that name the words in their
 * title, byline, topics or summary, ranked on those fields (SQLite: FTS5's
 * bm25 under a column filter; PostgreSQL: ts_rank_cd over the compact `head`
 * vector, never the body's); then the pieces that mention them only in the
 * body, ranked the same way. A common word matches tens of thousands of
 * bodies: ranking every one of them (and detoasting its vector, on
 * PostgreSQL) is what made search slow, and a body-only mention is never a
 * better answer than a piece about the subject. Newer pieces come first
 * among equals. Both engines count at most COUNT_CAP matches ("more than").
 */
export const COUNT_CAP = 1000;

export type SearchPage = { rows: Row[]; total: number; approximate: boolean };

type Tier = 'head' | 'body';
type Slice = { tier: Tier; limit: number; offset: number };

export async function runSearch(f: SearchFilters, now: Date, offset: number, pendingGoLive: boolean): Promise<SearchPage> {
  // The index holds only published and scheduled pieces, and the filters as
  // facet words (lib/shared/search-facets.ts), so with no piece waiting to go
  // live every match is public: count and rank in the index alone, without
  // reading one article row per match. Only a pending go-live needs them.
  const facets = facetsFor({ type: f.type, topic: f.topic, expert: f.expert, year: f.year });
  const where = pendingGoLive ? publicSql(now) : null;
  const engine = databaseKind === 'postgres' ? postgres(f.q, facets, where) : sqlite(f.q, facets, where);
  if (!engine) return { rows: [], total: 0, approximate: false };
  // Two statements whatever the page: the counts (both tiers), then the page,
  // which takes its rows from the head tier, the body tier, or both where it straddles them.
  const { total, approximate, head } = await engine.count();
  const slices: Slice[] = [];
  if (offset < head) slices.push({ tier: 'head', limit: Math.min(PAGE_SIZE, head - offset), offset });
  const fromBody = PAGE_SIZE - (slices[0]?.limit ?? 0);
  if (fromBody > 0 && total > head) slices.push({ tier: 'body', limit: fromBody, offset: Math.max(0, offset - head) });
  if (slices.length === 0) return { rows: [], total, approximate };
  return { rows: await engine.page(slices), total, approximate };
}

type Engine = {
  /** `head`: matches in the head tier (capped like `total` on PostgreSQL). */
  count: () => Promise<{ total: number; approximate: boolean; head: number }>;
  page: (slices: Slice[]) => Promise<Row[]>;
};

const HEAD_COLUMNS = '{title people topics dek}';
type SnippetRow = { id: string; body_snippet: string | null; dek_snippet: string | null };

const TEXT_COLUMNS = '{title dek body people topics}';

function sqlite(input: string, facets: string[], where: Prisma.Sql | null): Engine | null {
  const q = ftsQuery(input);
  if (!q) return null;
  // The words are looked for in the text columns only, never among the facet words.
  const filter = facets.map((w) => ` AND facets : "${w}"`).join('');
  const head = `${HEAD_COLUMNS} : (${q})`;
  const all = `${TEXT_COLUMNS} : (${q})`;
  const match = (tier: Tier | 'all') => (tier === 'head' ? `(${head})${filter}` : tier === 'all' ? `(${all})${filter}` : `((${all}) NOT (${head}))${filter}`);
  const join = where ? Prisma.sql`JOIN articles a ON a.id = s.article_id` : Prisma.empty;
  const and = where ? Prisma.sql`AND ${where}` : Prisma.empty;
  // At most COUNT_CAP+1 matches are counted, as on PostgreSQL: a common word
  // is in tens of thousands of bodies, and counting them all (a walk of the
  // whole doclist, ~12 ms for 'policy' at 100,000 pieces) tells the reader
  // nothing "more than 1,000" does not. With a go-live pending each counted
  // match is also joined to its article row.
  const countOf = (expr: string) => Prisma.sql`(SELECT COUNT(*) FROM (SELECT 1 FROM article_search s ${join} WHERE article_search MATCH ${expr} ${and} LIMIT ${COUNT_CAP + 1}))`;
  const part = ({ tier, limit, offset }: Slice, n: number) =>
    where
      ? Prisma.sql`SELECT * FROM (
          SELECT ${n} AS tier, s.article_id AS id, bm25(article_search, 0.0, 10.0, 4.0, 1.0, 10.0, 4.0, 0.0) AS score, a.published_at AS at,
                 snippet(article_search, 3, ${MARK_START}, ${MARK_END}, '…', 24) AS body_snippet,
                 snippet(article_search, 2, ${MARK_START}, ${MARK_END}, '…', 24) AS dek_snippet
          FROM article_search s ${join}
          WHERE article_search MATCH ${match(tier)} ${and}
          ORDER BY score, a.published_at DESC, s.article_id
          LIMIT ${limit} OFFSET ${offset})`
      : // "rank MATCH" sets the weights for FTS5's built-in rank order, which
        // sorts inside the index and builds snippets only for the rows returned.
        Prisma.sql`SELECT * FROM (
          SELECT ${n} AS tier, article_id AS id, rank AS score, 0 AS at,
                 snippet(article_search, 3, ${MARK_START}, ${MARK_END}, '…', 24) AS body_snippet,
                 snippet(article_search, 2, ${MARK_START}, ${MARK_END}, '…', 24) AS dek_snippet
          FROM article_search
          WHERE article_search MATCH ${match(tier)} AND rank MATCH 'bm25(0.0, 10.0, 4.0, 1.0, 10.0, 4.0, 0.0)'
          ORDER BY rank LIMIT ${limit} OFFSET ${offset})`;
  return {
    count: async () => {
      // With more head matches than the cap, the total is past it too and is not counted.
      // MATERIALIZED: flattened, the head count would run once per mention of h.head.
      const [r] = await db.$queryRaw<{ total: bigint | number; head: bigint | number }[]>(
        Prisma.sql`WITH h AS MATERIALIZED (SELECT ${countOf(match('head'))} AS head) SELECT h.head, CASE WHEN h.head > ${COUNT_CAP} THEN h.head ELSE ${countOf(match('all'))} END AS total FROM h`,
      );
      const total = Number(r.total);
      return { total: Math.min(total, COUNT_CAP), approximate: total > COUNT_CAP, head: Math.min(Number(r.head), COUNT_CAP) };
    },
    page: async (slices) => {
      const parts = Prisma.join(slices.map(part), ' UNION ALL ');
      const found = await db.$queryRaw<SnippetRow[]>`SELECT id, body_snippet, dek_snippet FROM (${parts}) ORDER BY tier, score, at DESC, id`;
      return found.map(pickSnippet);
    },
  };
}

function postgres(input: string, facets: string[], where: Prisma.Sql | null): Engine | null {
  const q = tsQuery(input);
  if (!q) return null;
  // The GIN index on facets intersects with the text's (a BitmapAnd), no article row read.
  const filter = facets.length ? Prisma.sql`AND s.facets @> string_to_array(${facets.join(' ')}, ' ')` : Prisma.empty;
  const join = where ? Prisma.sql`JOIN articles a ON a.id = s.article_id` : Prisma.empty;
  const and = where ? Prisma.sql`AND ${where}` : Prisma.empty;
  const options = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=28, MinWords=12, MaxFragments=1`;
  const tierWhere = (tier: Tier) =>
    tier === 'head'
      ? Prisma.sql`s.head @@ to_tsquery('english', ${q}) ${filter}`
      : Prisma.sql`s.document @@ to_tsquery('english', ${q}) AND NOT (s.head @@ to_tsquery('english', ${q})) ${filter}`;
  // Body-only matches are ranked on the whole vector, but only once the head tier has run out (rare words, deep pages).
  const rankOf = (tier: Tier) => (tier === 'head' ? Prisma.sql`ts_rank_cd(s.head, to_tsquery('english', ${q}))` : Prisma.sql`ts_rank_cd(s.document, to_tsquery('english', ${q}))`);
  const newest = where ? Prisma.sql`a.published_at DESC,` : Prisma.empty;
  const publishedAt = where ? Prisma.sql`a.published_at` : Prisma.sql`NULL::timestamp`;
  const capped = (cond: Prisma.Sql) => Prisma.sql`(SELECT COUNT(*) FROM (SELECT 1 FROM article_search s ${join} WHERE ${cond} ${and} LIMIT ${COUNT_CAP + 1}) capped)`;
  const part = ({ tier, limit, offset }: Slice, n: number) => Prisma.sql`(
    SELECT ${n}::int AS tier, s.article_id AS id, ${rankOf(tier)} AS rank, ${publishedAt} AS published_at
    FROM article_search s ${join}
    WHERE ${tierWhere(tier)} ${and}
    ORDER BY rank DESC, ${newest} s.article_id
    LIMIT ${limit} OFFSET ${offset})`;
  return {
    count: async () => {
      // With more head matches than the cap, the total is past it too: the
      // whole-text count (a bitmap of every body mentioning a common word,
      // most of the statement's cost) is evaluated only when it can matter.
      const [r] = await db.$queryRaw<{ total: bigint | number; head: bigint | number }[]>`
        WITH h AS MATERIALIZED (SELECT ${capped(tierWhere('head'))} AS head)
        SELECT h.head, CASE WHEN h.head > ${COUNT_CAP} THEN h.head ELSE ${capped(Prisma.sql`s.document @@ to_tsquery('english', ${q}) ${filter}`)} END AS total FROM h`;
      const total = Number(r.total);
      return { total: Math.min(total, COUNT_CAP), approximate: total > COUNT_CAP, head: Math.min(Number(r.head), COUNT_CAP) };
    },
    page: async (slices) =>
      db.$queryRaw<Row[]>`
        SELECT top.id, ts_headline('english', s.dek || ' ' || s.body, to_tsquery('english', ${q}), ${options}) AS snippet
        FROM (${Prisma.join(slices.map(part), ' UNION ALL ')}) top JOIN article_search s ON s.article_id = top.id
        ORDER BY top.tier, top.rank DESC, top.published_at DESC NULLS LAST, top.id`,
  };
}
