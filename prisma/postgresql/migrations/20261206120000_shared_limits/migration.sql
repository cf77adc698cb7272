-- CreateTable (unlogged: the counts of a limit need no crash safety, and every message writes one:
-- a crash of the server empties them, as a restart empties the counts SQLite deployments keep in memory)
CREATE UNLOGGED TABLE "RateBucket" (
    "key" TEXT NOT NULL,
    "tokens" DOUBLE PRECISION NOT NULL,
    "strikes" INTEGER NOT NULL DEFAULT 0,
    "updatedMs" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "RateBucket_pkey" PRIMARY KEY ("key")
);

-- CreateTable (unlogged, as above)
CREATE UNLOGGED TABLE "FailureCount" (
    "key" TEXT NOT NULL,
    "times" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FailureCount_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "FailureCount_expiresAt_idx" ON "FailureCount"("expiresAt");

