-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "audio_url" TEXT,
ADD COLUMN     "episode_number" INTEGER,
ADD COLUMN     "explicit" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "season" INTEGER,
ADD COLUMN     "show_id" TEXT,
ADD COLUMN     "transcript" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "media" ADD COLUMN     "duration_seconds" INTEGER;

-- CreateTable
CREATE TABLE "podcast_shows" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "image_url" TEXT,
    "image_alt" TEXT,
    "category" TEXT NOT NULL DEFAULT 'News',
    "explicit" BOOLEAN NOT NULL DEFAULT false,
    "owner_email" TEXT NOT NULL DEFAULT '',
    "guid" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "podcast_shows_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "episode_guests" (
    "article_id" TEXT NOT NULL,
    "author_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "episode_guests_pkey" PRIMARY KEY ("article_id","author_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "podcast_shows_slug_key" ON "podcast_shows"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "podcast_shows_guid_key" ON "podcast_shows"("guid");

-- CreateIndex
CREATE INDEX "episode_guests_author_id_idx" ON "episode_guests"("author_id");

-- CreateIndex
CREATE INDEX "articles_show_id_published_at_idx" ON "articles"("show_id", "published_at");

-- AddForeignKey
ALTER TABLE "episode_guests" ADD CONSTRAINT "episode_guests_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "episode_guests" ADD CONSTRAINT "episode_guests_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "authors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_show_id_fkey" FOREIGN KEY ("show_id") REFERENCES "podcast_shows"("id") ON DELETE SET NULL ON UPDATE CASCADE;
