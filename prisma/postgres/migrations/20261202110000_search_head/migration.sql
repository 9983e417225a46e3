-- The compact vector search ranks on (lib/search/sql.ts): title and people
-- (A), topics and summary (B), without the body. Ranking a common word over
-- the whole document vector detoasted every match's body vector.
-- Rewrites article_search once (a stored generated column).
ALTER TABLE "article_search" ADD COLUMN "head" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', "title"), 'A') ||
    setweight(to_tsvector('simple', "people"), 'A') ||
    setweight(to_tsvector('english', "topics"), 'B') ||
    setweight(to_tsvector('english', "dek"), 'B')
) STORED;

CREATE INDEX "article_search_head_idx" ON "article_search" USING GIN ("head");
