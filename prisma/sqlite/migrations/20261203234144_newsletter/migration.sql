-- CreateTable
CREATE TABLE "newsletter_subscribers" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "newsletter_subscriptions" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "subscriber_id" TEXT NOT NULL,
    "topic_id" TEXT,
    "program_id" TEXT,
    "author_id" TEXT,
    CONSTRAINT "newsletter_subscriptions_subscriber_id_fkey" FOREIGN KEY ("subscriber_id") REFERENCES "newsletter_subscribers" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "newsletter_subscriptions_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topics" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "newsletter_subscriptions_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "newsletter_subscriptions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "authors" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "newsletter_deliveries" (
    "period" TEXT NOT NULL,
    "subscriber_id" TEXT NOT NULL,
    "claimed_at" DATETIME NOT NULL,
    "sent_at" DATETIME,
    "pieces" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("period", "subscriber_id"),
    CONSTRAINT "newsletter_deliveries_subscriber_id_fkey" FOREIGN KEY ("subscriber_id") REFERENCES "newsletter_subscribers" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "newsletter_subscribers_email_key" ON "newsletter_subscribers"("email");

-- CreateIndex
CREATE UNIQUE INDEX "newsletter_subscriptions_subscriber_id_topic_id_key" ON "newsletter_subscriptions"("subscriber_id", "topic_id");

-- CreateIndex
CREATE UNIQUE INDEX "newsletter_subscriptions_subscriber_id_program_id_key" ON "newsletter_subscriptions"("subscriber_id", "program_id");

-- CreateIndex
CREATE UNIQUE INDEX "newsletter_subscriptions_subscriber_id_author_id_key" ON "newsletter_subscriptions"("subscriber_id", "author_id");

-- CreateIndex
CREATE INDEX "newsletter_deliveries_subscriber_id_idx" ON "newsletter_deliveries"("subscriber_id");
