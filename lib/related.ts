import type { Db } from './prisma-client';

export type RankedId = { id: string; score: number };

/**
 * Ranks other public pieces by what they share with `articleId`, entirely in
 * the database: only the pieces sharing an author or topic are touched, through
 * the (author_id, article_id) and (topic_id, article_id) indexes, so the cost
 * follows the size of those groups, not the size of the archive.
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
  const rows = await db.$queryRaw<{ id: string; score: number | bigint }[]>`
    SELECT c.article_id AS id, SUM(c.weight) AS score
    FROM (
      SELECT other.article_id, 3 AS weight
        FROM article_authors mine
        JOIN article_authors other ON other.author_id = mine.author_id
       WHERE mine.article_id = ${articleId}
      UNION ALL
      SELECT other.article_id, 2 AS weight
        FROM article_topics mine
        JOIN article_topics other ON other.topic_id = mine.topic_id
       WHERE mine.article_id = ${articleId}
    ) c
    JOIN articles a ON a.id = c.article_id
    WHERE c.article_id <> ${articleId}
      AND a.status IN ('PUBLISHED', 'SCHEDULED')
      AND a.published_at <= ${now}
    GROUP BY c.article_id, a.published_at
    ORDER BY score DESC, a.published_at DESC, c.article_id
    LIMIT ${limit + exclude.length}`;
  const skip = new Set(exclude);
  return rows
    .filter((r) => !skip.has(r.id))
    .slice(0, limit)
    .map((r) => ({ id: r.id, score: Number(r.score) }));
}
