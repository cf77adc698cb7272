-- AlterTable: SQLite adds a column with a constant default in place (what `migrate diff` writes as
-- a table rebuild comes to the same).
ALTER TABLE "StaffUser" ADD COLUMN "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;
