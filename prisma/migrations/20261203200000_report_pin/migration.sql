-- The hash of the PIN that, with the tracking code, opens a report from anywhere.
ALTER TABLE "Report" ADD COLUMN "pinHash" TEXT;
