-- AlterTable
ALTER TABLE "TopicSetting" ADD COLUMN     "label" TEXT;
