-- CreateTable
CREATE TABLE "RateBucket" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "tokens" REAL NOT NULL,
    "strikes" INTEGER NOT NULL DEFAULT 0,
    "updatedMs" REAL NOT NULL
);

-- CreateTable
CREATE TABLE "FailureCount" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "times" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "FailureCount_expiresAt_idx" ON "FailureCount"("expiresAt");

