// Keeps what is derived from a piece in step with it: the full-text index
// (table article_search, created by the "search" migrations) and the body
// rendered to HTML (lib/shared/rendered-body.ts). Called after every save,
// status change, expert or topic edit, and after seeding. Only published and scheduled pieces
// are indexed, so an unfiltered search counts and ranks its matches from the
// index alone; a scheduled piece not yet live is excluded at query time
// (lib/search/).
import type { Db, Tx } from './prisma-client';
import { PUBLIC_STATUSES } from '../visibility';
import { databaseTarget } from './database-url.mjs';
import { storeRenderedBodies } from './rendered-body';
import { facetsOf } from './search-facets';

// FTS5 cannot index the article id it stores, so finding a piece's row by it
// would scan the whole index (seconds at 100,000 pieces). On SQLite the
// table article_search_rowid maps each piece to its FTS row; on PostgreSQL
// article_id is the search table's primary key.
const sqlite = databaseTarget().kind === 'sqlite';

/** Rewrites the index rows of these pieces in their own transaction (seeding, bulk jobs). */
export async function reindexArticles(db: Db, articleIds: string[]): Promise<void> {
  if (articleIds.length === 0) return;
  for (let i = 0; i < articleIds.length; i += 500) {
    const ids = articleIds.slice(i, i + 500);
    await db.$transaction((tx) => reindexInTransaction(tx, ids), { timeout: 60_000 });
  }
}

/**
 * Rewrites the index rows inside the caller's transaction, so a save and its
 * index entry commit together (a crash between them cannot leave the index
 * out of step).
 */
export async function reindexInTransaction(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  {
    const rows = await tx.article.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        status: true,
        version: true,
        title: true,
        dek: true,
        body: true,
        publishedAt: true,
        type: { select: { slug: true } },
        authors: { orderBy: { position: 'asc' }, select: { author: { select: { name: true, slug: true } } } },
        topics: { select: { topic: { select: { name: true, slug: true } } } },
      },
    });
    {
      for (const id of ids) {
        if (sqlite) {
          await tx.$executeRaw`DELETE FROM article_search WHERE rowid IN (SELECT search_rowid FROM article_search_rowid WHERE article_id = ${id})`;
          await tx.$executeRaw`DELETE FROM article_search_rowid WHERE article_id = ${id}`;
        } else {
          await tx.$executeRaw`DELETE FROM article_search WHERE article_id = ${id}`;
        }
      }
      for (const r of rows) {
        if (!(PUBLIC_STATUSES as readonly string[]).includes(r.status)) continue;
        const people = r.authors.map((a) => a.author.name).join(' ');
        const topics = r.topics.map((t) => t.topic.name).join(' ');
        const facets = facetsOf({ type: r.type.slug, publishedAt: r.publishedAt, topics: r.topics.map((t) => t.topic.slug), experts: r.authors.map((a) => a.author.slug) }).join(' ');
        if (sqlite) {
          await tx.$executeRaw`INSERT INTO article_search (article_id, title, dek, body, people, topics, facets) VALUES (${r.id}, ${r.title}, ${r.dek}, ${r.body}, ${people}, ${topics}, ${facets})`;
        } else {
          await tx.$executeRaw`INSERT INTO article_search (article_id, title, dek, body, people, topics, facets) VALUES (${r.id}, ${r.title}, ${r.dek}, ${r.body}, ${people}, ${topics}, string_to_array(${facets}, ' '))`;
        }
        if (sqlite) await tx.$executeRaw`INSERT INTO article_search_rowid (article_id, search_rowid) VALUES (${r.id}, last_insert_rowid())`;
      }
    }
    // Every piece, drafts too: the preview shows the same rendering.
    await storeRenderedBodies(tx, rows.filter((r) => r.status !== 'TRASHED'));
  }
}

export async function reindexAll(db: Db): Promise<void> {
  const ids = (await db.article.findMany({ select: { id: true } })).map((r) => r.id);
  await reindexArticles(db, ids);
}
