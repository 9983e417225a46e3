-- AlterTable
ALTER TABLE "media" ADD COLUMN "alt" TEXT;
ALTER TABLE "media" ADD COLUMN "caption" TEXT;
ALTER TABLE "media" ADD COLUMN "credit" TEXT;

-- CreateIndex
CREATE INDEX "media_created_at_idx" ON "media"("created_at");
