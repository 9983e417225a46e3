-- DropIndex
DROP INDEX "articles_featured_status_published_at_idx";

-- DropIndex
DROP INDEX "articles_type_id_status_published_at_idx";

-- AlterTable
ALTER TABLE "article_authors" ADD COLUMN "visible_at" DATETIME;

-- AlterTable
ALTER TABLE "article_programs" ADD COLUMN "visible_at" DATETIME;

-- AlterTable
ALTER TABLE "article_topics" ADD COLUMN "visible_at" DATETIME;

-- CreateIndex
CREATE INDEX "article_authors_author_id_visible_at_article_id_idx" ON "article_authors"("author_id", "visible_at", "article_id");

-- CreateIndex
CREATE INDEX "article_programs_program_id_visible_at_article_id_idx" ON "article_programs"("program_id", "visible_at", "article_id");

-- CreateIndex
CREATE INDEX "article_topics_topic_id_visible_at_article_id_idx" ON "article_topics"("topic_id", "visible_at", "article_id");

-- CreateIndex
CREATE INDEX "articles_published_at_status_id_idx" ON "articles"("published_at", "status", "id");

-- CreateIndex
CREATE INDEX "articles_type_id_published_at_status_idx" ON "articles"("type_id", "published_at", "status");

-- CreateIndex
CREATE INDEX "articles_featured_published_at_status_idx" ON "articles"("featured", "published_at", "status");

-- Hand-written below: the link tables' visible_at follows the piece. It is the
-- piece's published_at while its status is PUBLISHED or SCHEDULED, else NULL,
-- so "visible_at <= now" is exactly the public rule of lib/visibility.ts.
CREATE TRIGGER "article_authors_visible_at_insert" AFTER INSERT ON "article_authors" BEGIN
  UPDATE "article_authors" SET "visible_at" = (SELECT CASE WHEN a."status" IN ('PUBLISHED', 'SCHEDULED') THEN a."published_at" END FROM "articles" a WHERE a."id" = NEW."article_id")
  WHERE "article_id" = NEW."article_id" AND "author_id" = NEW."author_id";
END;

CREATE TRIGGER "article_topics_visible_at_insert" AFTER INSERT ON "article_topics" BEGIN
  UPDATE "article_topics" SET "visible_at" = (SELECT CASE WHEN a."status" IN ('PUBLISHED', 'SCHEDULED') THEN a."published_at" END FROM "articles" a WHERE a."id" = NEW."article_id")
  WHERE "article_id" = NEW."article_id" AND "topic_id" = NEW."topic_id";
END;

CREATE TRIGGER "article_programs_visible_at_insert" AFTER INSERT ON "article_programs" BEGIN
  UPDATE "article_programs" SET "visible_at" = (SELECT CASE WHEN a."status" IN ('PUBLISHED', 'SCHEDULED') THEN a."published_at" END FROM "articles" a WHERE a."id" = NEW."article_id")
  WHERE "article_id" = NEW."article_id" AND "program_id" = NEW."program_id";
END;

CREATE TRIGGER "articles_visible_at_update" AFTER UPDATE OF "status", "published_at" ON "articles" BEGIN
  UPDATE "article_authors" SET "visible_at" = CASE WHEN NEW."status" IN ('PUBLISHED', 'SCHEDULED') THEN NEW."published_at" END WHERE "article_id" = NEW."id";
  UPDATE "article_topics" SET "visible_at" = CASE WHEN NEW."status" IN ('PUBLISHED', 'SCHEDULED') THEN NEW."published_at" END WHERE "article_id" = NEW."id";
  UPDATE "article_programs" SET "visible_at" = CASE WHEN NEW."status" IN ('PUBLISHED', 'SCHEDULED') THEN NEW."published_at" END WHERE "article_id" = NEW."id";
END;

UPDATE "article_authors" SET "visible_at" = (SELECT CASE WHEN a."status" IN ('PUBLISHED', 'SCHEDULED') THEN a."published_at" END FROM "articles" a WHERE a."id" = "article_authors"."article_id");
UPDATE "article_topics" SET "visible_at" = (SELECT CASE WHEN a."status" IN ('PUBLISHED', 'SCHEDULED') THEN a."published_at" END FROM "articles" a WHERE a."id" = "article_topics"."article_id");
UPDATE "article_programs" SET "visible_at" = (SELECT CASE WHEN a."status" IN ('PUBLISHED', 'SCHEDULED') THEN a."published_at" END FROM "articles" a WHERE a."id" = "article_programs"."article_id");

-- The search index holds published and scheduled pieces only (lib/search-index.ts).
DELETE FROM "article_search" WHERE "article_id" NOT IN (SELECT "id" FROM "articles" WHERE "status" IN ('PUBLISHED', 'SCHEDULED'));

-- Each piece's row in the FTS5 index, which cannot look rows up by article_id
-- itself (lib/search-index.ts). Not a Prisma model: scripts/db.mjs lists it
-- among the external tables.
CREATE TABLE "article_search_rowid" (
    "article_id" TEXT NOT NULL PRIMARY KEY,
    "search_rowid" INTEGER NOT NULL
);
INSERT INTO "article_search_rowid" ("article_id", "search_rowid") SELECT "article_id", "rowid" FROM "article_search";
