-- AlterTable
ALTER TABLE "programs" ADD COLUMN     "director_id" TEXT;

-- CreateTable
CREATE TABLE "program_highlights" (
    "program_id" TEXT NOT NULL,
    "article_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "program_highlights_pkey" PRIMARY KEY ("program_id","article_id")
);

-- CreateIndex
CREATE INDEX "program_highlights_article_id_idx" ON "program_highlights"("article_id");

-- AddForeignKey
ALTER TABLE "programs" ADD CONSTRAINT "programs_director_id_fkey" FOREIGN KEY ("director_id") REFERENCES "authors"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "program_highlights" ADD CONSTRAINT "program_highlights_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "program_highlights" ADD CONSTRAINT "program_highlights_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
