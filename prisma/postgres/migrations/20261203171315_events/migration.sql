-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "event_ends_at" TIMESTAMP(3),
ADD COLUMN     "event_online_url" TEXT,
ADD COLUMN     "event_starts_at" TIMESTAMP(3),
ADD COLUMN     "event_venue" TEXT,
ADD COLUMN     "recording_url" TEXT,
ADD COLUMN     "registration_capacity" INTEGER,
ADD COLUMN     "registration_open" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "event_registrations" (
    "id" TEXT NOT NULL,
    "article_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "organization" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "event_registrations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "event_registrations_token_hash_key" ON "event_registrations"("token_hash");

-- CreateIndex
CREATE INDEX "event_registrations_article_id_status_created_at_idx" ON "event_registrations"("article_id", "status", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "event_registrations_article_id_email_key" ON "event_registrations"("article_id", "email");

-- CreateIndex
CREATE INDEX "articles_event_starts_at_idx" ON "articles"("event_starts_at");

-- AddForeignKey
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
