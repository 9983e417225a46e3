-- CreateTable
CREATE TABLE "event_registrations" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "article_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "organization" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "event_registrations_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable
-- Columns are added in place, not by Prisma's usual copy of the table: a copy
-- would drop the articles_visible_at_update trigger (migration "visible_at").
ALTER TABLE "articles" ADD COLUMN "event_starts_at" DATETIME;
ALTER TABLE "articles" ADD COLUMN "event_ends_at" DATETIME;
ALTER TABLE "articles" ADD COLUMN "event_venue" TEXT;
ALTER TABLE "articles" ADD COLUMN "event_online_url" TEXT;
ALTER TABLE "articles" ADD COLUMN "registration_open" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "articles" ADD COLUMN "registration_capacity" INTEGER;
ALTER TABLE "articles" ADD COLUMN "recording_url" TEXT;

-- CreateIndex
CREATE INDEX "articles_event_starts_at_idx" ON "articles"("event_starts_at");

-- CreateIndex
CREATE UNIQUE INDEX "event_registrations_token_hash_key" ON "event_registrations"("token_hash");

-- CreateIndex
CREATE INDEX "event_registrations_article_id_status_created_at_idx" ON "event_registrations"("article_id", "status", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "event_registrations_article_id_email_key" ON "event_registrations"("article_id", "email");
