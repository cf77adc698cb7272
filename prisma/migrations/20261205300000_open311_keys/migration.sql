-- Open311: keys admins issue to other applications that file GeoReport v2 requests; only their hash is kept.
CREATE TABLE "Open311Key" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "createdById" INTEGER,
    "createdByName" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "requestCount" INTEGER NOT NULL DEFAULT 0,
    "revokedAt" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "Open311Key_keyHash_key" ON "Open311Key"("keyHash");
