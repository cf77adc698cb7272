-- CreateTable
CREATE TABLE "FormKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    CONSTRAINT "FormKey_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "StaffSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "FormKey_sessionId_idx" ON "FormKey"("sessionId");

-- CreateIndex
CREATE INDEX "FormKey_createdAt_idx" ON "FormKey"("createdAt");
