-- CreateTable
CREATE TABLE "rendered_bodies" (
    "article_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "renderer" TEXT NOT NULL,
    "html" TEXT NOT NULL,

    CONSTRAINT "rendered_bodies_pkey" PRIMARY KEY ("article_id")
);

-- AddForeignKey
ALTER TABLE "rendered_bodies" ADD CONSTRAINT "rendered_bodies_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
