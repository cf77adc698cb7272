-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "staffReason" TEXT;

