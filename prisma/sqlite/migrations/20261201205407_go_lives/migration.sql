-- CreateTable
CREATE TABLE "go_lives" (
    "article_id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL,
    CONSTRAINT "go_lives_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "go_lives_at_idx" ON "go_lives"("at");

-- Pieces scheduled before this table existed still need their go-live announced.
INSERT INTO "go_lives" ("article_id", "at") SELECT "id", "published_at" FROM "articles" WHERE "status" = 'SCHEDULED' AND "published_at" IS NOT NULL;
