-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "actorId" INTEGER,
    "actorName" TEXT,
    "action" TEXT NOT NULL,
    "detail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Report" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "area" TEXT,
    "description" TEXT NOT NULL,
    "descriptionCut" BOOLEAN NOT NULL DEFAULT false,
    "latitude" REAL,
    "longitude" REAL,
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "urgentReasons" TEXT NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL DEFAULT 'moi',
    "unitId" INTEGER,
    "suggestedUnit" TEXT,
    "sections" TEXT NOT NULL DEFAULT '[]',
    "contactId" INTEGER,
    "forwardedFrom" TEXT,
    "filedById" TEXT,
    "filedByName" TEXT,
    "rating" INTEGER,
    "duplicateOfId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "firstResponseAt" DATETIME,
    "resolvedAt" DATETIME,
    "searchText" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Report_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Report_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Report_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "Report" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Report" ("area", "channel", "code", "contactId", "createdAt", "description", "descriptionCut", "dueAt", "duplicateOfId", "filedById", "filedByName", "firstResponseAt", "forwardedFrom", "id", "latitude", "longitude", "rating", "resolvedAt", "sections", "status", "suggestedUnit", "topic", "unitId", "updatedAt", "urgent", "urgentReasons") SELECT "area", "channel", "code", "contactId", "createdAt", "description", "descriptionCut", "dueAt", "duplicateOfId", "filedById", "filedByName", "firstResponseAt", "forwardedFrom", "id", "latitude", "longitude", "rating", "resolvedAt", "sections", "status", "suggestedUnit", "topic", "unitId", "updatedAt", "urgent", "urgentReasons" FROM "Report";
DROP TABLE "Report";
ALTER TABLE "new_Report" RENAME TO "Report";
CREATE UNIQUE INDEX "Report_code_key" ON "Report"("code");
CREATE INDEX "Report_status_idx" ON "Report"("status");
CREATE INDEX "Report_createdAt_idx" ON "Report"("createdAt");
CREATE INDEX "Report_topic_idx" ON "Report"("topic");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "AuditEntry_createdAt_idx" ON "AuditEntry"("createdAt");

