-- AlterTable
ALTER TABLE "articles" ADD COLUMN "seo_description" TEXT;
ALTER TABLE "articles" ADD COLUMN "seo_title" TEXT;
ALTER TABLE "articles" ADD COLUMN "social_image_url" TEXT;
