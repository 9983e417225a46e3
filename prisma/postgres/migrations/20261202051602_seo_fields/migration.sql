-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "seo_description" TEXT,
ADD COLUMN     "seo_title" TEXT,
ADD COLUMN     "social_image_url" TEXT;
