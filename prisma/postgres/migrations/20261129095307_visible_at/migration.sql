-- DropIndex
DROP INDEX "articles_featured_status_published_at_idx";

-- DropIndex
DROP INDEX "articles_type_id_status_published_at_idx";

-- AlterTable
ALTER TABLE "article_authors" ADD COLUMN     "visible_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "article_programs" ADD COLUMN     "visible_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "article_topics" ADD COLUMN     "visible_at" TIMESTAMP(3);

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
CREATE FUNCTION "link_visible_at"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."visible_at" := (SELECT CASE WHEN a."status" IN ('PUBLISHED', 'SCHEDULED') THEN a."published_at" END FROM "articles" a WHERE a."id" = NEW."article_id");
  RETURN NEW;
END
$$;

CREATE TRIGGER "article_authors_visible_at_insert" BEFORE INSERT ON "article_authors" FOR EACH ROW EXECUTE FUNCTION "link_visible_at"();
CREATE TRIGGER "article_topics_visible_at_insert" BEFORE INSERT ON "article_topics" FOR EACH ROW EXECUTE FUNCTION "link_visible_at"();
CREATE TRIGGER "article_programs_visible_at_insert" BEFORE INSERT ON "article_programs" FOR EACH ROW EXECUTE FUNCTION "link_visible_at"();

CREATE FUNCTION "article_visible_at"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v timestamp(3) := CASE WHEN NEW."status" IN ('PUBLISHED', 'SCHEDULED') THEN NEW."published_at" END;
BEGIN
  UPDATE "article_authors" SET "visible_at" = v WHERE "article_id" = NEW."id";
  UPDATE "article_topics" SET "visible_at" = v WHERE "article_id" = NEW."id";
  UPDATE "article_programs" SET "visible_at" = v WHERE "article_id" = NEW."id";
  RETURN NULL;
END
$$;

CREATE TRIGGER "articles_visible_at_update" AFTER UPDATE OF "status", "published_at" ON "articles" FOR EACH ROW EXECUTE FUNCTION "article_visible_at"();

UPDATE "article_authors" x SET "visible_at" = CASE WHEN a."status" IN ('PUBLISHED', 'SCHEDULED') THEN a."published_at" END FROM "articles" a WHERE a."id" = x."article_id";
UPDATE "article_topics" x SET "visible_at" = CASE WHEN a."status" IN ('PUBLISHED', 'SCHEDULED') THEN a."published_at" END FROM "articles" a WHERE a."id" = x."article_id";
UPDATE "article_programs" x SET "visible_at" = CASE WHEN a."status" IN ('PUBLISHED', 'SCHEDULED') THEN a."published_at" END FROM "articles" a WHERE a."id" = x."article_id";

-- The search index holds published and scheduled pieces only (lib/search-index.ts).
DELETE FROM "article_search" WHERE "article_id" NOT IN (SELECT "id" FROM "articles" WHERE "status" IN ('PUBLISHED', 'SCHEDULED'));
