-- CreateTable
CREATE TABLE "program_highlights" (
    "program_id" TEXT NOT NULL,
    "article_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("program_id", "article_id"),
    CONSTRAINT "program_highlights_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "program_highlights_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_programs" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "director_id" TEXT,
    CONSTRAINT "programs_director_id_fkey" FOREIGN KEY ("director_id") REFERENCES "authors" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_programs" ("description", "id", "name", "slug") SELECT "description", "id", "name", "slug" FROM "programs";
DROP TABLE "programs";
ALTER TABLE "new_programs" RENAME TO "programs";
CREATE UNIQUE INDEX "programs_slug_key" ON "programs"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "program_highlights_article_id_idx" ON "program_highlights"("article_id");
