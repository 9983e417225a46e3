-- CreateTable
CREATE TABLE "pending_changes" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tags" TEXT NOT NULL,
    "stage" INTEGER NOT NULL DEFAULT 0,
    "due_at" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "pending_changes_due_at_idx" ON "pending_changes"("due_at");
