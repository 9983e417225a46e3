-- AlterTable
ALTER TABLE "event_registrations" ADD COLUMN     "notice_key" TEXT;
