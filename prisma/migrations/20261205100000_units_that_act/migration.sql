-- AlterTable: a unit's Telegram group, which receives the card of each report assigned to the unit.
ALTER TABLE "Unit" ADD COLUMN "telegramChatId" TEXT;

-- AlterTable: a staff account may belong to a unit (it then sees that unit's reports only). SQLite
-- adds a nullable column with its foreign key in place; a unit with accounts cannot be deleted.
ALTER TABLE "StaffUser" ADD COLUMN "unitId" INTEGER REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- CreateIndex
CREATE INDEX "StaffUser_unitId_idx" ON "StaffUser"("unitId");

-- CreateIndex: a unit account's lists and the dashboard's figures per unit.
CREATE INDEX "Report_unitId_idx" ON "Report"("unitId");
