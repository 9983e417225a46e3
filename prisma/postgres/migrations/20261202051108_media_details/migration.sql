-- AlterTable
ALTER TABLE "media" ADD COLUMN     "alt" TEXT,
ADD COLUMN     "caption" TEXT,
ADD COLUMN     "credit" TEXT;

-- CreateIndex
CREATE INDEX "media_created_at_idx" ON "media"("created_at");
