// Keeps the full-text index (table article_search, created by the "search"
// migrations) in step with articles. Called after every save, status change,
// expert or topic edit, and after seeding. Only published and scheduled pieces
// are indexed, so an unfiltered search counts and ranks its matches from the
// index alone; a scheduled piece not yet live is excluded at query time
// (lib/search.ts).
import type { Db } from './prisma-client';
import { PUBLIC_STATUSES } from './visibility';

export async function reindexArticles(db: Db, articleIds: string[]): Promise<void> {
  if (articleIds.length === 0) return;
  for (let i = 0; i < articleIds.length; i += 500) {
    const ids = articleIds.slice(i, i + 500);
    const rows = await db.article.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        status: true,
        title: true,
        dek: true,
        body: true,
        authors: { orderBy: { position: 'asc' }, select: { author: { select: { name: true } } } },
        topics: { select: { topic: { select: { name: true } } } },
      },
    });
    await db.$transaction(async (tx) => {
      for (const id of ids) await tx.$executeRaw`DELETE FROM article_search WHERE article_id = ${id}`;
      for (const r of rows) {
        if (!(PUBLIC_STATUSES as readonly string[]).includes(r.status)) continue;
        const people = r.authors.map((a) => a.author.name).join(' ');
        const topics = r.topics.map((t) => t.topic.name).join(' ');
        await tx.$executeRaw`INSERT INTO article_search (article_id, title, dek, body, people, topics) VALUES (${r.id}, ${r.title}, ${r.dek}, ${r.body}, ${people}, ${topics})`;
      }
    });
  }
}

export async function reindexAll(db: Db): Promise<void> {
  const ids = (await db.article.findMany({ select: { id: true } })).map((r) => r.id);
  await reindexArticles(db, ids);
}
