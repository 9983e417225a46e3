-- Full-text search index (PostgreSQL tsvector + GIN), maintained by lib/search-index.ts.
-- Not a Prisma model: scripts/db.mjs treats article_search as an external table.
CREATE TABLE "article_search" (
    "article_id" TEXT NOT NULL PRIMARY KEY REFERENCES "articles" ("id") ON DELETE CASCADE,
    "title" TEXT NOT NULL DEFAULT '',
    "dek" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "people" TEXT NOT NULL DEFAULT '',
    "topics" TEXT NOT NULL DEFAULT '',
    "document" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', "title"), 'A') ||
        setweight(to_tsvector('simple', "people"), 'A') ||
        setweight(to_tsvector('english', "topics"), 'B') ||
        setweight(to_tsvector('english', "dek"), 'B') ||
        setweight(to_tsvector('english', "body"), 'C')
    ) STORED
);

CREATE INDEX "article_search_document_idx" ON "article_search" USING GIN ("document");

INSERT INTO "article_search" ("article_id", "title", "dek", "body", "people", "topics")
SELECT a.id, a.title, a.dek, a.body,
       COALESCE((SELECT string_agg(au.name, ' ' ORDER BY aa.position) FROM article_authors aa JOIN authors au ON au.id = aa.author_id WHERE aa.article_id = a.id), ''),
       COALESCE((SELECT string_agg(t.name, ' ') FROM article_topics at JOIN topics t ON t.id = at.topic_id WHERE at.article_id = a.id), '')
FROM articles a;
