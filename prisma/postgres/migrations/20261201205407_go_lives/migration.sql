-- CreateTable
CREATE TABLE "go_lives" (
    "article_id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "go_lives_pkey" PRIMARY KEY ("article_id")
);

-- CreateIndex
CREATE INDEX "go_lives_at_idx" ON "go_lives"("at");

-- AddForeignKey
ALTER TABLE "go_lives" ADD CONSTRAINT "go_lives_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Pieces scheduled before this table existed still need their go-live announced.
INSERT INTO "go_lives" ("article_id", "at") SELECT "id", "published_at" FROM "articles" WHERE "status" = 'SCHEDULED' AND "published_at" IS NOT NULL;
