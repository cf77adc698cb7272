-- CreateTable
CREATE TABLE "ReplyTemplate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "topic" TEXT,
    "status" TEXT,
    "body" TEXT NOT NULL,
    "updatedById" INTEGER,
    "updatedByName" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "ReplyTemplate_topic_status_idx" ON "ReplyTemplate"("topic", "status");
