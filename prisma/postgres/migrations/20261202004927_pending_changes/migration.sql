-- CreateTable
CREATE TABLE "pending_changes" (
    "id" TEXT NOT NULL,
    "tags" TEXT NOT NULL,
    "stage" INTEGER NOT NULL DEFAULT 0,
    "due_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "pending_changes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "pending_changes_due_at_idx" ON "pending_changes"("due_at");
