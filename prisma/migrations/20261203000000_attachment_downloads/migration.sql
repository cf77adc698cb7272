-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN "name" TEXT;
ALTER TABLE "Attachment" ADD COLUMN "download" TEXT;
ALTER TABLE "Attachment" ADD COLUMN "failure" TEXT;
ALTER TABLE "Attachment" ADD COLUMN "attempts" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Attachment" ADD COLUMN "triedAt" DATETIME;
ALTER TABLE "Attachment" ADD COLUMN "file" TEXT;
ALTER TABLE "Attachment" ADD COLUMN "contentType" TEXT;
ALTER TABLE "Attachment" ADD COLUMN "size" INTEGER;

-- CreateIndex
CREATE INDEX "Attachment_download_idx" ON "Attachment"("download");

-- Photos filed by URL before downloads existed are downloaded too, if their links still work.
UPDATE "Attachment" SET "download" = 'pending' WHERE "ref" LIKE 'http://%' OR "ref" LIKE 'https://%';
