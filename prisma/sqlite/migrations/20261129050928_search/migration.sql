-- Full-text search index (SQLite FTS5), maintained by lib/search-index.ts.
-- Not a Prisma model: scripts/db.mjs treats article_search* as external tables.
CREATE VIRTUAL TABLE "article_search" USING fts5(
    article_id UNINDEXED,
    title,
    dek,
    body,
    people,
    topics,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

INSERT INTO "article_search" (article_id, title, dek, body, people, topics)
SELECT a.id, a.title, a.dek, a.body,
       COALESCE((SELECT group_concat(au.name, ' ') FROM article_authors aa JOIN authors au ON au.id = aa.author_id WHERE aa.article_id = a.id), ''),
       COALESCE((SELECT group_concat(t.name, ' ') FROM article_topics at JOIN topics t ON t.id = at.topic_id WHERE at.article_id = a.id), '')
FROM articles a;
