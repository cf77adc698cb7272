-- Who claimed a stored message or an outbox row last: a restarted instance takes its own claims back
-- at once instead of waiting for their leases to run out.
ALTER TABLE "InboundMessage" ADD COLUMN "claimedBy" TEXT;
ALTER TABLE "OutboxMessage" ADD COLUMN "claimedBy" TEXT;
