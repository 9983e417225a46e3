-- AlterEnum
ALTER TYPE "ArticleStatus" ADD VALUE 'TRASHED';

-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "ever_public" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "trashed_at" TIMESTAMP(3);
UPDATE "articles" SET "ever_public" = true WHERE "status" IN ('PUBLISHED', 'UNPUBLISHED');

-- CreateTable
CREATE TABLE "staged_edits" (
    "article_id" TEXT NOT NULL,
    "snapshot" TEXT NOT NULL,
    "base_version" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "user_id" TEXT,
    "publish_at" TIMESTAMP(3),
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "staged_edits_pkey" PRIMARY KEY ("article_id")
);

-- CreateTable
CREATE TABLE "article_comments" (
    "id" TEXT NOT NULL,
    "article_id" TEXT NOT NULL,
    "user_id" TEXT,
    "body" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'comment',
    "resolved_at" TIMESTAMP(3),
    "resolved_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_comments_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "staged_edits_publish_at_idx" ON "staged_edits"("publish_at");

-- CreateIndex
CREATE INDEX "article_comments_article_id_created_at_idx" ON "article_comments"("article_id", "created_at");

-- AddForeignKey
ALTER TABLE "staged_edits" ADD CONSTRAINT "staged_edits_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staged_edits" ADD CONSTRAINT "staged_edits_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_comments" ADD CONSTRAINT "article_comments_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_comments" ADD CONSTRAINT "article_comments_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_comments" ADD CONSTRAINT "article_comments_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
