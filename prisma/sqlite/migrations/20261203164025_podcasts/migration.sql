-- AlterTable
ALTER TABLE "media" ADD COLUMN "duration_seconds" INTEGER;

-- CreateTable
CREATE TABLE "podcast_shows" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "image_url" TEXT,
    "image_alt" TEXT,
    "category" TEXT NOT NULL DEFAULT 'News',
    "explicit" BOOLEAN NOT NULL DEFAULT false,
    "owner_email" TEXT NOT NULL DEFAULT '',
    "guid" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "episode_guests" (
    "article_id" TEXT NOT NULL,
    "author_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("article_id", "author_id"),
    CONSTRAINT "episode_guests_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "episode_guests_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "authors" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable
-- Columns are added in place, not by Prisma's usual copy of the table: a copy
-- would drop the articles_visible_at_update trigger (migration "visible_at").
ALTER TABLE "articles" ADD COLUMN "show_id" TEXT REFERENCES "podcast_shows" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "articles" ADD COLUMN "audio_url" TEXT;
ALTER TABLE "articles" ADD COLUMN "season" INTEGER;
ALTER TABLE "articles" ADD COLUMN "episode_number" INTEGER;
ALTER TABLE "articles" ADD COLUMN "explicit" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "articles" ADD COLUMN "transcript" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "articles_show_id_published_at_idx" ON "articles"("show_id", "published_at");

-- CreateIndex
CREATE UNIQUE INDEX "podcast_shows_slug_key" ON "podcast_shows"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "podcast_shows_guid_key" ON "podcast_shows"("guid");

-- CreateIndex
CREATE INDEX "episode_guests_author_id_idx" ON "episode_guests"("author_id");
