-- Public results: a resolved report staff chose to publish, with a summary free of personal data.
ALTER TABLE "Report" ADD COLUMN "publicSummary" TEXT;
ALTER TABLE "Report" ADD COLUMN "publishedAt" DATETIME;

-- CreateIndex
CREATE INDEX "Report_publishedAt_idx" ON "Report"("publishedAt");
