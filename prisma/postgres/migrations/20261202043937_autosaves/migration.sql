-- CreateTable
CREATE TABLE "autosaves" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "piece_key" TEXT NOT NULL,
    "values" TEXT NOT NULL,
    "base_version" INTEGER,
    "saved_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "autosaves_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "autosaves_user_id_piece_key_key" ON "autosaves"("user_id", "piece_key");
