import { Prisma } from './sql-dialect';
import type { Db } from './shared/prisma-client';

export type RankedId = { id: string; score: number };

// How many of the newest public pieces of each shared expert and topic are
// considered. A sidebar is about the current conversation; the cap is what
// keeps the ranking's cost flat as the archive grows (a topic can hold tens
// of thousands of pieces).
export const CANDIDATES_PER_GROUP = 200;
const MAX_AUTHORS = 6;
const MAX_TOPICS = 10;

/**
 * Ranks other public pieces by what they share with `articleId`, entirely in
 * the database. Candidates are read newest-first from the link tables'
 * (author_id, visible_at) and (topic_id, visible_at) indexes, at most
 * CANDIDATES_PER_GROUP per shared expert or topic, so no article row is read.
 *
 * A shared expert weighs 3, a shared topic 2 (an expert says more about a
 * reader's interest than a topic); ties go to the newer piece. The weights are
 * SQL literals because PostgreSQL cannot infer the type of a bound SUM operand.
 */
export async function rankRelated(
  db: Pick<Db, '$queryRaw'>,
  articleId: string,
  now: Date,
  limit: number,
  exclude: readonly string[] = [],
): Promise<RankedId[]> {
  // The k-th expert (topic) of the piece, or NULL: one capped, index-ordered
  // read per slot, since neither engine can limit rows per group in one scan.
  const slot = (table: 'article_authors' | 'article_topics', column: 'author_id' | 'topic_id', k: number, weight: number) => Prisma.sql`
    SELECT article_id, visible_at, ${Prisma.raw(String(weight))} AS weight FROM (
      SELECT g.article_id, g.visible_at FROM ${Prisma.raw(table)} g
      WHERE g.${Prisma.raw(column)} = (SELECT m.${Prisma.raw(column)} FROM ${Prisma.raw(table)} m WHERE m.article_id = ${articleId} ORDER BY m.${Prisma.raw(column)} LIMIT 1 OFFSET ${Prisma.raw(String(k))})
        AND g.visible_at <= ${now}
      ORDER BY g.visible_at DESC LIMIT ${Prisma.raw(String(CANDIDATES_PER_GROUP))}
    ) ${Prisma.raw(`${table}_${k}`)}`;
  const slots = [
    ...Array.from({ length: MAX_AUTHORS }, (_, k) => slot('article_authors', 'author_id', k, 3)),
    ...Array.from({ length: MAX_TOPICS }, (_, k) => slot('article_topics', 'topic_id', k, 2)),
  ];
  const rows = await db.$queryRaw<{ id: string; score: number | bigint }[]>`
    SELECT c.article_id AS id, SUM(c.weight) AS score, MAX(c.visible_at) AS visible_at
    FROM (${Prisma.join(slots, ' UNION ALL ')}) c
    WHERE c.article_id <> ${articleId}
    GROUP BY c.article_id
    ORDER BY score DESC, visible_at DESC, c.article_id
    LIMIT ${limit + exclude.length}`;
  const skip = new Set(exclude);
  return rows
    .filter((r) => !skip.has(r.id))
    .slice(0, limit)
    .map((r) => ({ id: r.id, score: Number(r.score) }));
}
