-- DropIndex
DROP INDEX "ProcessedUpdate_createdAt_idx";

-- AlterTable
ALTER TABLE "Report" ADD COLUMN "sourceKey" TEXT;

-- AlterTable
ALTER TABLE "ReportEvent" ADD COLUMN "sourceKey" TEXT;

-- AlterTable
ALTER TABLE "WebChatMessage" ADD COLUMN "sourceKey" TEXT;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "ProcessedUpdate";
PRAGMA foreign_keys=on;

-- CreateTable
CREATE TABLE "InboundMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "source" TEXT NOT NULL,
    "updateId" TEXT NOT NULL,
    "chatKey" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "repliesSent" INTEGER NOT NULL DEFAULT 0,
    "leaseUntil" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "doneAt" DATETIME,
    "lastError" TEXT
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_OutboxMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "channel" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "priority" INTEGER NOT NULL DEFAULT 0,
    "summary" TEXT,
    "reportId" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "sentMessageId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME,
    CONSTRAINT "OutboxMessage_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_OutboxMessage" ("attempts", "channel", "chatId", "createdAt", "id", "lastError", "nextAttemptAt", "payload", "purpose", "reportId", "sentAt", "sentMessageId", "status") SELECT "attempts", "channel", "chatId", "createdAt", "id", "lastError", "nextAttemptAt", "payload", "purpose", "reportId", "sentAt", "sentMessageId", "status" FROM "OutboxMessage";
DROP TABLE "OutboxMessage";
ALTER TABLE "new_OutboxMessage" RENAME TO "OutboxMessage";
CREATE INDEX "OutboxMessage_channel_status_nextAttemptAt_idx" ON "OutboxMessage"("channel", "status", "nextAttemptAt");
CREATE INDEX "OutboxMessage_channel_chatId_status_idx" ON "OutboxMessage"("channel", "chatId", "status");
CREATE INDEX "OutboxMessage_channel_chatId_sentMessageId_idx" ON "OutboxMessage"("channel", "chatId", "sentMessageId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "InboundMessage_status_leaseUntil_idx" ON "InboundMessage"("status", "leaseUntil");

-- CreateIndex
CREATE INDEX "InboundMessage_chatKey_status_id_idx" ON "InboundMessage"("chatKey", "status", "id");

-- CreateIndex
CREATE INDEX "InboundMessage_createdAt_idx" ON "InboundMessage"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "InboundMessage_source_updateId_key" ON "InboundMessage"("source", "updateId");

-- CreateIndex
CREATE UNIQUE INDEX "Report_sourceKey_key" ON "Report"("sourceKey");

-- CreateIndex
CREATE UNIQUE INDEX "ReportEvent_reportId_type_sourceKey_key" ON "ReportEvent"("reportId", "type", "sourceKey");

-- CreateIndex
CREATE UNIQUE INDEX "WebChatMessage_sourceKey_key" ON "WebChatMessage"("sourceKey");


-- Staff messages already waiting go after citizens' messages, as new ones do.
UPDATE "OutboxMessage" SET "priority" = 2 WHERE "purpose" IN ('staff_card', 'staff_update');
