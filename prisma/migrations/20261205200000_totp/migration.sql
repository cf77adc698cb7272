-- AlterTable: two-factor sign-in (TOTP) per staff account. SQLite adds nullable columns in place.
ALTER TABLE "StaffUser" ADD COLUMN "totpSecret" TEXT;
ALTER TABLE "StaffUser" ADD COLUMN "totpPendingSecret" TEXT;
ALTER TABLE "StaffUser" ADD COLUMN "totpEnabledAt" DATETIME;
ALTER TABLE "StaffUser" ADD COLUMN "totpLastStep" INTEGER;

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedByName" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- Data: the first admin generated before its password had to be changed (migration
-- 20261204100100) still signs in with the password written to the data folder. Recognised by the
-- audit entry of its automatic creation and no password change of its own since: it must choose
-- its own password at its next sign-in, as a first admin created now must.
UPDATE "StaffUser" SET "mustChangePassword" = true
WHERE "username" = 'admin'
  AND EXISTS (SELECT 1 FROM "AuditEntry" WHERE "action" = 'account_created' AND "actorId" IS NULL AND "detail" = 'admin (Quản trị) tạo tự động khi khởi động lần đầu')
  AND NOT EXISTS (SELECT 1 FROM "AuditEntry" WHERE "action" = 'password_changed' AND "actorId" = "StaffUser"."id");
